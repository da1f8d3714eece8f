"""Approved substitutes (gatherings: someone in a member's place, with a pass and no account)
take a seat like anyone coming: the plan seats them, the cards and the list by name print
them, the steward can move them, and the member they replace is no longer seated."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.test import TestCase

from collaboratory.gatherings.models import Substitution
from collaboratory.gatherings.services import substitution_decide, substitution_request
from collaboratory.seating.models import SeatingPlan
from collaboratory.seating.selectors import (
    person_key,
    plan_grid,
    seated_keys,
    substitute_key,
)
from collaboratory.seating.services import plan_generate, seat_move
from tests.conftest import client_for
from tests.seating.conftest import Room

SAM = "Sam Standin"


def _substitute(room: Room) -> Substitution:
    """Member A sends Sam in their place; the steward approves (Member A's seat is Sam's)."""
    substitution = substitution_request(
        gathering=room.gathering,
        member=room.people[0],
        name=SAM,
        email="sam@example.org",
        reason="Travelling for work",
    )
    with TestCase.captureOnCommitCallbacks(execute=True):
        substitution_decide(substitution=substitution, approve=True, actor=room.steward)
    return substitution


def _plan(room: Room, *, rounds: int, table_sizes: list[int]) -> SeatingPlan:
    return plan_generate(
        gathering=room.gathering,
        agenda_item=None,
        rounds=rounds,
        table_sizes=table_sizes,
        actor=room.steward,
        time_limit=0.2,
    )


def test_an_approved_substitute_is_seated_in_place_of_the_member(room: Room) -> None:
    sub = _substitute(room)

    plan = _plan(room, rounds=2, table_sizes=[6, 6])

    keys = seated_keys(gathering=room.gathering)
    assert len(keys) == 12
    assert substitute_key(sub.pk) in keys
    assert person_key(room.people[0].pk) not in keys
    for tables in plan_grid(plan=plan):
        seated = [p for table in tables for p in table]
        assert seated.count(substitute_key(sub.pk)) == 1
        assert person_key(room.people[0].pk) not in seated
    client = client_for(room.steward)
    base = f"/n/{room.network.slug}/seating"
    cards = client.get(f"{base}/plans/{plan.pk}/cards/").content.decode()
    names = client.get(f"{base}/plans/{plan.pk}/names/").content.decode()
    board = client.get(f"{base}/plans/{plan.pk}/").content.decode()
    page = client.get(f"{base}/gatherings/{room.gathering.pk}/").content.decode()
    assert cards.count(SAM) == 2
    assert f'<th scope="row">{SAM}</th>' in names
    assert SAM in board
    assert "12 people are coming" in page
    assert "sam@example.org" not in cards + names + board


def test_a_steward_moves_a_substitute_and_a_bad_key_changes_nothing(room: Room) -> None:
    sub = _substitute(room)
    plan = _plan(room, rounds=1, table_sizes=[6, 6, 6])
    grid = plan_grid(plan=plan)
    key = substitute_key(sub.pk)
    source = next(t for t, table in enumerate(grid[0]) if key in table)
    target = next(t for t, table in enumerate(grid[0]) if t != source and len(table) < 6)

    seat_move(plan=plan, round_=0, person=key, table=target, actor=room.steward)

    assert key in plan_grid(plan=plan)[0][target]
    with pytest.raises(ValidationError) as error:
        seat_move(plan=plan, round_=0, person="s999999", table=source, actor=room.steward)
    assert error.value.message_dict == {"person": ["This person has no seat in this round."]}
    assert key in plan_grid(plan=plan)[0][target]
