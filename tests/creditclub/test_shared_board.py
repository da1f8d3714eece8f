"""The review board is rendered once per steward class, filter and content version and served
to the network's other stewards (networks/pagecache.py), each steward's own review fields
filled in per request: a second steward's first view reads no board, a review, a staged
decision or a proposer's edit shows on the very next request, no steward sees another's
review, no CSRF token is kept, and only stewards reach the board."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.core.cache import caches
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django_scopes import scopes_disabled

from collaboratory.creditclub import services
from collaboratory.creditclub.models import Proposal
from collaboratory.networks.models import Role
from collaboratory.networks.pagecache import csrf_placeholder
from collaboratory.people.models import User
from tests.conftest import World, client_for
from tests.creditclub.conftest import ASKS, COMPLETE, Club
from tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db


def _url(club: Club) -> str:
    return f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/board/"


def _steward(club: Club, name: str) -> User:
    with scopes_disabled():
        return MembershipFactory(network=club.network, role=Role.STEWARD, user__full_name=name).user


def _kept() -> list[str]:
    """The board's parts this process keeps, as text."""
    local = caches["local"]
    return [
        str(local.get(key.split(":", 2)[2]))
        for key in list(local._cache)  # type: ignore[attr-defined]
        if ":shared:review-board:" in key
    ]


def _page(client: Client, club: Club) -> str:
    response = client.get(_url(club))
    assert response.status_code == 200
    return response.content.decode()


def _review(club: Club, proposal: Proposal, reviewer: User, capture: Any, **scores: int) -> None:
    with scopes_disabled(), capture(execute=True):
        services.review_save(proposal=proposal, reviewer=reviewer, scores=scores, note="")


def test_a_second_steward_reads_only_the_part_and_their_own_reviews(
    club: Club, django_capture_on_commit_callbacks: Any
) -> None:
    proposal = club.proposal()
    with scopes_disabled(), django_capture_on_commit_callbacks(execute=True):
        services.review_save(
            proposal=proposal,
            reviewer=club.steward,
            scores={"timing": 2},
            note="Ask about the lease first",
        )
    first = _page(client_for(club.steward), club)
    second = client_for(_steward(club, "Second Steward"))

    with CaptureQueriesContext(connection) as queries:
        page = _page(second, club)

    # The middleware's four, the settings and the content versions: no gathering, board,
    # tally or part read (this process keeps it), and no reviews (they reviewed none).
    assert len(queries) == 6
    assert "Tulsa Tool Library" in page
    assert "1 review: past concept" in page
    # Each steward's review fields are their own: the note is the first steward's alone.
    assert "Ask about the lease first" in first
    assert "Ask about the lease first" not in page


def test_a_review_a_decision_and_an_edit_show_on_the_next_request(
    club: Club, django_capture_on_commit_callbacks: Any
) -> None:
    proposal = club.proposal()
    other = client_for(_steward(club, "Second Steward"))
    before = _page(other, club)

    _review(club, proposal, club.steward, django_capture_on_commit_callbacks, timing=4)
    reviewed = _page(other, club)
    with scopes_disabled(), django_capture_on_commit_callbacks(execute=True):
        services.proposal_stage_decision(proposal=proposal, decision="selected", actor=club.steward)
    staged = _page(other, club)
    with scopes_disabled(), django_capture_on_commit_callbacks(execute=True):
        services.proposal_save(
            gathering=club.upcoming,
            proposer=club.member,
            fields={**COMPLETE, "title": "Tulsa Tool Library and Repair Café"},
            asks=ASKS,
            proposal=Proposal.objects.get(pk=proposal.pk),
        )
    edited = _page(other, club)

    assert "1 review" not in before
    assert "1 review: past concept" in reviewed
    assert "0 staged to be selected" in reviewed
    assert "1 staged to be selected" in staged
    assert '<option value="selected" selected>' in staged
    assert "Tulsa Tool Library and Repair Café" in edited


def test_a_stewards_own_review_fills_their_card_on_the_shared_board(
    club: Club, django_capture_on_commit_callbacks: Any
) -> None:
    proposal = club.proposal()
    second = _steward(club, "Second Steward")
    _page(client_for(club.steward), club)  # the part, rendered for the first steward

    with scopes_disabled(), django_capture_on_commit_callbacks(execute=True):
        services.review_save(
            proposal=proposal, reviewer=second, scores={"timing": 5}, note="Strong room fit"
        )
    mine = _page(client_for(second), club)
    theirs = _page(client_for(club.steward), club)

    assert "Strong room fit" in mine
    assert "Strong room fit" not in theirs
    assert all("Strong room fit" not in part for part in _kept())


def test_no_csrf_token_is_kept_in_the_board_part(club: Club) -> None:
    club.proposal()
    page = _page(client_for(club.steward), club)

    tokens = re.findall(r'csrfmiddlewaretoken" value="(\w+)"', page)
    kept = _kept()

    assert tokens
    assert kept
    assert all(csrf_placeholder() in part for part in kept)
    assert not any(token in part for token in tokens for part in kept)


def test_only_stewards_reach_the_board_and_its_part(club: Club) -> None:
    club.proposal()
    _page(client_for(club.steward), club)  # the stewards' part is kept

    as_member = client_for(club.member).get(_url(club))
    with scopes_disabled():
        facilitator = MembershipFactory(network=club.network, role=Role.FACILITATOR).user
    as_facilitator = client_for(facilitator).get(_url(club))

    for response in (as_member, as_facilitator):
        assert response.status_code in (403, 404)
        assert "Tulsa Tool Library" not in response.content.decode()


def test_a_gathering_of_another_network_is_not_found_and_keeps_no_part(
    club: Club, world: World
) -> None:
    foreign = world.gatherings["bravo"]

    response = client_for(club.steward).get(f"/n/alpha/creditclub/gatherings/{foreign.pk}/board/")

    assert response.status_code == 404
    assert _kept() == []
