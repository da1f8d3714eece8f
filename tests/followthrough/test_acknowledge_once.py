"""The presenter's reminder to acknowledge goes once per batch of new commitments: thanking
the newest of a batch does not bring the rest of that batch back as a second email; a
commitment offered after the email starts a new batch."""

from __future__ import annotations

from datetime import timedelta

from django_scopes import scope

from collaboratory.commitments import lifecycle as lc
from collaboratory.followthrough.services import followthrough_run
from tests.followthrough.conftest import Project, at


def test_thanking_the_newest_does_not_remind_again_of_the_rest(
    project: Project,
    run_tasks,  # type: ignore[no-untyped-def]
    mailoutbox,  # type: ignore[no-untyped-def]
) -> None:
    first = project.commit(what="I will bring 5 volunteers by April 1")
    second = project.commit(what="I will review your plan for 4 hours by May 1")
    run_tasks()
    mailoutbox.clear()
    start = first.created_at.date()

    def run(day) -> list[str]:  # type: ignore[no-untyped-def]
        with scope(network=project.world.alpha):
            followthrough_run(network=project.world.alpha, now=at(day))
        run_tasks()
        sent = [m.subject for m in mailoutbox if m.to == [project.presenter.email]]
        mailoutbox.clear()
        return sent

    assert run(start + timedelta(days=3)) == ["Commitments to acknowledge: alpha proposal"]
    project.move(second, project.presenter, lc.ACKNOWLEDGED)
    assert run(start + timedelta(days=4)) == []
    assert run(start + timedelta(days=5)) == []
    project.commit(what="I will host 2 meetings by May 1")
    assert run(start + timedelta(days=6)) == ["Commitments to acknowledge: alpha proposal"]
