"""The API's lists are kept per caller between writes (networks/versions.py): a change made
through a service shows on the very next request, in the writer's network and, for a profile
(which belongs to no network), in every network; a write that skipped the audit log is held
for at most KEEP_SECONDS, and a version evicted from the cache never brings an old entry back."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.cache import cache
from django_scopes import scopes_disabled

from collaboratory.api.services import api_token_create
from collaboratory.networks.models import Membership, MembershipStatus
from collaboratory.networks.services import membership_status_override
from collaboratory.networks.versions import PEOPLE
from collaboratory.networks.versions import version_key as _key
from collaboratory.people.services import profile_update
from tests.api.helpers import api_client
from tests.api.test_api import _commitment
from tests.conftest import World
from tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db

MEMBERS = "/api/v1/networks/alpha/members"


def _names(client: Any) -> set[str]:
    body = client.get(MEMBERS, {"limit": 100}).json()
    return {item["name"] for item in body["items"]}


def _reader(world: World) -> Any:
    return api_client(
        api_token_create(
            network=world.alpha, user=world.personas["member"], name="sheet", scope="read"
        )[1]
    )


def test_a_member_suspended_through_the_service_leaves_the_next_list(
    world: World, django_capture_on_commit_callbacks: Any
) -> None:
    with scopes_disabled():
        other = MembershipFactory(network=world.alpha, user__full_name="Robin Leaving")
    reader = _reader(world)
    assert "Robin Leaving" in _names(reader)

    with django_capture_on_commit_callbacks(execute=True):
        membership_status_override(
            membership=other,
            status=MembershipStatus.SUSPENDED,
            note="Asked to pause",
            actor=world.personas["steward"],
        )

    assert "Robin Leaving" not in _names(reader)


def test_a_profile_edit_which_belongs_to_no_network_shows_in_the_next_list(
    world: World, django_capture_on_commit_callbacks: Any
) -> None:
    with scopes_disabled():
        other = MembershipFactory(network=world.alpha, user__full_name="Sam Mover").user
    reader = _reader(world)

    def city_of_sam() -> str:
        items = reader.get(MEMBERS, {"q": "Sam Mover"}).json()["items"]
        return str(items[0]["city"])

    assert city_of_sam() == ""
    with django_capture_on_commit_callbacks(execute=True):
        profile_update(user=other, city="Tulsa")

    assert city_of_sam() == "Tulsa"


def test_a_write_the_audit_log_never_saw_is_held_until_the_version_changes(
    world: World,
) -> None:
    """Written straight to the table (no service, no audit row): the kept page stands, as it
    would for at most KEEP_SECONDS; once the version token is gone from the cache (evicted),
    a new random one is drawn and the next request reads the database."""
    reader = _reader(world)
    before = _names(reader)
    with scopes_disabled():
        MembershipFactory(network=world.alpha, user__full_name="Quinn Unaudited")

    assert _names(reader) == before
    cache.delete(_key(world.alpha.pk))
    assert "Quinn Unaudited" in _names(reader)


def test_a_change_in_another_network_keeps_this_networks_lists(
    world: World, django_capture_on_commit_callbacks: Any
) -> None:
    reader = _reader(world)
    _names(reader)
    alpha_version = cache.get(_key(world.alpha.pk))
    people_version = cache.get(_key(PEOPLE))
    with scopes_disabled():
        # Not its steward: the roster keeps a network's last steward admitted.
        bravo_member = (
            Membership.objects.filter(network=world.bravo).exclude(role="steward").first()
        )
    assert bravo_member is not None

    with django_capture_on_commit_callbacks(execute=True):
        membership_status_override(
            membership=bravo_member,
            status=MembershipStatus.SUSPENDED,
            note="Asked to pause",
            actor=world.personas["foreign_steward"],
        )

    assert cache.get(_key(world.alpha.pk)) == alpha_version
    assert cache.get(_key(PEOPLE)) == people_version
    assert cache.get(_key(world.bravo.pk)) is not None


def test_a_commitment_moved_through_the_api_shows_its_new_status_at_once(
    world: World, django_capture_on_commit_callbacks: Any
) -> None:
    made = _commitment(world)  # the same set-up as the lifecycle test
    with scopes_disabled():
        committer = made.committer
    client = api_client(
        api_token_create(network=world.alpha, user=committer, name="x", scope="write")[1]
    )
    listed = client.get("/api/v1/networks/alpha/commitments").json()["items"]
    assert [c["status"] for c in listed] == [made.status]

    with django_capture_on_commit_callbacks(execute=True):
        moved = client.post(
            f"/api/v1/networks/alpha/commitments/{made.pk}/transition",
            {"to": "done"},
            content_type="application/json",
        )
    assert moved.status_code == 200

    listed = client.get("/api/v1/networks/alpha/commitments").json()["items"]
    assert [c["status"] for c in listed] == ["done"]


def test_the_directory_is_one_page_for_every_member_of_the_network(world: World) -> None:
    """Its rows do not depend on who asks, so a member's first request is served by what
    another member's request kept (an unaudited write shows that it was not read again)."""
    first = _reader(world)
    before = _names(first)
    with scopes_disabled():
        MembershipFactory(network=world.alpha, user__full_name="Casey Unaudited")
    steward = api_client(
        api_token_create(
            network=world.alpha, user=world.personas["steward"], name="sheet", scope="read"
        )[1]
    )

    assert _names(steward) == before
