"""Background work: the notice sender, run by the database-backed worker."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone
from django_tasks import task

from collaboratory.gatherings.services import notices_send_due
from collaboratory.networks.scoping import each_network
from collaboratory.periodic.registry import periodic


@periodic(every=timedelta(minutes=15))
@task()
def gathering_notices_send() -> int:
    """Announcements, reminders and waitlist notices due now, each sent once. A send that
    fails leaves no sent-log row, so the next run (15 minutes later) retries it."""
    now = timezone.now()
    sent = each_network(lambda network: notices_send_due(network=network, now=now))
    return sent
