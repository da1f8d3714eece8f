"""The network home: who you are here, head counts, what is coming, in the network's zone."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.gatherings.models import Gathering, GatheringFormat, StipendRequest
from collaboratory.gatherings.services import (
    attendance_door_check_in,
    gathering_create,
    rsvp_submit,
    substitution_request,
)
from collaboratory.matching.services_profiles import introduction_request
from collaboratory.networks.models import Network, Role
from collaboratory.networks.selectors import NETWORK_COUNTS_SECONDS
from collaboratory.networks.versions import version_key
from tests.conftest import CACHE_READ_QUERIES, CACHE_WRITE_QUERIES, World, client_for
from tests.factories import MembershipFactory, NominationFactory
from tests.pagecache import PART_MISSED, VERSIONS_DRAWN, VERSIONS_READ


def add_gathering(network: Network, starts_at: datetime, title: str = "Spring Gathering") -> None:
    with scopes_disabled():
        gathering_create(
            network=network,
            title=title,
            format=GatheringFormat.IN_PERSON,
            city="Tulsa",
            parts=[("Meeting", starts_at, starts_at + timedelta(hours=7))],
        )


def test_member_sees_their_role_and_the_networks_head_counts(world: World) -> None:
    body = client_for(world.personas["member"]).get("/n/alpha/").content.decode()

    assert "You take part as: Member." in body
    # Alpha: member, steward, canary person; two of them with an organization.
    assert '<span class="figure">3</span><span class="figure-label">members</span>' in body
    assert '<span class="figure">2</span><span class="figure-label">organizations</span>' in body


def test_gathering_times_are_shown_in_the_networks_time_zone(world: World) -> None:
    world.alpha.time_zone = "America/Los_Angeles"
    world.alpha.save()
    starts = datetime(timezone.now().year + 1, 3, 6, 16, 0, tzinfo=UTC)  # 08:00 in Los Angeles
    add_gathering(world.alpha, starts)

    body = client_for(world.personas["member"]).get("/n/alpha/").content.decode()

    assert "Spring Gathering" in body
    assert ", 08:00</time>" in body
    assert "Times are shown in America/Los_Angeles." in body


@pytest.mark.parametrize("count", [1, 3])
def test_network_home_runs_a_fixed_number_of_queries(world: World, count: int) -> None:
    base = timezone.now() + timedelta(days=30)
    for i in range(count):
        add_gathering(world.alpha, base + timedelta(days=90 * i), title=f"Gathering {i}")
    client = client_for(world.personas["member"])
    client.get("/n/alpha/")  # warm the session
    cache.clear()

    with CaptureQueriesContext(connection) as cold:
        client.get("/n/alpha/")
    with CaptureQueriesContext(connection) as warm:
        response = client.get("/n/alpha/")

    assert response.status_code == 200
    assert response.content.decode().count("<strong>Gathering ") == count
    # Session, user, network, membership (shared by every permission check), the upcoming
    # gatherings, the member's answer for the next one (and the passes tying them to it only
    # where one stands: none here) and the past count; the head counts
    # add one aggregate when not cached, and are read from the cache (and stored there when
    # not cached). The network's part is then kept under the content versions
    # (networks/pagecache.py): a reload, or another member's first view, reads the versions
    # and the member's answer.
    assert (len(cold), len(warm)) == (
        8 + CACHE_READ_QUERIES + CACHE_WRITE_QUERIES + VERSIONS_DRAWN + PART_MISSED,
        5 + VERSIONS_READ,
    )


@pytest.mark.parametrize("count", [1, 3])
def test_the_stewards_to_do_costs_a_fixed_number_of_queries(world: World, count: int) -> None:
    """Nominations, stipends and proposals waiting: one query each, however many wait."""
    base = timezone.now() + timedelta(days=30)
    for i in range(count):
        add_gathering(world.alpha, base + timedelta(days=90 * i), title=f"Gathering {i}")
    with scopes_disabled():
        gatherings = list(Gathering.objects.filter(network=world.alpha, title__startswith="G"))
        for gathering in gatherings:
            for _ in range(2):
                person = MembershipFactory(network=world.alpha).user
                StipendRequest.objects.create(
                    network=world.alpha,
                    gathering=gathering,
                    user=person,
                    reason="Bus fare",
                    amount="40",
                    requested_at=timezone.now(),
                )
            NominationFactory(network=world.alpha)
            # An introduction request waiting for the stewards (the target agreed to nothing).
            introduction_request(
                network=world.alpha,
                requester=MembershipFactory(network=world.alpha).user,
                target=MembershipFactory(network=world.alpha).user,
                note="We both run food pantries.",
                share_email=False,
                idempotency_key=uuid.uuid4(),
            )
    client = client_for(world.personas["steward"])
    client.get("/n/alpha/")

    with CaptureQueriesContext(connection) as queries:
        body = client.get("/n/alpha/").content.decode()

    assert "Waiting for you" in body
    assert f'<span class="figure">{2 * count}</span> <span class="figure-label">stipends' in body
    introductions = (
        '<a href="/n/alpha/introductions/"><span class="figure">'
        f'{count}</span> <span class="figure-label">introduction'
    )
    assert introductions in body
    # The member's page, with the five to-do counts (the room of today needs none; the
    # overdue commitments are one count, tests/followthrough/test_overdue_page.py).
    assert len(queries) == 5 + VERSIONS_READ + 5


def test_a_member_sees_their_answer_and_the_way_to_commit_while_the_room_is_live(
    world: World,
) -> None:
    now = timezone.now()
    add_gathering(world.alpha, now - timedelta(hours=1), title="Live Gathering")
    member = world.personas["member"]
    assert member is not None
    client = client_for(member)

    body = client.get("/n/alpha/").content.decode()

    assert "Happening now" in body
    assert "You have not answered yet." in body
    assert "Make a commitment" in body
    assert "Waiting for you" not in body  # a member has no steward's to-do
    with scopes_disabled():
        gathering = Gathering.objects.get(title="Live Gathering")
    assert f'href="/n/alpha/live/{gathering.pk}/"' in body
    assert f'href="/n/alpha/gatherings/{gathering.pk}/"' in body


def test_before_the_room_opens_there_is_no_commitment_button(world: World) -> None:
    add_gathering(world.alpha, timezone.now() + timedelta(days=3), title="Later Gathering")

    body = client_for(world.personas["member"]).get("/n/alpha/").content.decode()

    assert "Your next gathering" in body
    assert "Make a commitment" not in body


def test_head_counts_are_kept_for_a_minute_per_network(world: World) -> None:
    client = client_for(world.personas["member"])
    client.get("/n/alpha/")
    MembershipFactory(network=world.alpha)

    within_the_minute = client.get("/n/alpha/").content.decode()
    cache.delete(f"networks:counts:{world.alpha.pk}")  # what the minute's expiry does,
    cache.delete(version_key(world.alpha.pk))  # once the page's part is renewed too
    after_expiry = client.get("/n/alpha/").content.decode()
    bravo = client_for(world.personas["foreign_steward"]).get("/n/bravo/").content.decode()

    assert NETWORK_COUNTS_SECONDS == 60
    assert '<span class="figure">3</span><span class="figure-label">members</span>' in (
        within_the_minute
    )
    assert '<span class="figure">4</span><span class="figure-label">members</span>' in (
        after_expiry
    )
    # Bravo (its steward and a canary person) has its own cached numbers, not Alpha's.
    assert '<span class="figure">2</span><span class="figure-label">members</span>' in bravo


def test_a_new_gathering_shows_in_the_next_members_home(
    world: World, django_capture_on_commit_callbacks: Any
) -> None:
    """The network's part of the home is shared by a visibility class under the content
    versions (networks/pagecache.py): a gathering created through the service shows on
    the very next request, with each member's own answer beside it."""
    first, second = (client_for(MembershipFactory(network=world.alpha).user) for _ in range(2))
    assert "Autumn Gathering" not in first.get("/n/alpha/").content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        add_gathering(world.alpha, timezone.now() + timedelta(days=5), title="Autumn Gathering")

    body = second.get("/n/alpha/").content.decode()
    assert ("<strong>Autumn Gathering</strong>" in body, "Your next gathering" in body) == (
        True,
        True,
    )
    assert "You have not answered yet." in body


def test_the_room_goes_live_on_the_home_when_the_gathering_begins(
    world: World, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    starts = timezone.now() + timedelta(hours=1)
    add_gathering(world.alpha, starts, title="Evening Gathering")
    client = client_for(world.personas["member"])
    assert "Make a commitment" not in client.get("/n/alpha/").content.decode()

    moved = starts + timedelta(minutes=5)
    monkeypatch.setattr(timezone, "now", lambda: moved)

    body = client.get("/n/alpha/").content.decode()
    assert ("Happening now" in body, "Make a commitment" in body) == (True, True)


def test_a_new_networks_steward_is_led_to_the_roster_and_a_gathering(world: World) -> None:
    """A network just opened holds its steward and nothing else: the home says where to
    start (people, then a gathering) instead of only "No gathering is scheduled yet"."""
    steward = MembershipFactory(role=Role.STEWARD)
    slug = steward.network.slug

    body = client_for(steward.user).get(f"/n/{slug}/").content.decode()

    assert "No gathering is scheduled yet." in body
    assert f'href="/n/{slug}/gatherings/new/">Plan the first gathering</a>' in body
    assert f'href="/n/{slug}/roster/import/">Import your roster from a spreadsheet</a>' in body
    assert f'href="/n/{slug}/invitations/">invite people one by one</a>' in body

    member = MembershipFactory(network=steward.network).user
    body = client_for(member).get(f"/n/{slug}/").content.decode()
    assert "No gathering is scheduled yet." in body
    assert "gatherings/new/" not in body
    assert "roster/import/" not in body


def test_the_first_steps_go_once_members_joined_and_a_gathering_is_planned(world: World) -> None:
    add_gathering(world.alpha, timezone.now() + timedelta(days=30))

    body = client_for(world.personas["steward"]).get("/n/alpha/").content.decode()

    assert "Spring Gathering" in body
    assert "Plan the first gathering" not in body
    assert "Import your roster from a spreadsheet" not in body


def test_a_member_checked_in_without_an_answer_reads_so_on_the_home(world: World) -> None:
    """The gathering page said "You are checked in to Meeting" while the home said "You have
    not answered yet. Answer now" (found on the demo): both read `check_in_state`."""
    add_gathering(world.alpha, timezone.now() - timedelta(hours=1), title="Live Gathering")
    member, steward = world.personas["member"], world.personas["steward"]
    assert member is not None
    assert steward is not None
    with scopes_disabled():
        gathering = Gathering.objects.get(title="Live Gathering")
        attendance_door_check_in(part=gathering.parts.get(), user_id=member.pk, actor=steward)
    client = client_for(member)

    home = client.get("/n/alpha/").content.decode()
    page = client.get(f"/n/alpha/gatherings/{gathering.pk}/").content.decode()

    assert ("You are checked in to Meeting." in home, "You have not answered yet." in home) == (
        True,
        False,
    )
    assert "Answer now" not in home
    assert "You are checked in to Meeting." in page


@pytest.mark.parametrize("checked_in", [False, True])
def test_on_the_day_the_home_reads_the_check_in_with_the_answer(
    world: World, checked_in: bool
) -> None:
    """While check-in may be open the home reads the RSVP and the check-in in one query
    (`answer_on_the_day`): as many queries as before the check-in was read, checked in or
    not (test_network_home_runs_a_fixed_number_of_queries: other days)."""
    add_gathering(world.alpha, timezone.now() - timedelta(hours=1), title="Live Gathering")
    member, steward = world.personas["member"], world.personas["steward"]
    assert member is not None
    assert steward is not None
    if checked_in:
        with scopes_disabled():
            part = Gathering.objects.get(title="Live Gathering").parts.get()
            attendance_door_check_in(part=part, user_id=member.pk, actor=steward)
    client = client_for(member)
    client.get("/n/alpha/")

    with CaptureQueriesContext(connection) as warm:
        body = client.get("/n/alpha/").content.decode()

    assert ("You are checked in to Meeting." in body) == checked_in
    assert len(warm) == 5 + VERSIONS_READ


def test_on_the_day_a_member_who_answered_reads_their_answer(world: World) -> None:
    """The RSVP comes from the same query as the check-in on the day (`answer_on_the_day`)."""
    add_gathering(world.alpha, timezone.now() - timedelta(hours=1), title="Live Gathering")
    member = world.personas["member"]
    assert member is not None
    with scopes_disabled():
        gathering = Gathering.objects.get(title="Live Gathering")
        rsvp_submit(gathering=gathering, user=member, answer="maybe")

    body = client_for(member).get("/n/alpha/").content.decode()

    assert "Your answer: Maybe." in body
    assert "Change your answer" in body


def _waiting_request(gathering: Gathering, member: Any, kind: str) -> None:
    """A request still waiting for a steward, and no RSVP: a substitute asked for before the
    gathering started, or a stipend request (its RSVP gone since)."""
    with scopes_disabled():
        if kind == "substitute":
            substitution_request(
                gathering=gathering,
                member=member,
                name="Sam Stand-In",
                email="sam@example.org",
                reason="A family matter",
                now=gathering.starts_at - timedelta(days=2),
            )
        else:
            StipendRequest.objects.create(
                network=gathering.network,
                gathering=gathering,
                user=member,
                reason="Bus fare",
                amount="40",
                requested_at=gathering.starts_at - timedelta(days=2),
            )


SAID = {
    "substitute": "Substitute Sam Stand-In: Waiting for a steward.",
    "stipend": "You asked for $40.00: Waiting for a steward.",
}


@pytest.mark.parametrize("kind", ["substitute", "stipend"])
@pytest.mark.parametrize("hours_from_now", [-1, 24 * 5])
def test_a_member_whose_only_answer_is_a_request_reads_it_on_the_home(
    world: World, kind: str, hours_from_now: int
) -> None:
    """The gathering page said "Substitute Sam Stand-In: Waiting for a steward." (or the
    stipend asked for) while the home said "You have not answered yet. Answer now", on the
    day and before it. Read in the same query as the RSVP: the count stays flat."""
    add_gathering(world.alpha, timezone.now() + timedelta(hours=hours_from_now), title="Next")
    member = world.personas["member"]
    assert member is not None
    with scopes_disabled():
        gathering = Gathering.objects.get(title="Next")
    _waiting_request(gathering, member, kind)
    client = client_for(member)
    client.get("/n/alpha/")

    with CaptureQueriesContext(connection) as warm:
        home = client.get("/n/alpha/").content.decode()
    queries = len(warm)  # read before the next request clears the log
    page = client.get(f"/n/alpha/gatherings/{gathering.pk}/").content.decode()

    assert SAID[kind] in page
    assert (SAID[kind] in home, "You have not answered yet." in home, "Answer now" in home) == (
        True,
        False,
        False,
    )
    assert "See the gathering" in home
    assert queries == 5 + VERSIONS_READ


@pytest.mark.parametrize(
    ("kind", "checked_in"), [("stipend", False), ("stipend", True), ("substitute", False)]
)
def test_on_the_day_a_request_still_waiting_is_read_beside_the_answer(
    world: World, kind: str, checked_in: bool
) -> None:
    """A member who answered yes (or is checked in) and asked for a stipend or a substitute
    read only "Your answer: Coming." (or the check-in) on the home, not that their request
    still waits for a steward, which the gathering page said (found on the demo on the
    gathering's day)."""
    add_gathering(world.alpha, timezone.now() - timedelta(hours=1), title="Live Gathering")
    member, steward = world.personas["member"], world.personas["steward"]
    assert member is not None
    assert steward is not None
    with scopes_disabled():
        gathering = Gathering.objects.get(title="Live Gathering")
        rsvp_submit(gathering=gathering, user=member, answer="yes")
        if checked_in:
            attendance_door_check_in(part=gathering.parts.get(), user_id=member.pk, actor=steward)
    _waiting_request(gathering, member, kind)

    home = client_for(member).get("/n/alpha/").content.decode()

    first = "You are checked in to Meeting." if checked_in else "Your answer: Coming."
    assert (first in home, SAID[kind] in home) == (True, True)


def test_a_new_networks_steward_reads_the_first_steps_before_the_to_do(world: World) -> None:
    """On a phone the six zero cards of "Waiting for you" put "First steps" below the fold:
    a network just opened shows its steward the first steps first; the member's own links
    (my commitments, the packet) stay on the page."""
    steward = MembershipFactory(role=Role.STEWARD)
    slug = steward.network.slug

    body = client_for(steward.user).get(f"/n/{slug}/", HTTP_HOST="127.0.0.1").content.decode()

    assert body.count(">First steps</h2>") == 1
    assert body.index(">First steps</h2>") < body.index(">Waiting for you</h2>")
    assert body.index(">Waiting for you</h2>") < body.index("My commitments: what I owe")
    assert f'href="/n/{slug}/welcome/">The new-member packet</a>' in body


def test_an_established_networks_steward_reads_the_to_do_first(world: World) -> None:
    add_gathering(world.alpha, timezone.now() + timedelta(days=30))

    body = client_for(world.personas["steward"]).get("/n/alpha/", HTTP_HOST="127.0.0.1")

    text = body.content.decode()
    assert text.index(">Waiting for you</h2>") < text.index(">The network</h2>")
    assert text.count(">The network</h2>") == 1
