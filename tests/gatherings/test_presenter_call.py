"""The gathering page offers "propose a Power Project" (to a youth guest) and "I would like
to present" (to a member) only while the Rotating Credit Club's call for presenters is open,
and otherwise says when it opens or when it closed (walk-through: the link led to "Not yet")."""

from __future__ import annotations

from datetime import timedelta

from django.test import Client
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.gatherings.models import Gathering, Rsvp
from collaboratory.gatherings.services import rsvp_submit
from collaboratory.people.models import User
from tests.authz.objects import shared_gathering
from tests.conftest import World, client_for
from tests.factories import GatheringFactory

PROPOSE = "Propose a Power Project"
PRESENT = "I would like to present"


def _client(user: User | None) -> Client:
    client = client_for(user)
    client.defaults["HTTP_HOST"] = "127.0.0.1"
    return client


def _page(user: User | None, gathering_id: int, network_slug: str = "alpha") -> str:
    response = _client(user).get(f"/n/{network_slug}/gatherings/{gathering_id}/")
    assert response.status_code == 200
    return response.content.decode()


def test_a_youth_guest_is_offered_to_propose_while_the_call_is_open(world: World) -> None:
    shared = shared_gathering(world)

    body = _page(world.personas["youth_member"], shared["gathering"])

    assert PROPOSE in body


def test_a_youth_guest_is_told_the_call_closed_instead_of_a_link_to_not_yet(
    world: World,
) -> None:
    shared = shared_gathering(world)
    closed = timezone.now() - timedelta(days=1)
    with scopes_disabled():
        Gathering.objects.filter(pk=shared["gathering"]).update(proposal_deadline=closed)

    body = _page(world.personas["youth_member"], shared["gathering"])

    assert PROPOSE not in body
    assert "The call for presenters closed on" in body
    assert "/propose/" not in body


def test_a_member_may_offer_to_present_while_the_call_is_open(world: World) -> None:
    gathering = GatheringFactory(network=world.alpha)

    body = _page(world.personas["member"], gathering.pk)

    assert PRESENT in body
    assert "The call for presenters" not in body


def test_a_gathering_under_way_no_longer_asks_who_would_like_to_present(world: World) -> None:
    gathering = GatheringFactory(
        network=world.alpha, first_part_at=timezone.now() - timedelta(hours=1)
    )

    body = _page(world.personas["member"], gathering.pk)

    assert "Save my answer" in body  # the RSVP form is still there
    assert PRESENT not in body
    assert "The call for presenters closed on" in body


def test_a_call_not_yet_announced_says_when_it_opens(world: World) -> None:
    gathering = GatheringFactory(network=world.alpha)
    with scopes_disabled():
        Gathering.objects.filter(pk=gathering.pk).update(
            announced_at=timezone.now() + timedelta(days=2), version="later"
        )

    body = _page(world.personas["member"], gathering.pk)

    assert PRESENT not in body
    assert "The call for presenters opens on" in body


def test_answering_after_the_call_keeps_the_offer_to_present(world: World) -> None:
    member = world.personas["member"]
    gathering = GatheringFactory(network=world.alpha, parts=1)
    with scopes_disabled():
        rsvp_submit(gathering=gathering, user=member, answer="yes", wants_to_present=True)
        Gathering.objects.filter(pk=gathering.pk).update(
            proposal_deadline=timezone.now() - timedelta(hours=1), version="closed"
        )

    response = _client(member).post(
        f"/n/alpha/gatherings/{gathering.pk}/",
        {"action": "rsvp", "answer": "yes", "dietary_needs": "vegetarian"},
    )

    assert response.status_code == 302
    with scopes_disabled():
        rsvp = Rsvp.objects.get(gathering=gathering, user=member)
    assert (rsvp.wants_to_present, rsvp.dietary_needs) == (True, "vegetarian")
