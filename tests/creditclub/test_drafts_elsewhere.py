"""A draft is its member's own on every page that shows a proposal, not only on the
Credit Club's: the presenter's follow-up page (the live room's, `live:followup`) took any
proposal of the gathering, and showed a steward a member's unsent draft, its title, its
proposer and its asks."""

from __future__ import annotations

import pytest
from django_scopes import scopes_disabled

from collaboratory.creditclub import services
from tests.conftest import client_for
from tests.creditclub.conftest import Club

pytestmark = pytest.mark.usefixtures("club")


def test_the_follow_up_page_of_a_draft_is_not_found_for_a_steward(club: Club) -> None:
    author = club.new_member("Dora Draftwright")
    draft = club.proposal(author, submit=False, title="Half-written idea")
    url = f"/n/alpha/live/{club.upcoming.pk}/presenters/{draft.pk}/"

    steward = client_for(club.steward).get(url)
    own = client_for(author).get(url)
    with scopes_disabled():
        services.proposal_submit(proposal=draft, actor=author)
    submitted = client_for(club.steward).get(url)

    assert steward.status_code == 404
    body = steward.content.decode()
    assert "Half-written idea" not in body
    assert "Draftwright" not in body
    assert "A storefront open on Saturdays" not in body  # its asks
    assert own.status_code == 200  # the member's own, as on the proposal's page
    assert "Half-written idea" in own.content.decode()
    assert submitted.status_code == 200  # once sent, the stewards' too
    assert "Half-written idea" in submitted.content.decode()


def test_a_draft_withdrawn_before_it_was_sent_stays_its_members(club: Club) -> None:
    draft = club.proposal(submit=False, title="Never sent")
    with scopes_disabled():
        services.proposal_withdraw(proposal=draft, actor=club.member)
    url = f"/n/alpha/live/{club.upcoming.pk}/presenters/{draft.pk}/"

    steward = client_for(club.steward).get(url)

    assert steward.status_code == 404
    assert "Never sent" not in steward.content.decode()
