"""A steward who also proposed neither reviews nor decides their own proposal while another
steward can (`review_save` and `proposal_stage_decision` refuse). The review board drew the
review form on that steward's own card all the same, and "Save review" was refused. The board
now asks the service's rule (`own_proposal_refusal`): on that card, for that steward only,
one line says why instead of the form."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_scopes import scopes_disabled

from collaboratory.creditclub import services
from collaboratory.creditclub.models import Proposal, Review
from collaboratory.networks.models import Role
from collaboratory.people.models import User
from tests.conftest import client_for
from tests.creditclub.conftest import Club
from tests.creditclub.test_presented_unannounced import _card
from tests.creditclub.test_select_carried_offered import post_review
from tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db

REASON = "This is your own proposal: another steward reviews it and decides on it."


def _review_action(proposal: Proposal) -> str:
    return f"/creditclub/proposals/{proposal.pk}/review/"


def _board(club: Club, steward: User) -> str:
    return (
        client_for(steward)
        .get(f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/board/")
        .content.decode()
    )


def _refused(proposal: Proposal, steward: User) -> bool:
    with scopes_disabled():
        try:
            services.review_save(proposal=proposal, reviewer=steward, scores={"timing": 4})
        except ValidationError:
            return True
    return False


@pytest.fixture
def other_steward(club: Club) -> User:
    """Who reviews the steward's own proposal instead."""
    with scopes_disabled():
        return MembershipFactory(network=club.network, role=Role.STEWARD).user


def test_no_review_form_on_a_stewards_own_card(club: Club, other_steward: User) -> None:
    club.attended(club.steward)
    own = club.proposal(club.steward)
    other = club.proposal()

    page = _board(club, club.steward)

    card = _card(page, own)
    assert _review_action(own) not in card
    assert "Save review" not in card
    assert f'name="p{own.pk}-decision"' not in card
    assert REASON in card
    assert _refused(own, club.steward)
    # The other cards keep their form, and say nothing of it.
    assert _review_action(other) in _card(page, other)
    assert REASON not in _card(page, other)


def test_the_other_steward_reviews_it(club: Club, other_steward: User) -> None:
    club.attended(club.steward)
    own = club.proposal(club.steward)
    _board(club, club.steward)  # the shared part is kept, drawn for the proposer

    card = _card(_board(club, other_steward), own)

    assert _review_action(own) in card
    assert f'name="p{own.pk}-decision"' in card
    assert REASON not in card
    assert not _refused(own, other_steward)


def test_a_lone_steward_reviews_their_own_proposal(club: Club) -> None:
    """Nobody else could: the service lets them, so the board offers the form."""
    club.attended(club.steward)
    own = club.proposal(club.steward)

    card = _card(_board(club, club.steward), own)

    assert _review_action(own) in card
    assert REASON not in card
    assert not _refused(own, club.steward)


def test_a_review_posted_anyway_is_refused_in_its_card_and_changes_nothing(
    club: Club, other_steward: User
) -> None:
    """A board read before the second steward joined still posts the form."""
    club.attended(club.steward)
    own = club.proposal(club.steward)

    response = post_review(club.steward, own, timing="5", decision="selected")

    assert response.status_code == 400
    card = _card(response.content.decode(), own)
    assert "The review of “Tulsa Tool Library” was not saved" in card
    assert "another steward reviews it and decides on it" in card
    assert _review_action(own) not in card  # the refusal, not the form again
    with scopes_disabled():
        row = Proposal.objects.get(pk=own.pk)
        assert (row.state, row.staged_decision) == ("submitted", "")
        assert not Review.objects.filter(proposal=own).exists()


@pytest.mark.parametrize("count", [1, 3])
def test_the_own_card_costs_one_query_whatever_the_cards(
    club: Club, other_steward: User, count: int
) -> None:
    """The network's stewards, read for the steward's own card only: no query per card."""
    club.attended(club.steward)
    club.proposal(club.steward)
    for i in range(count):
        club.proposal(club.new_member(f"Proposer {i}"))
    client = client_for(club.steward)
    url = f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/board/"
    client.get(url)  # the shared part is kept

    with CaptureQueriesContext(connection) as kept:
        page = client.get(url).content.decode()

    assert page.count('class="card proposal-review"') == count + 1
    assert page.count("Save review") == count
    # The middleware's four, the settings, the versions (the part kept, and no review of
    # theirs to read), and the network's stewards for the own card.
    assert len(kept) == 7, "\n".join(q["sql"][:150] for q in kept.captured_queries)
