"""The pure lifecycle table: every move, who may make it, and the reminder rule."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import product

import pytest
from hypothesis import given
from hypothesis import strategies as st

from collaboratory.commitments import lifecycle as lc
from collaboratory.commitments.models import CommitmentStatus

HUMANS = (lc.COMMITTER, lc.RECIPIENT, lc.STEWARD)


@pytest.mark.parametrize(("current", "target"), sorted(lc.MOVES))
def test_every_move_in_the_table_is_allowed_to_its_actors(current: str, target: str) -> None:
    for actor in lc.MOVES[(current, target)]:
        lc.check_move(current, target, {actor})


@pytest.mark.parametrize(("current", "target"), sorted(lc.MOVES))
def test_every_move_is_refused_to_the_other_actors(current: str, target: str) -> None:
    others = [a for a in lc.ACTORS if a not in lc.MOVES[(current, target)]]
    for actor in others:
        with pytest.raises(lc.MoveError) as caught:
            lc.check_move(current, target, {actor})
        assert caught.value.code == "not_allowed"


INVALID = sorted((a, b) for a, b in product(lc.STATES, lc.STATES) if (a, b) not in lc.MOVES)


@pytest.mark.parametrize(("current", "target"), INVALID)
def test_every_move_outside_the_table_is_invalid_for_everyone(current: str, target: str) -> None:
    with pytest.raises(lc.MoveError) as caught:
        lc.check_move(current, target, set(lc.ACTORS))
    assert caught.value.code == "invalid"


def test_an_invalid_move_says_what_is_possible() -> None:
    with pytest.raises(lc.MoveError) as caught:
        lc.check_move(lc.KEPT, lc.DONE, {lc.COMMITTER})
    assert str(caught.value) == (
        "A commitment that is kept cannot become done and waiting for confirmation; it can "
        "only become: nothing: it is settled."
    )


def test_a_move_for_someone_else_names_who_may_make_it() -> None:
    with pytest.raises(lc.MoveError) as caught:
        lc.check_move(lc.DONE, lc.KEPT, {lc.COMMITTER})
    assert str(caught.value) == (
        "Only the presenter who received it or a steward or the automatic follow-up can mark "
        "this commitment kept."
    )


def test_unknown_states_are_refused() -> None:
    with pytest.raises(lc.MoveError) as caught:
        lc.check_move("maybe", lc.KEPT, set(lc.ACTORS))
    assert caught.value.code == "unknown"


def test_moves_for_lists_what_each_person_can_do() -> None:
    assert lc.moves_for(lc.OFFERED, {lc.COMMITTER}) == [lc.IN_PROGRESS, lc.DONE, lc.RELEASED]
    assert lc.moves_for(lc.OFFERED, {lc.RECIPIENT}) == [lc.ACKNOWLEDGED, lc.ADJUST_REQUESTED]
    assert lc.moves_for(lc.DONE, {lc.RECIPIENT}) == [lc.DISPUTED, lc.KEPT, lc.PARTLY_KEPT]
    assert lc.moves_for(lc.KEPT, set(lc.ACTORS)) == []


def test_settled_states_have_no_way_out_but_late_delivery() -> None:
    exits = {(a, b) for (a, b) in lc.MOVES if a in lc.SETTLED}
    assert exits == {(lc.LAPSED, lc.DONE)}


@pytest.mark.parametrize(
    ("amount", "delivered", "outcome"),
    [(3.0, 3.0, lc.KEPT), (3.0, 1.0, lc.PARTLY_KEPT), (None, None, lc.KEPT), (3.0, None, lc.KEPT)],
)
def test_confirmation_outcome(amount: float | None, delivered: float | None, outcome: str) -> None:
    assert lc.confirmation_outcome(amount, delivered) == outcome


DUE = date(2026, 6, 30)
TIMING = lc.ReminderTiming()


@pytest.mark.parametrize(
    ("days_from_due", "rule"),
    [
        (-30, None),
        (-8, None),
        (-7, "before:7"),
        (-2, "before:7"),
        (-1, "before:1"),
        (0, None),
        (1, "overdue:1"),
        (7, "overdue:1"),
        (8, "overdue:2"),
        (15, "overdue:3"),
        (200, "overdue:3"),
    ],
)
def test_committer_reminders_before_and_after_the_due_date(
    days_from_due: int, rule: str | None
) -> None:
    today = DUE + timedelta(days=days_from_due)
    assert (
        lc.committer_reminder(status=lc.IN_PROGRESS, due_on=DUE, today=today, timing=TIMING) == rule
    )


@pytest.mark.parametrize("status", sorted(set(lc.STATES) - lc.CHASED))
def test_no_reminder_once_done_or_settled(status: str) -> None:
    today = DUE - timedelta(days=1)
    assert lc.committer_reminder(status=status, due_on=DUE, today=today, timing=TIMING) is None


def test_a_disputed_commitment_is_reminded_like_an_open_one() -> None:
    """The presenter said what is missing: the committer still owes it."""
    today = DUE + timedelta(days=1)
    assert (
        lc.committer_reminder(status=lc.DISPUTED, due_on=DUE, today=today, timing=TIMING)
        == "overdue:1"
    )


@given(st.integers(min_value=-400, max_value=400))
def test_over_a_year_of_days_each_rule_key_is_one_of_the_configured_ones(offset: int) -> None:
    rule = lc.committer_reminder(
        status=lc.OFFERED, due_on=DUE, today=DUE + timedelta(days=offset), timing=TIMING
    )
    assert rule in {None, "before:7", "before:1", "overdue:1", "overdue:2", "overdue:3"}


def test_parse_days() -> None:
    assert lc.parse_days("7, 1") == (7, 1)
    assert lc.parse_days("1,7,7,") == (7, 1)
    assert lc.parse_days("") == ()
    with pytest.raises(ValueError, match="seven"):
        lc.parse_days("seven")
    with pytest.raises(ValueError, match="0"):
        lc.parse_days("0")


def test_lapses_the_day_after_the_grace_period() -> None:
    assert lc.lapses_on(DUE, 60) == DUE + timedelta(days=61)


def test_the_module_imports_no_django() -> None:
    from pathlib import Path

    source = Path(lc.__file__).read_text()
    assert "django" not in source


def test_the_models_status_choices_are_the_lifecycles_states_in_order() -> None:
    assert tuple(CommitmentStatus.values) == lc.STATES
    assert set(lc.STATE_WORDS) == set(lc.STATES)
