"""A substitute approved after a plan was made takes the seats of the member they replace,
and leaves them when a steward withdraws the pass.

Gatherings calls `substitution_seats_take` inside the approval's transaction (the hook
`on_substitution_approved`, registered in `SeatingConfig.ready`): gathering sits below
seating and may not import it. Without it a substitute approved after the seating was
published had no table until a steward refreshed and published again, while the member's
seat stood empty at every round. `substitution_seats_release` is the reverse, called by
`on_substitution_revoked`: a withdrawn substitute sat on in every plan."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction

from collaboratory.audit.services import audit_record
from collaboratory.gatherings.models import DecisionStatus, Substitution
from collaboratory.people.models import User
from collaboratory.seating.models import PlanStatus, Seat, SeatingPlan
from collaboratory.seating.selectors import (
    Grid,
    SolverInputs,
    gathering_over,
    is_substitute,
    person_key,
    plan_grids,
    plan_locked,
    seated_keys,
    solver_inputs,
    still_coming,
    substitute_key,
)
from collaboratory.seating.services.plans import plan_figures_set
from collaboratory.seating.solver import PlanCost


def substitution_seats_take(
    *, substitution: Substitution, actor: User | None = None
) -> list[SeatingPlan]:
    """Seat an approved substitute where the member they replace sat, in every round of
    each draft and published plan of the gathering (replaced plans are history and stay as
    they were). Returns the plans changed.

    A plan is left for the steward (who sees the substitute among the unseated and can
    Refresh) when the swap is not plainly the member's seat handed over: the member has no
    seat in it, or is coming after all; the substitute already has a seat in it (a Refresh,
    a move or an earlier call: so a retry or a second approval changes nothing); a table of
    the member's is locked (the steward fixed who sits there); the member is seated as a
    minor (nothing says how old their substitute is, and the solver would count them as an
    adult); the substitute would be one of the two adults a minor's table needs (they are
    known by a name only); or the swap breaks a hard rule the plan kept. Nothing changes
    once the gathering is over (a request decided after the event): its seating is the
    record of who sat where, and the substitute was not there."""
    if substitution.status != DecisionStatus.APPROVED or gathering_over(substitution.gathering):
        return []
    taken: list[SeatingPlan] = []
    with transaction.atomic():
        plans = _current_plans_locked(substitution)
        if not plans:
            return []
        coming = set(seated_keys(gathering=plans[0].gathering))
        member = person_key(substitution.member_id)
        if member in coming:
            return []
        grids = plan_grids(plans=plans)
        for plan in plans:
            cost = _swap_cost(
                plan=plan,
                grid=grids[plan.pk],
                member=member,
                substitute=substitute_key(substitution.pk),
                coming=coming,
            )
            if cost is None:
                continue
            Seat.objects.filter(plan=plan, user_id=substitution.member_id).update(
                user=None, substitution=substitution
            )
            plan_figures_set(plan=plan, cost=cost)
            audit_record(
                action="seating.substitute_seated",
                actor=actor,
                network=plan.network,
                target=plan,
                data={"substitution": substitution.pk},
            )
            taken.append(plan)
    return taken


def _current_plans_locked(substitution: Substitution, **filters: object) -> list[SeatingPlan]:
    """The gathering's draft and published plans (replaced ones are history), row-locked:
    what a substitute's arrival or withdrawal changes."""
    return list(
        SeatingPlan.objects.select_for_update(of=("self",))
        .filter(
            gathering_id=substitution.gathering_id,
            status__in=(PlanStatus.DRAFT, PlanStatus.PUBLISHED),
            **filters,
        )
        .select_related("gathering", "agenda_item")
        .order_by("pk")
    )


@dataclass
class _Handover:
    """`leaving`'s seats (round, table) given to `arriving`: the grid after, and what the
    solver is told about everyone in either."""

    seats: list[tuple[int, int]]
    swapped: Grid
    inputs: SolverInputs


def _handover(*, plan: SeatingPlan, grid: Grid, leaving: str, arriving: str) -> _Handover | None:
    """`leaving`'s seats handed to `arriving`, or None when it is not plainly a seat handed
    over: `leaving` has none, `arriving` has one already, or a table of them is locked (the
    steward fixed who sits there)."""
    seats = [
        (r, t)
        for r, tables in enumerate(grid)
        for t, table in enumerate(tables)
        if leaving in table
    ]
    if not seats or any(arriving in table for tables in grid for table in tables):
        return None
    if set(seats) & plan_locked(plan=plan):
        return None
    swapped = [
        [[arriving if p == leaving else p for p in table] for table in tables] for tables in grid
    ]
    people = sorted({p for tables in grid for table in tables for p in table} | {arriving})
    inputs = solver_inputs(gathering=plan.gathering, agenda_item=plan.agenda_item, people=people)
    return _Handover(seats=seats, swapped=swapped, inputs=inputs)


def _cost_without_new_breaks(
    *, plan: SeatingPlan, grid: Grid, handover: _Handover
) -> PlanCost | None:
    """The plan's cost after the handover, or None when it breaks a hard rule the plan kept.
    The rules are checked on the people still coming, as the board and publishing check
    them: a cancelled adult made up a young person's two adults on the plan as stored."""
    coming = set(seated_keys(gathering=plan.gathering))
    scored = handover.inputs.among(coming)
    before = scored.evaluate(still_coming(grid, coming), plan.table_sizes)
    after = scored.evaluate(still_coming(handover.swapped, coming), plan.table_sizes)
    if any(line not in before.violations for line in after.violations):
        return None
    return handover.inputs.evaluate(handover.swapped, plan.table_sizes)


def _swap_cost(
    *, plan: SeatingPlan, grid: Grid, member: str, substitute: str, coming: set[str]
) -> PlanCost | None:
    """The plan's cost with `substitute` in `member`'s seats, or None when the swap is the
    steward's to decide (see `substitution_seats_take`)."""
    handover = _handover(plan=plan, grid=grid, leaving=member, arriving=substitute)
    if handover is None or member in handover.inputs.minors:
        return None
    minors = handover.inputs.minors
    for r, t in handover.seats:
        others = [p for p in handover.swapped[r][t] if p != substitute and p in coming]
        adults = [p for p in others if not is_substitute(p) and p not in minors]
        if any(p in minors for p in others) and len(adults) < 2:
            return None
    return _cost_without_new_breaks(plan=plan, grid=grid, handover=handover)


def substitution_seats_release(
    *, substitution: Substitution, actor: User | None = None
) -> list[SeatingPlan]:
    """A withdrawn substitute leaves each draft and published plan of the gathering that
    seats them (replaced plans are history and stay). Their seats go back to the member
    they replaced when that member is coming after all (checked in at the door, say) and
    the hand-back is plainly the seat returned: the member has no seat in the plan, no
    table of the substitute's is locked (the steward fixed who sits there), and it breaks
    no hard rule the plan kept. Otherwise the seats are left empty, as a cancellation's
    are after a Refresh; a member coming without a seat is then among the unseated, and
    the plans list says the plan needs a Refresh. Returns the plans changed: a second call
    finds no seat of the substitute and changes nothing."""
    if substitution.status != DecisionStatus.REVOKED:
        return []
    released: list[SeatingPlan] = []
    with transaction.atomic():
        plans = _current_plans_locked(
            substitution, pk__in=Seat.objects.filter(substitution=substitution).values("plan_id")
        )
        if not plans:
            return []
        member = person_key(substitution.member_id)
        member_coming = member in set(seated_keys(gathering=plans[0].gathering))
        substitute = substitute_key(substitution.pk)
        grids = plan_grids(plans=plans)
        for plan in plans:
            grid = grids[plan.pk]
            seats = Seat.objects.filter(plan=plan, substitution=substitution)
            back = None
            if member_coming:
                back = _hand_back_cost(plan=plan, grid=grid, member=member, substitute=substitute)
            handed_back = back is not None
            if back is not None:
                seats.update(user_id=substitution.member_id, substitution=None)
                cost = back
            else:
                seats.delete()
                emptied = [[[p for p in t if p != substitute] for t in ts] for ts in grid]
                people = sorted({p for tables in emptied for table in tables for p in table})
                cost = solver_inputs(
                    gathering=plan.gathering, agenda_item=plan.agenda_item, people=people
                ).evaluate(emptied, plan.table_sizes)
            plan_figures_set(plan=plan, cost=cost)
            audit_record(
                action="seating.substitute_released",
                actor=actor,
                network=plan.network,
                target=plan,
                data={"substitution": substitution.pk, "handed_back": handed_back},
            )
            released.append(plan)
    return released


def _hand_back_cost(
    *, plan: SeatingPlan, grid: Grid, member: str, substitute: str
) -> PlanCost | None:
    """The plan's cost with `member` back in `substitute`'s seats, or None when that is not
    plainly the member's seat returned (see `substitution_seats_release`)."""
    handover = _handover(plan=plan, grid=grid, leaving=substitute, arriving=member)
    if handover is None:
        return None
    return _cost_without_new_breaks(plan=plan, grid=grid, handover=handover)
