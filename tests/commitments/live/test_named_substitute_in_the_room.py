"""A member named as another member's substitute is checked in once, on the pass, never in
the attendance ledger (gatherings: `substitute_pass_naming`). The live room read the ledger
alone to decide who is in the room: such a member, checked in at the door, was told on their
phone to check in first, their commitment was refused (403), and the scribe's name search
said they had no account. A pass a steward withdrew, or one whose member was removed, still
counts for no one (the door list's rule)."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.commitments.models import Commitment
from collaboratory.gatherings.models import DecisionStatus, Gathering, Substitution
from collaboratory.networks.models import Membership, MembershipStatus
from collaboratory.people.models import AgeBand, User
from tests.commitments.conftest import FIRM, Room, next_month
from tests.conftest import client_for
from tests.factories import MembershipFactory

CLOSED = "check in to the gathering first"


def url(room: Room, name: str) -> str:
    return reverse(
        f"live:{name}",
        kwargs={"network_slug": "alpha", "gathering_id": room.proposal.gathering_id},
    )


def named(
    room: Room,
    *,
    checked_in: bool = True,
    status: str = DecisionStatus.APPROVED,
    person: User | None = None,
) -> tuple[User, Substitution]:
    """Olga, a member of Alpha, comes as the substitute of Sam (a member who cannot come);
    the pass names her address in another case, as a member may type it."""
    with scopes_disabled():
        olga = person or (
            MembershipFactory(
                network=room.world.alpha,
                user__full_name="Olga Other",
                user__email="olga@example.org",
            ).user
        )
        sam = MembershipFactory(network=room.world.alpha, user__full_name="Sam Sender").user
        gathering = room.proposal.gathering
        substitution = Substitution.objects.create(
            network=room.world.alpha,
            gathering=gathering,
            member=sam,
            name=olga.full_name,
            email=olga.email.upper(),
            reason="travel",
            status=status,
            requested_at=gathering.starts_at,
            checked_in_at=timezone.now() if checked_in else None,
        )
    return olga, substitution


def commitment_body(room: Room) -> dict[str, Any]:
    return {
        "proposal": room.proposal.pk,
        "ask": room.ask.pk,
        "capital": "social",
        "what": FIRM,
        "amount": "3",
        "unit": "introductions",
        "due_on": next_month().isoformat(),
        "idempotency_key": str(uuid.uuid4()),
    }


def stored() -> list[tuple[str, int]]:
    with scopes_disabled():
        return list(Commitment.objects.values_list("what", "committer_id"))


def test_a_member_checked_in_on_a_pass_gets_the_form_and_commits(room: Room) -> None:
    olga, _pass = named(room)
    client = client_for(olga)

    page = client.get(url(room, "phone")).content.decode()
    saved = client.post(url(room, "submit"), commitment_body(room), content_type="application/json")

    assert 'id="commit-form"' in page
    assert CLOSED not in page
    assert saved.status_code == 201
    assert stored() == [(FIRM, olga.pk)]


def test_a_member_checked_in_on_a_pass_commits_without_javascript(room: Room) -> None:
    olga, _pass = named(room)

    answer = client_for(olga).post(
        url(room, "submit"), {**commitment_body(room), "reply": "page"}, follow=True
    )

    assert "Saved" in answer.content.decode()
    assert stored() == [(FIRM, olga.pk)]


def test_a_member_named_on_a_pass_not_checked_in_yet_is_sent_to_the_door(room: Room) -> None:
    olga, _pass = named(room, checked_in=False)
    client = client_for(olga)

    page = client.get(url(room, "phone")).content.decode()
    refused = client.post(
        url(room, "submit"), commitment_body(room), content_type="application/json"
    )

    assert "You come as the substitute of Sam Sender" in page
    assert CLOSED in page
    assert 'id="commit-form"' not in page
    assert refused.status_code == 403
    assert stored() == []


@pytest.mark.parametrize("stop", ["withdrawn", "member removed"])
def test_a_stopped_pass_checks_no_one_in_to_the_room(room: Room, stop: str) -> None:
    olga, substitution = named(
        room, status=DecisionStatus.REVOKED if stop == "withdrawn" else DecisionStatus.APPROVED
    )
    if stop == "member removed":
        with scopes_disabled():
            Membership.objects.filter(network=room.world.alpha, user=substitution.member).update(
                status=MembershipStatus.REMOVED
            )
    client = client_for(olga)

    page = client.get(url(room, "phone")).content.decode()
    refused = client.post(
        url(room, "submit"), commitment_body(room), content_type="application/json"
    )
    search = (
        client_for(room.facilitator)
        .get(url(room, "people"), {"q": "olga"}, HTTP_HX_REQUEST="true")
        .content.decode()
    )

    assert CLOSED in page
    assert refused.status_code == 403
    assert stored() == []
    assert f'value="{olga.pk}"' not in search


def test_a_minor_on_a_pass_still_commits_only_where_youth_take_part(room: Room) -> None:
    with scopes_disabled():
        youth = MembershipFactory(
            network=room.world.alpha,
            user__full_name="Yara Young",
            user__email="yara@example.org",
            user__age_band=AgeBand.AGE_16_17,
        ).user
    _olga, _pass = named(room, person=youth)
    client = client_for(youth)

    closed = client.get(url(room, "phone")).content.decode()
    with scopes_disabled():
        Gathering.objects.filter(pk=room.proposal.gathering_id).update(youth_take_part=True)
    opened = client.get(url(room, "phone")).content.decode()

    assert "Youth members make commitments at gatherings where youth take part" in closed
    assert 'id="commit-form"' in opened


def test_the_scribe_finds_a_member_named_on_a_pass_by_their_account(room: Room) -> None:
    """Named on a standing pass is their "yes" (their own is refused): the scribe finds
    them among the people in the room, and not as a substitute without an account."""
    olga, _pass = named(room, checked_in=False)
    client = client_for(room.facilitator)

    search = client.get(url(room, "people"), {"q": "olga"}, HTTP_HX_REQUEST="true")
    saved = client.post(
        url(room, "console_action"),
        {"action": "scribe", "committer": olga.pk, **commitment_body(room)},
    )

    assert f'value="{olga.pk}"' in search.content.decode()
    assert "has no account" not in search.content.decode()
    assert saved.status_code == 302
    assert stored() == [(FIRM, olga.pk)]


def test_a_member_who_sent_a_substitute_is_told_who_holds_their_seat(room: Room) -> None:
    """The door refuses a member whose substitute comes in their place: the phone page sent
    them there to check in."""
    _olga, substitution = named(room)

    page = client_for(substitution.member).get(url(room, "phone")).content.decode()

    assert "Olga Other comes in your place" in page
    assert CLOSED not in page
