"""Approved substitutes (gatherings: someone in a member's place, with a pass and no account)
take a seat like anyone coming: the plan seats them, the cards and the list by name print
them, the steward can move them, the member they replace is no longer seated, and the
substitute reads their table through the pass link (they have no account)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.test import Client, TestCase
from django.utils import timezone

from collaboratory.gatherings.models import DecisionStatus, Substitution
from collaboratory.gatherings.services import substitution_decide, substitution_request
from collaboratory.people.models import AgeBand
from collaboratory.seating.models import SeatingPlan
from collaboratory.seating.selectors import (
    person_key,
    plan_grid,
    seated_keys,
    substitute_key,
)
from collaboratory.seating.services import plan_generate, plan_publish, seat_move
from tests.conftest import client_for
from tests.seating.conftest import Room

SAM = "Sam Standin"


def _substitute(room: Room) -> Substitution:
    return substitute_with_pass(room)[0]


def substitute_with_pass(room: Room) -> tuple[Substitution, str]:
    """Member A sends Sam in their place; the steward approves (Member A's seat is Sam's) and
    Sam's pass token is emailed to them."""
    substitution = substitution_request(
        gathering=room.gathering,
        member=room.people[0],
        name=SAM,
        email="sam@example.org",
        reason="Travelling for work",
    )
    with TestCase.captureOnCommitCallbacks(execute=True):
        token = substitution_decide(substitution=substitution, approve=True, actor=room.steward)
    assert token
    return substitution, token


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


def _pass_pages(token: str) -> tuple[str, str, str]:
    """What Sam's phone gets, signed in nowhere: the pass page, the table page it links to,
    and the fragment the pass page loads into itself."""
    client = Client()
    pass_page = client.get(f"/gatherings/pass/key/{token}/")
    table = client.get(f"/seating/pass/key/{token}/")
    fragment = client.get(f"/seating/pass/key/{token}/", headers={"HX-Request": "true"})
    for response in (pass_page, table, fragment):
        assert response.status_code == 200
        assert response["Referrer-Policy"] == "no-referrer"
        assert "no-cache" in response["Cache-Control"]
    return pass_page.content.decode(), table.content.decode(), fragment.content.decode()


def test_a_substitute_reads_their_table_from_the_pass_once_it_is_published(room: Room) -> None:
    sub, token = substitute_with_pass(room)
    room.people[1].age_band = AgeBand.AGE_16_17
    room.people[1].full_name = "Minnie Minor"
    room.people[1].save()
    plan = _plan(room, rounds=2, table_sizes=[6, 6])

    pass_page, table, fragment = _pass_pages(token)
    assert f'hx-get="/seating/pass/key/{token}/"' in pass_page
    assert "No table for you yet" in table
    assert fragment == ""

    key = substitute_key(sub.pk)
    minor_key = person_key(room.people[1].pk)
    first = plan_grid(plan=plan)[0]
    sams = next(t for t, people in enumerate(first) if key in people)
    if minor_key not in first[sams]:  # the steward seats the minor with Sam in round 1
        adult = next(p for p in first[sams] if p != key)
        seat_move(
            plan=plan, round_=0, person=minor_key, table=sams, swap_with=adult, actor=room.steward
        )
    plan_publish(plan=plan, actor=room.steward)
    _, table, fragment = _pass_pages(token)
    grid = plan_grid(plan=plan)
    names = {person_key(u.pk): u.full_name for u in room.people}
    blocks = fragment.split('<div class="my-table-round">')[1:]
    assert len(blocks) == len(grid) == 2
    for r, (tables, block) in enumerate(zip(grid, blocks, strict=True)):
        mine = next(t for t, people in enumerate(tables) if key in people)
        assert f"Round {r + 1}: <strong>Table {mine + 1}</strong>" in block
        for people in tables:
            for person in people:
                if person in (key, person_key(room.people[1].pk)):
                    continue
                # Everyone at Sam's table that round is named; nobody at the other table.
                assert (names[person] in block) == (person in tables[mine]), (r, names[person])
    assert "Your table" in table
    assert "Table " in table
    # The minor is named to the pass holder by first name only, and to an adult member too
    # (tests/seating/test_minor_names.py).
    assert "<li>Minnie</li>" in blocks[0]
    assert "Minor" not in fragment
    mate = next(
        u
        for u in room.people[2:]
        if any(
            minor_key in people and person_key(u.pk) in people
            for tables in grid
            for people in tables
        )
    )
    member_page = client_for(mate).get(
        f"/n/{room.network.slug}/seating/gatherings/{room.gathering.pk}/my-table/"
    )
    assert "<li>Minnie</li>" in member_page.content.decode()
    assert "Minnie Minor" not in member_page.content.decode()
    assert "sam@example.org" not in fragment


def test_a_table_answers_no_unknown_refused_or_expired_pass(room: Room) -> None:
    sub, token = substitute_with_pass(room)
    plan_publish(plan=_plan(room, rounds=1, table_sizes=[6, 6]), actor=room.steward)
    pk, _, secret = token.partition(".")
    wrong = f"{pk}.{secret[:-2]}xx"
    client = Client()
    for bad in (wrong, f"{int(pk) + 1}.{secret}", "nonsense", f"{pk}."):
        assert client.get(f"/seating/pass/key/{bad}/").status_code == 404, bad
    assert client.post(f"/seating/pass/key/{token}/").status_code == 405

    sub.status = DecisionStatus.DENIED
    sub.save()
    assert client.get(f"/seating/pass/key/{token}/").status_code == 404
    sub.status = DecisionStatus.APPROVED
    sub.save()
    assert client.get(f"/seating/pass/key/{token}/").status_code == 200
    type(room.gathering).objects.filter(pk=room.gathering.pk).update(
        starts_at=timezone.now() - timedelta(days=1), ends_at=timezone.now() - timedelta(minutes=1)
    )
    assert client.get(f"/seating/pass/key/{token}/").status_code == 404
