"""The daily snapshot of the sensitive tables: thin, it calls the service for each network."""

from __future__ import annotations

from datetime import timedelta

from django_tasks import task

from collaboratory.insights.services import sensitive_snapshot_take
from collaboratory.networks.models import Network
from collaboratory.networks.scoping import each_network
from collaboratory.periodic.registry import periodic


def _take(network: Network) -> int:
    return len(sensitive_snapshot_take(network=network))


@periodic(every=timedelta(days=1))
@task()
def sensitive_snapshots_take_all() -> int:
    """Offer every network a new snapshot of its ideology and race tables; the service
    releases one only when enough people changed. Daily, so a release follows soon after
    the k-th change, while no single change is ever visible on its own."""
    return each_network(_take)
