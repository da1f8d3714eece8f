"""On the day, a member checked in at the door who never answered the RSVP: the gathering
page said "You are checked in" above the question "Will you come?" and a stipend section
that read "Answer yes first". It now says they are checked in and asks nothing."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.gatherings.models import Gathering
from collaboratory.gatherings.services import attendance_door_check_in, rsvp_submit
from tests.conftest import World, client_for
from tests.factories import GatheringFactory, MembershipFactory

CHECKED_IN = (
    "You are checked in: you came without answering the RSVP, so there is nothing to answer."
)
NO_STIPEND = (
    "A travel stipend is asked for with a yes before the gathering. "
    "You came without one: if you need a stipend, ask a steward."
)


def happening_now(world: World) -> Gathering:
    """A gathering whose reception started an hour ago, RSVPs still open (no deadline)."""
    return GatheringFactory(
        network=world.alpha,
        first_part_at=timezone.now().replace(microsecond=0) - timedelta(hours=1),
    )


def door_check_in(world: World, gathering: Gathering, member) -> None:  # type: ignore[no-untyped-def]
    with scopes_disabled():
        part = gathering.parts.get(title="Welcome reception and dinner")
        attendance_door_check_in(part=part, user_id=member.pk, actor=world.personas["steward"])


def main(client, url: str) -> str:  # type: ignore[no-untyped-def]
    page = client.get(url, HTTP_HOST="127.0.0.1").content.decode()
    return page[page.index("<main") : page.index("</main>")]


def test_a_member_checked_in_without_an_rsvp_is_told_so_and_asked_nothing(world: World) -> None:
    gathering = happening_now(world)
    member = world.personas["member"]
    client = client_for(member)
    url = f"/n/alpha/gatherings/{gathering.pk}/"
    before = main(client, url)

    door_check_in(world, gathering, member)
    after = main(client, url)

    assert ("Will you come?" in before, "Answer yes first" in before) == (True, True)
    assert "You are checked in to Welcome reception and dinner." in after
    assert CHECKED_IN in after
    assert NO_STIPEND in after
    assert "Will you come?" not in after
    assert "Save my answer" not in after
    assert "Answer yes first" not in after
    assert "Ask for a stipend" not in after


def test_the_checked_in_page_is_not_served_to_others_who_have_not_answered(world: World) -> None:
    """The part of those who answered nothing is shared by a visibility class: whoever is
    checked in gets their own rendering, and the others still get the question."""
    gathering = happening_now(world)
    member = world.personas["member"]
    other = MembershipFactory(network=world.alpha).user
    url = f"/n/alpha/gatherings/{gathering.pk}/"
    door_check_in(world, gathering, member)

    mine = main(client_for(member), url)
    theirs = main(client_for(other), url)

    assert CHECKED_IN in mine
    assert CHECKED_IN not in theirs
    assert "Will you come?" in theirs
    assert "Answer yes first" in theirs


def test_a_member_checked_in_with_a_yes_keeps_their_answer_and_the_stipend_form(
    world: World,
) -> None:
    gathering = happening_now(world)
    member = world.personas["member"]
    with scopes_disabled():
        rsvp_submit(gathering=gathering, user=member, answer="yes", both_parts=True)
    door_check_in(world, gathering, member)

    page = main(client_for(member), f"/n/alpha/gatherings/{gathering.pk}/")

    assert "Your answer: Coming" in page
    assert "Ask for a stipend" in page
    assert CHECKED_IN not in page


@pytest.mark.parametrize("answered", [False, True])
def test_a_cached_page_on_the_day_costs_the_same_queries(world: World, answered: bool) -> None:
    """Served from the cache, checked in: the middleware's four, the gathering, whether they
    answered anything, the open part's check-in (one query, as before the fix)."""
    gathering = happening_now(world)
    member = world.personas["member"]
    if answered:
        with scopes_disabled():
            rsvp_submit(gathering=gathering, user=member, answer="yes", both_parts=True)
    door_check_in(world, gathering, member)
    client = client_for(member)
    url = f"/n/alpha/gatherings/{gathering.pk}/"
    main(client, url)

    with CaptureQueriesContext(connection) as queries:
        main(client, url)

    assert len(queries) == 7
