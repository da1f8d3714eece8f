"""Background work: the notice sender, run by the database-backed worker."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone
from django_tasks import task

from collaboratory.gatherings.selectors import attendance_last_dates
from collaboratory.gatherings.services import notices_send_due
from collaboratory.networks.models import Network
from collaboratory.networks.scoping import each_network
from collaboratory.networks.services import check_ins_send, membership_statuses_evaluate
from collaboratory.periodic.registry import periodic


@periodic(every=timedelta(minutes=15))
@task()
def gathering_notices_send() -> int:
    """Announcements, reminders and waitlist notices due now, each sent once. A send that
    fails leaves no sent-log row, so the next run (15 minutes later) retries it."""
    now = timezone.now()
    sent = each_network(lambda network: notices_send_due(network=network, now=now))
    return sent


@periodic(every=timedelta(days=1))
@task()
def membership_statuses_evaluate_all() -> None:
    """Apply the membership activity rule to every network from its attendance ledger, then
    email the new check-ins. It lives here, not in networks, because the dates come from
    gatherings, which sits above networks: networks' service takes them as plain values."""

    def evaluate(network: Network) -> int:
        membership_statuses_evaluate(
            network=network, last_attended=attendance_last_dates(network=network)
        )
        return check_ins_send(network=network)

    each_network(evaluate)
