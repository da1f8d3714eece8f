"""A partnership recorded from a form sent twice (a double tap, a retry after a timeout) is
recorded once: the form carries a key of its own, kept while members are searched for."""

from __future__ import annotations

import re

from django_scopes import scopes_disabled

from collaboratory.followthrough.models import Partnership
from tests.conftest import client_for
from tests.followthrough.conftest import Project

NEW = "/n/alpha/follow-through/partnerships/new/"
STORY = {"kind": "project", "title": "Shared van", "story": "Two food banks share a van"}


def form_key(page: str) -> str:
    found = re.search(r'name="idempotency_key" value="([^"]*)"', page)
    assert found is not None
    return found.group(1)


def test_a_partnership_sent_twice_is_recorded_once(project: Project) -> None:
    client = client_for(project.dana)
    key = form_key(client.get(NEW).content.decode())
    # "Find" (members searched without script) gives the form back with the same key.
    found = client.post(NEW, {**STORY, "idempotency_key": key, "find": "1", "member_q": "x"})
    assert form_key(found.content.decode()) == key

    first = client.post(NEW, {**STORY, "idempotency_key": key})
    again = client.post(NEW, {**STORY, "idempotency_key": key})

    with scopes_disabled():
        recorded = list(Partnership.objects.values_list("pk", "title"))
    assert len(recorded) == 1
    assert recorded[0][1] == "Shared van"
    assert first.status_code == again.status_code == 302
    assert first["Location"] == again["Location"]


def test_a_key_used_by_someone_else_records_nothing_new(project: Project) -> None:
    key = form_key(client_for(project.dana).get(NEW).content.decode())
    client_for(project.dana).post(NEW, {**STORY, "idempotency_key": key})

    other = client_for(project.presenter).post(NEW, {**STORY, "idempotency_key": key})

    with scopes_disabled():
        assert Partnership.objects.count() == 1
    assert other.status_code == 400
    page = other.content.decode()
    assert "This form was already used by someone else, so nothing was recorded" in page
    # The form comes back with a key of its own, so sending it again records it.
    assert form_key(page) != key
    client_for(project.presenter).post(NEW, {**STORY, "idempotency_key": form_key(page)})
    with scopes_disabled():
        assert Partnership.objects.count() == 2
