"""A refused review is said in its own card on the board, beside the fields it concerns: it
was a message at the top of a long board, far from the card the steward was typing in, and
what they typed was gone."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_scopes import scopes_disabled

from collaboratory.creditclub import services
from collaboratory.creditclub.models import Proposal, ProposalState, Review
from collaboratory.networks.models import Role
from tests.conftest import client_for
from tests.creditclub.conftest import Club
from tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db


def _card(page: str, proposal: Proposal) -> str:
    """The text of one proposal's card on the board."""
    start = page.index(f'id="proposal-{proposal.pk}"')
    return page[start : page.index("</article>", start)]


def _messages(page: str) -> str:
    found = re.search(r'<ul class="messages">.*?</ul>', page, re.S)
    return found.group(0) if found else ""


def test_a_refused_score_is_said_in_its_card_with_what_was_typed(club: Club) -> None:
    first = club.proposal()
    second = club.proposal(club.new_member("Second Proposer"))

    response = client_for(club.steward).post(
        f"/n/alpha/creditclub/proposals/{second.pk}/review/?never=1",
        {
            f"p{second.pk}-timing": "9",
            f"p{second.pk}-note": "Strong asks, unclear timing",
            f"p{second.pk}-decision": "waitlisted",
        },
    )

    page = response.content.decode()
    card = _card(page, second)
    assert response.status_code == 400
    assert "The review of “Tulsa Tool Library” was not saved" in card
    assert "Select a valid choice" in card
    assert 'aria-invalid="true"' in card
    assert "Strong asks, unclear timing" in card  # what was typed is kept
    assert '<option value="waitlisted" selected>' in card
    assert "was not saved" not in _card(page, first)
    assert "was not saved" not in _messages(page)
    # The board under the same filter, and the card's own anchor for the next try.
    assert f'/proposals/{second.pk}/review/?never=1#proposal-{second.pk}"' in page
    with scopes_disabled():
        assert not Review.objects.exists()


def test_the_services_refusal_is_said_in_its_card(club: Club) -> None:
    """A steward's own proposal, with another steward to review it."""
    MembershipFactory(network=club.network, role=Role.STEWARD)
    club.attended(club.steward)
    own = club.proposal(club.steward)
    club.proposal()

    response = client_for(club.steward).post(
        f"/n/alpha/creditclub/proposals/{own.pk}/review/",
        {f"p{own.pk}-timing": "5", f"p{own.pk}-decision": "selected"},
    )

    assert response.status_code == 400
    page = response.content.decode()
    assert "another steward reviews it" in _card(page, own)
    assert "another steward reviews it" not in _messages(page)


def test_a_refusal_for_a_card_that_left_the_board_is_said_on_top(club: Club) -> None:
    """A proposal withdrawn after the board was read has no card to say it in."""
    proposal = club.proposal()
    club.proposal(club.new_member("Second Proposer"))
    with scopes_disabled():
        Proposal.objects.filter(pk=proposal.pk).update(state=ProposalState.WITHDRAWN)

    response = client_for(club.steward).post(
        f"/n/alpha/creditclub/proposals/{proposal.pk}/review/",
        {f"p{proposal.pk}-timing": "5", f"p{proposal.pk}-decision": "selected"},
    )

    assert response.status_code == 400
    assert "A proposal that is withdrawn cannot become selected" in _messages(
        response.content.decode()
    )
    with scopes_disabled():
        assert not Review.objects.filter(proposal=proposal).exists()


@pytest.mark.parametrize("count", [1, 3])
def test_a_refused_review_redraws_the_board_in_a_fixed_number_of_queries(
    club: Club, count: int, django_capture_on_commit_callbacks: Any
) -> None:
    proposals = [club.proposal(club.new_member(f"Proposer {i}")) for i in range(count)]
    client = client_for(club.steward)
    board = f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/board/"
    with scopes_disabled(), django_capture_on_commit_callbacks(execute=True):
        for proposal in proposals:
            services.review_save(proposal=proposal, reviewer=club.steward, scores={"timing": 3})
    client.get(board)  # the shared part is kept
    target = proposals[-1]

    with CaptureQueriesContext(connection) as refused:
        response = client.post(
            f"/n/alpha/creditclub/proposals/{target.pk}/review/", {f"p{target.pk}-timing": "9"}
        )

    assert response.status_code == 400
    assert response.content.decode().count('class="card proposal-review"') == count
    # The middleware's four, the proposal and its network, the form's three constraint
    # checks (each in a savepoint: nine), then the board as a kept view reads it: the
    # settings, the versions and the steward's own reviews. The same for one card or three.
    assert len(refused) == 18, "\n".join(q["sql"][:150] for q in refused.captured_queries)
