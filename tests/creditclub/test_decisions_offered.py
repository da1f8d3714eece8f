"""A card on the review board offers only the decisions its proposal may take, by the rule
`proposal_stage_decision` checks (`lifecycle.decisions_from`): a waitlisted card offered
"Waitlist", a selected one "Select" and "Decline", a declined or presented one every
decision, and each was refused after "Save review"."""

from __future__ import annotations

import re

import pytest
from django.core.exceptions import ValidationError
from django_scopes import scopes_disabled

from collaboratory.creditclub import lifecycle, services
from tests.conftest import client_for
from tests.creditclub.conftest import Club
from tests.creditclub.test_presented_unannounced import _announce, _card

pytestmark = pytest.mark.django_db


def _offered(card: str) -> list[str]:
    select = re.search(r'<select name="p\d+-decision".*?</select>', card, re.S)
    if select is None:
        return []
    return [v for v in re.findall(r'<option value="([a-z]*)"', select.group(0)) if v]


@pytest.mark.parametrize(
    ("state", "offered"),
    [
        ("submitted", ["selected", "waitlisted", "declined"]),
        ("waitlisted", ["selected", "declined"]),
        ("selected", ["waitlisted"]),
        ("declined", []),
    ],
)
def test_a_card_offers_the_decisions_its_state_may_take(
    club: Club, state: str, offered: list[str]
) -> None:
    proposal = club.proposal()
    if state != "submitted":
        _announce(club, proposal, state)

    card = _card(
        client_for(club.steward)
        .get(f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/board/")
        .content.decode(),
        proposal,
    )

    assert _offered(card) == offered
    assert list(lifecycle.decisions_from(state)) == offered
    for decision in lifecycle.DECISIONS:
        with scopes_disabled():
            try:
                services.proposal_stage_decision(
                    proposal=proposal, decision=decision, actor=club.steward
                )
                accepted = True
            except ValidationError:
                accepted = False
            services.proposal_stage_decision(proposal=proposal, decision="", actor=club.steward)
        assert accepted == (decision in offered), decision
