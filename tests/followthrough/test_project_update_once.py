"""A presenter's project update, and an update on one commitment, are stored and emailed
once per submission: the page's form carries a key of its own, so the same form sent again
after a timeout (or a double tap) gives back the first update instead of a second email."""

from __future__ import annotations

import re
import uuid

import pytest
from django.core.exceptions import ValidationError
from django_scopes import scopes_disabled

from collaboratory.followthrough.models import ActivityKind, CommitmentActivity, ProjectUpdate
from collaboratory.followthrough.services import project_update_post
from tests.conftest import client_for
from tests.factories import MembershipFactory
from tests.followthrough.conftest import Project


@pytest.fixture
def outbox(project: Project, run_tasks, mailoutbox):  # type: ignore[no-untyped-def]
    """Dana and Erin committed to the project; the fixture's own emails are out of the way.
    The outbox and Erin."""
    project.commit()
    with scopes_disabled():
        erin = MembershipFactory(network=project.world.alpha, user__full_name="Erin Ek").user
    project.commit(erin)
    run_tasks()
    mailoutbox.clear()
    return mailoutbox, erin


def project_url(project: Project) -> str:
    return f"/n/alpha/creditclub/proposals/{project.proposal.pk}/"


def update_url(project: Project) -> str:
    return f"/n/alpha/follow-through/projects/{project.proposal.pk}/update/"


def form_key(page: str, project: Project) -> str:
    """The submission key of the project update form, as the page renders it."""
    form = page[page.index(f'action="{update_url(project)}"') :]
    found = re.search(r'name="idempotency_key" value="([^"]*)"', form)
    assert found is not None
    return found.group(1)


def updates() -> list[str]:
    with scopes_disabled():
        return [u.text for u in ProjectUpdate.objects.all()]


def test_an_update_sent_twice_is_stored_and_emailed_once(  # type: ignore[no-untyped-def]
    project: Project, outbox, run_tasks
) -> None:
    client = client_for(project.presenter)
    mails, erin = outbox
    key = form_key(client.get(project_url(project)).content.decode(), project)
    fields = {"text": "We opened on Saturday", "link": "", "idempotency_key": key}

    first = client.post(update_url(project), fields, follow=True)
    again = client.post(update_url(project), fields, follow=True)  # re-sent after a timeout
    run_tasks()

    assert updates() == ["We opened on Saturday"]
    assert sorted(m.to[0] for m in mails) == sorted([project.dana.email, erin.email])
    assert "Update posted; everyone who made a commitment is emailed." in first.content.decode()
    assert "This update was already posted" in again.content.decode()
    # The page after it carries a fresh key, for the next update.
    assert form_key(first.content.decode(), project) not in ("", key)


def test_the_same_key_gives_back_the_first_update_and_another_projects_key_is_refused(
    project: Project,
) -> None:
    key = uuid.uuid4()
    with scopes_disabled():
        first = project_update_post(
            proposal=project.proposal, author=project.presenter, text="News", idempotency_key=key
        )
        again = project_update_post(
            proposal=project.proposal,
            author=project.presenter,
            text="News, edited",
            idempotency_key=str(key),
        )
        with pytest.raises(ValidationError) as caught:
            project_update_post(
                proposal=project.proposal,
                author=project.presenter,
                text="News",
                idempotency_key="not a key",
            )
    assert again.pk == first.pk
    assert updates() == ["News"]
    assert list(caught.value.message_dict) == ["idempotency_key"]


def test_a_form_without_a_usable_key_stores_nothing_and_says_why(project: Project) -> None:
    response = client_for(project.presenter).post(
        update_url(project), {"text": "We opened", "link": "", "idempotency_key": "x"}, follow=True
    )
    assert updates() == []
    assert "reload the page" in response.content.decode()


# --- An update on one commitment ------------------------------------------------------------


def test_an_update_on_a_commitment_sent_twice_is_stored_and_emailed_once(  # type: ignore[no-untyped-def]
    project: Project, run_tasks, mailoutbox
) -> None:
    commitment = project.commit()
    run_tasks()
    mailoutbox.clear()
    client = client_for(project.dana)
    page = f"/n/alpha/follow-through/commitments/{commitment.pk}/"
    update = f"{page}update/"
    shown = client.get(page).content.decode()
    form = shown[shown.index(f'action="{update}"') :]
    found = re.search(r'name="idempotency_key" value="([^"]*)"', form)
    assert found is not None
    fields = {"note": "First intro made", "link": "", "idempotency_key": found.group(1)}

    first = client.post(update, fields, follow=True)
    again = client.post(update, fields, follow=True)
    run_tasks()

    with scopes_disabled():
        notes = list(
            CommitmentActivity.objects.filter(
                commitment=commitment, kind=ActivityKind.UPDATE
            ).values_list("note", flat=True)
        )
    assert notes == ["First intro made"]
    assert [m.to for m in mailoutbox] == [[project.presenter.email]]
    assert "Update posted." in first.content.decode()
    assert "This update was already posted; nobody is emailed twice." in again.content.decode()


def test_my_commitments_gives_each_rows_update_form_a_key_of_its_own(project: Project) -> None:
    project.commit()
    project.commit()
    page = client_for(project.dana).get("/n/alpha/follow-through/").content.decode()
    keys = re.findall(r'name="idempotency_key" value="([^"]*)"', page)
    assert len(keys) == 2
    assert len({uuid.UUID(k) for k in keys}) == 2


def test_a_refused_project_update_comes_back_with_what_was_typed(project: Project) -> None:
    client = client_for(project.presenter)
    key = form_key(client.get(project_url(project)).content.decode(), project)
    typed = "We opened on Saturday:\n40 people came"

    refused = client.post(
        update_url(project),
        {"text": typed, "link": "javascript:alert(1)", "idempotency_key": key},
    )

    page = refused.content.decode()
    assert refused.status_code == 400
    assert "The link must be a full web address starting with https://." in page
    assert f">{typed}</textarea>" in page
    assert 'value="javascript:alert(1)"' in page
    assert form_key(page, project) == key
    assert updates() == []
    # Sent again once fixed, from the page it came back on: posted once.
    client.post(update_url(project), {"text": typed, "link": "", "idempotency_key": key})
    assert updates() == [typed]
