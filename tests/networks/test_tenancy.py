"""Tenancy by construction: network-owned rows cannot be read outside a network scope, and
inside one only that network's rows exist."""

from __future__ import annotations

import re

import pytest
from django_scopes import ScopeError, scope, scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.gatherings.models import Gathering
from collaboratory.networks.models import Membership, Organization
from tests.conftest import World, client_for


@pytest.mark.parametrize("model", [Membership, Organization, Gathering])
def test_network_owned_rows_cannot_be_queried_without_a_scope(world: World, model: type) -> None:
    with pytest.raises(ScopeError):
        list(model.objects.all())


def test_inside_a_scope_only_that_networks_rows_are_visible(world: World) -> None:
    with scope(network=world.bravo):
        names = sorted(Membership.objects.values_list("user__full_name", flat=True))
        organizations = list(Organization.objects.values_list("name", flat=True))

    with scopes_disabled():
        bravo_names = sorted(
            Membership.objects.filter(network=world.bravo).values_list("user__full_name", flat=True)
        )
    assert names == bravo_names
    assert organizations == ["CANARY-BRAVO-ORG"]


def test_an_outsider_gets_404_and_the_attempt_is_audited(world: World) -> None:
    outsider = world.personas["foreign_steward"]

    response = client_for(outsider).get(f"/n/{world.alpha.slug}/")

    event = AuditEvent.objects.get(action="access.denied")
    assert response.status_code == 404
    assert (event.actor_id, event.data["path"]) == (outsider.pk, "/n/alpha/")


def without_csrf_token(body: bytes) -> bytes:
    body = re.sub(rb'"X-CSRFToken": "[^"]+"', b"", body)
    return re.sub(rb'name="csrfmiddlewaretoken" value="[^"]+"', b"", body)


def test_an_unknown_network_looks_exactly_like_a_foreign_one(world: World) -> None:
    client = client_for(world.personas["member"])

    unknown = client.get("/n/no-such-network/")
    foreign = client.get(f"/n/{world.bravo.slug}/")

    assert (unknown.status_code, foreign.status_code) == (404, 404)
    assert without_csrf_token(unknown.content) == without_csrf_token(foreign.content)


def test_anonymous_visitors_are_sent_to_log_in_whether_or_not_the_network_exists(
    world: World,
) -> None:
    client = client_for(None)

    real = client.get(f"/n/{world.alpha.slug}/")
    unknown = client.get("/n/no-such-network/")

    assert real["Location"] == "/accounts/login/?next=/n/alpha/"
    assert unknown["Location"] == "/accounts/login/?next=/n/no-such-network/"


def test_a_person_in_two_networks_sees_each_through_its_own_membership(world: World) -> None:
    steward = world.personas["steward"]
    client = client_for(steward)

    alpha = client.get(f"/n/{world.alpha.slug}/").content.decode()
    youth = client.get(f"/n/{world.youth.slug}/").content.decode()

    assert "CANARY-ALPHA-TAGLINE" in alpha
    assert "CANARY-YOUTH-TAGLINE" not in alpha
    assert "CANARY-YOUTH-TAGLINE" in youth
    assert "CANARY-ALPHA-TAGLINE" not in youth
