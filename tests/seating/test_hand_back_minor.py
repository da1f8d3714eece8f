"""A withdrawn substitute's seats go back to the member who came after all only when that
breaks no rule among the people still coming: a young member handed back to a table whose
second adult had cancelled sat there with one adult, because the cancelled adult was still
counted (the hand-back was checked on the plan as stored, as moves were)."""

from __future__ import annotations

from collaboratory.gatherings.services import rsvp_submit
from collaboratory.people.models import AgeBand, User
from collaboratory.seating.models import Seat
from collaboratory.seating.selectors import person_key, plan_grid, plans_evaluated
from collaboratory.seating.services import plan_generate
from tests.seating.conftest import Room
from tests.seating.test_substitute_takes_seat import _approve, _requested
from tests.seating.test_substitute_withdrawn import _check_in_at_the_door, _withdraw


def test_a_young_member_is_not_handed_back_to_a_table_with_one_adult_coming(
    room: Room,
) -> None:
    young = room.people[0]
    User.objects.filter(pk=young.pk).update(age_band=AgeBand.AGE_13_15)
    plan = plan_generate(
        gathering=room.gathering,
        agenda_item=None,
        rounds=1,
        table_sizes=[5, 5, 5],
        actor=room.steward,
        time_limit=0.2,
    )
    key = person_key(young.pk)
    table = next(t for t, seated in enumerate(plan_grid(plan=plan)[0]) if key in seated)
    adults = [u for u in room.people[1:] if person_key(u.pk) in plan_grid(plan=plan)[0][table]]
    substitution = _requested(room, young)
    _approve(room, substitution)
    # The hook leaves a young member's seat to the steward; here the steward seated the
    # substitute in it by hand.
    Seat.objects.filter(plan=plan, user=young).update(user=None, substitution=substitution)
    # One adult still coming beside the cancelled ones (rows the plan still holds).
    for user in adults[1:]:
        rsvp_submit(gathering=room.gathering, user=user, answer="no")
    _check_in_at_the_door(room)

    _withdraw(room, substitution)

    # Emptied, as for a hand-back that would break a rule: Refresh seats them by the rule.
    assert all(key not in seated for seated in plan_grid(plan=plan)[0])
    assert plans_evaluated(plans=[plan])[plan.pk].cost.violations == ()
