"""Background work of notifications: thin, a service out."""

from __future__ import annotations

from datetime import timedelta

from django_tasks import task

from collaboratory.networks.scoping import each_network
from collaboratory.notifications.services import weekly_digests_send_due
from collaboratory.periodic.registry import periodic


@periodic(every=timedelta(hours=1))
@task()
def weekly_digests_send() -> int:
    """Monday's weekly digests in every network, each person once a week (the sent-log)."""
    return each_network(lambda network: weekly_digests_send_due(network=network))
