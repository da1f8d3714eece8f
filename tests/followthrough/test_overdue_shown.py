"""A commitment still owed after its due day says so on My commitments and on its page.
Before, an open commitment due five days ago read "In progress · ... · due 1 Dec 2026" like
one due next month: nothing on the page told the committer, the presenter or a steward that
it was late, though reminders were already chasing it by email."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.commitments import lifecycle as lc
from collaboratory.commitments.models import Commitment
from collaboratory.networks.scoping import date_in
from tests.conftest import client_for
from tests.followthrough.conftest import Project

MINE = "/n/alpha/follow-through/"
OVERDUE = '<span class="overdue">overdue</span>'


def _due(commitment: Commitment, days_from_today: int) -> None:
    """Due dates in the past cannot be typed in; the row is moved as time would move it."""
    today = date_in(commitment.proposal.network, timezone.now())
    with scopes_disabled():
        Commitment.objects.filter(pk=commitment.pk).update(
            due_on=today + timedelta(days=days_from_today)
        )


def _row(body: str, commitment: Commitment) -> str:
    start = body.index(f'id="commitment-{commitment.pk}"')
    return body[start : body.index("</li>", start)]


def test_an_open_commitment_past_its_due_day_is_marked_overdue(project: Project) -> None:
    late = project.commit()
    project.move(late, project.dana, lc.IN_PROGRESS)
    _due(late, -1)
    due_today = project.commit()
    _due(due_today, 0)
    done_late = project.commit()
    project.move(done_late, project.dana, lc.DONE)
    _due(done_late, -3)

    mine = client_for(project.dana).get(MINE).content.decode()
    theirs = client_for(project.presenter).get(MINE).content.decode()
    page = client_for(project.steward).get(f"{MINE}commitments/{late.pk}/").content.decode()
    spanish = client_for(project.dana).get(MINE, HTTP_ACCEPT_LANGUAGE="es").content.decode()

    for body in (mine, theirs):
        assert OVERDUE in _row(body, late)
        assert OVERDUE not in _row(body, due_today)  # due today is not late yet
        assert OVERDUE not in _row(body, done_late)  # delivered: nothing is owed
    assert OVERDUE in _row(page, late)
    assert '<span class="overdue">atrasado</span>' in _row(spanish, late)
