"""A substitute approved after the seating was made takes the seats of the member they
replace, in every round of the published plan and of drafts, at the approval: no steward
has to refresh and publish again. What is not plainly the member's seat handed over (a
locked table, a young member, a minor's table that would keep only one vetted adult, a
member without a seat) is left to the steward, and the pass says so."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.test import Client, TestCase

from collaboratory.audit.models import AuditEvent
from collaboratory.gatherings.models import Substitution
from collaboratory.gatherings.services import substitution_decide, substitution_request
from collaboratory.people.models import AgeBand, User
from collaboratory.seating.models import PlanStatus, Seat, SeatingPlan
from collaboratory.seating.selectors import (
    member_tables,
    person_key,
    plan_grid,
    substitute_key,
)
from collaboratory.seating.services import (
    plan_generate,
    plan_publish,
    plan_refresh,
    seat_move,
    substitution_seats_take,
    table_lock_set,
)
from tests.factories import MembershipFactory
from tests.seating.conftest import Room
from tests.seating.test_substitutes import SAM, substitute_with_pass

NOT_YET = "No table for you yet"


def _published(room: Room, *, rounds: int = 2, table_sizes: list[int] | None = None) -> SeatingPlan:
    return plan_publish(
        plan=_draft(room, rounds=rounds, table_sizes=table_sizes), actor=room.steward
    )


def _draft(room: Room, *, rounds: int = 2, table_sizes: list[int] | None = None) -> SeatingPlan:
    return plan_generate(
        gathering=room.gathering,
        agenda_item=None,
        rounds=rounds,
        table_sizes=table_sizes or [6, 6],
        actor=room.steward,
        time_limit=0.2,
    )


def _requested(room: Room, member: User | None = None) -> Substitution:
    return substitution_request(
        gathering=room.gathering,
        member=member or room.people[0],
        name=SAM,
        email="sam@example.org",
        reason="Travelling for work",
    )


def _approve(room: Room, substitution: Substitution) -> str:
    with TestCase.captureOnCommitCallbacks(execute=True):
        token = substitution_decide(substitution=substitution, approve=True, actor=room.steward)
    assert token
    return token


def _table_fragment(token: str) -> str:
    response = Client().get(f"/seating/pass/key/{token}/")
    assert response.status_code == 200
    return response.content.decode()


def _seats(plan: SeatingPlan) -> list[tuple[int, int, int | None, int | None]]:
    return list(
        Seat.objects.filter(plan=plan)
        .order_by("round", "table", "user_id", "substitution_id")
        .values_list("round", "table", "user_id", "substitution_id")
    )


def test_a_substitute_approved_after_publishing_takes_the_members_seat_in_every_round(
    room: Room,
) -> None:
    plan = _published(room)
    member = person_key(room.people[0].pk)
    before = plan_grid(plan=plan)
    member_tables_before = [
        next(t for t, table in enumerate(tables) if member in table) for tables in before
    ]

    sub, token = substitute_with_pass(room)

    key = substitute_key(sub.pk)
    after = plan_grid(plan=plan)
    for r, tables in enumerate(after):
        assert [t for t, table in enumerate(tables) if key in table] == [member_tables_before[r]]
        assert all(member not in table for table in tables)
        # Everyone else sits exactly where they sat.
        assert [sorted(p for p in table if p != key) for table in tables] == [
            sorted(p for p in table if p != member) for table in before[r]
        ]
    plan.refresh_from_db()
    assert plan.status == PlanStatus.PUBLISHED
    assert plan.violations == 0
    # Sam reads the table on the pass; the mates of round 1 see Sam's name on their page.
    page = _table_fragment(token)
    assert NOT_YET not in page
    for r, t in enumerate(member_tables_before):
        assert f"Table {t + 1}</strong>" in page.split("Round ")[r + 1]
    mate = next(u for u in room.people[1:] if person_key(u.pk) in after[0][member_tables_before[0]])
    assert SAM in member_tables(gathering=room.gathering, user=mate)[0].rounds[0].mates
    assert member_tables(gathering=room.gathering, user=room.people[0]) == []
    assert AuditEvent.objects.filter(action="seating.substitute_seated").count() == 1


def test_drafts_are_updated_too_and_a_replaced_plan_stays_as_it_was(room: Room) -> None:
    old = _published(room, rounds=1)
    current = _published(room, rounds=1)
    draft = _draft(room, rounds=1)
    old_seats = _seats(old)

    sub = _requested(room)
    _approve(room, sub)

    old.refresh_from_db()
    assert old.status == PlanStatus.SUPERSEDED
    assert _seats(old) == old_seats
    for plan in (current, draft):
        seated = [p for table in plan_grid(plan=plan)[0] for p in table]
        assert seated.count(substitute_key(sub.pk)) == 1
        assert person_key(room.people[0].pk) not in seated
    # The draft is no longer out of date: it publishes without a refresh.
    assert plan_publish(plan=draft, actor=room.steward).status == PlanStatus.PUBLISHED


def test_taking_the_seats_twice_or_deciding_again_changes_nothing(room: Room) -> None:
    plan = _published(room)
    sub, _token = substitute_with_pass(room)
    seats = _seats(plan)

    assert substitution_seats_take(substitution=sub, actor=room.steward) == []
    with pytest.raises(ValidationError):
        substitution_decide(substitution=sub, approve=True, actor=room.steward)

    assert _seats(plan) == seats
    assert len(seats) == 2 * 12
    assert AuditEvent.objects.filter(action="seating.substitute_seated").count() == 1


def test_a_pending_or_denied_substitute_takes_no_seat(room: Room) -> None:
    plan = _published(room)
    seats = _seats(plan)
    sub = _requested(room)

    assert substitution_seats_take(substitution=sub, actor=room.steward) == []
    substitution_decide(substitution=sub, approve=False, actor=room.steward)
    assert substitution_seats_take(substitution=sub, actor=room.steward) == []

    assert _seats(plan) == seats
    assert member_tables(gathering=room.gathering, user=room.people[0]) != []


def test_a_substitute_the_solver_seated_keeps_that_seat(room: Room) -> None:
    sub, _token = substitute_with_pass(room)  # no plan yet: nothing to take
    plan = _published(room)
    seats = _seats(plan)

    assert substitution_seats_take(substitution=sub, actor=room.steward) == []
    assert _seats(plan) == seats


def test_a_locked_table_is_left_to_the_steward_who_refreshes(room: Room) -> None:
    draft = _draft(room, rounds=1)
    member = person_key(room.people[0].pk)
    table = next(t for t, people in enumerate(plan_grid(plan=draft)[0]) if member in people)
    table_lock_set(plan=draft, round_=0, table=table, locked=True, actor=room.steward)
    plan = plan_publish(plan=draft, actor=room.steward)
    seats = _seats(plan)

    sub, token = substitute_with_pass(room)

    assert _seats(plan) == seats
    page = _table_fragment(token)
    assert NOT_YET in page
    assert "If it is out already, the stewards will find you a seat." in page
    # The steward's Refresh seats Sam at an unlocked table, as before.
    refreshed, _summary = plan_refresh(plan=plan, actor=room.steward)
    grid = plan_grid(plan=refreshed)[0]
    assert all(member not in people for people in grid)  # no longer coming
    assert any(substitute_key(sub.pk) in people for t, people in enumerate(grid) if t != table)


def test_a_young_members_substitute_is_left_to_the_steward(room: Room) -> None:
    room.people[0].age_band = AgeBand.AGE_16_17
    room.people[0].save()
    plan = _published(room)
    seats = _seats(plan)

    sub, token = substitute_with_pass(room)

    assert _seats(plan) == seats
    assert NOT_YET in _table_fragment(token)
    assert substitute_key(sub.pk) not in {p for t in plan_grid(plan=plan)[0] for p in t}


def _at_the_minors_table(room: Room, *, table_sizes: list[int]) -> SeatingPlan:
    """A one-round plan where Member A sits at the table of Member B, a minor."""
    room.people[1].age_band = AgeBand.AGE_13_15
    room.people[1].save()
    draft = _draft(room, rounds=1, table_sizes=table_sizes)
    member, minor = person_key(room.people[0].pk), person_key(room.people[1].pk)
    tables = plan_grid(plan=draft)[0]
    target = next(t for t, people in enumerate(tables) if minor in people)
    if member not in tables[target]:
        other = next(p for p in tables[target] if p != minor)
        seat_move(
            plan=draft,
            round_=0,
            person=member,
            table=target,
            swap_with=other,
            actor=room.steward,
        )
    return plan_publish(plan=draft, actor=room.steward)


def test_a_substitute_is_not_one_of_the_two_adults_a_minors_table_needs(room: Room) -> None:
    plan = _at_the_minors_table(room, table_sizes=[3, 3, 3, 3])
    seats = _seats(plan)

    _sub, token = substitute_with_pass(room)

    assert _seats(plan) == seats
    assert NOT_YET in _table_fragment(token)


def test_a_substitute_joins_a_minors_table_that_keeps_two_adults_without_them(
    room: Room,
) -> None:
    plan = _at_the_minors_table(room, table_sizes=[4, 4, 4])

    sub, token = substitute_with_pass(room)

    minor = person_key(room.people[1].pk)
    table = next(people for people in plan_grid(plan=plan)[0] if minor in people)
    assert substitute_key(sub.pk) in table
    assert "<li>Member</li>" in _table_fragment(token)  # the minor, by first name only


def test_a_member_without_a_seat_gives_none_to_their_substitute(room: Room) -> None:
    plan = _published(room)
    seats = _seats(plan)
    newcomer = MembershipFactory(network=room.network).user

    token = _approve(room, _requested(room, member=newcomer))

    assert _seats(plan) == seats
    assert NOT_YET in _table_fragment(token)
