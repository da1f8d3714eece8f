"""A snooze names the day reminders resume (the form says so when the day is missing): on
that day, in the network's calendar, the reminder due goes out; the day before it does not."""

from __future__ import annotations

from datetime import timedelta

from django_scopes import scope, scopes_disabled

from collaboratory.followthrough.services import followthrough_run, reminder_snooze
from tests.followthrough.conftest import Project, at


def test_reminders_resume_on_the_day_the_snooze_names(
    project: Project, run_tasks, mailoutbox
) -> None:  # type: ignore[no-untyped-def]
    run_tasks()
    mailoutbox.clear()
    commitment = project.commit()
    due = commitment.due_on
    resume = due - timedelta(days=6)  # the week-before reminder is due from the day before
    with scopes_disabled():
        reminder_snooze(
            commitment=commitment, user=project.dana, until=resume, now=at(due - timedelta(days=9))
        )

    def run(day) -> list[str]:  # type: ignore[no-untyped-def]
        with scope(network=project.world.alpha):
            followthrough_run(network=project.world.alpha, now=at(day))
        sent = [m.subject for m in mailoutbox if m.to == [project.dana.email]]
        mailoutbox.clear()
        return sent

    assert run(resume - timedelta(days=1)) == []
    assert run(resume) == [f"Coming up: {commitment.what}"]
