"""Every partnership, milestone and commitment update is stored under a submission key: a form
sent without one is refused with a word on what to do (and a fresh key), so a replayed post
cannot store it twice, and the database holds no row without a key (a NULL would slip past
the unique constraint)."""

from __future__ import annotations

import uuid

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django_scopes import scopes_disabled

from collaboratory.followthrough.models import (
    CommitmentActivity,
    Partnership,
    PartnershipMilestone,
)
from collaboratory.followthrough.services import partnership_milestone_add, partnership_record
from tests.conftest import client_for
from tests.followthrough.conftest import Project
from tests.followthrough.test_partnership_once import NEW, STORY, form_key

ADD = {"action": "milestone_add", "title": "First shared tool day", "due_on": ""}


def _partnership(project: Project) -> Partnership:
    with scopes_disabled():
        return partnership_record(
            network=project.world.alpha,
            recorded_by=project.dana,
            kind="partnership",
            title="Tool library and credit union",
            story="We met in the room",
            member_ids=[project.presenter.pk],
            idempotency_key=uuid.uuid4(),
        )


@pytest.mark.parametrize("sent", [{}, {"idempotency_key": ""}])
def test_a_partnership_form_without_a_key_records_nothing_and_says_why(
    project: Project, sent: dict[str, str]
) -> None:
    client = client_for(project.dana)

    first = client.post(NEW, {**STORY, **sent})
    again = client.post(NEW, {**STORY, **sent})

    with scopes_disabled():
        assert Partnership.objects.count() == 0
    assert first.status_code == again.status_code == 400
    page = again.content.decode()
    assert "This form had no usable submission key, so nothing was recorded" in page
    assert "Shared van" in page  # what was typed comes back
    # The form comes back with a key of its own: sent again, it records once.
    key = form_key(page)
    client.post(NEW, {**STORY, "idempotency_key": key})
    client.post(NEW, {**STORY, "idempotency_key": key})
    with scopes_disabled():
        assert Partnership.objects.count() == 1


def test_a_milestone_form_without_a_key_adds_nothing_and_says_why(project: Project) -> None:
    partnership = _partnership(project)
    keep = f"/n/alpha/follow-through/partnerships/{partnership.pk}/keep/"
    client = client_for(project.dana)

    first = client.post(keep, ADD)
    again = client.post(keep, {**ADD, "idempotency_key": ""})

    with scopes_disabled():
        assert PartnershipMilestone.objects.count() == 0
    assert first.status_code == again.status_code == 400
    page = again.content.decode()
    assert "no usable submission key" in page
    assert form_key(page)  # a fresh one to send the form again with


def test_an_update_without_a_key_posts_nothing(project: Project) -> None:
    commitment = project.commit()
    url = f"/n/alpha/follow-through/commitments/{commitment.pk}/update/"

    response = client_for(project.dana).post(url, {"note": "First introduction made"})

    with scopes_disabled():
        updates = CommitmentActivity.objects.filter(commitment=commitment, kind="update")
        assert not updates.exists()
    assert response.status_code == 400
    assert "no usable submission key" in response.content.decode()


@pytest.mark.parametrize("key", [None, "", "not-a-key"])
def test_the_services_refuse_a_missing_key(project: Project, key: object) -> None:
    partnership = _partnership(project)
    with scopes_disabled():
        with pytest.raises(ValidationError) as refused:
            partnership_record(
                network=project.world.alpha,
                recorded_by=project.dana,
                kind="project",
                title="Shared van",
                story="Two food banks share a van",
                idempotency_key=key,  # type: ignore[arg-type]
            )
        assert "idempotency_key" in refused.value.message_dict
        with pytest.raises(ValidationError) as refused:
            partnership_milestone_add(
                partnership=partnership,
                actor=project.dana,
                title="First open day",
                idempotency_key=key,  # type: ignore[arg-type]
            )
        assert "idempotency_key" in refused.value.message_dict
        assert Partnership.objects.count() == 1
        assert PartnershipMilestone.objects.count() == 0


def test_every_row_carries_a_key_and_the_database_refuses_one_without(
    project: Project,
) -> None:
    """A move writes an activity row too: it gets a key of its own (no form sends one)."""
    commitment = project.commit()
    project.move(commitment, project.presenter, "acknowledged")
    partnership = _partnership(project)
    with scopes_disabled():
        milestone = partnership_milestone_add(
            partnership=partnership,
            actor=project.dana,
            title="First open day",
            idempotency_key=uuid.uuid4(),
        )
        rows = [
            *CommitmentActivity.objects.filter(commitment=commitment),
            partnership,
            milestone,
        ]
        keys = [type(row).objects.get(pk=row.pk).idempotency_key for row in rows]
        assert None not in keys
        assert len(set(keys)) == len(keys)
        for row in rows:
            with pytest.raises(IntegrityError), transaction.atomic():
                type(row).objects.filter(pk=row.pk).update(idempotency_key=None)
