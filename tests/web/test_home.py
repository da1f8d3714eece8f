"""The front door: where a signed-in person lands."""

from __future__ import annotations

from tests.conftest import World, client_for


def test_a_member_of_one_network_lands_on_my_commitments(world: World) -> None:
    response = client_for(world.personas["member"]).get("/")
    assert response["Location"] == f"/n/{world.alpha.slug}/follow-through/"


def test_a_visitor_sees_what_this_is(world: World) -> None:
    response = client_for(None).get("/")
    assert response.templates[0].name == "web/welcome.html"


def test_a_platform_admin_lands_on_the_platform_overview(world: World) -> None:
    response = client_for(world.personas["platform_admin"]).get("/")
    assert response["Location"] == "/platform/"
