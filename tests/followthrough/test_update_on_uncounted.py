"""An update is refused on a commitment that no longer counts (taken off the board, or a
youth's money the guardian declined), as a move is: it has no follow-up, so nothing is
stored and nobody is emailed."""

from __future__ import annotations

import uuid

import pytest
from django.core.exceptions import ValidationError
from django_scopes import scopes_disabled

from collaboratory.commitments.services import commitment_hide
from collaboratory.followthrough.models import CommitmentActivity
from collaboratory.followthrough.services import commitment_update_post
from tests.followthrough.conftest import Project


def test_an_update_on_a_hidden_commitment_is_refused_and_stores_nothing(
    project: Project,
    run_tasks,
    mailoutbox,  # type: ignore[no-untyped-def]
) -> None:
    commitment = project.commit()
    run_tasks()
    with scopes_disabled():
        commitment_hide(commitment=commitment, actor=project.steward, reason="a question")
    mailoutbox.clear()

    with scopes_disabled(), pytest.raises(ValidationError) as refused:
        commitment_update_post(
            commitment=project.refresh(commitment),
            author=project.dana,
            note="Two funders agreed to meet.",
            idempotency_key=uuid.uuid4(),
        )
    run_tasks()

    assert refused.value.message_dict == {
        "note": ["This commitment was taken off the board; it has no follow-up."]
    }
    with scopes_disabled():
        assert not CommitmentActivity.objects.filter(commitment=commitment).exists()
    assert mailoutbox == []
