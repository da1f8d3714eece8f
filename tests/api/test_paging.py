"""Paging through a list with `offset` meets every row once, even when rows tie on the
list's order (two gatherings starting at the same hour, two proposals for one day)."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.gatherings.services import rsvp_submit
from tests.api.helpers import api_client
from tests.api.test_api import _token, _url
from tests.conftest import World
from tests.factories import GatheringFactory, PresentedProposalFactory

pytestmark = pytest.mark.django_db

LIMITS = (1, 2, 3, 5, 7)


def _walk(client, url: str, limit: int) -> list[int]:  # type: ignore[no-untyped-def]
    seen: list[int] = []
    offset = 0
    while True:
        page = client.get(url, {"limit": limit, "offset": offset}).json()
        seen += [item["id"] for item in page["items"]]
        if len(page["items"]) < limit:
            return seen
        offset += limit


def test_gatherings_at_the_same_hour_are_each_listed_once_at_any_page_size(world: World) -> None:
    at = (timezone.now() + timedelta(days=40)).replace(microsecond=0)
    with scopes_disabled():
        made = [GatheringFactory(network=world.alpha, first_part_at=at, parts=1) for _ in range(16)]
    client = api_client(_token(world))
    first = client.get(_url("alpha", "gatherings"), {"limit": 100}).json()["items"]
    everyone = [item["id"] for item in first]

    for limit in LIMITS:
        assert _walk(client, _url("alpha", "gatherings"), limit) == everyone
    assert {g.pk for g in made} <= set(everyone)


def test_own_proposals_for_gatherings_on_one_day_are_each_listed_once(world: World) -> None:
    at = (timezone.now() - timedelta(days=40)).replace(microsecond=0)
    member = world.personas["member"]
    with scopes_disabled():
        for _ in range(12):
            gathering = GatheringFactory(network=world.alpha, first_part_at=at, parts=1)
            PresentedProposalFactory(gathering=gathering, proposer=member)
    client = api_client(_token(world))
    everyone = [
        p["id"] for p in client.get(_url("alpha", "proposals"), {"limit": 100}).json()["items"]
    ]

    for limit in LIMITS:
        assert _walk(client, _url("alpha", "proposals"), limit) == everyone


@pytest.mark.parametrize(
    ("path", "table"),
    [("gatherings", "gatherings_gathering"), ("proposals", "creditclub_proposal")],
)
def test_every_list_is_ordered_down_to_a_unique_key(world: World, path: str, table: str) -> None:
    """On PostgreSQL, rows that tie on ORDER BY may come in another order for another
    LIMIT/OFFSET (a bounded sort): a page then repeats a row the last one showed and skips
    another. The last key of each list's order is its table's id."""
    client = api_client(_token(world))
    with CaptureQueriesContext(connection) as queries:
        assert client.get(_url("alpha", path), {"limit": 2}).status_code == 200

    ordered = [
        q["sql"] for q in queries if f'FROM "{table}"' in q["sql"] and "ORDER BY" in q["sql"]
    ]
    assert ordered
    for sql in ordered:
        # The order's last key: the id by name, or by position (the id is column 1).
        last = re.split(r",\s*", sql.rsplit("ORDER BY", 1)[1].split(" LIMIT")[0])[-1]
        assert re.fullmatch(rf'("{table}"\."id"|1) (ASC|DESC)', last.strip()), sql


def test_attendees_with_the_same_name_are_ordered_down_to_their_rsvp(world: World) -> None:
    """Who comes is read whole and windowed: two people of one name must come in one order
    on every request, or a page repeats one and skips the other."""
    gathering = world.gatherings["alpha"]
    with scopes_disabled():
        rsvp_submit(gathering=gathering, user=world.personas["member"], answer="yes")
    client = api_client(_token(world, role="steward"))
    with CaptureQueriesContext(connection) as queries:
        url = _url("alpha", f"gatherings/{gathering.pk}/attendees")
        assert client.get(url, {"limit": 1}).status_code == 200

    ordered = [
        q["sql"]
        for q in queries
        if 'FROM "gatherings_rsvp"' in q["sql"] and q["sql"].rstrip().endswith(("ASC", "DESC"))
    ]
    assert ordered
    for sql in ordered:
        last = re.split(r",\s*", sql.rsplit("ORDER BY", 1)[1])[-1]
        assert re.fullmatch(r'"gatherings_rsvp"\."id" (ASC|DESC)', last.strip()), sql
