"""Someone whose membership ended (alumni, removed, suspended) and who comes back to one of
the network's pages: a tap sent twice, a retry, a bookmark. Every network route, read or
write, lands on the front door saying the membership ended, with nothing of the network on
the way and nothing changed. The middleware answered a bare "not found" before."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.networks.models import Membership, MembershipStatus
from tests.authz.policy import POLICY
from tests.conftest import CANARIES, World, client_for

ENDED = "Your membership of Alpha Collaboratory has ended."


def _network_routes(world: World) -> list[tuple[str, str]]:
    """(route, its address in Alpha) for every page route that takes a network."""
    routes = []
    for name, rule in sorted(POLICY.items()):
        if rule.foreign is None or rule.api:
            continue
        kwargs = {k: v(world, "alpha") if callable(v) else v for k, v in rule.kwargs.items()}
        kwargs["network_slug"] = "alpha"
        for argument, key in rule.tokens.get("member", {}).items():
            kwargs[argument] = world.tokens[key]
        routes.append((name, reverse(name, kwargs=kwargs)))
    return routes


def _end(world: World, status: str) -> None:
    with scopes_disabled():
        Membership.objects.filter(network=world.alpha, user=world.personas["member"]).update(
            status=status
        )


def test_every_network_page_tells_a_former_member_and_shows_nothing_of_it(
    world: World,
) -> None:
    member = world.personas["member"]
    routes = _network_routes(world)  # some make their object as a member would
    _end(world, MembershipStatus.ALUMNI)
    client = client_for(member)
    with scopes_disabled():
        writes = AuditEvent.objects.exclude(action="access.denied").count()
    others = [c for key, cs in CANARIES.items() if key != "member_self" for c in cs]

    wrong = []
    for name, url in routes:
        for method in ("get", "post"):
            answer = getattr(client, method)(url)
            if answer.status_code != 302 or answer["Location"] != "/":
                wrong.append((name, method, answer.status_code))
                continue
            home = client.get("/").content.decode()
            leaked = [c for c in others if c in home]
            if ENDED not in home or leaked:
                wrong.append((name, method, leaked))

    assert wrong == []
    assert client.get("/n/bravo/").status_code == 404  # not theirs, ever: not found
    with scopes_disabled():
        # Each refusal is audited as one; nothing else was written.
        assert AuditEvent.objects.exclude(action="access.denied").count() == writes
        denied = AuditEvent.objects.filter(action="access.denied", actor=member).last()
    assert denied is not None
    assert denied.data["reason"] == "membership ended"


def test_a_suspended_member_is_told_so(world: World) -> None:
    _end(world, MembershipStatus.SUSPENDED)
    client = client_for(world.personas["member"])

    answer = client.get("/n/alpha/", follow=True)

    assert answer.redirect_chain[0] == ("/", 302)
    assert "Your membership of Alpha Collaboratory is suspended." in answer.content.decode()


@pytest.mark.parametrize("status", [MembershipStatus.INVITED, MembershipStatus.PENDING_CONSENT])
def test_a_membership_not_yet_begun_and_another_network_stay_not_found(
    world: World, status: str
) -> None:
    """Only an ended membership is told: an invitation not yet accepted, or a wait for a
    guardian, is not one, and another network's pages say nothing of that network."""
    _end(world, status)
    client = client_for(world.personas["member"])

    assert client.get("/n/alpha/").status_code == 404
    assert client.get("/n/bravo/").status_code == 404


def test_a_fragment_request_sends_the_whole_page_to_the_front_door(world: World) -> None:
    """An htmx request would have put the front door inside a fragment of the page."""
    _end(world, MembershipStatus.ALUMNI)
    client = client_for(world.personas["member"])

    answer = client.get("/n/alpha/roster/", headers={"HX-Request": "true"})

    assert (answer.status_code, answer["HX-Redirect"]) == (200, "/")
    assert ENDED in client.get("/").content.decode()
