"""Names and titles are one line (collaboratory.plaintext): a line break typed or pasted into
one is refused at the form with a message naming the field, and nothing changes. Before the
rule, a full name with CR/LF made every email with it in the subject fail."""

from __future__ import annotations

import pytest
from django.core import mail
from django_scopes import scopes_disabled

from collaboratory.networks.models import Invitation, Membership, OrganizationChange
from collaboratory.people.models import User
from tests.conftest import World, client_for
from tests.networks.test_invitations import ACCEPT, invite, landing

CRLF_VALUES = ["Director\r\nBcc: everyone@example.org", "Director\nof programs", "Dir\x00ector"]


@pytest.mark.parametrize("title", CRLF_VALUES)
def test_my_organization_refuses_a_title_with_a_line_break_and_changes_nothing(
    world: World, title: str, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    client = client_for(world.personas["member"])
    client.raise_request_exception = False
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/n/alpha/my-organization/", {"organization_name": "Tulsa Food Bank", "title": title}
        )

    assert response.status_code == 200
    assert (
        "Use one line: remove line breaks and control characters from the title."
        in response.content.decode()
    )
    with scopes_disabled():
        membership = Membership.objects.get(network=world.alpha, user=world.personas["member"])
        assert OrganizationChange.objects.filter(membership=membership).count() == 0
    assert (membership.organization.name, membership.title) == ("Alpha Works", "")  # type: ignore[union-attr]
    assert mail.outbox == []


def test_my_organization_refuses_an_organization_name_with_a_line_break(world: World) -> None:
    client = client_for(world.personas["member"])

    response = client.post(
        "/n/alpha/my-organization/", {"organization_name": "Tulsa\r\nFood Bank", "title": "Chair"}
    )

    assert (
        "Use one line: remove line breaks and control characters from the organization"
        in response.content.decode()
    )
    with scopes_disabled():
        membership = Membership.objects.get(network=world.alpha, user=world.personas["member"])
    assert membership.organization.name == "Alpha Works"  # type: ignore[union-attr]


def test_accepting_an_invitation_refuses_a_full_name_with_a_line_break(world: World) -> None:
    invitation, token = invite(world)

    response = client_for(None).post(
        landing(token), {**ACCEPT, "full_name": "Nia\r\nBcc: all@example.org"}
    )

    assert response.status_code == 200
    assert (
        "Use one line: remove line breaks and control characters from the full name."
        in response.content.decode()
    )
    invitation.refresh_from_db()
    assert invitation.redeemed_at is None
    assert User.objects.filter(email="nia@example.org").exists() is False


def test_a_steward_cannot_invite_a_name_with_a_line_break(world: World) -> None:
    client = client_for(world.personas["steward"])

    response = client.post(
        "/n/alpha/invitations/",
        {"full_name": "Nia\nNewcomer", "email": "nia@example.org", "role": "member"},
    )

    assert (
        "Use one line: remove line breaks and control characters from the full name."
        in response.content.decode()
    )
    with scopes_disabled():
        assert Invitation.objects.filter(email="nia@example.org").exists() is False


@pytest.mark.django_db
def test_create_steward_refuses_a_name_on_several_lines() -> None:
    from django.core.management import CommandError, call_command

    with pytest.raises(CommandError) as error:
        call_command(
            "create_steward",
            network="metro",
            network_name="Metro Collaboratory",
            email="first.steward@example.org",
            name="First\nSteward",
        )

    assert str(error.value) == (
        "Use one line: remove line breaks and control characters from --name."
    )
    assert User.objects.filter(email="first.steward@example.org").exists() is False
