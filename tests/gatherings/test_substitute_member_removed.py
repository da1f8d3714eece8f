"""A substitute comes in a member's place, with no membership rights of their own
(domain.md). Once that member is removed from the network there is no place to come in:
the pass stops, with a page that says so, and the stewards see why."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django_scopes import scopes_disabled

from collaboratory.gatherings.models import Gathering, Substitution
from collaboratory.gatherings.selectors import gathering_attendees
from collaboratory.gatherings.services import (
    rsvp_submit,
    stipend_request_submit,
    substitution_check_in,
    substitution_decide,
    substitution_request,
)
from collaboratory.networks.models import Membership, MembershipStatus
from collaboratory.networks.services.memberships import membership_status_override
from collaboratory.people.models import User
from tests.conftest import World, client_for
from tests.factories import GatheringFactory


def _request(gathering: Gathering, member: User) -> Substitution:
    with scopes_disabled():
        rsvp_submit(gathering=gathering, user=member, answer="yes", both_parts=True)
        return substitution_request(
            gathering=gathering,
            member=member,
            name="Sam Standin",
            email="sam@example.org",
            reason="Travelling for work",
        )


def _set_status(world: World, member: User, status: str) -> None:
    with scopes_disabled():
        membership = Membership.objects.get(network=world.alpha, user=member)
        membership_status_override(
            membership=membership,
            status=status,
            note="Steward's decision",
            actor=world.personas["steward"],
        )


@pytest.fixture
def approved(world: World) -> tuple[Gathering, Substitution, str]:
    gathering = GatheringFactory(network=world.alpha, title="Spring Gathering")
    substitution = _request(gathering, world.personas["member"])
    with scopes_disabled():
        token = substitution_decide(
            substitution=substitution, approve=True, actor=world.personas["steward"]
        )
    assert token is not None
    return gathering, substitution, token


def test_a_pass_stops_with_a_clear_page_once_the_member_is_removed(
    world: World, approved: tuple[Gathering, Substitution, str]
) -> None:
    """The pass kept working after the member who sent the substitute was removed."""
    gathering, substitution, token = approved
    assert client_for(None).get(f"/gatherings/pass/key/{token}/").status_code == 200

    _set_status(world, world.personas["member"], MembershipStatus.REMOVED)

    page = client_for(None).get(f"/gatherings/pass/key/{token}/")
    assert page.status_code == 410
    body = page.content.decode()
    assert "This pass no longer works" in body
    assert "Sam Standin is welcome" not in body
    # The table answers as the pass page does.
    assert client_for(None).get(f"/seating/pass/key/{token}/").status_code == 410
    with scopes_disabled():
        assert "Sam Standin" not in [
            row["name"] for row in gathering_attendees(gathering=gathering)
        ]
        with pytest.raises(ValidationError) as refused:
            substitution_check_in(substitution=substitution, actor=world.personas["steward"])
    assert "no longer in the network" in refused.value.messages[0]
    with scopes_disabled():
        assert Substitution.objects.get(pk=substitution.pk).checked_in_at is None

    manage = client_for(world.personas["steward"]).get(
        f"/n/alpha/gatherings/{gathering.pk}/manage/"
    )
    assert "this substitute's pass has stopped" in manage.content.decode()


def test_a_wrong_secret_still_gets_a_plain_not_found(
    world: World, approved: tuple[Gathering, Substitution, str]
) -> None:
    _gathering, substitution, _token = approved
    _set_status(world, world.personas["member"], MembershipStatus.REMOVED)
    wrong = client_for(None).get(f"/gatherings/pass/key/{substitution.pk}.{'x' * 43}/")
    assert wrong.status_code == 404
    assert "no longer works" not in wrong.content.decode()


def test_a_reinstated_member_s_substitute_has_their_pass_back(
    world: World,
    approved: tuple[Gathering, Substitution, str],
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    """Back at a new link, emailed to the substitute with "works again" (only the secret's
    digest is kept, and the first email may never have reached them); the old link opens
    nothing, and says it was replaced (`test_substitute_told_pass_stopped.py`)."""
    gathering, _substitution, token = approved
    _set_status(world, world.personas["member"], MembershipStatus.REMOVED)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        _set_status(world, world.personas["member"], MembershipStatus.ACTIVE)

    [works_again] = mail.outbox
    found = re.search(r"/gatherings/pass/key/[^/\s]+/", works_again.body)
    assert found is not None
    page = client_for(None).get(found[0])

    assert page.status_code == 200
    assert "Sam Standin is welcome" in page.content.decode()
    assert "This pass no longer works" not in page.content.decode()
    with scopes_disabled():
        assert "Sam Standin" in [row["name"] for row in gathering_attendees(gathering=gathering)]
    old = client_for(None).get(f"/gatherings/pass/key/{token}/")
    # Replaced (test_substitute_pass_delivery.py): it says so, and opens nothing.
    assert old.status_code == 410
    assert "This pass link was replaced by a newer one" in old.content.decode()


def test_a_removed_member_s_pending_request_cannot_be_approved(world: World) -> None:
    gathering = GatheringFactory(network=world.alpha)
    substitution = _request(gathering, world.personas["member"])
    _set_status(world, world.personas["member"], MembershipStatus.REMOVED)

    with scopes_disabled(), pytest.raises(ValidationError) as refused:
        substitution_decide(
            substitution=substitution, approve=True, actor=world.personas["steward"]
        )

    assert "no longer in the network" in refused.value.messages[0]
    with scopes_disabled():
        row = Substitution.objects.values_list("status", "pass_digest").get(pk=substitution.pk)
    assert row == ("pending", "")


def test_a_stipend_row_says_nothing_of_a_substitute_s_pass(world: World) -> None:
    """The note for a removed member's substitute was also printed under every stipend
    request not denied (a stipend has no `member_admitted`, read as false)."""
    gathering = GatheringFactory(network=world.alpha, stipend_budget=Decimal(500))
    with scopes_disabled():
        rsvp_submit(
            gathering=gathering, user=world.personas["member"], answer="yes", both_parts=True
        )
        stipend_request_submit(
            gathering=gathering,
            user=world.personas["member"],
            reason="Train fare",
            amount=Decimal(80),
            no_institutional_support=True,
        )

    manage = client_for(world.personas["steward"]).get(
        f"/n/alpha/gatherings/{gathering.pk}/manage/"
    )

    body = manage.content.decode()
    assert "Train fare" in body
    assert "this substitute's pass has stopped" not in body
