"""Background work of training. Thin: a service per network."""

from __future__ import annotations

from datetime import timedelta

from django_tasks import task

from collaboratory.networks.scoping import each_network
from collaboratory.periodic.registry import periodic
from collaboratory.training.services import assignment_reminders_send


@periodic(every=timedelta(hours=1))
@task()
def assignment_reminders_send_all() -> int:
    """Reminders before and after each planning assignment's due date."""
    return each_network(lambda network: assignment_reminders_send(network=network))
