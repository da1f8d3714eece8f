"""The proposal state machine and the eligibility rule, as plain data (no Django).

    draft -> submitted -> selected -> presented
                       -> waitlisted -> selected | declined
                       -> declined
    any open state -> withdrawn
    submitted | waitlisted -> presented  (presented without an announced selection)

The last is for a presenter chosen and told outside the app: rotation reads who presented,
so it must be recordable. Only `proposal_mark_presented` asks for it (a decision staged or
announced is never "presented").

A waitlisted proposal can be carried over: its proposer confirms (or a steward they asked
does), and a new submitted proposal is opened in the next gathering's call (the old one
stays waitlisted, linked).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

DRAFT = "draft"
SUBMITTED = "submitted"
SELECTED = "selected"
WAITLISTED = "waitlisted"
DECLINED = "declined"
PRESENTED = "presented"
WITHDRAWN = "withdrawn"

STATES = (DRAFT, SUBMITTED, SELECTED, WAITLISTED, DECLINED, PRESENTED, WITHDRAWN)
DECISIONS = (SELECTED, WAITLISTED, DECLINED)

TRANSITIONS: dict[str, frozenset[str]] = {
    DRAFT: frozenset({SUBMITTED, WITHDRAWN}),
    SUBMITTED: frozenset({SELECTED, WAITLISTED, DECLINED, PRESENTED, WITHDRAWN}),
    WAITLISTED: frozenset({SELECTED, DECLINED, PRESENTED, WITHDRAWN}),
    SELECTED: frozenset({PRESENTED, WAITLISTED, WITHDRAWN}),
    DECLINED: frozenset(),
    PRESENTED: frozenset(),
    WITHDRAWN: frozenset(),
}

# Words for error messages; the Django layer translates them.
STATE_WORDS = {
    DRAFT: "a draft",
    SUBMITTED: "submitted",
    SELECTED: "selected",
    WAITLISTED: "on the waitlist",
    DECLINED: "declined",
    PRESENTED: "presented",
    WITHDRAWN: "withdrawn",
}


class TransitionError(ValueError):
    pass


def check_transition(current: str, target: str) -> None:
    """Raise TransitionError with a sentence a person can act on, or return quietly."""
    if current not in TRANSITIONS or target not in TRANSITIONS:
        raise TransitionError(f"Unknown proposal state: {current!r} -> {target!r}.")
    if target not in TRANSITIONS[current]:
        allowed = ", ".join(STATE_WORDS[s] for s in sorted(TRANSITIONS[current])) or "nothing"
        raise TransitionError(
            f"A proposal that is {STATE_WORDS[current]} cannot become {STATE_WORDS[target]}; "
            f"it can only become: {allowed}."
        )


def decisions_from(current: str) -> tuple[str, ...]:
    """The decisions `check_transition` lets a proposal in `current` take, in `DECISIONS`
    order: the review board offers these, less any the service refuses for other reasons
    (`services.decisions_offered`: it offered "Waitlist" on a waitlisted card, and any
    decision on a declined or presented one, each refused after the press)."""
    return tuple(d for d in DECISIONS if d in TRANSITIONS.get(current, frozenset()))


@dataclass(frozen=True)
class Eligibility:
    eligible: bool
    reason: str  # a stable code, empty when eligible; the interface words it


RULE_ATTENDED_ONE = "attended_one"
RULE_ANY_MEMBER = "any_member"
NEEDS_ATTENDANCE = "needs_attendance"


def eligibility(*, rule: str, gatherings_attended: int) -> Eligibility:
    """Who may propose. The national default: the member has attended at least one gathering."""
    if rule == RULE_ANY_MEMBER:
        return Eligibility(True, "")
    if rule != RULE_ATTENDED_ONE:
        raise ValueError(f"Unknown eligibility rule {rule!r}.")
    if gatherings_attended >= 1:
        return Eligibility(True, "")
    return Eligibility(False, NEEDS_ATTENDANCE)


def call_is_open(*, now: datetime, opens_at: datetime | None, closes_at: datetime) -> bool:
    """Open from the announcement (or at once) until the deadline, deadline excluded."""
    return (opens_at is None or opens_at <= now) and now < closes_at
