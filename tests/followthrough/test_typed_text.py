"""Words typed after the room (notes on moves, updates, feedback) meet the one rule for typed
text in the services themselves, so no page, API or task can store a control character
(PostgreSQL refuses a NUL outright, which was a 500). Partnership searches are cleaned the
same way."""

from __future__ import annotations

import uuid

import pytest
from django.core.exceptions import ValidationError
from django_scopes import scopes_disabled

from collaboratory.commitments import lifecycle as lc
from collaboratory.followthrough.models import CommitmentActivity, PresenterFeedback, ProjectUpdate
from collaboratory.followthrough.selectors import partnership_member_search
from collaboratory.followthrough.services import (
    commitment_update_post,
    presenter_feedback_save,
    project_update_post,
)
from tests.followthrough.conftest import Project

BAD = "We met\x1b and it went well"


def _rows() -> tuple[int, int, int]:
    with scopes_disabled():
        return (
            CommitmentActivity.objects.count(),
            ProjectUpdate.objects.count(),
            PresenterFeedback.objects.count(),
        )


def test_a_move_note_with_a_control_character_is_refused_and_changes_nothing(
    project: Project,
) -> None:
    commitment = project.commit()
    before = _rows()

    with pytest.raises(ValidationError) as caught:
        project.move(commitment, project.dana, lc.RELEASED, note=BAD)

    assert list(caught.value.message_dict) == ["note"]
    assert project.refresh(commitment).status == lc.OFFERED
    assert _rows() == before


@pytest.mark.parametrize(
    ("post", "field"),
    [
        (
            lambda p, c: commitment_update_post(
                commitment=c, author=p.dana, note=BAD, idempotency_key=uuid.uuid4()
            ),
            "note",
        ),
        (
            lambda p, c: project_update_post(
                proposal=p.proposal, author=p.presenter, text=BAD, idempotency_key=uuid.uuid4()
            ),
            "text",
        ),
        (
            lambda p, c: presenter_feedback_save(
                proposal=p.proposal, author=p.presenter, helpful=4, text=BAD
            ),
            "text",
        ),
    ],
    ids=["commitment update", "project update", "presenter feedback"],
)
def test_updates_and_feedback_with_a_control_character_are_refused(
    project: Project, post, field: str
) -> None:  # type: ignore[no-untyped-def]
    commitment = project.commit()
    before = _rows()

    with scopes_disabled(), pytest.raises(ValidationError) as caught:
        post(project, commitment)

    assert list(caught.value.message_dict) == [field]
    assert "control characters" in caught.value.message_dict[field][0]
    assert _rows() == before


def test_line_breaks_and_tabs_still_pass_in_an_update(project: Project) -> None:
    commitment = project.commit()

    with scopes_disabled():
        activity = commitment_update_post(
            commitment=commitment,
            author=project.dana,
            note="Done:\n\t- the list",
            idempotency_key=uuid.uuid4(),
        )

    assert activity.note == "Done:\n\t- the list"


def test_a_partnership_search_with_a_nul_finds_by_the_rest(project: Project) -> None:
    with scopes_disabled():
        found = partnership_member_search(network=project.world.alpha, q="Dana\x00")

    assert [c.name for c in found] == ["Dana Doe"]
