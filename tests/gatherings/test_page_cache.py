"""The gathering list and page are served from a per-viewer cache (networks/pagecache.py):
every change made through the services shows on the very next request, nobody sees another
member's cached answers, and the CSRF token is never a cached one."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.core.cache import caches
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.gatherings.models import Gathering
from collaboratory.gatherings.services import (
    gathering_update,
    rsvp_submit,
    stipend_decide,
    stipend_request_submit,
)
from collaboratory.networks.pagecache import csrf_placeholder
from tests.authz.objects import shared_gathering
from tests.conftest import CACHE_READ_QUERIES, World, client_for
from tests.factories import GatheringFactory, MembershipFactory


def _main(page: str) -> str:
    return page[page.index("<main") : page.index("</main>")]


def _get(client: Client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return _main(response.content.decode())


def _gathering(world: World, **kwargs: object) -> Gathering:
    return GatheringFactory(network=world.alpha, title="Cached Gathering", **kwargs)


def test_someone_elses_rsvp_shows_in_the_seat_count_at_once(world: World) -> None:
    gathering = _gathering(world, capacity=10)
    page, listing = f"/n/alpha/gatherings/{gathering.pk}/", "/n/alpha/gatherings/"
    viewer = client_for(world.personas["member"])
    assert "0 of 10 taken" in _get(viewer, page)
    assert "0 of 10 seats taken" in _get(viewer, listing)

    with scopes_disabled():
        rsvp_submit(
            gathering=gathering, user=world.personas["steward"], answer="yes", both_parts=True
        )

    assert "1 of 10 taken" in _get(viewer, page)
    assert "1 of 10 seats taken" in _get(viewer, listing)


def test_an_edit_shows_on_the_next_request(world: World) -> None:
    gathering = _gathering(world, venue="Old Hall")
    page = f"/n/alpha/gatherings/{gathering.pk}/"
    viewer = client_for(world.personas["member"])
    assert "Old Hall" in _get(viewer, page)

    with scopes_disabled():
        gathering_update(gathering=gathering, actor=world.personas["steward"], venue="New Hall")

    body = _get(viewer, page)
    assert ("New Hall" in body, "Old Hall" in body) == (True, False)


def test_a_new_gathering_shows_in_the_list_at_once(world: World) -> None:
    viewer = client_for(world.personas["member"])
    assert "Second Gathering" not in _get(viewer, "/n/alpha/gatherings/")

    GatheringFactory(network=world.alpha, title="Second Gathering")

    assert "Second Gathering" in _get(viewer, "/n/alpha/gatherings/")


def test_my_answer_from_the_page_shows_when_i_come_back(world: World) -> None:
    gathering = _gathering(world, parts=1)
    page = f"/n/alpha/gatherings/{gathering.pk}/"
    me = client_for(world.personas["member"])
    assert "Your answer:" not in _get(me, page)
    assert "You have not answered" in _get(me, "/n/alpha/gatherings/")

    response = me.post(page, {"action": "rsvp", "answer": "maybe", "dietary_needs": "No nuts"})

    assert response.status_code == 302
    body = _get(me, page)
    assert ("Your answer: Maybe" in body, 'value="No nuts"' in body) == (True, True)
    assert "You: Maybe" in _get(me, "/n/alpha/gatherings/")


def test_a_stewards_decision_shows_on_the_members_page(world: World) -> None:
    gathering = _gathering(world, stipend_budget=500)
    member = world.personas["member"]
    page = f"/n/alpha/gatherings/{gathering.pk}/"
    with scopes_disabled():
        rsvp_submit(gathering=gathering, user=member, answer="yes", both_parts=True)
        stipend = stipend_request_submit(
            gathering=gathering,
            user=member,
            reason="Bus fare",
            amount=120,
            no_institutional_support=True,
        )
    viewer = client_for(member)
    assert "You asked for $120.00: Waiting for a steward." in _get(viewer, page)

    with scopes_disabled():
        stipend_decide(stipend=stipend, approve=True, actor=world.personas["steward"])

    assert "You asked for $120.00: Approved." in _get(viewer, page)


def test_nobody_sees_another_members_cached_answers(world: World) -> None:
    gathering = _gathering(world, parts=1)
    page = f"/n/alpha/gatherings/{gathering.pk}/"
    with scopes_disabled():
        rsvp_submit(
            gathering=gathering,
            user=world.personas["member"],
            answer="yes",
            dietary_needs="Member's own diet",
        )
    assert "Member&#x27;s own diet" in _get(client_for(world.personas["member"]), page)
    assert "You: Coming" in _get(client_for(world.personas["member"]), "/n/alpha/gatherings/")

    other = client_for(world.personas["steward"])
    body, listing = _get(other, page), _get(other, "/n/alpha/gatherings/")

    assert ("Member&#x27;s own diet" in body, "Your answer:" in body) == (False, False)
    assert ("You: Coming" in listing, "You have not answered" in listing) == (False, True)


def test_steward_links_follow_the_viewer_not_the_cache(world: World) -> None:
    gathering = _gathering(world)
    page = f"/n/alpha/gatherings/{gathering.pk}/"
    assert "Door list" in _get(client_for(world.personas["steward"]), page)
    assert "New gathering" in _get(client_for(world.personas["steward"]), "/n/alpha/gatherings/")

    member = client_for(world.personas["member"])

    assert "Door list" not in _get(member, page)
    assert "New gathering" not in _get(member, "/n/alpha/gatherings/")


def test_a_cached_page_carries_the_requests_own_csrf_token(world: World) -> None:
    gathering = _gathering(world, parts=1)
    page = f"/n/alpha/gatherings/{gathering.pk}/"
    client = Client(enforce_csrf_checks=True)
    client.force_login(
        world.personas["member"], backend="allauth.account.auth_backends.AuthenticationBackend"
    )
    first, second = _get(client, page), _get(client, page)
    tokens = [re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', b) for b in (first, second)]

    response = client.post(
        page, {"csrfmiddlewaretoken": tokens[1][0], "action": "rsvp", "answer": "no"}
    )

    assert csrf_placeholder() not in first + second
    assert (len(tokens[0]), len(set(tokens[0]) & set(tokens[1]))) == (2, 0)
    assert response.status_code == 302


@pytest.fixture
def later(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Move the clock forward by a given time for the rest of the test."""

    def move(by: timedelta) -> None:
        moved = timezone.now() + by
        monkeypatch.setattr(timezone, "now", lambda: moved)

    return move


def test_a_gathering_moves_to_the_past_list_when_it_ends(world: World, later) -> None:  # type: ignore[no-untyped-def]
    GatheringFactory(network=world.alpha, title="Soon Over", first_part_at=timezone.now(), parts=1)
    viewer = client_for(world.personas["member"])
    listing = _get(viewer, "/n/alpha/gatherings/")
    assert ("Soon Over" in listing, "Past gatherings" in listing) == (True, False)

    later(timedelta(hours=4))

    listing = _get(viewer, "/n/alpha/gatherings/")
    assert listing.index("Past gatherings") < listing.index("Soon Over")


def test_the_rsvp_form_closes_at_the_deadline(world: World, later) -> None:  # type: ignore[no-untyped-def]
    gathering = _gathering(world, first_part_at=timezone.now() + timedelta(hours=3), parts=1)
    with scopes_disabled():
        gathering_update(gathering=gathering, rsvp_deadline=timezone.now() + timedelta(hours=1))
    page = f"/n/alpha/gatherings/{gathering.pk}/"
    viewer = client_for(world.personas["member"])
    assert "Save my answer" in _get(viewer, page)

    later(timedelta(hours=2))

    body = _get(viewer, page)
    assert ("Save my answer" in body, "RSVPs are closed" in body) == (False, True)


@pytest.mark.parametrize("count", [1, 3])
def test_a_cached_page_runs_only_the_middlewares_queries_and_one(world: World, count: int) -> None:
    gathering = _gathering(world, capacity=20)
    with scopes_disabled():
        for _ in range(count):
            rsvp_submit(
                gathering=gathering,
                user=MembershipFactory(network=world.alpha).user,
                answer="yes",
                both_parts=True,
            )
    client = client_for(world.personas["member"])
    page = f"/n/alpha/gatherings/{gathering.pk}/"
    first = _get(client, page)

    with CaptureQueriesContext(connection) as queries:
        again = _get(client, page)

    assert f"{count} of 20 taken" in first
    assert again == first.replace(
        re.search(r'csrfmiddlewaretoken" value="([^"]+)"', first).group(1),  # type: ignore[union-attr]
        re.search(r'csrfmiddlewaretoken" value="([^"]+)"', again).group(1),  # type: ignore[union-attr]
    )
    # Session, user, network, membership, then the gathering with its version token and
    # whether the viewer answered anything here; the parts come from this process's copy
    # of the shared cache.
    assert len(queries) == 6


def test_a_page_one_worker_rendered_is_served_to_the_next_from_the_shared_cache(
    world: World,
) -> None:
    """Each process keeps a copy in memory in front of the shared cache; another worker
    (here: this one with its copy dropped) reads the rendered fragment instead of rendering."""
    gathering = _gathering(world, capacity=20)
    client = client_for(world.personas["member"])
    page = f"/n/alpha/gatherings/{gathering.pk}/"
    first = _get(client, page)
    caches["local"].clear()

    with CaptureQueriesContext(connection) as queries:
        again = _get(client, page)

    csrf = r'csrfmiddlewaretoken" value="([^"]+)"'
    assert again == first.replace(
        re.search(csrf, first).group(1),  # type: ignore[union-attr]
        re.search(csrf, again).group(1),  # type: ignore[union-attr]
    )
    # The details and the viewer's own part, each read from the shared cache.
    assert len(queries) == 6 + 2 * CACHE_READ_QUERIES


def test_a_guest_is_never_served_a_members_forms(world: World) -> None:
    """The page's own part of everyone who has answered nothing is one rendering per class:
    the youth guest's (no stipend, no substitute) is not the member's."""
    shared = shared_gathering(world)
    page = f"/n/alpha/gatherings/{shared['gathering']}/"
    newcomer = MembershipFactory(network=world.alpha).user

    members = _get(client_for(newcomer), page)
    guests = _get(client_for(world.personas["youth_member"]), page)

    assert ("Travel stipend" in members, "Send a substitute" in members) == (True, True)
    assert ("Travel stipend" in guests, "Send a substitute" in guests) == (False, False)
    assert "Save my answer" in guests


def test_members_who_answered_nothing_share_the_forms_until_they_answer(world: World) -> None:
    gathering = _gathering(world, parts=1, capacity=10)
    page = f"/n/alpha/gatherings/{gathering.pk}/"
    first, second = (client_for(MembershipFactory(network=world.alpha).user) for _ in range(2))
    csrf = r'name="csrfmiddlewaretoken" value="[^"]+"'
    before = [re.sub(csrf, "", _get(client, page)) for client in (first, second)]
    assert before[0] == before[1]
    assert "Your answer:" not in before[0]

    response = first.post(page, {"action": "rsvp", "answer": "yes", "dietary_needs": "Vegan"})

    assert response.status_code == 302
    mine, theirs = _get(first, page), _get(second, page)
    assert ("Your answer: Coming" in mine, 'value="Vegan"' in mine) == (True, True)
    assert ("Your answer:" in theirs, "Vegan" in theirs, "1 of 10 taken" in theirs) == (
        False,
        False,
        True,
    )
