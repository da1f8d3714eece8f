"""The daily activity evaluation: thin, it calls the service for each network."""

from __future__ import annotations

from datetime import timedelta

from django_tasks import task

from collaboratory.networks.models import Network
from collaboratory.networks.services import membership_statuses_evaluate
from collaboratory.periodic.registry import periodic


@periodic(every=timedelta(days=1))
@task()
def membership_statuses_evaluate_all() -> None:
    for network in Network.objects.all():
        membership_statuses_evaluate(network=network)
