"""A member's table names the session's time: at a gathering over two days with a dinner and
small groups, "Small groups: Table 3" on a phone did not say when (the agenda is further
down the gathering page, and not on the table's own page at all)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from django.utils import timezone
from django.utils.formats import date_format

from collaboratory.seating.selectors import person_key, plan_grid
from tests.conftest import client_for
from tests.seating.conftest import Room, small_groups_plan


def test_your_table_says_when_the_session_starts(room: Room) -> None:
    plan = small_groups_plan(room, table_sizes=[6, 6], publish=True)
    me = room.people[0]
    table = next(
        t for t, seated in enumerate(plan_grid(plan=plan)[0]) if person_key(me.pk) in seated
    )
    starts = timezone.localtime(room.groups.starts_at, ZoneInfo(room.network.time_zone))

    page = (
        client_for(me)
        .get(f"/n/{room.network.slug}/seating/gatherings/{room.gathering.pk}/my-table/")
        .content.decode()
    )

    assert (
        f'<strong>Small groups</strong> · <time datetime="{starts.isoformat()}">'
        f"{date_format(starts, 'SHORT_DATETIME_FORMAT')}</time>"
    ) in page
    assert f"Table {table + 1}" in page
