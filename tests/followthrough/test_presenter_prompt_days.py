"""A presenter's follow-up prompts (30 and 90 days on) fall on calendar days of the
network, counted from the day the gathering started there (`networks.scoping.date_in`), as
every other follow-through day does: a gathering that starts at 23:30 local time prompts on
day 30 from the first run that day, not a day late, in any time zone and across a change to
summer time."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django_scopes import scope, scopes_disabled

from collaboratory.followthrough.services import followthrough_run
from tests.factories import GatheringFactory, NetworkFactory, PresentedProposalFactory


@pytest.mark.parametrize(
    ("zone", "day"),
    [
        ("America/New_York", date(2027, 5, 6)),
        ("Asia/Tokyo", date(2027, 5, 6)),
        # Summer time starts on 14 March: 30 days of 24 hours from 23:30 on 1 March end
        # at 00:30 on 1 April, the network's day 31.
        ("America/New_York", date(2027, 3, 1)),
    ],
)
def test_prompts_go_on_day_30_and_90_of_the_networks_calendar(
    db: None, zone: str, day: date
) -> None:
    tz = ZoneInfo(zone)
    with scopes_disabled():
        network = NetworkFactory(time_zone=zone)
        gathering = GatheringFactory(
            network=network, first_part_at=datetime.combine(day, time(23, 30), tz), parts=1
        )
        proposal = PresentedProposalFactory(gathering=gathering, title="Tool library")
    mail.outbox.clear()
    prompted: dict[str, date] = {}

    # The first days, and two days either side of each prompt's day: a prompt sent early
    # (once only) or late would be missing from the day it is expected on. Every day of
    # 120 cost CI over a minute across the two databases for nothing more.
    for offset in [*range(0, 2), *range(28, 33), *range(88, 93)]:
        today = day + timedelta(days=offset)
        with scope(network=network):
            # The worker's first hourly run of the day, and a later one that sends nothing more.
            for hour in (0, 9):
                followthrough_run(network=network, now=datetime.combine(today, time(hour), tz))
        for message in mail.outbox:
            if message.to == [proposal.proposer.email]:
                prompted.setdefault(message.subject, today)

    assert prompted == {
        "30 days on: Tool library": day + timedelta(days=30),
        "90 days on: Tool library": day + timedelta(days=90),
    }
