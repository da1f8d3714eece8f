"""A steward runs the door list and the manage page's passes from a 375 px phone, with the
long names people have. What the walk found: the door list squeezed a check-in button to a
column that broke the name mid-word ("Ostrovs/kaya-/Whitfiel/d") and the "Checked in" badge
to a circle ("Chec/ked/in"); every member who said yes had sent a substitute, and the list
said "Nobody has said yes yet" above the passes; a search for a member named on a pass
listed them twice, each row with a button; and the manage page's tables of stipends,
substitutes and RSVPs broke every word ("Memb/er", "R/e/as/o/n", "Approve/d"). The pass
page and the stopped pass page held up, and are walked too."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone
from django_scopes import scopes_disabled
from playwright.sync_api import Browser, Page

from collaboratory.gatherings.models import Gathering
from collaboratory.gatherings.services import (
    rsvp_submit,
    substitution_check_in,
    substitution_decide,
    substitution_request,
    substitution_revoke,
)
from collaboratory.networks.models import Role
from tests.e2e.conftest import accessibility_problems, log_in, ready
from tests.factories import GatheringFactory, MembershipFactory, NetworkFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"viewport": {"width": 375, "height": 812}, "is_mobile": True, "has_touch": True}

# The words of `selector`'s elements that break across two lines: a word (between spaces or
# after a hyphen, where a line may break) whose box is more than one rectangle.
BROKEN_WORDS = """(selector) => {
  const broken = [];
  for (const el of document.querySelectorAll(selector)) {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of node.data.matchAll(/[^\\s-]+-?/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
        if (lines.size > 1) broken.push(match[0]);
      }
    }
  }
  return broken;
}"""


def _gathering_with_passes() -> tuple[Gathering, list[str]]:
    """Under way; three members with long names said yes and each sent a substitute: one a
    member named on the pass (Olga), one checked in, one withdrawn. Returns the passes."""
    network = NetworkFactory(slug="delta", name="Delta Collaboratory")
    steward = MembershipFactory(
        network=network, role=Role.STEWARD, user__email="steward@delta.example"
    ).user
    gathering = GatheringFactory(
        network=network,
        title="Spring Gathering",
        capacity=40,
        first_part_at=timezone.now().replace(microsecond=0) - timedelta(hours=1),
    )
    before = gathering.starts_at - timedelta(days=1)
    members = [
        MembershipFactory(network=network, user__full_name=name, organization_name=org).user
        for name, org in [
            ("Maria Guadalupe Hernandez-Villanueva", "Community Foundation for Rural Libraries"),
            ("Bo Li", "ACLU"),
            ("Christopher Alexander Montgomery III", "Internationalwirtschaftsinstitut"),
        ]
    ]
    MembershipFactory(
        network=network,
        user__full_name="Olga Ostrovskaya-Whitfield",
        user__email="olga@delta.example",
    )
    passes = []
    with scopes_disabled():
        for member, (name, email) in zip(
            members,
            [
                ("Olga Ostrovskaya-Whitfield", "OLGA@delta.example"),
                ("Bartholomew Kensington-Abernathy", "bart@example.org"),
                ("Sam Standin", "sam@example.org"),
            ],
            strict=True,
        ):
            rsvp_submit(gathering=gathering, user=member, answer="yes", both_parts=True, now=before)
            request = substitution_request(
                gathering=gathering,
                member=member,
                name=name,
                email=email,
                reason="Travelling",
                now=before,
            )
            token = substitution_decide(
                substitution=request, approve=True, actor=steward, now=before
            )
            passes.append(str(token))
        _olga, bart, sam = gathering.substitutions.order_by("pk")
        substitution_check_in(substitution=bart, actor=steward)
        substitution_revoke(substitution=sam, actor=steward)
    return gathering, passes


def _phone(browser: Browser) -> Page:
    return browser.new_context(**PHONE).new_page()  # type: ignore[arg-type]


def _fits(page: Page) -> None:
    assert page.evaluate("document.documentElement.scrollWidth") == 375, page.url


def test_the_door_list_and_the_passes_read_whole_on_a_375_px_phone(
    live_server,  # type: ignore[no-untyped-def]
    browser: Browser,
) -> None:
    gathering, passes = _gathering_with_passes()
    page = _phone(browser)
    log_in(page, live_server.url, "steward@delta.example")
    door = f"{live_server.url}/n/delta/gatherings/{gathering.pk}/door/"

    page.goto(door)
    ready(page)
    _fits(page)
    assert page.evaluate(BROKEN_WORDS, ".door-row button, .door-row .badge") == []
    assert page.get_by_text("Nobody has said yes yet").count() == 0
    assert accessibility_problems(page) == []

    page.goto(f"{door}?q=Olga")
    ready(page)
    _fits(page)
    row = page.locator(".door-row")
    assert row.count() == 1
    assert "substitute of Maria Guadalupe Hernandez-Villanueva" in row.inner_text()
    assert page.evaluate(BROKEN_WORDS, ".door-row button, .door-row .badge") == []
    page.get_by_role("button", name="Check in Olga Ostrovskaya-Whitfield").click()
    ready(page)
    assert "Checked in" in page.locator(".door-row").inner_text()

    page.goto(f"{live_server.url}/n/delta/gatherings/{gathering.pk}/manage/")
    ready(page)
    _fits(page)
    assert page.evaluate(BROKEN_WORDS, "main th, main td") == []
    assert accessibility_problems(page) == []

    visitor = _phone(browser)
    for token, heading in ((passes[0], "Gathering pass"), (passes[2], "This pass no longer works")):
        visitor.goto(f"{live_server.url}/gatherings/pass/key/{token}/")
        ready(visitor)
        assert visitor.get_by_role("heading", level=1).inner_text() == heading
        _fits(visitor)
        assert visitor.evaluate(BROKEN_WORDS, "main p, main li, main h1") == []
        assert accessibility_problems(visitor) == []
