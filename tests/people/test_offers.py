"""Offered assets on one's own profile: a double tap on "Add" (a phone on bad wifi sends the
form twice) adds the offer once."""

from __future__ import annotations

from django.urls import reverse

from collaboratory.audit.models import AuditEvent
from collaboratory.people.models import OfferedAsset
from tests.conftest import World, client_for


def test_the_same_offer_sent_twice_is_added_once(world: World) -> None:
    member = world.personas["member"]
    assert member is not None
    client = client_for(member)
    before = OfferedAsset.objects.filter(user=member).count()
    offer = {
        "form": "asset",
        "kind": "social",
        "category": "intro_people",
        "description": "Introductions to  local funders",
    }

    first = client.post(reverse("people:profile"), offer)
    again = client.post(
        reverse("people:profile"), {**offer, "description": "Introductions to local funders "}
    )

    assert (first.status_code, again.status_code) == (302, 302)
    assert OfferedAsset.objects.filter(user=member).count() == before + 1
    assert AuditEvent.objects.filter(action="offered_asset.added", actor=member).count() == 1
    # A different offer is still added.
    client.post(reverse("people:profile"), {**offer, "kind": "intellectual"})
    assert OfferedAsset.objects.filter(user=member).count() == before + 2
