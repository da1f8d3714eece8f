"""Background work of the live Credit Club: the morning-after digests. Thin: the service
does the work, once per network (`each_network` scopes each)."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone
from django_tasks import task

from collaboratory.commitments.services import digests_send_due
from collaboratory.networks.scoping import each_network
from collaboratory.periodic.registry import periodic


@periodic(every=timedelta(minutes=15))
@task()
def commitment_digests_send() -> int:
    """Each presenter's and each committer's digest, from 07:00 network time the morning
    after a gathering; each sent once (`DigestSent`), a failed send retried next run."""
    now = timezone.now()
    return each_network(lambda network: digests_send_due(network=network, now=now))
