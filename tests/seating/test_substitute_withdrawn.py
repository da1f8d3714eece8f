"""A steward withdraws an approved substitute whom the seating already seated (their pass
took the member's seats, `substitution_seats_take`): every draft and published plan stops
seating them at once. The seats go back to the member when the member comes after all (a
steward checked them in at the door) and the hand-back is plain; otherwise they are left
empty, and a member coming without a seat is among those the plans list says are waiting
for a Refresh. The pass shows no table any more; replaced plans stay as history."""

from __future__ import annotations

import re

from django.test import Client, TestCase

from collaboratory.audit.models import AuditEvent
from collaboratory.gatherings.models import Substitution
from collaboratory.gatherings.services import attendance_door_check_in
from collaboratory.networks.models import Membership, MembershipStatus
from collaboratory.seating.models import PlanStatus, Seat, SeatingPlan
from collaboratory.seating.selectors import (
    member_tables,
    person_key,
    plan_grid,
    substitute_key,
)
from collaboratory.seating.services import plan_generate, plan_publish, table_lock_set
from tests.conftest import client_for
from tests.seating.conftest import Room
from tests.seating.test_substitutes import SAM, substitute_with_pass

HOST = "127.0.0.1"


def _draft(room: Room, *, rounds: int = 2) -> SeatingPlan:
    return plan_generate(
        gathering=room.gathering,
        agenda_item=None,
        rounds=rounds,
        table_sizes=[6, 6],
        actor=room.steward,
        time_limit=0.2,
    )


def _withdraw(room: Room, substitution: Substitution) -> None:
    """The steward withdraws the pass from the manage page, as its confirmation posts."""
    url = f"/n/seats/gatherings/{room.gathering.pk}/substitutes/{substitution.pk}/withdraw/"
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client_for(room.steward).post(url, {"confirm": "yes"}, HTTP_HOST=HOST)
    assert response.status_code == 302


def _check_in_at_the_door(room: Room) -> None:
    """Member A, who sent Sam, comes after all: on the day, a steward checks them in at
    the door (the door list opens on the gathering's first day)."""
    part = room.gathering.parts.order_by("starts_at").first()
    assert part is not None
    attendance_door_check_in(
        part=part, user_id=room.people[0].pk, actor=room.steward, now=part.starts_at
    )


def _keys(plan: SeatingPlan) -> list[set[str]]:
    """Who sits in each round of the plan."""
    return [{p for table in tables for p in table} for tables in plan_grid(plan=plan)]


def _tables_of(plan: SeatingPlan, key: str) -> list[int]:
    return [
        next(t for t, table in enumerate(tables) if key in table) for tables in plan_grid(plan=plan)
    ]


def _seats(plan: SeatingPlan) -> list[tuple[int, int, int | None, int | None]]:
    return list(
        Seat.objects.filter(plan=plan)
        .order_by("round", "table", "user_id", "substitution_id")
        .values_list("round", "table", "user_id", "substitution_id")
    )


def _get(client: Client, url: str, status: int = 200) -> str:
    response = client.get(url, HTTP_HOST=HOST)
    assert response.status_code == status, url
    return re.sub(r"\s+", " ", response.content.decode())


def test_a_withdrawn_substitute_leaves_the_published_plan_and_the_draft(room: Room) -> None:
    plan = plan_publish(plan=_draft(room), actor=room.steward)
    draft = _draft(room)
    sub, token = substitute_with_pass(room)
    sam = substitute_key(sub.pk)
    assert all(sam in seated for seated in _keys(plan) + _keys(draft))
    mate = next(
        u
        for u in room.people[1:]
        if _tables_of(plan, person_key(u.pk))[0] == _tables_of(plan, sam)[0]
    )
    assert SAM in member_tables(gathering=room.gathering, user=mate)[0].rounds[0].mates

    _withdraw(room, sub)

    for seating in (plan, draft):
        assert all(sam not in seated for seated in _keys(seating))
        assert all(len(seated) == 11 for seated in _keys(seating))
    plan.refresh_from_db()
    assert plan.status == PlanStatus.PUBLISHED
    assert SAM not in member_tables(gathering=room.gathering, user=mate)[0].rounds[0].mates
    steward = client_for(room.steward)
    board = _get(steward, f"/n/seats/seating/plans/{plan.pk}/")
    cards = _get(steward, f"/n/seats/seating/plans/{plan.pk}/cards/")
    names = _get(steward, f"/n/seats/seating/plans/{plan.pk}/names/")
    assert (SAM in board, SAM in cards, SAM in names) == (False, False, False)
    listing = _get(steward, f"/n/seats/seating/gatherings/{room.gathering.pk}/")
    assert "Out of date" not in listing
    # Nothing else changed, so the draft publishes without a refresh.
    assert plan_publish(plan=draft, actor=room.steward).status == PlanStatus.PUBLISHED
    # The pass shows no table: the pass says it was withdrawn, and so does the table's page.
    assert "stewards have withdrawn this pass" in _get(
        Client(), f"/gatherings/pass/key/{token}/", status=410
    )
    assert "stewards have withdrawn this pass" in _get(
        Client(), f"/seating/pass/key/{token}/", status=410
    )
    assert AuditEvent.objects.filter(action="seating.substitute_released").count() == 2


def test_the_seats_go_back_to_the_member_who_came_after_all(room: Room) -> None:
    plan = plan_publish(plan=_draft(room), actor=room.steward)
    member = person_key(room.people[0].pk)
    tables = _tables_of(plan, member)
    sub, _token = substitute_with_pass(room)
    _check_in_at_the_door(room)
    mine = f"/n/seats/seating/gatherings/{room.gathering.pk}/my-table/"
    assert "Table" not in _get(client_for(room.people[0]), mine).split("<main", 1)[1]

    _withdraw(room, sub)

    assert _tables_of(plan, member) == tables
    assert all(substitute_key(sub.pk) not in seated for seated in _keys(plan))
    page = _get(client_for(room.people[0]), mine)
    assert f"Table {tables[0] + 1}" in page
    listing = _get(client_for(room.steward), f"/n/seats/seating/gatherings/{room.gathering.pk}/")
    assert "Out of date" not in listing


def test_a_locked_table_is_emptied_and_the_member_waits_for_a_refresh(room: Room) -> None:
    draft = _draft(room, rounds=1)
    member = person_key(room.people[0].pk)
    sub, _token = substitute_with_pass(room)
    table = _tables_of(draft, substitute_key(sub.pk))[0]
    table_lock_set(plan=draft, round_=0, table=table, locked=True, actor=room.steward)
    seated = _keys(draft)[0]
    _check_in_at_the_door(room)

    _withdraw(room, sub)

    # The steward fixed who sits at that table: the member is not put back there.
    assert _keys(draft) == [seated - {substitute_key(sub.pk)}]
    assert member not in _keys(draft)[0]
    listing = _get(client_for(room.steward), f"/n/seats/seating/gatherings/{room.gathering.pk}/")
    assert "Out of date: 1 more coming, 0 no longer coming." in listing


def test_withdrawing_twice_changes_the_plan_once(room: Room) -> None:
    plan = plan_publish(plan=_draft(room), actor=room.steward)
    sub, _token = substitute_with_pass(room)
    _withdraw(room, sub)
    seats = _seats(plan)

    _withdraw(room, sub)

    assert _seats(plan) == seats
    assert AuditEvent.objects.filter(action="seating.substitute_released").count() == 1


def test_a_removed_member_s_substitute_is_no_tablemate_of_anyone(room: Room) -> None:
    """The pass stops with the member's removal (status still approved): the tablemates'
    pages no longer name the substitute, as they no longer name someone who cancelled."""
    plan = plan_publish(plan=_draft(room), actor=room.steward)
    sub, _token = substitute_with_pass(room)
    sam = substitute_key(sub.pk)
    mate = next(
        u
        for u in room.people[1:]
        if _tables_of(plan, person_key(u.pk))[0] == _tables_of(plan, sam)[0]
    )
    mine = f"/n/seats/seating/gatherings/{room.gathering.pk}/my-table/"
    assert SAM in _get(client_for(mate), mine)
    membership = Membership.objects.get(network=room.network, user=room.people[0])

    response = client_for(room.steward).post(
        f"/n/seats/roster/{membership.pk}/status/",
        {"status": MembershipStatus.REMOVED, "note": "Steward's decision", "confirm": "yes"},
        HTTP_HOST=HOST,
    )

    assert response.status_code == 302
    assert SAM not in _get(client_for(mate), mine)
    board = _get(client_for(room.steward), f"/n/seats/seating/plans/{plan.pk}/")
    assert "Out of date" in _get(
        client_for(room.steward), f"/n/seats/seating/gatherings/{room.gathering.pk}/"
    )
    assert SAM in board  # tagged no longer coming, as a cancellation is, until a Refresh
