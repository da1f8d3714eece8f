"""A refused move or update on a commitment keeps what was typed: a plain form gets the
commitment's page back (400) with the form open and filled in, htmx gets the row back the
same way. Before, the note was gone and had to be typed again on the phone."""

from __future__ import annotations

import uuid

import pytest
from django_scopes import scopes_disabled

from collaboratory.commitments import lifecycle as lc
from collaboratory.followthrough.models import PresenterFeedback
from collaboratory.people.services import user_language_set
from tests.conftest import client_for
from tests.followthrough.conftest import Project
from tests.followthrough.test_transitions import bring

NOTE = "Sent two of the three intros, the third next week"


def act_url(pk: int) -> str:
    return f"/n/alpha/follow-through/commitments/{pk}/act/"


def update_url(pk: int) -> str:
    return f"/n/alpha/follow-through/commitments/{pk}/update/"


def test_a_refused_move_sent_without_script_keeps_the_note_and_amount(project: Project) -> None:
    commitment = project.commit()
    response = client_for(project.dana).post(
        act_url(commitment.pk),
        {"to": "done", "note": NOTE, "delivered_amount": "two", "next": "/n/alpha/follow-through/"},
    )
    page = response.content.decode()
    assert response.status_code == 400
    assert "The amount delivered must be a number, like 2 or 2.5." in page
    assert f">{NOTE}</textarea>" in page
    assert 'name="delivered_amount" inputmode="decimal" value="two"' in page
    assert project.refresh(commitment).status == commitment.status


def test_a_refused_update_keeps_its_text_with_and_without_script(project: Project) -> None:
    commitment = project.commit()
    client = client_for(project.dana)
    fields = {"note": NOTE, "link": "javascript:alert(1)", "idempotency_key": str(uuid.uuid4())}

    plain = client.post(update_url(commitment.pk), fields)
    swapped = client.post(
        update_url(commitment.pk),
        {**fields, "next": "/n/alpha/follow-through/"},
        HTTP_HX_REQUEST="true",
    )

    for response in (plain, swapped):
        page = response.content.decode()
        assert response.status_code == 400
        assert "The link must be a full web address starting with https://." in page
        assert f">{NOTE}</textarea>" in page
        assert 'value="javascript:alert(1)"' in page
        # The same key comes back: nothing was stored under it.
        assert f'name="idempotency_key" value="{fields["idempotency_key"]}"' in page


FEEDBACK = "The room was generous, but the asks went by too fast"


def test_refused_feedback_comes_back_with_what_was_typed(project: Project) -> None:
    """The presenter forgot to pick a score: the feedback form comes back (400) with the
    reason beside the score and the words kept; nothing is saved."""
    response = client_for(project.presenter).post(
        f"/n/alpha/follow-through/projects/{project.proposal.pk}/feedback/",
        {"helpful": "", "text": FEEDBACK},
    )

    page = response.content.decode()
    assert response.status_code == 400
    assert "Choose how helpful the room was, from 1 to 5." in page
    assert f">{FEEDBACK}</textarea>" in page
    with scopes_disabled():
        assert not PresenterFeedback.objects.filter(proposal=project.proposal).exists()


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "Partly kept means less than the 1 hour promised; confirm it as kept instead."),
        ("es", "Cumplido en parte significa menos de lo prometido (1 hora); confírmalo como"),
    ],
)
def test_a_refused_partly_kept_names_one_hour_in_the_singular(
    project: Project, language: str, said: str
) -> None:
    """The presenter's page, refused "partly kept" with all of 1 hour delivered, read "less
    than the 1 hours promised" ("los 1 horas prometidos" in Spanish)."""
    commitment = bring(project, lc.DONE, amount="1", unit="hours", capital="intellectual")
    user_language_set(user=project.presenter, language=language)

    response = client_for(project.presenter).post(
        act_url(commitment.pk), {"to": "partly_kept", "delivered_amount": "1"}
    )

    page = response.content.decode()
    assert response.status_code == 400
    assert said in page
    assert "1 hours" not in page
    assert "1 horas" not in page
