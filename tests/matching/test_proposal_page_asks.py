"""A project's page offers what the asks board offers on its asks: the asks board links each
ask to the project's page, which listed the asks with no "Offer help" and no "Who could
help?", a dead end for the member who came to help. The page reads the board's own rule
(`open_asks`, not one's own ask, the board's permission), so a met ask, one's own ask and a
youth guest's ask get no offer link here either."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from collaboratory.creditclub.models import Ask, Proposal, ProposalState
from collaboratory.creditclub.services import AskInput
from collaboratory.matching.services_asks import ask_mark_met
from collaboratory.networks.models import Network, NetworkKind, Role
from collaboratory.people.models import AgeBand, User
from tests.conftest import client_for
from tests.factories import MembershipFactory, NetworkFactory
from tests.matching.test_asks_board import offer_url, project

pytestmark = pytest.mark.django_db


def page(viewer: User, proposal: Proposal) -> str:
    url = reverse(
        "creditclub:proposal",
        kwargs={"network_slug": proposal.network.slug, "proposal_id": proposal.pk},
    )
    response = client_for(viewer).get(url)
    assert response.status_code == 200
    return response.content.decode()


def suggestions_url(ask: Ask) -> str:
    return reverse(
        "matching:ask_suggestions", kwargs={"network_slug": ask.network.slug, "ask_id": ask.pk}
    )


def two_asks(network: Network, **kwargs: object) -> tuple[Proposal, Ask, Ask]:
    proposal = project(
        network,
        AskInput("space", "institutional", "OPEN-ASK"),
        AskInput("volunteers", "institutional", "MET-ASK"),
        **kwargs,  # type: ignore[arg-type]
    )
    with scopes_disabled():
        open_ask, met = proposal.asks.select_related("network").order_by("position")
        ask_mark_met(ask=met, actor=proposal.proposer)
    return proposal, open_ask, met


def guest_project(network: Network) -> tuple[User, Proposal]:
    """A youth member of the network's cohort and their project presented at the host."""
    youth = NetworkFactory(kind=NetworkKind.YOUTH, parent=network)
    guest = MembershipFactory(
        network=youth, role=Role.YOUTH_MEMBER, user__age_band=AgeBand.AGE_16_17
    ).user
    return guest, project(network, AskInput("space", "institutional", "GUEST-ASK"), proposer=guest)


def test_a_member_can_offer_help_on_the_open_asks_of_a_project_page() -> None:
    network = NetworkFactory()
    member = MembershipFactory(network=network).user
    proposal, open_ask, met = two_asks(network)

    body = page(member, proposal)

    assert offer_url(open_ask) in body
    assert offer_url(met) not in body
    # As on the board, "Who could help?" on the ask the board lists.
    assert suggestions_url(open_ask) in body
    assert suggestions_url(met) not in body


def test_the_presenter_gets_no_offer_on_their_own_asks_and_a_steward_gets_both() -> None:
    network = NetworkFactory()
    steward = MembershipFactory(network=network, role=Role.STEWARD).user
    proposal, open_ask, met = two_asks(network)

    own = page(proposal.proposer, proposal)
    stewards = page(steward, proposal)

    assert offer_url(open_ask) not in own
    assert offer_url(open_ask) in stewards
    assert offer_url(met) not in stewards
    # A steward asks who could help with any ask, as on the review board.
    assert suggestions_url(open_ask) in stewards
    assert suggestions_url(met) in stewards


def test_a_youth_guests_asks_get_no_offer_from_the_hosts_members() -> None:
    """Off the host's board (a minor is not shown to its adults; offers would never reach
    them): no offer link on the page either, and the link answers 404 as before."""
    network = NetworkFactory()
    member = MembershipFactory(network=network).user
    steward = MembershipFactory(network=network, role=Role.STEWARD).user
    _guest, proposal = guest_project(network)
    with scopes_disabled():
        ask = proposal.asks.select_related("network").get()

    assert offer_url(ask) not in page(member, proposal)
    assert suggestions_url(ask) not in page(member, proposal)
    assert offer_url(ask) not in page(steward, proposal)
    assert suggestions_url(ask) in page(steward, proposal)


def test_a_minor_offers_on_a_peers_project_as_on_their_board() -> None:
    cohort = NetworkFactory(kind=NetworkKind.YOUTH, parent=NetworkFactory())
    student = MembershipFactory(
        network=cohort, role=Role.YOUTH_MEMBER, user__age_band=AgeBand.AGE_16_17
    ).user
    peer = MembershipFactory(
        network=cohort, role=Role.YOUTH_MEMBER, user__age_band=AgeBand.AGE_16_17
    ).user
    proposal = project(cohort, AskInput("space", "institutional", "PEER-ASK"), proposer=peer)
    with scopes_disabled():
        ask = proposal.asks.select_related("network").get()

    assert offer_url(ask) in page(student, proposal)


def test_who_could_help_is_a_link_that_works_without_javascript() -> None:
    """ "Who could help?" was a button that only htmx could act on: without JavaScript (or
    before it loads on bad wifi) it did nothing. It is now a link to the suggestions, which
    answer a plain request with a whole page (the ask, the people, the way back to the
    project) and htmx's request with the fragment it swaps in, as before."""
    network = NetworkFactory()
    steward = MembershipFactory(network=network, role=Role.STEWARD).user
    member = MembershipFactory(network=network).user
    outsider = MembershipFactory(network=NetworkFactory()).user
    proposal, open_ask, _met = two_asks(network)
    url = suggestions_url(open_ask)
    not_presented = project(
        network, AskInput("space", "institutional", "PRIVATE-ASK"), state=ProposalState.SELECTED
    )
    with scopes_disabled():
        private = not_presented.asks.select_related("network").get()
    project_url = reverse(
        "creditclub:proposal", kwargs={"network_slug": network.slug, "proposal_id": proposal.pk}
    )

    body = page(steward, proposal)
    opened = client_for(steward).get(url, HTTP_HOST="127.0.0.1")
    swapped = client_for(steward).get(url, HTTP_HOST="127.0.0.1", HTTP_HX_REQUEST="true")
    refused = [
        client_for(member).get(suggestions_url(private), HTTP_HOST="127.0.0.1").status_code,
        client_for(outsider).get(url, HTTP_HOST="127.0.0.1").status_code,
    ]

    assert re.search(rf'<a class="button secondary" href="{re.escape(url)}" hx-get=', body)
    assert opened.status_code == 200
    whole = opened.content.decode()
    assert "<html" in whole
    assert re.search(r"<h1>\s*Who could help\?\s*</h1>", whole)
    assert "OPEN-ASK" in whole
    assert f'href="{project_url}"' in whole
    assert 'class="suggestions"' in whole
    assert swapped.status_code == 200
    assert "<html" not in swapped.content.decode()
    assert 'class="suggestions"' in swapped.content.decode()
    assert "HX-Request" in opened.get("Vary", "")
    assert refused == [404, 404]


def test_who_could_help_opened_as_a_page_leads_on_to_offering_and_the_board() -> None:
    """Followed from the asks board without JavaScript, the page of suggestions led only
    "Back to the project": no way to offer on the ask just read about, nor back to the
    board the member came from. An open ask's page offers both (not "Offer help" on one's
    own ask); a met one offers neither."""
    network = NetworkFactory()
    member = MembershipFactory(network=network).user
    proposal, open_ask, met = two_asks(network)
    board_url = reverse("matching:asks", kwargs={"network_slug": network.slug})

    def main(viewer: User, ask: Ask) -> str:  # the menu links the board on every page
        body = client_for(viewer).get(suggestions_url(ask)).content.decode()
        return body.split("<main", 1)[1].split("</main>", 1)[0]

    mine, own = main(member, open_ask), main(proposal.proposer, open_ask)
    closed = main(proposal.proposer, met)

    assert f'href="{offer_url(open_ask)}"' in mine
    assert f'href="{board_url}"' in mine
    assert f'href="{offer_url(open_ask)}"' not in own
    assert f'href="{board_url}"' in own
    assert f'href="{offer_url(met)}"' not in closed
    assert f'href="{board_url}"' not in closed


def test_a_youth_guest_presenter_gets_no_who_could_help_on_their_own_project_page() -> None:
    """A youth guest opens their own project page at the host network on their guest pass,
    which the rules read as a youth member's there. The page offered "Who could help?" on
    each ask, a link to the host's members and offers that the pass does not open (404 in
    the demo, three dead buttons on a phone); the follow-up page already tells the guest that
    the host's stewards follow their asks up, and the host's adults are not theirs to see."""
    network = NetworkFactory()
    guest, proposal = guest_project(network)
    with scopes_disabled():
        proposal.gathering.youth_take_part = True
        proposal.gathering.save(update_fields=["youth_take_part"])
        ask = proposal.asks.select_related("network").get()

    body = page(guest, proposal)

    assert "GUEST-ASK" in body
    assert suggestions_url(ask) not in body
    assert client_for(guest).get(suggestions_url(ask)).status_code == 404
