"""The proposal state machine and eligibility rule, as plain functions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import product

import pytest

from collaboratory.creditclub import lifecycle
from collaboratory.creditclub.models import ProposalState

VALID = {
    ("draft", "submitted"),
    ("draft", "withdrawn"),
    ("submitted", "selected"),
    ("submitted", "waitlisted"),
    ("submitted", "declined"),
    ("submitted", "withdrawn"),
    # Presented without an announced selection (the room's record, on the day or after).
    ("submitted", "presented"),
    ("waitlisted", "presented"),
    ("waitlisted", "selected"),
    ("waitlisted", "declined"),
    ("waitlisted", "withdrawn"),
    ("selected", "presented"),
    ("selected", "waitlisted"),
    ("selected", "withdrawn"),
}


def test_the_model_offers_exactly_the_machines_states() -> None:
    assert set(ProposalState.values) == set(lifecycle.STATES)


@pytest.mark.parametrize(("current", "target"), sorted(VALID))
def test_valid_transitions_pass(current: str, target: str) -> None:
    lifecycle.check_transition(current, target)


@pytest.mark.parametrize(
    ("current", "target"),
    sorted(set(product(lifecycle.STATES, lifecycle.STATES)) - VALID),
)
def test_every_other_transition_is_refused_with_a_sentence(current: str, target: str) -> None:
    with pytest.raises(lifecycle.TransitionError) as error:
        lifecycle.check_transition(current, target)

    assert str(error.value).startswith(f"A proposal that is {lifecycle.STATE_WORDS[current]}")


def test_a_refusal_says_what_is_possible() -> None:
    with pytest.raises(lifecycle.TransitionError) as error:
        lifecycle.check_transition("declined", "selected")

    assert str(error.value) == (
        "A proposal that is declined cannot become selected; it can only become: nothing."
    )


@pytest.mark.parametrize(
    ("rule", "attended", "expected"),
    [
        ("attended_one", 0, lifecycle.Eligibility(False, lifecycle.NEEDS_ATTENDANCE)),
        ("attended_one", 1, lifecycle.Eligibility(True, "")),
        ("attended_one", 7, lifecycle.Eligibility(True, "")),
        ("any_member", 0, lifecycle.Eligibility(True, "")),
    ],
)
def test_eligibility(rule: str, attended: int, expected: lifecycle.Eligibility) -> None:
    assert lifecycle.eligibility(rule=rule, gatherings_attended=attended) == expected


def test_an_unknown_rule_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="Unknown eligibility rule"):
        lifecycle.eligibility(rule="seniority", gatherings_attended=3)


DEADLINE = datetime(2026, 6, 20, 3, 59, tzinfo=UTC)  # 23:59 on June 19 in New York


@pytest.mark.parametrize(
    ("now", "is_open"),
    [
        (DEADLINE - timedelta(seconds=1), True),
        (DEADLINE, False),
        (DEADLINE + timedelta(seconds=1), False),
    ],
)
def test_the_call_closes_at_the_deadline_instant(now: datetime, is_open: bool) -> None:
    assert lifecycle.call_is_open(now=now, opens_at=None, closes_at=DEADLINE) is is_open


def test_the_call_is_not_open_before_its_announcement() -> None:
    opens = DEADLINE - timedelta(days=30)

    assert (
        lifecycle.call_is_open(now=opens - timedelta(minutes=1), opens_at=opens, closes_at=DEADLINE)
        is False
    )
    assert lifecycle.call_is_open(now=opens, opens_at=opens, closes_at=DEADLINE) is True
