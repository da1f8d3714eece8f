""" "Make my link" pressed twice at once (a double tap reaching two server processes) leaves
one working link: on PostgreSQL the second insert used to fail on the one-active-link
constraint, a 500."""

from __future__ import annotations

import pytest
from django_scopes import scopes_disabled

from collaboratory.gatherings.models import CalendarFeed
from collaboratory.gatherings.services import calendar_feed_issue
from tests.conftest import World
from tests.races import second_after_first_reads

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_link_made_twice_at_once_leaves_one_active(world: World) -> None:
    member = world.personas["member"]

    def issue() -> str:
        with scopes_disabled():
            return calendar_feed_issue(network=world.alpha, user=member)

    second_after_first_reads(
        issue, issue, reads=lambda sql: sql.startswith('UPDATE "gatherings_calendarfeed"')
    )

    with scopes_disabled():
        feeds = CalendarFeed.objects.filter(network=world.alpha, user=member)
        assert (feeds.count(), feeds.filter(revoked_at__isnull=True).count()) == (2, 1)
