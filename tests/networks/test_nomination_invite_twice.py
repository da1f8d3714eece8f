"""A second press of "Invite" on an accepted nomination (a double tap, or the form resent
after a slow answer) is the first one's success, not "an invitation is already waiting";
a genuinely different request (another address, another role, another steward) is still
refused with the reason."""

from __future__ import annotations

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.networks.models import Invitation, Nomination, Role
from collaboratory.networks.services import invitation_create, nomination_decide
from tests.conftest import World, client_for
from tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db(transaction=True)


def _accepted(world: World) -> Nomination:
    with scopes_disabled():
        nomination = Nomination.objects.select_related("network").get(
            pk=world.objects[("alpha", "nomination")]
        )
    return nomination_decide(
        nomination=nomination, accept=True, note="", actor=world.personas["steward"]
    )


def _issued(invitation: Invitation) -> int:
    with scopes_disabled():
        return AuditEvent.objects.filter(
            action="invitation.issued", target_id=str(invitation.pk)
        ).count()


def test_a_second_press_of_invite_lands_as_the_first_did(world: World) -> None:
    nomination = _accepted(world)
    client = client_for(world.personas["steward"])
    mail.outbox.clear()

    first = client.post(f"/n/alpha/nominations/{nomination.pk}/invite/", follow=True)
    again = client.post(f"/n/alpha/nominations/{nomination.pk}/invite/", follow=True)

    with scopes_disabled():
        invitation = Invitation.objects.get(nomination=nomination)
    assert first.redirect_chain == again.redirect_chain == [("/n/alpha/invitations/", 302)]
    assert "Invitation sent to Canaryalpha Nominee." in again.content.decode()
    assert "already waiting" not in again.content.decode()
    assert [m.to for m in mail.outbox] == [[invitation.email]]
    assert _issued(invitation) == 1


def test_the_same_invitation_again_is_the_one_made(world: World) -> None:
    nomination = _accepted(world)
    steward = world.personas["steward"]

    made, token = invitation_create(
        network=world.alpha, email="", full_name="", nomination=nomination, actor=steward
    )
    again, no_token = invitation_create(
        network=world.alpha, email="", full_name="", nomination=nomination, actor=steward
    )

    assert again.pk == made.pk
    assert token
    assert no_token == ""  # the link was emailed once; its token is stored nowhere


@pytest.mark.parametrize(
    "change",
    [
        {"role": Role.STEWARD},
        {"full_name": "Someone Else Entirely"},
        {"nomination": None},
    ],
)
def test_a_different_invitation_to_the_same_address_is_refused(world: World, change: dict) -> None:
    nomination = _accepted(world)
    steward = world.personas["steward"]
    made, _token = invitation_create(
        network=world.alpha, email="", full_name="", nomination=nomination, actor=steward
    )
    request = {
        "email": made.email,
        "full_name": made.full_name,
        "nomination": nomination,
        **change,
    }

    with pytest.raises(ValidationError) as refused:
        invitation_create(network=world.alpha, actor=steward, **request)

    assert "is already waiting" in refused.value.message_dict["email"][0]
    with scopes_disabled():
        assert Invitation.objects.filter(email=made.email).count() == 1


def test_the_nomination_invited_at_another_address_is_refused(world: World) -> None:
    nomination = _accepted(world)
    steward = world.personas["steward"]
    invitation_create(
        network=world.alpha, email="", full_name="", nomination=nomination, actor=steward
    )

    with pytest.raises(ValidationError) as refused:
        invitation_create(
            network=world.alpha,
            email="other@elsewhere.example",
            full_name="",
            nomination=nomination,
            actor=steward,
        )

    assert "this nomination is already waiting" in refused.value.message_dict["email"][0]
    with scopes_disabled():
        assert Invitation.objects.filter(nomination=nomination).count() == 1


def test_another_stewards_press_is_told_the_invitation_waits(world: World) -> None:
    """The second steward did not send it: "Invitation sent" would not be theirs to read."""
    nomination = _accepted(world)
    other = MembershipFactory(network=world.alpha, role=Role.STEWARD).user
    client_for(world.personas["steward"]).post(f"/n/alpha/nominations/{nomination.pk}/invite/")

    again = client_for(other).post(f"/n/alpha/nominations/{nomination.pk}/invite/", follow=True)

    assert again.redirect_chain == [("/n/alpha/nominations/", 302)]
    assert "is already waiting" in again.content.decode()
