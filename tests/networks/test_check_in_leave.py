"""A member answers the check-in on a phone: "No, I wish to leave" ended the membership on
one tap, next to "Yes, I wish to stay". Leaving now asks first."""

from __future__ import annotations

from django_scopes import scopes_disabled

from collaboratory.networks.models import Membership, MembershipStatus
from collaboratory.networks.services import check_ins_send, membership_status_override
from tests.conftest import World, client_for


def test_leaving_at_the_check_in_asks_first(world: World) -> None:
    member = world.personas["member"]
    with scopes_disabled():
        membership = Membership.objects.get(network=world.alpha, user=member)
    membership_status_override(
        membership=membership,
        status=MembershipStatus.CHECK_IN_DUE,
        note="Not seen since last year",
        actor=world.personas["steward"],
    )
    check_ins_send(network=world.alpha)
    client = client_for(member)

    page = client.get("/n/alpha/check-in/").content.decode()
    tapped = client.post("/n/alpha/check-in/", {"answer": "leave"}, follow=True)
    with scopes_disabled():
        membership.refresh_from_db()
    still = membership.status
    left = client.post("/n/alpha/check-in/", {"answer": "leave", "confirm": "yes"})

    assert '<details class="confirm">' in page
    assert 'name="confirm" value="yes"' in page
    assert still == MembershipStatus.CHECK_IN_DUE
    assert "Nothing was changed" in tapped.content.decode()
    assert left["Location"] == "/"
    with scopes_disabled():
        membership.refresh_from_db()
    assert membership.status == MembershipStatus.ALUMNI


def test_the_last_steward_cannot_leave_at_the_check_in(world: World) -> None:
    """The check-in's "leave" ended a last steward's membership, leaving the network with no
    one to run it, which the roster, the role change and account deletion all refuse."""
    steward = world.personas["steward"]
    with scopes_disabled():
        membership = Membership.objects.get(network=world.alpha, user=steward)
    membership_status_override(
        membership=membership,
        status=MembershipStatus.CHECK_IN_DUE,
        note="Not seen since last year",
        actor=steward,  # type: ignore[arg-type]
    )
    check_ins_send(network=world.alpha)

    page = client_for(steward).post(
        "/n/alpha/check-in/", {"answer": "leave", "confirm": "yes"}, follow=True
    )

    assert "You are the last steward of Alpha Collaboratory" in page.content.decode()
    with scopes_disabled():
        membership.refresh_from_db()
    assert membership.status == MembershipStatus.CHECK_IN_DUE
