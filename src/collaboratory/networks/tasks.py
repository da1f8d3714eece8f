"""The daily activity evaluation: thin, it calls the service for each network."""

from __future__ import annotations

from datetime import timedelta

from django_tasks import task

from collaboratory.networks.models import Network
from collaboratory.networks.services import check_ins_send, membership_statuses_evaluate
from collaboratory.periodic.registry import periodic


@periodic(every=timedelta(days=1))
@task()
def membership_statuses_evaluate_all() -> None:
    """Apply the activity rule to every network, then email the new check-ins."""
    for network in Network.objects.all():
        membership_statuses_evaluate(network=network)
        check_ins_send(network=network)
