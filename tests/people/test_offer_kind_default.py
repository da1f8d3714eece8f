"""An offer's kind of capital follows its category unless the member chooses one: the form
preselected "Social" whatever the category, so "Space" was stored as "Space (Social)".
The category's usual kind is capital.DEFAULT_KIND, the rule asks already follow."""

from __future__ import annotations

import re

from django.test import Client
from django.urls import reverse

from collaboratory.people.models import OfferedAsset, User
from tests.conftest import World, client_for


def _client(user: User) -> Client:
    client = client_for(user)
    client.defaults["HTTP_HOST"] = "127.0.0.1"
    return client


def _selected_kind(body: str) -> str:
    """What a browser sends for the kind when the member leaves it as the page shows it."""
    select = re.search(r'<select name="kind"[^>]*>(.*?)</select>', body, re.DOTALL)
    assert select is not None
    options = re.findall(r'<option value="([^"]*)"( selected)?>', select[1])
    chosen = [value for value, selected in options if selected]
    return chosen[0] if chosen else options[0][0]


def test_an_offer_left_as_shown_takes_its_categorys_kind(world: World) -> None:
    member = world.personas["member"]
    client = _client(member)
    kind = _selected_kind(client.get(reverse("people:profile")).content.decode())

    for category, description in (("space", "Our community room"), ("funding", "A small grant")):
        client.post(
            reverse("people:profile"),
            {"form": "asset", "kind": kind, "category": category, "description": description},
        )

    offers = OfferedAsset.objects.filter(
        user=member, description__in=["Our community room", "A small grant"]
    )
    assert sorted(offers.values_list("category", "kind")) == [
        ("funding", "financial"),
        ("space", "institutional"),
    ]
    assert (
        "Space</strong> (Institutional)" in client.get(reverse("people:profile")).content.decode()
    )


def test_a_kind_the_member_chooses_is_kept(world: World) -> None:
    member = world.personas["member"]

    _client(member).post(
        reverse("people:profile"),
        {"form": "asset", "kind": "social", "category": "space", "description": "A hall"},
    )

    assert OfferedAsset.objects.get(user=member, description="A hall").kind == "social"
