"""The youth program's pure rules: the application window, vetting expiry and reminders,
and the escalation path."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from collaboratory.youth import program

PRIORITY = datetime(2027, 3, 1, 23, 59, tzinfo=UTC)
FINAL = datetime(2027, 3, 15, 23, 59, tzinfo=UTC)


def test_the_window_is_priority_then_late_then_closed() -> None:
    def window(now: datetime) -> str:
        return program.application_window(now=now, priority_deadline=PRIORITY, final=FINAL)

    assert window(PRIORITY - timedelta(days=1)) == program.PRIORITY
    assert window(PRIORITY) == program.PRIORITY
    assert window(PRIORITY + timedelta(seconds=1)) == program.LATE
    assert window(FINAL) == program.LATE
    assert window(FINAL + timedelta(seconds=1)) == program.CLOSED


@given(st.dates(min_value=date(2020, 1, 1), max_value=date(2100, 1, 1)), st.integers(0, 400))
def test_vetting_lapses_twelve_months_after_the_earlier_check(first: date, gap: int) -> None:
    later = first + timedelta(days=gap)
    expires = program.vetting_expires_on(background_check_on=later, training_on=first)
    assert expires == first + timedelta(days=365)
    assert program.vetting_current(
        background_check_on=later, training_on=first, on=max(later, expires - timedelta(days=1))
    ) == (later < expires)
    assert not program.vetting_current(background_check_on=later, training_on=first, on=expires)


def test_a_check_dated_after_the_day_does_not_vet_for_it() -> None:
    assert not program.vetting_current(
        background_check_on=date(2027, 1, 10), training_on=date(2027, 1, 1), on=date(2027, 1, 5)
    )


def test_reminders_go_at_thirty_days_and_again_at_seven_then_never_after_lapse() -> None:
    expires = date(2027, 6, 30)

    def window(today: date, reminded: date | None) -> date | None:
        return program.vetting_reminder_window(
            expires_on=expires, today=today, reminded_for=reminded
        )

    assert window(expires - timedelta(days=31), None) is None
    first = window(expires - timedelta(days=30), None)
    assert first == expires - timedelta(days=30)
    assert window(expires - timedelta(days=20), first) is None
    second = window(expires - timedelta(days=7), first)
    assert second == expires - timedelta(days=7)
    assert window(expires - timedelta(days=1), second) is None
    assert window(expires + timedelta(days=1), None) is None


def test_only_the_third_unexcused_absence_starts_escalation() -> None:
    starts = [
        program.absence_needs_escalation(unexcused_before=n, this_unexcused=True) for n in range(5)
    ]
    assert starts == [False, False, True, False, False]
    assert not program.absence_needs_escalation(unexcused_before=2, this_unexcused=False)


def test_the_escalation_path_runs_in_order() -> None:
    order = ["conversation", "plan", "dismissal"]
    assert program.next_escalation_step(done=[], order=order) == "conversation"
    assert program.next_escalation_step(done=["conversation"], order=order) == "plan"
    assert program.next_escalation_step(done=order, order=order) is None
