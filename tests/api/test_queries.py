"""No N+1: every list operation runs the same number of queries for 1 and for 3 rows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.api.services import api_token_create
from collaboratory.gatherings.services import rsvp_submit
from collaboratory.people.services import offered_asset_add
from tests.api.helpers import api_client
from tests.factories import (
    CommitmentFactory,
    GatheringFactory,
    MembershipFactory,
    NetworkFactory,
    PresentedProposalFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _one_rate_window(settings):  # type: ignore[no-untyped-def]
    """The rate limiter reads the shared count once per token per window, so a window that
    began between the warm-up request and the counted one added a query (a flaky 2 == 3 in
    CI). A day's window puts that boundary at midnight, away from any request pair."""
    settings.COLLABORATORY_API_RATE_LIMIT = "1000000/86400s"


def _queries(client, url: str) -> int:  # type: ignore[no-untyped-def]
    client.get(url)  # the first request of a minute stamps the token's last use
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, response.content
    assert response.json()["count"] > 0
    return len(captured)


def _counts(grow: Callable[..., None], path: str, *, steward: bool = False) -> list[int]:
    """Queries for `path` with 1 row, then with 3 rows."""
    counts = []
    with scopes_disabled():
        network = NetworkFactory()
        me = MembershipFactory(network=network, role="steward" if steward else "member").user
    _row, text = api_token_create(network=network, user=me, name="x", scope="read")
    client = api_client(text)
    grow(network, me, 1)
    counts.append(_queries(client, f"/api/v1/networks/{network.slug}/{path}"))
    grow(network, me, 2)
    counts.append(_queries(client, f"/api/v1/networks/{network.slug}/{path}"))
    return counts


def _members(network, me, n: int) -> None:  # type: ignore[no-untyped-def]
    with scopes_disabled():
        for _ in range(n):
            person = MembershipFactory(network=network, organization_name="Org").user
            offered_asset_add(
                user=person, kind="social", category="intro_people", description="Intros"
            )


def _gatherings(network, me, n: int) -> None:  # type: ignore[no-untyped-def]
    with scopes_disabled():
        for _ in range(n):
            rsvp_submit(gathering=GatheringFactory(network=network, parts=1), user=me, answer="yes")


def _proposals(network, me, n: int) -> None:  # type: ignore[no-untyped-def]
    with scopes_disabled():
        for _ in range(n):
            PresentedProposalFactory(gathering=GatheringFactory(network=network), proposer=me)


def _open_asks(network, me, n: int) -> None:  # type: ignore[no-untyped-def]
    past = timezone.now() - timedelta(days=10)
    with scopes_disabled():
        for _ in range(n):
            PresentedProposalFactory(
                gathering=GatheringFactory(network=network, first_part_at=past)
            )


def _commitments_to_me(network, me, n: int) -> None:  # type: ignore[no-untyped-def]
    with scopes_disabled():
        for _ in range(n):
            proposal = PresentedProposalFactory(
                gathering=GatheringFactory(network=network), proposer=me
            )
            CommitmentFactory(proposal=proposal)


def _commitments_owed(network, me, n: int) -> None:  # type: ignore[no-untyped-def]
    with scopes_disabled():
        for _ in range(n):
            proposal = PresentedProposalFactory(gathering=GatheringFactory(network=network))
            CommitmentFactory(proposal=proposal, committer=me)


@pytest.mark.parametrize(
    ("grow", "path", "steward"),
    [
        (_members, "members", False),
        (_gatherings, "gatherings", False),
        (_proposals, "proposals", False),
        (_open_asks, "asks", False),
        (_commitments_to_me, "commitments?role=to_me", False),
        (_commitments_owed, "commitments?role=owed", False),
        (_members, "roster", True),
    ],
    ids=["members", "gatherings", "proposals", "asks", "to_me", "owed", "roster"],
)
def test_list_queries_do_not_grow_with_rows(grow, path: str, steward: bool) -> None:  # type: ignore[no-untyped-def]
    one, three = _counts(grow, path, steward=steward)

    assert one == three
