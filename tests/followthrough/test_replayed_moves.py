"""A move sent twice (a double tap, a retry on bad wifi) is made once: the second post finds
the commitment already where the same person just moved it and answers as the first did,
with no second history row, audit row or email, instead of a refusal for a move that
went through. Someone else's move to the same state is still refused."""

from __future__ import annotations

from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.commitments import lifecycle as lc
from collaboratory.followthrough.models import CommitmentActivity
from tests.conftest import client_for
from tests.followthrough.conftest import Project

MINE = "/n/alpha/follow-through/"


def _moves(commitment) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    with scopes_disabled():
        return list(
            CommitmentActivity.objects.filter(commitment=commitment, kind="move")
            .order_by("pk")
            .values_list("from_status", "to_status")
        )


def test_mark_done_sent_twice_is_one_move_and_one_email(
    project: Project,
    run_tasks,  # type: ignore[no-untyped-def]
    mailoutbox,  # type: ignore[no-untyped-def]
) -> None:
    commitment = project.commit()
    run_tasks()
    mailoutbox.clear()
    url = f"/n/alpha/follow-through/commitments/{commitment.pk}/act/"
    client = client_for(project.dana)

    first = client.post(url, {"to": "done", "next": MINE})
    second = client.post(url, {"to": "done", "next": MINE}, follow=True)
    run_tasks()

    assert (first.status_code, first["Location"]) == (302, MINE)
    assert second.status_code == 200
    assert "Saved: the commitment is now “Done, awaiting confirmation”." in (
        second.content.decode()
    )
    assert _moves(commitment) == [(lc.OFFERED, lc.DONE)]
    with scopes_disabled():
        assert AuditEvent.objects.filter(action="commitment.status").count() == 1
    assert [m.to for m in mailoutbox] == [[project.presenter.email]]


def test_an_htmx_confirm_sent_twice_swaps_the_row_both_times(project: Project) -> None:
    commitment = project.commit()
    project.move(commitment, project.dana, lc.DONE)
    url = f"/n/alpha/follow-through/commitments/{commitment.pk}/act/"
    client = client_for(project.presenter)

    first = client.post(url, {"to": "kept"}, HTTP_HX_REQUEST="true")
    second = client.post(url, {"to": "kept"}, HTTP_HX_REQUEST="true")

    assert (first.status_code, second.status_code) == (200, 200)
    assert _moves(commitment) == [(lc.OFFERED, lc.DONE), (lc.DONE, lc.KEPT)]


def test_the_same_state_reached_by_someone_else_is_still_refused(project: Project) -> None:
    commitment = project.commit()
    project.move(commitment, project.presenter, lc.ACKNOWLEDGED)
    url = f"/n/alpha/follow-through/commitments/{commitment.pk}/act/"

    again = client_for(project.steward).post(url, {"to": "acknowledged"}, follow=True)

    assert "A commitment that is acknowledged cannot become acknowledged" in (
        again.content.decode()
    )
    assert _moves(commitment) == [(lc.OFFERED, lc.ACKNOWLEDGED)]
