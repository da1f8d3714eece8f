"""The "Mark as presented…" button is offered only where `proposal_mark_presented` marks:
the board and the run of show ask the service's own rule (`mark_presented_offered`). A
waitlisted proposal carried over to a later call kept the button on its card, and pressing
it was refused there; a declined, withdrawn or draft proposal is refused too, so none of
them shows it. Where the service marks (selected, submitted, waitlisted, a carried copy
given up) the button stays."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django_scopes import scopes_disabled

from collaboratory.creditclub import services
from collaboratory.creditclub.models import Proposal
from tests.conftest import client_for
from tests.creditclub.conftest import Club
from tests.creditclub.test_presented_unannounced import _announce, _card, _on_the_day

pytestmark = pytest.mark.django_db

BUTTON = "Mark as presented…"


def _board(club: Club) -> str:
    return (
        client_for(club.steward)
        .get(f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/board/")
        .content.decode()
    )


def _action(proposal: Proposal) -> str:
    return f"/creditclub/proposals/{proposal.pk}/presented/"


def _in(club: Club, state: str) -> Proposal:
    """A proposal of a new member of Alpha, brought to `state` through the services."""
    proposal = club.proposal(club.new_member(f"Proposer {state}"), submit=state != "draft")
    announced = {"carried over": "waitlisted"}.get(state, state)
    if announced in ("selected", "waitlisted", "declined"):
        _announce(club, proposal, announced)
    if state == "carried over":
        with scopes_disabled():
            services.proposal_carry_over(
                proposal=proposal, to_gathering=club.later, actor=club.steward
            )
    if state == "withdrawn":
        with scopes_disabled():
            services.proposal_withdraw(proposal=proposal, actor=proposal.proposer)
    return proposal


def _refused(club: Club, proposal: Proposal) -> bool:
    with scopes_disabled():
        try:
            services.proposal_mark_presented(proposal=proposal, actor=club.steward)
        except ValidationError:
            return True
    return False


REFUSED = ["carried over", "declined", "withdrawn", "draft"]
MARKED = ["selected", "submitted", "waitlisted"]


@pytest.mark.parametrize("state", REFUSED)
def test_no_button_where_the_service_refuses(club: Club, state: str) -> None:
    proposal = _in(club, state)
    _on_the_day(club)

    page = _board(club)

    assert _action(proposal) not in page
    if f'id="proposal-{proposal.pk}"' in page:  # declined and carried over keep their card
        assert BUTTON not in _card(page, proposal)
    assert _refused(club, proposal)


@pytest.mark.parametrize("state", MARKED)
def test_the_button_where_the_service_marks(club: Club, state: str) -> None:
    proposal = _in(club, state)
    _on_the_day(club)

    card = _card(_board(club), proposal)

    assert BUTTON in card
    assert _action(proposal) in card
    assert not _refused(club, proposal)


def test_a_carried_copy_given_up_gives_the_button_back(club: Club) -> None:
    """The copy withdrawn, the turn is the original's again: the service marks it."""
    proposal = _in(club, "carried over")
    with scopes_disabled():
        services.proposal_withdraw(proposal=proposal.carried_to, actor=club.steward)
    _on_the_day(club)

    card = _card(_board(club), proposal)

    assert BUTTON in card
    assert not _refused(club, proposal)


def test_the_run_of_show_offers_the_button_until_it_is_presented(club: Club) -> None:
    proposal = _in(club, "selected")
    _on_the_day(club)
    run_url = f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/run-of-show/"
    steward = client_for(club.steward)

    before = steward.get(run_url).content.decode()
    assert not _refused(club, proposal)
    after = steward.get(run_url).content.decode()

    assert _action(proposal) in before
    assert _action(proposal) not in after
