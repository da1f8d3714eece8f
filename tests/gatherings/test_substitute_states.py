"""What a member reads when a substitute pass ties them to a gathering: the member who sent a
substitute (for a free seat, which leaves them no RSVP) and a member named as someone's
substitute read "You have not answered" on the list, the home and the gathering page; and
the check-in page offered "I am here" to a member whose seat their substitute holds."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.gatherings.models import Gathering
from collaboratory.gatherings.selectors import check_in_code_for
from collaboratory.gatherings.services import (
    rsvp_submit,
    substitution_decide,
    substitution_request,
)
from collaboratory.people.models import User
from tests.conftest import World, client_for
from tests.factories import GatheringFactory, MembershipFactory


def send(world: World, gathering: Gathering, member: User, *, name: str, email: str) -> None:
    """`member` asks for a substitute a day before the gathering; the steward approves."""
    before = gathering.starts_at - timedelta(days=1)
    with scopes_disabled():
        substitution = substitution_request(
            gathering=gathering,
            member=member,
            name=name,
            email=email,
            reason="Travelling that week",
            now=before,
        )
        substitution_decide(
            substitution=substitution, approve=True, actor=world.personas["steward"], now=before
        )


def body(client, url: str) -> str:  # type: ignore[no-untyped-def]
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def item(listing: str, title: str) -> str:
    """The list's entry of the gathering with this title (the world has others)."""
    start = listing.index(f"<strong>{title}</strong>")
    return listing[start : listing.index("</li>", start)]


def test_a_member_who_sent_a_substitute_for_a_free_seat_reads_who_comes_in_their_place(
    world: World,
) -> None:
    gathering = GatheringFactory(network=world.alpha, title="Autumn Gathering", capacity=10)
    member = world.personas["member"]
    send(world, gathering, member, name="Sam Standin", email="sam@example.org")
    client = client_for(member)

    home = body(client, "/n/alpha/")
    listing = item(body(client, "/n/alpha/gatherings/"), "Autumn Gathering")
    page = body(client, f"/n/alpha/gatherings/{gathering.pk}/")

    for text in (home, listing, page):
        assert "You have not answered" not in text
    assert "Sam Standin comes in your place." in home
    assert "You: Sam Standin comes in your place" in listing
    assert "Sam Standin comes in your place." in page
    # The RSVP form would only refuse a "yes": the page says how to come after all.
    assert "Save my answer" not in page
    assert "ask a steward to withdraw the pass" in page


def test_a_member_named_as_a_substitute_reads_that_they_come_and_for_whom(world: World) -> None:
    gathering = GatheringFactory(network=world.alpha, title="Autumn Gathering", capacity=10)
    sender = MembershipFactory(network=world.alpha, user__full_name="Rosa Sender").user
    standin = MembershipFactory(
        network=world.alpha, user__full_name="Dana Member", user__email="dana@example.org"
    ).user
    # Typed as the member's email in another case: it is the same address.
    send(world, gathering, sender, name="Dana Member", email="Dana@Example.org")
    client = client_for(standin)

    home = body(client, "/n/alpha/")
    listing = item(body(client, "/n/alpha/gatherings/"), "Autumn Gathering")
    page = body(client, f"/n/alpha/gatherings/{gathering.pk}/")
    someone_else = body(
        client_for(MembershipFactory(network=world.alpha).user),
        f"/n/alpha/gatherings/{gathering.pk}/",
    )

    for text in (home, listing, page):
        assert "You have not answered" not in text
    assert "You come as the substitute of Rosa Sender." in home
    assert "You: substitute of Rosa Sender" in listing
    assert "You come as the substitute of Rosa Sender." in page
    assert "Save my answer" not in page
    # The shared page of members who answered nothing does not carry Dana's part.
    assert "Rosa Sender" not in someone_else
    assert "Save my answer" in someone_else


def test_a_member_named_as_a_substitute_does_not_take_a_second_seat(world: World) -> None:
    gathering = GatheringFactory(network=world.alpha, capacity=10)
    sender = MembershipFactory(network=world.alpha).user
    standin = MembershipFactory(network=world.alpha, user__email="dana@example.org").user
    send(world, gathering, sender, name="Dana", email="dana@example.org")

    with pytest.raises(ValidationError, match="substitute"), scopes_disabled():
        rsvp_submit(gathering=gathering, user=standin, answer="yes", both_parts=True)


def test_the_check_in_page_offers_no_check_in_to_a_member_whose_substitute_holds_the_seat(
    world: World,
) -> None:
    gathering = GatheringFactory(
        network=world.alpha,
        first_part_at=timezone.now().replace(microsecond=0) - timedelta(hours=1),
    )
    member = world.personas["member"]
    with scopes_disabled():
        rsvp_submit(
            gathering=gathering,
            user=member,
            answer="yes",
            both_parts=True,
            now=gathering.starts_at - timedelta(days=2),
        )
    send(world, gathering, member, name="Sam Standin", email="sam@example.org")
    with scopes_disabled():
        part = gathering.parts.get(title="Welcome reception and dinner")
    code = check_in_code_for(
        gathering=gathering,
        day=part.starts_at.astimezone(ZoneInfo(gathering.network.time_zone)).date(),
    )
    client = client_for(member)

    check_in = body(client, f"/n/alpha/gatherings/{gathering.pk}/check-in/{code}/")
    page = body(client, f"/n/alpha/gatherings/{gathering.pk}/")

    assert "I am here" not in check_in
    assert "Sam Standin holds your seat" in check_in
    assert "ask a steward at the door" in check_in
    # The gathering page no longer sends them to the door to check in.
    assert "Check in at the door" not in page
    assert "Sam Standin holds your seat" in page
