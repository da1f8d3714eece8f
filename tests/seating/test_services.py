"""Seating services: plans are stored as versions, history feeds the next plan, refresh
re-seats only who changed, hand moves keep the hard rules."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from itertools import combinations

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from django_scopes import scope, scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.creditclub.selectors import minor_name
from collaboratory.gatherings.models import AgendaItem, AgendaKind, Attendance
from collaboratory.gatherings.services import attendance_bulk_record, rsvp_submit
from collaboratory.people.models import AgeBand, User
from collaboratory.seating.models import (
    PairKind,
    PlanSource,
    PlanStatus,
    Seat,
    SeatingPair,
    SeatingPlan,
)
from collaboratory.seating.selectors import (
    member_tables,
    person_key,
    person_pk,
    plan_grid,
    plan_inputs,
    seated_people,
    seating_history,
    solver_inputs,
)
from collaboratory.seating.services import (
    plan_generate,
    plan_publish,
    plan_refresh,
    plan_replan,
    seat_move,
    seating_pair_add,
    table_lock_set,
)
from tests.factories import MembershipFactory, NetworkFactory
from tests.seating.conftest import Room, room_gathering

FAST = 0.2


def _generate(room: Room, **kwargs: object) -> SeatingPlan:
    options: dict[str, object] = {
        "gathering": room.gathering,
        "agenda_item": room.groups,
        "rounds": 2,
        "table_sizes": [4, 4, 4, 4],
        "actor": room.steward,
        "time_limit": FAST,
    }
    options.update(kwargs)
    return plan_generate(**options)  # type: ignore[arg-type]


def _rule(room: Room, kind: str, first: User, second: User, reason: str = "") -> None:
    seating_pair_add(
        network=room.network,
        kind=kind,
        first=first,
        second=second,
        reason=reason,
        actor=room.steward,
    )


def _seats(plan: SeatingPlan) -> set[tuple[int, int, int]]:
    return set(Seat.objects.filter(plan=plan).values_list("round", "table", "user_id"))


def test_a_plan_seats_everyone_coming_once_per_round(room: Room) -> None:
    plan = _generate(room)

    grid = plan_grid(plan=plan)
    assert (plan.version, plan.status) == (1, PlanStatus.DRAFT)
    for tables in grid:
        seated = sorted(person_pk(p) for table in tables for p in table)
        assert seated == sorted(u.pk for u in room.people)
        assert all(len(table) <= 4 for table in tables)
    assert AuditEvent.objects.filter(action="seating.plan_generated").count() == 1


def test_every_generation_is_a_new_version_and_older_ones_are_kept(room: Room) -> None:
    first = _generate(room)
    second = _generate(room, seed=1)

    assert (first.version, second.version) == (1, 2)
    assert SeatingPlan.objects.filter(gathering=room.gathering).count() == 2
    assert len(_seats(first)) == len(_seats(second)) == 24


def test_too_few_seats_names_the_missing_count(room: Room) -> None:
    with pytest.raises(ValidationError) as error:
        _generate(room, table_sizes=[4, 4])

    assert error.value.message_dict == {
        "table_sizes": ["12 people are coming but the tables seat 8: add 4 seats."]
    }
    assert not SeatingPlan.objects.exists()


def test_a_session_of_another_kind_is_refused(room: Room) -> None:
    credit_club = AgendaItem.objects.get(gathering=room.gathering, kind=AgendaKind.CREDIT_CLUB)
    with pytest.raises(ValidationError) as error:
        _generate(room, agenda_item=credit_club)

    assert list(error.value.message_dict) == ["session"]


def test_cancellations_drop_out_and_late_check_ins_are_seated(room: Room) -> None:
    plan = _generate(room)
    cancelled, late = room.people[0], MembershipFactory(network=room.network).user
    rsvp_submit(gathering=room.gathering, user=cancelled, answer="no")
    part = room.gathering.parts.first()
    attendance_bulk_record(
        network=room.network, entries=[(part.pk, late.pk)], source=Attendance.Source.DOOR_LIST
    )

    assert cancelled not in seated_people(gathering=room.gathering)
    new, summary = plan_refresh(plan=plan, actor=room.steward)

    assert (summary.added, summary.dropped) == (1, 1)
    assert (new.version, new.source) == (2, PlanSource.REFRESHED)
    old_seats = {s for s in _seats(plan) if s[2] != cancelled.pk}
    new_seats = _seats(new)
    # Everyone else keeps their seat; the newcomer has one seat in each round.
    assert old_seats <= new_seats
    assert sorted(r for r, _t, u in new_seats - old_seats if u == late.pk) == [0, 1]
    assert all(u != cancelled.pk for _r, _t, u in new_seats)


def test_refresh_keeps_locked_tables_even_with_a_free_seat(room: Room) -> None:
    plan = _generate(room, table_sizes=[4, 4, 4, 4])
    grid = plan_grid(plan=plan)
    # Lock every table that has a free seat in round 1 but one: the newcomer must take it.
    free = [t for t, table in enumerate(grid[0]) if len(table) < 4]
    for t in free[1:]:
        table_lock_set(plan=plan, round_=0, table=t, locked=True, actor=room.steward)
    late = MembershipFactory(network=room.network).user
    rsvp_submit(gathering=room.gathering, user=late, answer="yes", both_parts=True)

    new, _summary = plan_refresh(plan=plan, actor=room.steward)

    new_grid = plan_grid(plan=new)
    for t in free[1:]:
        assert new_grid[0][t] == grid[0][t]
    assert person_key(late.pk) in new_grid[0][free[0]]
    assert set(new.locks.values_list("round", "table")) == {(0, t) for t in free[1:]}


def _late(room: Room, count: int, **user: object) -> list[User]:
    people = [MembershipFactory(network=room.network, **user).user for _ in range(count)]
    for person in people:
        rsvp_submit(gathering=room.gathering, user=person, answer="yes", both_parts=True)
    return people


def test_refresh_grows_a_full_table_by_one_rather_than_seating_a_latecomer_alone(
    room: Room,
) -> None:
    plan = _generate(room, rounds=2, table_sizes=[6, 6])
    (late,) = _late(room, 1)

    new, summary = plan_refresh(plan=plan, actor=room.steward)

    assert (summary.tables_added, summary.tables_grown) == (0, 1)
    assert sorted(new.table_sizes) == [6, 7]
    grown = new.table_sizes.index(7)
    assert all(person_key(late.pk) in tables[grown] for tables in plan_grid(plan=new))


def test_refresh_opens_a_table_when_growing_cannot_seat_everyone(room: Room) -> None:
    plan = _generate(room, rounds=1, table_sizes=[6, 6])
    adults = _late(room, 3)
    (youth,) = _late(room, 1, user__age_band=AgeBand.AGE_16_17)

    new, summary = plan_refresh(plan=plan, actor=room.steward)

    grid = plan_grid(plan=new)
    # Growing both tables seats two of four: a table is opened, and then it has the seats.
    assert (summary.tables_added, summary.tables_grown) == (1, 0)
    assert new.table_sizes == [6, 6, 6]
    assert sorted(grid[0][2]) == sorted(person_key(u.pk) for u in (*adults, youth))
    assert plan_inputs(plan=new, grid=grid).evaluate(grid, new.table_sizes).violations == ()


def test_refresh_never_opens_a_table_for_one_person_or_a_minor_without_two_adults(
    room: Room,
) -> None:
    plan = _generate(room, rounds=1, table_sizes=[6, 6])
    table_lock_set(plan=plan, round_=0, table=1, locked=True, actor=room.steward)
    (adult,) = _late(room, 1)
    (youth,) = _late(room, 1, user__age_band=AgeBand.AGE_16_17)

    with pytest.raises(ValidationError) as error:
        plan_refresh(plan=plan, actor=room.steward)

    assert adult.full_name in error.value.messages[0]
    assert youth.full_name in error.value.messages[0]
    assert "a minor without two adults" in error.value.messages[0]
    assert SeatingPlan.objects.count() == 1


def test_refresh_with_nothing_changed_says_so(room: Room) -> None:
    plan = _generate(room)

    with pytest.raises(ValidationError, match="Nobody changed"):
        plan_refresh(plan=plan, actor=room.steward)
    assert SeatingPlan.objects.count() == 1


def test_history_of_published_plans_feeds_met(room: Room) -> None:
    past = room_gathering(room.network, room.people, days=-60)
    # Planned and published before it was held: once it is over, its seating is history.
    before = past.starts_at - timedelta(days=2)
    old = plan_generate(
        gathering=past,
        agenda_item=None,
        rounds=2,
        table_sizes=[6, 6],
        actor=room.steward,
        time_limit=FAST,
        now=before,
    )
    expected: Counter[frozenset[str]] = Counter()
    for tables in plan_grid(plan=old):
        for table in tables:
            expected.update(frozenset(p) for p in combinations(table, 2))
    people = [person_key(u.pk) for u in room.people]

    draft_only = solver_inputs(gathering=room.gathering, agenda_item=room.groups, people=people)
    plan_publish(plan=old, actor=room.steward, now=before)
    published = solver_inputs(gathering=room.gathering, agenda_item=room.groups, people=people)

    assert draft_only.met == {}
    assert published.met == dict(expected)
    # 2 rounds of 2 tables of 6: 2 * 2 * 15 pairs sat together.
    assert sum(published.met.values()) == 60


def test_the_dinner_counts_as_history_for_the_small_groups(room: Room) -> None:
    dinner = _generate(room, agenda_item=room.dinner, rounds=1, table_sizes=[6, 6])
    plan_publish(plan=dinner, actor=room.steward)
    people = [person_key(u.pk) for u in room.people]

    groups = solver_inputs(gathering=room.gathering, agenda_item=room.groups, people=people)
    itself = solver_inputs(gathering=room.gathering, agenda_item=room.dinner, people=people)

    assert sum(groups.met.values()) == 30
    assert itself.met == {}


def test_inputs_carry_attributes_minors_ties_and_rules_but_no_ideology(room: Room) -> None:
    youth = MembershipFactory(network=room.network, user__age_band=AgeBand.AGE_16_17).user
    a, b = room.people[:2]
    _rule(room, PairKind.APART, b, a, reason="Board dispute")
    people = [person_key(u.pk) for u in (*room.people, youth)]

    inputs = solver_inputs(gathering=room.gathering, agenda_item=room.groups, people=people)

    assert inputs.minors == {person_key(youth.pk)}
    assert inputs.keep_apart == [frozenset((person_key(a.pk), person_key(b.pk)))]
    assert inputs.attributes[person_key(a.pk)] == {
        "organization": str(a.memberships.get().organization_id),
        "region": "North",
        "generation": AgeBand.AGE_30_44,
    }
    assert all("ideology" not in values for values in inputs.attributes.values())


def _table_of(plan: SeatingPlan, round_: int, user_id: int) -> int:
    return Seat.objects.get(plan=plan, round=round_, user_id=user_id).table


def test_a_move_changes_one_seat_and_the_figures(room: Room) -> None:
    plan = _generate(room, rounds=1, table_sizes=[5, 5, 5])
    grid = plan_grid(plan=plan)
    source = next(t for t, table in enumerate(grid[0]) if table)
    target = next(t for t, table in enumerate(grid[0]) if len(table) < 5 and t != source)
    person = next(u for u in room.people if person_key(u.pk) in grid[0][source])

    cost = seat_move(
        plan=plan, round_=0, person=person_key(person.pk), table=target, actor=room.steward
    )

    assert _table_of(plan, 0, person.pk) == target
    plan.refresh_from_db()
    assert (plan.repeats, plan.violations, plan.new_ties) == (
        cost.repeats,
        len(cost.violations),
        cost.new_ties,
    )
    assert plan.diversity == pytest.approx(cost.diversity_without_ideology)


def test_a_move_to_a_full_table_is_refused_and_a_swap_is_not(room: Room) -> None:
    plan = _generate(room, rounds=1, table_sizes=[6, 6])
    grid = plan_grid(plan=plan)
    a = next(u for u in room.people if person_key(u.pk) in grid[0][0])
    b = next(u for u in room.people if person_key(u.pk) in grid[0][1])

    with pytest.raises(ValidationError, match="Table 2 is full"):
        seat_move(plan=plan, round_=0, person=person_key(a.pk), table=1, actor=room.steward)
    seat_move(
        plan=plan,
        round_=0,
        person=person_key(a.pk),
        table=1,
        swap_with=person_key(b.pk),
        actor=room.steward,
    )

    assert (_table_of(plan, 0, a.pk), _table_of(plan, 0, b.pk)) == (1, 0)


def test_a_locked_table_refuses_moves_in_and_out(room: Room) -> None:
    plan = _generate(room, rounds=1, table_sizes=[5, 5, 5])
    grid = plan_grid(plan=plan)
    table_lock_set(plan=plan, round_=0, table=0, locked=True, actor=room.steward)
    inside = next(u for u in room.people if person_key(u.pk) in grid[0][0])

    with pytest.raises(ValidationError, match="Table 1 is locked in round 1"):
        seat_move(plan=plan, round_=0, person=person_key(inside.pk), table=1, actor=room.steward)
    assert plan_grid(plan=plan) == grid


def test_a_move_that_breaks_keep_apart_is_refused_with_the_names(room: Room) -> None:
    plan = _generate(room, rounds=1, table_sizes=[5, 5, 5])
    grid = plan_grid(plan=plan)
    a = next(u for u in room.people if person_key(u.pk) in grid[0][0])
    target = next(t for t in (1, 2) if len(grid[0][t]) < 5)
    b = next(u for u in room.people if person_key(u.pk) in grid[0][target])
    _rule(room, PairKind.APART, a, b, reason="")

    with pytest.raises(ValidationError) as error:
        seat_move(plan=plan, round_=0, person=person_key(a.pk), table=target, actor=room.steward)

    assert f"{a.full_name} and {b.full_name}" in error.value.messages[0] or (
        f"{b.full_name} and {a.full_name}" in error.value.messages[0]
    )
    assert "kept apart" in error.value.messages[0]
    assert plan_grid(plan=plan) == grid


def test_a_move_leaving_a_youth_with_one_adult_is_refused(room: Room) -> None:
    youth = MembershipFactory(network=room.network, user__age_band=AgeBand.AGE_13_15).user
    rsvp_submit(gathering=room.gathering, user=youth, answer="yes", both_parts=True)
    plan = _generate(room, rounds=1, table_sizes=[5, 5, 5, 5])
    grid = plan_grid(plan=plan)
    table = next(t for t, seated in enumerate(grid[0]) if person_key(youth.pk) in seated)
    adults = [p for p in grid[0][table] if p != person_key(youth.pk)]
    elsewhere = next(t for t in range(4) if t != table and len(grid[0][t]) < 5)
    # Move adults out until two remain; the next move would leave the youth with one.
    for key in adults[:-2]:
        seat_move(plan=plan, round_=0, person=key, table=elsewhere, actor=room.steward)
        grid = plan_grid(plan=plan)
        elsewhere = next(t for t in range(4) if t != table and len(grid[0][t]) < 5)

    with pytest.raises(ValidationError) as refused:
        seat_move(plan=plan, round_=0, person=adults[-1], table=elsewhere, actor=room.steward)

    # Named as on the board and in publishing: the young person (by first name) and the
    # adult who would be left with them.
    names = {person_key(u.pk): u.full_name for u in room.people}
    assert (
        f"Refused: Table {table + 1}, round 1: {minor_name(youth.full_name)}, a young person, "
        f"has only one adult at the table, {names[adults[-2]]} (two are needed)."
    ) in refused.value.messages


def test_publishing_replaces_the_published_version_and_freezes_it(room: Room) -> None:
    first = _generate(room)
    plan_publish(plan=first, actor=room.steward)
    second = _generate(room, seed=3)
    plan_publish(plan=second, actor=room.steward)
    first.refresh_from_db()

    assert (first.status, second.status) == (PlanStatus.SUPERSEDED, PlanStatus.PUBLISHED)
    with pytest.raises(ValidationError, match="published"):
        table_lock_set(plan=second, round_=0, table=0, locked=True, actor=room.steward)


def test_a_plan_gone_with_its_session_is_refused_in_words_and_publishes_nothing(
    room: Room,
) -> None:
    """A board left open while the agenda item was taken off (its plans go with it)."""
    published = _generate(room)
    plan_publish(plan=published, actor=room.steward)
    gone = _generate(room, seed=3)
    SeatingPlan.objects.filter(pk=gone.pk).delete()

    with pytest.raises(ValidationError, match="Only a draft can be published"):
        plan_publish(plan=gone, actor=room.steward)
    published.refresh_from_db()
    assert published.status == PlanStatus.PUBLISHED


def test_a_plan_breaking_a_rule_is_not_published(room: Room) -> None:
    plan = _generate(room, rounds=1, table_sizes=[6, 6])
    grid = plan_grid(plan=plan)
    a, b = (next(u for u in room.people if person_key(u.pk) in grid[0][t]) for t in (0, 1))
    _rule(room, PairKind.TOGETHER, a, b, reason="")

    with pytest.raises(ValidationError, match="breaks 1 hard rule"):
        plan_publish(plan=plan, actor=room.steward)
    assert plan_inputs(plan=plan, grid=grid).evaluate(grid).violations


def test_a_member_sees_only_their_published_table(room: Room) -> None:
    plan = _generate(room, rounds=2, table_sizes=[6, 6])
    me = room.people[0]
    assert member_tables(gathering=room.gathering, user=me) == []
    plan_publish(plan=plan, actor=room.steward)

    mine = member_tables(gathering=room.gathering, user=me)

    grid = plan_grid(plan=plan)
    names = {person_key(u.pk): u.full_name for u in room.people}
    assert [(r.round, r.table) for r in mine[0].rounds] == [
        (r, next(t for t, table in enumerate(grid[r]) if person_key(me.pk) in table))
        for r in range(2)
    ]
    assert mine[0].rounds[0].mates == sorted(
        names[p] for p in grid[0][mine[0].rounds[0].table] if p != person_key(me.pk)
    )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"second": "first"}, "Choose two different people."),
        ({"kind": "maybe"}, "Choose keep apart or keep together."),
        ({"reason": "line\x00break"}, None),
    ],
)
def test_a_bad_pair_is_refused_and_nothing_is_stored(
    room: Room, change: dict[str, str], message: str | None
) -> None:
    args = {"kind": PairKind.APART, "first": room.people[0], "second": room.people[1], "reason": ""}
    for key, value in change.items():
        args[key] = args.get(value, value)

    with pytest.raises(ValidationError) as error:
        seating_pair_add(network=room.network, actor=room.steward, **args)  # type: ignore[arg-type]

    if message:
        assert message in str(error.value)
    with scope(network=room.network):
        assert not SeatingPair.objects.exists()


def test_replanning_everyone_keeps_the_people_of_locked_tables(room: Room) -> None:
    plan = _generate(room, rounds=2, table_sizes=[4, 4, 4])
    table_lock_set(plan=plan, round_=1, table=2, locked=True, actor=room.steward)
    kept = set(plan_grid(plan=plan)[1][2])

    new = plan_replan(plan=plan, actor=room.steward)

    assert new.version == 2
    assert set(plan_grid(plan=new)[1][2]) == kept
    assert list(new.locks.values_list("round", "table")) == [(1, 2)]


def test_history_stays_inside_the_network(room: Room) -> None:
    """People who also belong to a local network met there too; that plan is the local
    network's and is not read for this one, even with no scope active (as in the demo)."""
    local = NetworkFactory(slug="local-seats")
    for user in room.people:
        MembershipFactory(network=local, user=user)
    with scopes_disabled():
        elsewhere = room_gathering(local, room.people, days=-30)
        before = elsewhere.starts_at - timedelta(days=2)
        plan_publish(
            plan=plan_generate(
                gathering=elsewhere,
                agenda_item=None,
                rounds=1,
                table_sizes=[6, 6],
                actor=room.steward,
                time_limit=FAST,
                now=before,
            ),
            actor=room.steward,
            now=before,
        )
        people = [person_key(u.pk) for u in room.people]

        inputs = solver_inputs(gathering=room.gathering, agenda_item=room.groups, people=people)

    assert inputs.met == {}


def test_someone_who_cancels_after_publishing_has_no_table_and_is_no_ones_mate(
    room: Room,
) -> None:
    plan = _generate(room, rounds=1, table_sizes=[6, 6])
    plan_publish(plan=plan, actor=room.steward)
    grid = plan_grid(plan=plan)
    me = room.people[0]
    mate = next(
        u
        for u in room.people[1:]
        if any(person_key(u.pk) in t and person_key(me.pk) in t for t in grid[0])
    )

    rsvp_submit(gathering=room.gathering, user=me, answer="no")

    assert member_tables(gathering=room.gathering, user=me) == []
    assert me.full_name not in member_tables(gathering=room.gathering, user=mate)[0].rounds[0].mates
    assert len(member_tables(gathering=room.gathering, user=mate)[0].rounds[0].mates) == 4


def test_a_plan_made_before_rsvps_changed_is_not_published_until_refreshed(room: Room) -> None:
    plan = _generate(room)
    cancelled, late = room.people[0], MembershipFactory(network=room.network).user
    rsvp_submit(gathering=room.gathering, user=cancelled, answer="no")
    rsvp_submit(gathering=room.gathering, user=late, answer="yes", both_parts=True)

    with pytest.raises(ValidationError) as error:
        plan_publish(plan=plan, actor=room.steward)

    assert error.value.messages == [
        f"This plan is out of date: {cancelled.full_name} is no longer coming; "
        f"{late.full_name} is coming without a seat. Use “Refresh from RSVPs” to make a new "
        "version that changes only their seats (everyone else keeps theirs), then publish that."
    ]
    plan.refresh_from_db()
    assert plan.status == PlanStatus.DRAFT
    refreshed, _summary = plan_refresh(plan=plan, actor=room.steward)
    assert plan_publish(plan=refreshed, actor=room.steward).status == PlanStatus.PUBLISHED


def test_replanning_leaves_a_locked_table_with_a_free_seat_exactly_as_it_was(room: Room) -> None:
    # 12 people at 4 tables of 4: three at each. A 13th coming would make one table 4, and
    # the even fill chose the locked table first.
    plan = _generate(room, rounds=1, table_sizes=[4, 4, 4, 4])
    table_lock_set(plan=plan, round_=0, table=0, locked=True, actor=room.steward)
    kept = sorted(plan_grid(plan=plan)[0][0])
    late = MembershipFactory(network=room.network).user
    rsvp_submit(gathering=room.gathering, user=late, answer="yes", both_parts=True)

    new = plan_replan(plan=plan, actor=room.steward)

    grid = plan_grid(plan=new)
    assert sorted(grid[0][0]) == kept
    assert new.table_sizes == [4, 4, 4, 4]
    assert sum(len(t) for t in grid[0]) == 13


def test_a_table_locked_in_two_rounds_with_different_counts_keeps_both(room: Room) -> None:
    plan = _generate(room, rounds=2, table_sizes=[4, 4, 4, 4])
    grid = plan_grid(plan=plan)
    # Round 2: one of table 1's three moves to a table with a free seat; table 1 keeps two.
    target = next(t for t in (1, 2, 3) if len(grid[1][t]) < 4)
    seat_move(plan=plan, round_=1, person=grid[1][0][0], table=target, actor=room.steward)
    for round_ in (0, 1):
        table_lock_set(plan=plan, round_=round_, table=0, locked=True, actor=room.steward)
    grid = plan_grid(plan=plan)
    assert [len(grid[r][0]) for r in (0, 1)] == [3, 2]

    new = plan_replan(plan=plan, actor=room.steward)

    new_grid = plan_grid(plan=new)
    assert [sorted(new_grid[r][0]) for r in (0, 1)] == [sorted(grid[r][0]) for r in (0, 1)]
    assert all(sum(len(t) for t in tables) == 12 for tables in new_grid)


@pytest.mark.parametrize("order", ["a-c", "c-a"])
def test_keep_apart_contradicting_keep_together_groups_is_refused(room: Room, order: str) -> None:
    a, b, c = room.people[:3]
    _rule(room, PairKind.TOGETHER, a, b)
    _rule(room, PairKind.TOGETHER, b, c)
    first, second = (a, c) if order == "a-c" else (c, a)

    with pytest.raises(ValidationError) as error:
        _rule(room, PairKind.APART, first, second)

    assert error.value.messages == [
        f"{first.full_name} and {second.full_name} cannot be kept apart: keep-together rules "
        f"seat them at one table ({a.full_name} · {b.full_name}, {b.full_name} · "
        f"{c.full_name}). Remove one of those first."
    ]
    assert SeatingPair.objects.filter(kind=PairKind.APART).count() == 0


def test_keep_together_joining_a_pair_kept_apart_is_refused(room: Room) -> None:
    a, b, c = room.people[:3]
    _rule(room, PairKind.APART, a, c)
    _rule(room, PairKind.TOGETHER, a, b)

    with pytest.raises(ValidationError) as error:
        _rule(room, PairKind.TOGETHER, c, b)

    low, high = sorted((a, c), key=lambda u: u.pk)
    assert error.value.messages == [
        f"Keeping {c.full_name} and {b.full_name} together would seat {low.full_name} and "
        f"{high.full_name} at one table, and a rule keeps them apart. Remove one of those "
        "rules first."
    ]
    assert SeatingPair.objects.count() == 2


def test_a_room_that_would_seat_someone_alone_says_so_with_a_shape_that_works(
    room: Room,
) -> None:
    _late(room, 1)  # 13 people at 7 tables of 2: 14 seats, but one would sit alone

    with pytest.raises(ValidationError) as error:
        _generate(room, rounds=1, table_sizes=[2] * 7)

    assert error.value.message_dict == {
        "table_sizes": [
            "13 people at these tables (14 seats) would leave someone sitting alone: use "
            "fewer, larger tables, for example 5x3."
        ]
    }
    assert _generate(room, rounds=1, table_sizes=[3] * 5).table_sizes == [3, 3, 3, 3, 3]


def test_young_people_without_two_adults_are_counted_before_the_planner_runs(
    room: Room,
) -> None:
    youth = [
        MembershipFactory(network=room.network, user__age_band=AgeBand.AGE_16_17).user
        for _ in range(2)
    ]
    gathering = room_gathering(room.network, [room.people[0], *youth], days=40)

    with pytest.raises(ValidationError) as error:
        _generate(room, gathering=gathering, agenda_item=None, table_sizes=[4])

    assert error.value.messages == [
        "2 young people are coming and there are not two adults to sit with them (adults "
        "coming: 1): every table with a young person needs two adults."
    ]


def test_tables_too_small_for_young_people_and_groups_say_what_to_change(room: Room) -> None:
    _late(room, 2, user__age_band=AgeBand.AGE_16_17)
    with pytest.raises(ValidationError) as young:
        _generate(room, rounds=1, table_sizes=[2] * 7)
    a, b, c = room.people[:3]
    _rule(room, PairKind.TOGETHER, a, b)
    _rule(room, PairKind.TOGETHER, b, c)
    with pytest.raises(ValidationError) as group:
        _generate(room, rounds=1, table_sizes=[2] * 8)

    assert young.value.messages == [
        "2 young people need a table with two adults each, and these tables leave room for 0 "
        "beside two adults: use fewer, larger tables."
    ]
    assert group.value.messages == [
        f"{a.full_name}, {b.full_name}, {c.full_name} are kept together and need 3 seats, but "
        "the largest table seats 2: make one table larger or remove a keep-together rule."
    ]


def test_someone_who_cancelled_met_nobody_at_a_published_plan(room: Room) -> None:
    dinner = _generate(room, agenda_item=room.dinner, rounds=1, table_sizes=[6, 6])
    plan_publish(plan=dinner, actor=room.steward)
    gone = person_key(room.people[0].pk)
    table = next(t for t in plan_grid(plan=dinner)[0] if gone in t)
    keys = [gone, *[p for p in table if p != gone][:2]]
    rsvp_submit(gathering=room.gathering, user=room.people[0], answer="no")
    later = room_gathering(room.network, [], days=90)

    met = seating_history(gathering=later, agenda_item=None, people=keys)
    groups = solver_inputs(gathering=room.gathering, agenda_item=room.groups, people=keys)

    # The two still coming met once at dinner; the one who cancelled met nobody.
    assert met == {frozenset(keys[1:]): 1}
    assert groups.met == {frozenset(keys[1:]): 1}


def test_keep_apart_rules_the_tables_cannot_keep_are_named_at_once(room: Room) -> None:
    """One table cannot part a pair, two cannot part three people kept apart pairwise: the
    steward reads which rules, and what to change, without the planner's search first."""
    a, b, c = room.people[:3]
    _rule(room, PairKind.APART, a, b)
    with pytest.raises(ValidationError) as one_table:
        _generate(room, rounds=1, table_sizes=[12], time_limit=30.0)
    _rule(room, PairKind.APART, b, c)
    _rule(room, PairKind.APART, a, c)
    with pytest.raises(ValidationError) as two_tables:
        _generate(room, rounds=1, table_sizes=[6, 6], time_limit=30.0)

    (first,) = one_table.value.messages
    assert first in {
        f"{x.full_name} and {y.full_name} are to be kept apart, but everyone sits at one "
        "table: add a table, or remove that rule."
        for x, y in ((a, b), (b, a))
    }
    (second,) = two_tables.value.messages
    assert second.startswith("The keep-apart rules among ")
    assert second.endswith(
        " cannot all be kept at two tables: add a table, or remove one of those rules."
    )
    assert all(person.full_name in second for person in (a, b, c))
    assert SeatingPlan.objects.count() == 0


def test_replan_one_seat_short_beside_a_locked_table_says_add_1_seat(room: Room) -> None:
    """Said "add 1 seats" (and "añade 1 asientos"): the count of seats to add is plural-aware."""
    plan = _generate(room, rounds=1, table_sizes=[5, 4, 4])
    grid = plan_grid(plan=plan)
    # Lock a table with a free seat: re-planning keeps that seat empty, so 13 seats seat 12.
    short = next(t for t, table in enumerate(grid[0]) if len(table) < plan.table_sizes[t])
    table_lock_set(plan=plan, round_=0, table=short, locked=True, actor=room.steward)
    late = MembershipFactory(network=room.network, user__full_name="Late Comer").user
    rsvp_submit(gathering=room.gathering, user=late, answer="yes", both_parts=True)

    with pytest.raises(ValidationError) as error:
        plan_replan(plan=plan, actor=room.steward)

    assert "for 13 people: add 1 seat or unlock a table." in str(error.value)
    assert SeatingPlan.objects.count() == 1
    with translation.override("es"), pytest.raises(ValidationError) as error:
        plan_replan(plan=plan, actor=room.steward)
    assert "para 13 personas: añade 1 asiento o desbloquea una mesa." in str(error.value)
