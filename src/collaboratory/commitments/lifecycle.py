"""The commitment lifecycle as plain data (no Django): its states, the words for them, which
moves exist and who may make them. The one home of a commitment's status: the model's choices
(`commitments.models.CommitmentStatus`) are built from these constants, and the one service
that moves a commitment (`followthrough.services.commitment_transition`) checks this table.

    offered -> acknowledged | adjust_requested            (the recipient: the presenter)
    adjust_requested -> offered (adjusted) | acknowledged
    offered | acknowledged | in_progress -> in_progress | done   (the committer)
    done -> kept | partly_kept | disputed                 (the recipient; the system confirms
                                                           after the network's window)
    disputed -> done | in_progress (the committer) | kept | partly_kept (recipient, steward)
    any open state -> released                            (the committer, with a note)
    offered | acknowledged | adjust_requested | in_progress -> lapsed   (the system, overdue
                                                           beyond the grace period)
    lapsed -> done                                        (late help is still help)

Stewards may make every move the recipient may, and may settle a dispute as lapsed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta


def gettext_noop(message: str) -> str:
    """Marks a word for translation (makemessages finds this name) and returns it unchanged:
    this module imports no Django, so the Django layer translates with `gettext(word)`."""
    return message


OFFERED = "offered"
ACKNOWLEDGED = "acknowledged"
ADJUST_REQUESTED = "adjust_requested"
IN_PROGRESS = "in_progress"
DONE = "done"
DISPUTED = "disputed"
KEPT = "kept"
PARTLY_KEPT = "partly_kept"
RELEASED = "released"
LAPSED = "lapsed"

STATES = (
    OFFERED,
    ACKNOWLEDGED,
    ADJUST_REQUESTED,
    IN_PROGRESS,
    DONE,
    DISPUTED,
    KEPT,
    PARTLY_KEPT,
    RELEASED,
    LAPSED,
)
# Still owed: reminders chase these, and they lapse when overdue beyond the grace period.
OPEN = frozenset({OFFERED, ACKNOWLEDGED, ADJUST_REQUESTED, IN_PROGRESS})
# What committer reminders chase: the open ones and a disputed one, still owed (the presenter
# said what is missing) though only the committer or a steward moves it on, never the lapse.
CHASED = OPEN | {DISPUTED}
# Finished for good (a lapsed one can still be delivered late: see MOVES).
SETTLED = frozenset({KEPT, PARTLY_KEPT, RELEASED, LAPSED})

COMMITTER = "committer"
RECIPIENT = "recipient"
STEWARD = "steward"
SYSTEM = "system"
ACTORS = (COMMITTER, RECIPIENT, STEWARD, SYSTEM)

_C = frozenset({COMMITTER})
_RS = frozenset({RECIPIENT, STEWARD})
_RSY = frozenset({RECIPIENT, STEWARD, SYSTEM})

MOVES: dict[tuple[str, str], frozenset[str]] = {
    (OFFERED, ACKNOWLEDGED): _RS,
    (OFFERED, ADJUST_REQUESTED): _RS,
    (OFFERED, IN_PROGRESS): _C,
    (OFFERED, DONE): _C,
    (OFFERED, RELEASED): _C,
    (OFFERED, LAPSED): frozenset({SYSTEM}),
    (ADJUST_REQUESTED, OFFERED): _C,
    (ADJUST_REQUESTED, ACKNOWLEDGED): _RS,
    (ADJUST_REQUESTED, RELEASED): _C,
    (ADJUST_REQUESTED, LAPSED): frozenset({SYSTEM}),
    (ACKNOWLEDGED, IN_PROGRESS): _C,
    (ACKNOWLEDGED, DONE): _C,
    (ACKNOWLEDGED, RELEASED): _C,
    (ACKNOWLEDGED, LAPSED): frozenset({SYSTEM}),
    (IN_PROGRESS, DONE): _C,
    (IN_PROGRESS, RELEASED): _C,
    (IN_PROGRESS, LAPSED): frozenset({SYSTEM}),
    (DONE, KEPT): _RSY,
    (DONE, PARTLY_KEPT): _RSY,
    (DONE, DISPUTED): _RS,
    (DONE, IN_PROGRESS): _C,
    (DISPUTED, DONE): _C,
    (DISPUTED, IN_PROGRESS): _C,
    (DISPUTED, RELEASED): _C,
    (DISPUTED, KEPT): _RS,
    (DISPUTED, PARTLY_KEPT): _RS,
    (DISPUTED, LAPSED): frozenset({STEWARD}),
    (LAPSED, DONE): _C,
}

# Moves that need words from the person making them.
NOTE_REQUIRED = frozenset({ADJUST_REQUESTED, RELEASED, DISPUTED})
# The word for each state inside a sentence ("A commitment that is kept cannot ..."), marked
# for translation; the Django layer translates them (`gettext(STATE_WORDS[s])`). The labels a
# list or a filter shows ("Kept", "Adjustment asked") are the model's choices.
STATE_WORDS = {
    OFFERED: gettext_noop("offered"),
    ACKNOWLEDGED: gettext_noop("acknowledged"),
    ADJUST_REQUESTED: gettext_noop("waiting for an adjustment"),
    IN_PROGRESS: gettext_noop("in progress"),
    DONE: gettext_noop("done and waiting for confirmation"),
    DISPUTED: gettext_noop("disputed"),
    KEPT: gettext_noop("kept"),
    PARTLY_KEPT: gettext_noop("partly kept"),
    RELEASED: gettext_noop("released"),
    LAPSED: gettext_noop("lapsed"),
}
ACTOR_WORDS = {
    COMMITTER: gettext_noop("the person who made the commitment"),
    RECIPIENT: gettext_noop("the presenter who received it"),
    STEWARD: gettext_noop("a steward"),
    SYSTEM: gettext_noop("the automatic follow-up"),
}


class MoveError(ValueError):
    """A move that does not exist, or that none of the actor's roles may make."""

    def __init__(
        self,
        message: str,
        code: str,
        *,
        current: str = "",
        target: str = "",
        options: tuple[str, ...] = (),
        who: tuple[str, ...] = (),
    ) -> None:
        super().__init__(message)
        self.code = code
        # The pieces of the sentence, so an interface can word it in another language.
        self.current, self.target, self.options, self.who = current, target, options, who


def check_move(current: str, target: str, roles: Iterable[str]) -> None:
    """Return quietly when one of `roles` may move a commitment from `current` to `target`;
    otherwise raise MoveError with a sentence a person can act on."""
    if current not in STATE_WORDS or target not in STATE_WORDS:
        raise MoveError(f"Unknown commitment state: {current!r} -> {target!r}.", "unknown")
    allowed_roles = MOVES.get((current, target))
    if allowed_roles is None:
        options = tuple(
            sorted((t for (f, t) in MOVES if f == current), key=lambda t: STATE_WORDS[t])
        )
        then = ", ".join(STATE_WORDS[t] for t in options) or "nothing: it is settled"
        raise MoveError(
            f"A commitment that is {STATE_WORDS[current]} cannot become "
            f"{STATE_WORDS[target]}; it can only become: {then}.",
            "invalid",
            current=current,
            target=target,
            options=options,
        )
    if not allowed_roles & set(roles):
        who = tuple(a for a in ACTORS if a in allowed_roles)
        raise MoveError(
            f"Only {' or '.join(ACTOR_WORDS[a] for a in who)} can mark this commitment "
            f"{STATE_WORDS[target]}.",
            "not_allowed",
            current=current,
            target=target,
            who=who,
        )


def moves_for(current: str, roles: Iterable[str]) -> list[str]:
    """The states a person with `roles` may move a commitment to, in lifecycle order."""
    mine = set(roles)
    targets = {t for (f, t), who in MOVES.items() if f == current and who & mine}
    return [s for s in STATES if s in targets]


def confirmation_outcome(amount: float | None, delivered: float | None) -> str:
    """Kept, or partly kept when less than the promised amount was delivered."""
    if amount is not None and delivered is not None and delivered < amount:
        return PARTLY_KEPT
    return KEPT


# --- Reminders ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ReminderTiming:
    before_due_days: tuple[int, ...] = (7, 1)
    overdue_every_days: int = 7
    overdue_max: int = 3


def committer_reminder(
    *, status: str, due_on: date, today: date, timing: ReminderTiming
) -> str | None:
    """The reminder a committer is owed today for one commitment, as a stable rule key
    ("before:7", "overdue:2"), or None. Each key is sent at most once (the caller keeps the
    sent-log); a task that did not run for a while sends the latest due key, not a burst."""
    if status not in CHASED:
        return None
    if today < due_on:
        days_left = (due_on - today).days
        due_offsets = [d for d in timing.before_due_days if d > 0 and days_left <= d]
        return f"before:{min(due_offsets)}" if due_offsets else None
    days_over = (today - due_on).days
    if days_over < 1 or timing.overdue_max < 1 or timing.overdue_every_days < 1:
        return None
    nth = min(1 + (days_over - 1) // timing.overdue_every_days, timing.overdue_max)
    return f"overdue:{nth}"


def lapses_on(due_on: date, grace_days: int) -> date:
    """The first day an open commitment counts as lapsed."""
    return due_on + timedelta(days=grace_days + 1)


def parse_days(text: str) -> tuple[int, ...]:
    """ "7, 1" -> (7, 1). Raises ValueError naming the bad piece."""
    values = []
    for piece in (p.strip() for p in text.split(",")):
        if not piece:
            continue
        if not piece.isdigit() or not 0 < int(piece) <= 365:
            raise ValueError(piece)
        values.append(int(piece))
    return tuple(sorted(set(values), reverse=True))
