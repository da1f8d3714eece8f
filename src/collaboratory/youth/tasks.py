"""Background work of the youth program. Thin: each calls one service."""

from __future__ import annotations

from datetime import timedelta

from django_tasks import task

from collaboratory.periodic.registry import periodic
from collaboratory.youth.services import vetting_reminders_send, youth_retention_run


@periodic(every=timedelta(days=1))
@task()
def youth_vetting_reminders() -> int:
    """Remind vetted adults (and stewards) before their vetting lapses."""
    return vetting_reminders_send()


@periodic(every=timedelta(days=1))
@task()
def youth_retention() -> dict[str, int]:
    """Note departures and delete former youth members' data after the retention period."""
    return youth_retention_run()
