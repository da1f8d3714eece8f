"""What can happen to a commitment after a reminder about it was queued for the weekly
digest: the steps the committer's and the presenter's digest tests both take (each then
checks that Monday's digest no longer carries the reminder)."""

from __future__ import annotations

from django_scopes import scopes_disabled

from collaboratory.commitments import lifecycle as lc
from collaboratory.commitments.models import Commitment
from collaboratory.commitments.services import commitment_hide, commitment_undo
from tests.followthrough.conftest import Project


def marked_done(project: Project, commitment: Commitment) -> None:
    project.move(commitment, project.dana, lc.DONE)


def kept(project: Project, commitment: Commitment) -> None:
    project.move(commitment, project.dana, lc.DONE)
    project.move(commitment, project.presenter, lc.KEPT)


def released(project: Project, commitment: Commitment) -> None:
    project.move(commitment, project.dana, lc.RELEASED, note="I cannot make it after all.")


def hidden(project: Project, commitment: Commitment) -> None:
    with scopes_disabled():
        commitment_hide(commitment=commitment, actor=project.steward, reason="Entered twice.")


def undone(project: Project, commitment: Commitment) -> None:
    with scopes_disabled():
        commitment_undo(commitment=commitment, actor=project.dana, now=commitment.created_at)
