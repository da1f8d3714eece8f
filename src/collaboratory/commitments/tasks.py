"""Background work of the live Credit Club: the morning-after digests. Thin: the service
does the work, once per network."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone
from django_scopes import scope, scopes_disabled
from django_tasks import task

from collaboratory.networks.models import Network
from collaboratory.periodic.registry import periodic


@periodic(every=timedelta(minutes=15))
@task()
def commitment_digests_send() -> int:
    """Each presenter's and each committer's digest, from 07:00 network time the morning
    after a gathering; each sent once (`DigestSent`), a failed send retried next run."""
    from collaboratory.commitments.services import digests_send_due

    now = timezone.now()
    with scopes_disabled():
        networks = list(Network.objects.all())
    sent = 0
    for network in networks:
        with scope(network=network):
            sent += digests_send_due(network=network, now=now)
    return sent
