"""Background work of the youth program. Thin: each calls one service."""

from __future__ import annotations

from datetime import timedelta

from django_tasks import task

from collaboratory.networks.scoping import each_network
from collaboratory.networks.services.adulthood import youth_members_come_of_age
from collaboratory.periodic.registry import periodic
from collaboratory.youth.services import (
    concern_hold_reminders_send,
    money_awaiting_catch_up,
    vetting_reminders_send,
    youth_retention_run,
)


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


@periodic(every=timedelta(days=1))
@task()
def youth_concern_hold_reminders() -> int:
    """Remind the safeguarding leads, once per hold date, of a concern's hold about to
    lapse (the retention run then clears it and the concern goes by its own date)."""
    return concern_hold_reminders_send()


@periodic(every=timedelta(hours=1))
@task()
def youth_coming_of_age() -> int:
    """Youth members whose 18th birthday has come on their cohort's calendar take the adult
    defaults and are told (requests do it on their own too: this is for who is not signing
    in). Hourly, so the notice comes early on the birthday in any zone. It also catches up
    on adults an earlier version moved without opening a place still waiting for consent
    or asking about money still waiting for the guardian: each part once."""
    return each_network(
        lambda network: (
            youth_members_come_of_age(network=network) + money_awaiting_catch_up(network=network)
        )
    )
