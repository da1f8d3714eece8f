"""The 6- and 12-month check-ins of a partnership fall on calendar days of the network
(`networks.scoping.date_in`), counted in months from the day it was recorded there: one
recorded at 23:30 in January is checked in on on the same day of July from the first run
that day, although summer time moved the hour, and six months after 28 February is
28 August, not the 31st (28 February at 21:00 is already 1 March in UTC)."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django_scopes import scopes_disabled

from collaboratory.followthrough.models import Partnership
from collaboratory.followthrough.services import partnership_prompts_send, partnership_record
from tests.conftest import World

NEW_YORK = ZoneInfo("America/New_York")  # the world's networks' time zone


@pytest.mark.parametrize(
    ("recorded", "six_months_on"),
    [
        (datetime(2027, 1, 15, 23, 30, tzinfo=NEW_YORK), date(2027, 7, 15)),
        (datetime(2027, 2, 28, 21, 0, tzinfo=NEW_YORK), date(2027, 8, 28)),
    ],
)
def test_the_six_month_check_in_goes_on_the_networks_day(
    world: World, recorded: datetime, six_months_on: date
) -> None:
    with scopes_disabled():
        partnership_record(
            network=world.alpha,
            recorded_by=world.personas["member"],
            kind=Partnership.Kind.PROJECT,
            title="Shared tool library",
            story="Two members met at the spring gathering.",
            idempotency_key=uuid.uuid4(),
            now=recorded,
        )
    mail.outbox.clear()
    sent_on = []

    day = six_months_on - timedelta(days=5)
    while day <= six_months_on + timedelta(days=5):
        with scopes_disabled():
            for hour in (0, 9):  # the first run of the day, and a later one
                if partnership_prompts_send(
                    network=world.alpha, now=datetime.combine(day, time(hour), NEW_YORK)
                ):
                    sent_on.append(day)
        day += timedelta(days=1)

    assert sent_on == [six_months_on]
    assert len(mail.outbox) == 1
