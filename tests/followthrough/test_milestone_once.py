"""A milestone added from a form sent twice (a double tap, a retry after a timeout) is added
once: the add form carries a key of its own, as the partnership and update forms do."""

from __future__ import annotations

import threading
import uuid

import pytest
from django.db import connection
from django_scopes import scopes_disabled

from collaboratory.followthrough.models import Partnership, PartnershipMilestone
from collaboratory.followthrough.services import partnership_milestone_add, partnership_record
from tests.conftest import client_for
from tests.followthrough.conftest import Project
from tests.followthrough.test_partnership_once import form_key
from tests.matching.test_introduction_race import as_another_request, before_inserting_into

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


def _urls(partnership: Partnership) -> tuple[str, str]:
    page = f"/n/alpha/follow-through/partnerships/{partnership.pk}/"
    return page, page + "keep/"


def _milestones() -> list[tuple[str, int | None]]:
    with scopes_disabled():
        return list(PartnershipMilestone.objects.values_list("title", "added_by_id"))


def test_a_milestone_sent_twice_is_added_once(project: Project) -> None:
    partnership = _partnership(project)
    page, keep = _urls(partnership)
    client = client_for(project.dana)
    key = form_key(client.get(page).content.decode())

    first = client.post(keep, {**ADD, "idempotency_key": key})
    again = client.post(keep, {**ADD, "idempotency_key": key})

    assert first.status_code == again.status_code == 302
    assert _milestones() == [("First shared tool day", project.dana.pk)]
    # The page after it draws a new key: the next milestone is added, not taken for a repeat.
    following = form_key(client.get(page).content.decode())
    assert following != key
    client.post(keep, {**ADD, "title": "Second tool day", "idempotency_key": following})
    assert len(_milestones()) == 2


def test_a_key_used_by_someone_else_adds_nothing_and_the_form_gets_a_new_one(
    project: Project,
) -> None:
    partnership = _partnership(project)
    page, keep = _urls(partnership)
    key = form_key(client_for(project.dana).get(page).content.decode())
    client_for(project.dana).post(keep, {**ADD, "idempotency_key": key})

    other = client_for(project.steward).post(
        keep, {**ADD, "title": "Steward's step", "idempotency_key": key}
    )

    assert other.status_code == 400
    body = other.content.decode()
    assert "This form was already used, so nothing was added" in body
    assert form_key(body) != key
    assert _milestones() == [("First shared tool day", project.dana.pk)]


def test_a_refused_title_keeps_the_key_so_the_corrected_form_adds_once(
    project: Project,
) -> None:
    partnership = _partnership(project)
    page, keep = _urls(partnership)
    client = client_for(project.dana)
    key = form_key(client.get(page).content.decode())

    refused = client.post(keep, {**ADD, "title": "", "idempotency_key": key})
    assert refused.status_code == 400
    assert form_key(refused.content.decode()) == key
    client.post(keep, {**ADD, "idempotency_key": key})
    client.post(keep, {**ADD, "idempotency_key": key})

    assert len(_milestones()) == 1


def test_an_unusable_key_is_refused_and_adds_nothing(project: Project) -> None:
    partnership = _partnership(project)
    _page, keep = _urls(partnership)

    response = client_for(project.dana).post(keep, {**ADD, "idempotency_key": "not-a-key"})

    assert response.status_code == 400
    assert "no usable submission key" in response.content.decode()
    assert _milestones() == []


@pytest.mark.django_db(transaction=True)
def test_the_same_form_arriving_between_the_check_and_the_write_stores_one(
    project: Project,
) -> None:
    """The race made certain: the other post runs whole while this one has found no
    milestone under the key and not yet written. The unique key decides, and the loser
    returns the winner's milestone rather than failing or storing a second."""
    partnership = _partnership(project)
    key = uuid.uuid4()
    got: list[object] = []

    def add() -> None:
        try:
            with scopes_disabled():
                got.append(
                    partnership_milestone_add(
                        partnership=partnership,
                        actor=as_another_request(project.dana),
                        title="First shared tool day",
                        idempotency_key=key,
                    ).pk
                )
        except Exception as error:  # reported by the assertion below
            got.append(error)

    started: list[threading.Thread] = []
    with connection.execute_wrapper(
        before_inserting_into("followthrough_partnershipmilestone", add, started)
    ):
        add()
    started[0].join()

    assert len(got) == 2
    assert len(set(got)) == 1, got
    assert len(_milestones()) == 1
