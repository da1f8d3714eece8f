"""The door list's member row of a member named as someone's substitute: found by a search,
it showed a bare name and a "Check in" button, as for a member coming on their own answer,
while the pass row said "substitute for …" and, once the pass was checked in, the member
row still offered a check-in (refused when pressed). It now says "substitute of <name>"
and "Checked in" from the pass, in the same query as the rows."""

from __future__ import annotations

from datetime import timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_scopes import scopes_disabled

from collaboratory.gatherings.models import Gathering
from collaboratory.gatherings.services import (
    rsvp_submit,
    substitution_check_in,
    substitution_decide,
    substitution_request,
)
from collaboratory.people.models import User
from tests.conftest import World, client_for
from tests.factories import MembershipFactory
from tests.gatherings.test_check_in import happening_now


def _name_as_substitute(world: World, gathering: Gathering, count: int) -> list[User]:
    """`count` members ("Named 0" ...), each named as the substitute of another member
    ("Sender 0" ...) who said yes; approved the day before."""
    before = gathering.starts_at - timedelta(days=1)
    named = []
    with scopes_disabled():
        for i in range(count):
            sender = MembershipFactory(network=world.alpha, user__full_name=f"Sender {i}").user
            person = MembershipFactory(
                network=world.alpha,
                user__full_name=f"Named {i}",
                user__email=f"named{count}-{i}@example.org",
            ).user
            rsvp_submit(gathering=gathering, user=sender, answer="yes", both_parts=True, now=before)
            substitution_decide(
                substitution=substitution_request(
                    gathering=gathering,
                    member=sender,
                    name=f"Named {i}",
                    email=f"NAMED{count}-{i}@example.org",
                    reason="Travelling",
                    now=before,
                ),
                approve=True,
                actor=world.personas["steward"],
                now=before,
            )
            named.append(person)
    return named


def _door(world: World, gathering: Gathering, query: str) -> str:
    return (
        client_for(world.personas["steward"])
        .get(f"/n/alpha/gatherings/{gathering.pk}/door/", {"q": query})
        .content.decode()
    )


def _rows(page: str) -> list[str]:
    rows = []
    at = page.find('<li class="door-row">')
    while at != -1:
        rows.append(page[at : page.index("</li>", at)])
        at = page.find('<li class="door-row">', at + 1)
    return rows


def test_the_member_row_of_a_named_substitute_says_whose_substitute(world: World) -> None:
    gathering = happening_now(world)
    (olga,) = _name_as_substitute(world, gathering, 1)

    rows = _rows(_door(world, gathering, "Named 0"))

    member_rows = [r for r in rows if f'name="user" value="{olga.pk}"' in r]
    assert len(member_rows) == 1
    assert "substitute of Sender 0" in member_rows[0]


def test_the_member_row_says_checked_in_once_the_pass_is(world: World) -> None:
    gathering = happening_now(world)
    (olga,) = _name_as_substitute(world, gathering, 1)
    with scopes_disabled():
        substitution = gathering.substitutions.get()
        substitution_check_in(substitution=substitution, actor=world.personas["steward"])

    (row,) = _rows(_door(world, gathering, "Named 0"))

    assert "substitute of Sender 0" in row
    assert "Checked in" in row
    assert "<form" not in row
    assert f'value="{olga.pk}"' not in row


def test_a_search_lists_a_member_named_on_a_pass_once(world: World) -> None:
    """Found by name, they were listed twice: their member row and the pass's row, each
    with a button, for one person and one seat."""
    gathering = happening_now(world)
    (olga,) = _name_as_substitute(world, gathering, 1)

    rows = _rows(_door(world, gathering, "Named 0"))

    assert len(rows) == 1
    assert f'name="user" value="{olga.pk}"' in rows[0]


def test_a_door_list_of_passes_only_does_not_say_it_is_empty(world: World) -> None:
    """Every member who said yes sent a substitute: the list is the passes, and it read
    "Nobody has said yes yet" above them (a search, "Nobody matches" above the match)."""
    gathering = happening_now(world)
    member = world.personas["member"]
    before = gathering.starts_at - timedelta(days=1)
    with scopes_disabled():
        rsvp_submit(gathering=gathering, user=member, answer="yes", both_parts=True, now=before)
        substitution_decide(
            substitution=substitution_request(
                gathering=gathering,
                member=member,
                name="Sam Standin",
                email="sam@example.org",
                reason="Travelling",
                now=before,
            ),
            approve=True,
            actor=world.personas["steward"],
            now=before,
        )

    listed = _door(world, gathering, "")
    searched = _door(world, gathering, "Standin")

    assert len(_rows(listed)) == len(_rows(searched)) == 1
    assert "Nobody has said yes yet" not in listed
    assert "Nobody matches" not in searched


def test_the_searched_door_list_runs_a_fixed_number_of_queries(world: World) -> None:
    counts = {}
    for count in (1, 3):
        gathering = happening_now(world)
        _name_as_substitute(world, gathering, count)
        client = client_for(world.personas["steward"])
        url = f"/n/alpha/gatherings/{gathering.pk}/door/"
        client.get(url, {"q": "Named"})
        with CaptureQueriesContext(connection) as queries:
            body = client.get(url, {"q": "Named"}).content.decode()
        assert body.count("substitute of Sender") == count
        counts[count] = len(queries)
        with scopes_disabled():
            gathering.delete()

    assert counts[1] == counts[3]
