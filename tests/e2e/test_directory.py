"""The member directory filters in place (htmx) on a phone-sized screen, with no CSP or
script errors."""

from __future__ import annotations

import pytest
from django_scopes import scopes_disabled
from playwright.sync_api import Page, expect

from collaboratory.capital import CapitalKind, HelpCategory
from collaboratory.people.services import offered_asset_add
from tests.e2e.conftest import log_in
from tests.factories import (
    CommitmentFactory,
    GatheringFactory,
    MembershipFactory,
    NetworkFactory,
    PresentedProposalFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_member_filters_the_directory_in_place(live_server, page: Page) -> None:  # type: ignore[no-untyped-def]
    with scopes_disabled():
        network = NetworkFactory(slug="tulsa", name="Tulsa Civic Collaboratory")
        me = MembershipFactory(network=network, user__email="me@example.org").user
        host = MembershipFactory(network=network, user__full_name="Hana Host").user
        MembershipFactory(network=network, user__full_name="Omar Other")
    offered_asset_add(
        user=host,
        kind=CapitalKind.INSTITUTIONAL,
        category=HelpCategory.SPACE,
        description="A hall for 60 people",
    )
    page.set_viewport_size({"width": 390, "height": 844})
    log_in(page, live_server.url, me.email)

    page.goto(f"{live_server.url}/n/tulsa/members/")
    expect(page.get_by_text("3 members")).to_be_visible()
    page.get_by_label("Offers").select_option("space")

    expect(page.get_by_text("1 member", exact=True)).to_be_visible()
    expect(page.get_by_role("heading", name="Hana Host")).to_be_visible()
    expect(page.get_by_role("heading", name="Omar Other")).to_have_count(0)
    expect(page).to_have_url(
        f"{live_server.url}/n/tulsa/members/?q=&category=space&issue=&sector=&region="
    )


# Words of the page's table headers that a line break cuts in two ("Give" / "n"): each word's
# text measured as a range, which has one line box per line it spans.
WORDS_CUT_IN_HEADERS = """() => {
  const cut = [];
  for (const th of document.querySelectorAll("main th")) {
    const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const word of node.data.matchAll(/\\S+/g)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const lines = new Set([...range.getClientRects()].map((box) => Math.round(box.top)));
        if (lines.size > 1) cut.push(word[0]);
      }
    }
  }
  return cut;
}"""


def test_profile_table_headers_wrap_between_words_on_a_phone(live_server, page: Page) -> None:  # type: ignore[no-untyped-def]
    """`main { overflow-wrap: anywhere }` keeps long addresses inside a phone's screen, but
    it let the help table's columns shrink below a word ("Give/n", "Receive/d")."""
    with scopes_disabled():
        network = NetworkFactory(slug="tulsa")
        me = MembershipFactory(network=network, user__email="me@example.org").user
        gathering = GatheringFactory(network=network)
        given = PresentedProposalFactory(gathering=gathering)
        mine = PresentedProposalFactory(gathering=gathering, proposer=me)
        for capital in ("social", "intellectual", "institutional"):
            CommitmentFactory(proposal=given, committer=me, capital=capital)
            CommitmentFactory(proposal=mine, capital=capital)  # received
        membership = me.memberships.get(network=network)
    page.set_viewport_size({"width": 360, "height": 740})
    log_in(page, live_server.url, me.email)

    page.goto(f"{live_server.url}/n/tulsa/members/{membership.pk}/")
    expect(page.get_by_role("columnheader", name="Received")).to_be_visible()

    assert page.evaluate(WORDS_CUT_IN_HEADERS) == []
    assert page.evaluate("document.documentElement.scrollWidth") == 360
