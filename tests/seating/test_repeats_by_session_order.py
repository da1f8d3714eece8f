"""The figure "pairs sit together again" counts a pair once, in the later session. Each
session counted the pairs of the gathering's other published sessions, so publishing the
small groups raised the dinner's figure (in the demo 6 -> 19) and both sessions
reported the same pairs.
Now a session counts the pairs who sat together before it: at an earlier gathering, or at
an earlier session of this one (by the agenda's order), whatever was published first."""

from __future__ import annotations

import re
from itertools import combinations

from collaboratory.seating.models import SeatingPlan
from collaboratory.seating.selectors import plan_grid
from tests.conftest import client_for
from tests.seating.conftest import Room, published_dinner, small_groups_plan


def _pairs(plan: SeatingPlan) -> set[frozenset[str]]:
    return {
        frozenset(pair)
        for tables in plan_grid(plan=plan)
        for table in tables
        for pair in combinations(table, 2)
    }


def _board_figure(room: Room, plan: SeatingPlan) -> int:
    url = f"/n/{room.network.slug}/seating/plans/{plan.pk}/"
    body = client_for(room.steward).get(url, HTTP_HOST="127.0.0.1").content.decode()
    return int(re.search(r'data-figure="repeats">(\d+)<', body).group(1))  # type: ignore[union-attr]


def _list_figure(room: Room, plan: SeatingPlan) -> int:
    url = f"/n/{room.network.slug}/seating/gatherings/{room.gathering.pk}/"
    body = client_for(room.steward).get(url, HTTP_HOST="127.0.0.1").content.decode()
    row = re.search(rf'/plans/{plan.pk}/".*?data-figure="repeats">(\d+)<', body, flags=re.DOTALL)
    return int(row.group(1))  # type: ignore[union-attr]


def test_publishing_the_small_groups_leaves_the_dinners_figure_alone(room: Room) -> None:
    dinner = published_dinner(room)
    assert _board_figure(room, dinner) == 0

    groups = small_groups_plan(room, table_sizes=[6, 6], publish=True)
    both = len(_pairs(dinner) & _pairs(groups))
    assert both > 0  # two tables of 6 twice: some pairs must meet again

    assert _board_figure(room, dinner) == 0
    assert _list_figure(room, dinner) == 0
    assert _board_figure(room, groups) == both
    assert _list_figure(room, groups) == both


def test_the_later_session_counts_the_pair_whichever_was_published_first(room: Room) -> None:
    groups = small_groups_plan(room, table_sizes=[6, 6], publish=True)
    dinner = published_dinner(room)
    both = len(_pairs(dinner) & _pairs(groups))

    assert _board_figure(room, dinner) == 0
    assert _list_figure(room, dinner) == 0
    assert _board_figure(room, groups) == both
    assert _list_figure(room, groups) == both


def test_the_board_and_the_list_say_what_the_figure_counts(room: Room) -> None:
    dinner = published_dinner(room)
    client = client_for(room.steward)
    board = client.get(
        f"/n/{room.network.slug}/seating/plans/{dinner.pk}/", HTTP_HOST="127.0.0.1"
    ).content.decode()
    listing = client.get(
        f"/n/{room.network.slug}/seating/gatherings/{room.gathering.pk}/", HTTP_HOST="127.0.0.1"
    ).content.decode()

    explained = "who already sat together before this session"
    assert explained in board
    assert explained in listing
