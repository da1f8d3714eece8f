"""The youth program's rules as plain data: the application window, the vetting expiry and
what one more absence means. Pure: no Django, tested alone."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from collaboratory.networks.adulthood import birthday_in

PRIORITY = "priority"
LATE = "late"
CLOSED = "closed"

# Unexcused absences that start the escalation path; each absence before it gets a make-up.
ESCALATE_AT_UNEXCUSED = 3
VETTING_VALID_DAYS = 365
REMIND_BEFORE_DAYS = (30, 7)


def application_window(*, now: datetime, priority_deadline: datetime, final: datetime) -> str:
    """Before the priority deadline: priority; up to the final one: late priority; then
    closed. A deadline instant itself still belongs to the window it closes."""
    if now <= priority_deadline:
        return PRIORITY
    if now <= final:
        return LATE
    return CLOSED


def vetting_expires_on(*, background_check_on: date, training_on: date) -> date:
    """Twelve months after the earlier of the two checks."""
    return min(background_check_on, training_on) + timedelta(days=VETTING_VALID_DAYS)


def vetting_current(*, background_check_on: date, training_on: date, on: date) -> bool:
    """Both checks done by `on`, and not lapsed by then."""
    if background_check_on > on or training_on > on:
        return False
    return on < vetting_expires_on(background_check_on=background_check_on, training_on=training_on)


def vetting_reminder_window(
    *, expires_on: date, today: date, reminded_for: date | None
) -> date | None:
    """The reminder window (its first day) to remind for now, or None: once when 30 days
    are left, once more at 7; `reminded_for` is the window last reminded for. A lapsed
    record gets no more reminders."""
    left = (expires_on - today).days
    if left < 0:
        return None
    for days in sorted(REMIND_BEFORE_DAYS):
        if left <= days:
            window = expires_on - timedelta(days=days)
            return window if reminded_for is None or reminded_for < window else None
    return None


def absence_needs_escalation(*, unexcused_before: int, this_unexcused: bool) -> bool:
    """Whether recording this absence starts the escalation path: the third unexcused one."""
    return this_unexcused and unexcused_before + 1 == ESCALATE_AT_UNEXCUSED


def next_escalation_step(*, done: list[str], order: list[str]) -> str | None:
    """The one step that may be recorded next (the path runs in order), None when over."""
    for step in order:
        if step not in done:
            return step
    return None


def concern_deleted_on(
    *, raised_on: date, born_on: date | None, years: int, until_age: int
) -> date:
    """The day a safeguarding concern is deleted, on its cohort's calendar: `years` after the
    day it was raised, and not before the young person it names would be `until_age`
    (their birthday that year) when their date of birth is known. On that day it goes;
    the evening before it is kept. A concern raised on 29 February counts its years to
    1 March in a common year, as a birthday does (`networks.adulthood.birthday_in`)."""
    deleted_on = birthday_in(raised_on.year + years, raised_on)
    if born_on is not None:
        deleted_on = max(deleted_on, birthday_in(born_on.year + until_age, born_on))
    return deleted_on


# A concern's hold is reminded of this many days before its date (`held_until`), once.
HOLD_REMIND_BEFORE_DAYS = 30


def hold_lapsed(*, held_until: date, today: date) -> bool:
    """A hold is kept through its date (the cohort's calendar); from the next day it has
    lapsed, and the concern is treated as not held."""
    return today > held_until


def hold_reminder_due(*, held_until: date, today: date, reminded_for: date | None) -> bool:
    """Whether the leads are to be reminded of a hold now: from `HOLD_REMIND_BEFORE_DAYS`
    before its date until the date itself, once for that date (`reminded_for` is the date
    last reminded of; a renewal's new date is reminded of again)."""
    if reminded_for == held_until:
        return False
    return 0 <= (held_until - today).days <= HOLD_REMIND_BEFORE_DAYS
