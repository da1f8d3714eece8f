"""A steward's hand edits on a draft: move a person to another table (or swap two), lock a
table. A move that would break a hard rule is refused with the reason; the plan's figures
are recomputed after each move, so the page shows the cost as it stands."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from collaboratory.audit.services import audit_record
from collaboratory.people.models import User
from collaboratory.seating.models import LockedTable, PlanStatus, Seat, SeatingPlan
from collaboratory.seating.selectors import (
    names_by_key,
    plan_grid,
    plan_inputs,
    plan_locked,
    rules_broken,
    seat_filter,
    seated_keys,
    still_coming,
)
from collaboratory.seating.services.plans import (
    checked_not_left_behind,
    checked_not_over,
    plan_figures_set,
)
from collaboratory.seating.solver import PlanCost


class AlreadySeated(ValidationError):
    """The person already sits at that table: nothing to do. A move pressed twice (the
    form without script) meets this on its second press, which is no failure."""


def _plan_locked_for_edit(plan: SeatingPlan) -> None:
    """Take the plan's row lock (inside the caller's transaction) and read its status again:
    two edits at once (two tabs, a second drag dropped before the first came back) are then
    checked one after the other, each against the plan the other left, so two moves that
    are each fine alone cannot together break a hard rule."""
    plan.status = (
        SeatingPlan.objects.select_for_update().values_list("status", flat=True).get(pk=plan.pk)
    )


def _checked_draft(plan: SeatingPlan) -> None:
    checked_not_over(gathering=plan.gathering)
    if plan.status == PlanStatus.SUPERSEDED:
        raise ValidationError(
            _(
                "This plan was replaced by a later published version and is kept as it was: "
                "refresh it from the RSVPs to get a new draft you can change."
            )
        )
    if not plan.is_draft:
        raise ValidationError(
            _(
                "This plan is published and stays as members saw it: refresh it from the "
                "RSVPs to get a new draft you can change."
            )
        )
    checked_not_left_behind(plan=plan)


def _checked_place(plan: SeatingPlan, round_: int, table: int) -> None:
    if not 0 <= round_ < plan.rounds:
        raise ValidationError(
            {"round": _("Choose a round between 1 and %(max)d.") % {"max": plan.rounds}}
        )
    if not 0 <= table < len(plan.table_sizes):
        raise ValidationError(
            {"table": _("Choose a table between 1 and %(max)d.") % {"max": len(plan.table_sizes)}}
        )


def seat_move(
    *,
    plan: SeatingPlan,
    round_: int,
    person: str,
    table: int,
    actor: User,
    swap_with: str | None = None,
) -> PlanCost:
    """Move `person` (a seating key: a person's or an approved substitute's) to `table` in
    round `round_` (0-based), or swap them with `swap_with`, who sits at that table. Refused,
    with the reason, when a table involved is locked or full (of people still coming), or
    when the move breaks a hard rule the plan kept until now. Checked and written under the
    plan's row lock."""
    with transaction.atomic():
        _plan_locked_for_edit(plan)
        return _seat_moved(
            plan=plan, round_=round_, person=person, table=table, actor=actor, swap_with=swap_with
        )


def _seat_moved(
    *,
    plan: SeatingPlan,
    round_: int,
    person: str,
    table: int,
    actor: User,
    swap_with: str | None,
) -> PlanCost:
    _checked_draft(plan)
    _checked_place(plan, round_, table)
    if swap_with == person:
        raise ValidationError({"swap_with": _("Choose someone else to swap with.")})
    names = names_by_key(
        keys=[person] if swap_with is None else [person, swap_with], gathering=plan.gathering
    )
    seat = Seat.objects.filter(seat_filter(person), plan=plan, round=round_).first()
    if seat is None:
        raise ValidationError(
            {
                "person": _("%(name)s has no seat in this round.") % {"name": names[person]}
                if person in names
                else _("This person has no seat in this round.")
            }
        )
    if seat.table == table:
        raise AlreadySeated(
            {
                "table": _("%(name)s already sits at table %(table)d.")
                % {"name": names[person], "table": table + 1}
            }
        )
    locks = plan_locked(plan=plan)
    for locked in sorted({seat.table, table}):
        if (round_, locked) in locks:
            raise ValidationError(
                _("Table %(table)d is locked in round %(round)d: unlock it to move people.")
                % {"table": locked + 1, "round": round_ + 1}
            )
    grid = plan_grid(plan=plan)
    # Scored on the people still coming, as the board and publishing score it: someone who
    # cancelled is no adult at a young person's table, meets nobody and holds no seat (the
    # table is full by those still coming: their seat row stays until a Refresh).
    coming = set(seated_keys(gathering=plan.gathering))
    other = None
    if swap_with is not None:
        other = Seat.objects.filter(
            seat_filter(swap_with), plan=plan, round=round_, table=table
        ).first()
        if other is None:
            raise ValidationError(
                {
                    "swap_with": _("%(name)s does not sit at table %(table)d in this round.")
                    % {"name": names.get(swap_with, _("someone")), "table": table + 1}
                }
            )
    elif len(still_coming(grid, coming)[round_][table]) >= plan.table_sizes[table]:
        raise ValidationError(
            {
                "table": _(
                    "Table %(table)d is full: swap %(name)s with someone there (drop them on "
                    "a name, or choose that person under “Swap with”)."
                )
                % {"table": table + 1, "name": names[person]}
            }
        )
    inputs = plan_inputs(plan=plan, grid=grid)
    scored = inputs.among(coming)
    before = scored.evaluate(still_coming(grid, coming), plan.table_sizes)
    grid[round_][seat.table].remove(person)
    grid[round_][table].append(person)
    if other is not None and swap_with is not None:
        grid[round_][table].remove(swap_with)
        grid[round_][seat.table].append(swap_with)
    moved = still_coming(grid, coming)
    after = scored.evaluate(moved, plan.table_sizes)
    new = [i for i, line in enumerate(after.violations) if line not in before.violations]
    if new:
        # In the words of the board and of publishing: who, at which table.
        words = rules_broken(cost=after, grid=moved, inputs=scored)
        raise ValidationError(
            _("Refused: %(reasons)s.") % {"reasons": "; ".join(words[i].text for i in new)}
        )
    with transaction.atomic():
        if other is not None:
            other.table = seat.table
            other.save(update_fields=["table"])
        seat.table = table
        seat.save(update_fields=["table"])
        plan_figures_set(plan=plan, cost=after)
        audit_record(
            action="seating.seat_moved",
            actor=actor,
            network=plan.network,
            target=plan,
            data={"round": round_, "table": table, "swap": other is not None},
        )
    return after


def table_lock_set(
    *, plan: SeatingPlan, round_: int, table: int, locked: bool, actor: User
) -> bool:
    """Lock or unlock a table of a draft; True when something changed."""
    with transaction.atomic():
        _plan_locked_for_edit(plan)
        _checked_draft(plan)
        _checked_place(plan, round_, table)
        if locked:
            _row, changed = LockedTable.objects.get_or_create(
                network=plan.network, plan=plan, round=round_, table=table
            )
        else:
            changed = bool(
                LockedTable.objects.filter(plan=plan, round=round_, table=table).delete()[0]
            )
        if changed:
            audit_record(
                action="seating.table_locked" if locked else "seating.table_unlocked",
                actor=actor,
                network=plan.network,
                target=plan,
                data={"round": round_, "table": table},
            )
    return changed
