"""The presenter's reminder to acknowledge new commitments falls on a calendar day of the
network (`networks.scoping.date_in`), `acknowledge_after_days` after the day the commitment
was offered there, as every other follow-through reminder does: it was due 48 hours after
the offer, so one made in the room at 23:30 was reminded a day late, past midnight. It goes
out once, in time zones far from UTC on either side."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django_scopes import scope, scopes_disabled

from collaboratory.followthrough.services import followthrough_run
from tests.factories import CommitmentFactory, GatheringFactory, NetworkFactory

SUBJECT = "Commitments to acknowledge: Tool library"


@pytest.mark.parametrize(
    ("zone", "hour"),
    [
        ("Pacific/Kiritimati", 23),  # UTC+14: its evening is UTC's morning of the same day
        ("Pacific/Pago_Pago", 23),  # UTC-11: its evening is UTC's next day
        ("Pacific/Kiritimati", 0),  # just after midnight: the same day, not the day before
    ],
)
def test_the_acknowledge_reminder_goes_once_on_the_networks_day(
    db: None, zone: str, hour: int
) -> None:
    tz = ZoneInfo(zone)
    day = date(2027, 5, 6)
    with scopes_disabled():
        network = NetworkFactory(time_zone=zone)
        gathering = GatheringFactory(
            network=network,
            first_part_at=datetime.combine(day, time(hour, 30), tz),
            parts=1,
        )
        commitment = CommitmentFactory(
            proposal__gathering=gathering, proposal__title="Tool library"
        )
    presenter = commitment.proposal.proposer.email
    mail.outbox.clear()
    reminded: list[date] = []

    for offset in range(0, 6):
        today = day + timedelta(days=offset)
        # Hourly runs of the worker: the first of the day, and later ones that send no more.
        for at in (time(0), time(9), time(23)):
            with scope(network=network):
                followthrough_run(network=network, now=datetime.combine(today, at, tz))
            reminded += [today for m in mail.outbox if m.to == [presenter] and m.subject == SUBJECT]
            mail.outbox.clear()

    assert reminded == [day + timedelta(days=2)]  # the default: 2 days after the offer
