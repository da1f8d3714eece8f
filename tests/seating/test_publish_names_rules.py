"""Publishing a plan that breaks a hard rule names each rule in words, with the people and
the tables, and says which of those tables are locked: the refusal used to give a count
("The plan breaks 2 hard rules: fix them before publishing."), and the steward had to hunt
for the tables on the board. A young person is named by first name only, as on the cards."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from collaboratory.gatherings.services import rsvp_submit
from collaboratory.people.models import AgeBand, User
from collaboratory.seating.models import PairKind
from collaboratory.seating.selectors import person_key, plan_grid
from collaboratory.seating.services import plan_publish, table_lock_set
from tests.conftest import client_for
from tests.factories import MembershipFactory
from tests.seating.conftest import Room, add_rule, small_groups_plan


def _table_of(grid: list[list[list[str]]], user: User) -> int:
    return next(t for t, seated in enumerate(grid[0]) if person_key(user.pk) in seated)


def test_a_keep_together_rule_broken_is_named_with_each_persons_table(room: Room) -> None:
    plan = small_groups_plan(room, table_sizes=[6, 6])
    grid = plan_grid(plan=plan)
    a = next(u for u in room.people if _table_of(grid, u) == 0)
    b = next(u for u in room.people if _table_of(grid, u) == 1)
    add_rule(room, PairKind.TOGETHER, a, b)
    table_lock_set(plan=plan, round_=0, table=1, locked=True, actor=room.steward)

    with pytest.raises(ValidationError) as refused:
        plan_publish(plan=plan, actor=room.steward)

    text = " ".join(refused.value.messages)
    first, second = sorted((a, b), key=lambda u: u.full_name)
    assert "breaks 1 hard rule" in text
    assert (
        f"Round 1: {first.full_name} and {second.full_name} are to sit together, but "
        f"{first.full_name} sits at table {_table_of(grid, first) + 1} and "
        f"{second.full_name} at table {_table_of(grid, second) + 1}"
    ) in text
    assert "table 2 is locked in round 1: unlock it to move people" in text


def test_a_young_persons_rules_name_them_by_first_name_and_their_adults(room: Room) -> None:
    youth = MembershipFactory(
        network=room.network, user__full_name="Yara Young", user__age_band=AgeBand.AGE_13_15
    ).user
    rsvp_submit(gathering=room.gathering, user=youth, answer="yes", both_parts=True)
    plan = small_groups_plan(room, table_sizes=[5, 4, 4])
    grid = plan_grid(plan=plan)
    table = _table_of(grid, youth)
    adults = sorted(
        (u for u in room.people if _table_of(grid, u) == table), key=lambda u: u.full_name
    )
    add_rule(room, PairKind.APART, youth, adults[0])
    # All but one of the adults there turn out to be under 18 (their age band corrected).
    for user in adults[:-1]:
        user.age_band = AgeBand.AGE_16_17
        user.save(update_fields=["age_band"])
    kept = adults[-1]

    response = client_for(room.steward).post(
        f"/n/{room.network.slug}/seating/plans/{plan.pk}/publish/", follow=True
    )

    body = response.content.decode()
    assert "breaks 2 hard rules" in body
    assert (
        f"Table {table + 1}, round 1: {adults[0].full_name.split()[0]} and Yara are to be "
        "kept apart"
    ) in body
    assert f"only one adult at the table, {kept.full_name} (two are needed)" in body
    refusal = body[body.index("breaks 2 hard rules") :].split("</")[0]
    assert "Yara Young" not in refusal
