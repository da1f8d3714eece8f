"""A member leaves a network of their own accord. Before, only an open check-in (a year
after their last gathering) offered "Leave the network": otherwise a member had to ask a
steward, or delete their whole account, every network and all they wrote with it."""

from __future__ import annotations

from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.networks.models import Membership, MembershipStatus
from tests.conftest import World, client_for

LEAVE = "/n/alpha/leave/"


def _status(world: World, persona: str) -> str:
    with scopes_disabled():
        return Membership.objects.get(network=world.alpha, user=world.personas[persona]).status


def test_a_member_leaves_from_the_network_home_after_confirming(world: World) -> None:
    client = client_for(world.personas["member"])

    home = client.get("/n/alpha/").content.decode()
    page = client.get(LEAVE).content.decode()
    unconfirmed = client.post(LEAVE, {}, follow=True).content.decode()
    still = _status(world, "member")
    left = client.post(LEAVE, {"confirm": "yes"})
    again = client.post(LEAVE, {"confirm": "yes"})

    assert f'href="{LEAVE}"' in home
    assert 'name="confirm" value="yes"' in page
    assert "Nothing was changed" in unconfirmed
    assert still == MembershipStatus.ACTIVE
    assert left.status_code == 302
    assert left["Location"] == "/"
    assert _status(world, "member") == MembershipStatus.ALUMNI
    assert again.status_code == 302  # a second tap: told it ended, nothing more changes
    with scopes_disabled():
        assert AuditEvent.objects.filter(action="membership.left").count() == 1
    front = client.get("/").content.decode()
    assert "Your membership of" in front


def test_the_last_steward_is_told_to_name_another_first(world: World) -> None:
    client = client_for(world.personas["steward"])

    page = client.get(LEAVE).content.decode()
    refused = client.post(LEAVE, {"confirm": "yes"}, follow=True).content.decode()

    assert "name another steward first" in page
    assert "name another steward first" in refused
    assert _status(world, "steward") == MembershipStatus.ACTIVE


def test_a_student_is_offered_to_leave_but_no_organization_to_change(world: World) -> None:
    home = client_for(world.personas["youth_member"]).get("/n/alpha-youth/").content.decode()

    assert 'href="/n/alpha-youth/leave/"' in home
    assert 'href="/n/alpha-youth/my-organization/"' not in home  # a student belongs to none
