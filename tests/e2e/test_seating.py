"""Seating in the browser: a steward generates a plan, drags a person to another table and
sees the cost change, locks a table with the keyboard and publishes; a member then finds
their table on the gathering page of a 390 px phone, and a substitute on their pass, signed
in nowhere. On a phone the plans list breaks no word; a card of a table of twenty prints on
one page."""

from __future__ import annotations

import io

import pytest
from django_scopes import scopes_disabled
from playwright.sync_api import Browser, Page, expect
from pypdf import PdfReader

from collaboratory.gatherings.services import (
    rsvp_submit,
)
from collaboratory.seating.models import Seat, SeatingPlan
from collaboratory.seating.services import plan_generate, plan_publish
from tests.e2e.conftest import ready, settled
from tests.e2e.test_propose_and_select import sign_in
from tests.factories import MembershipFactory
from tests.seating.conftest import Room, make_room, small_groups_plan
from tests.seating.test_substitutes import substitute_with_pass

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def room() -> Room:
    return make_room()


def test_plan_drag_lock_publish_then_a_member_sees_their_table(  # type: ignore[no-untyped-def]
    live_server, page: Page, browser: Browser, room: Room
) -> None:
    base = f"{live_server.url}/n/{room.network.slug}"
    sign_in(page, live_server, room.steward)
    page.goto(f"{base}/gatherings/{room.gathering.pk}/")
    page.get_by_role("link", name="Seating").click()
    page.get_by_label("Session").select_option(label="Small groups")
    page.get_by_label("Tables").fill("3x5")
    page.get_by_role("button", name="Generate").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Small groups: seating plan")
    # Dragging needs board.js and htmx, both deferred: the plan page came from a form post.
    ready(page)

    # Twelve people at three tables of five: four each, 3 x 6 = 18 pairs meet, none tied yet.
    board = page.locator("#seating-board")
    expect(board.locator('[data-figure="new-ties"]')).to_have_text("18")
    first, second = page.get_by_test_id("table-1-1"), page.get_by_test_id("table-1-2")
    mover = first.locator(".seating-person").first
    name = mover.inner_text().strip()
    mover.drag_to(second.locator("h3"))

    expect(page.locator("#board-message")).to_have_text(f"{name} moved to table 2 in round 1.")
    # Three and five at the two tables now: 3 + 10 + 6 = 19 pairs.
    expect(board.locator('[data-figure="new-ties"]')).to_have_text("19")
    expect(page.get_by_test_id("table-1-2")).to_contain_text(name)
    expect(page.get_by_test_id("table-1-2").locator("h3")).to_contain_text("5/5")

    # The lock form is in the board htmx just swapped in: it is wired once the swap settles.
    settled(page)
    # With the keyboard: the board swapped in keeps the focus on the table's lock button
    # (it fell to the page's top, 30 tab stops from the next table, before the buttons had
    # ids htmx could find again).
    page.get_by_role("button", name="Lock table 1").focus()
    page.keyboard.press("Enter")
    expect(page.locator("#board-message")).to_have_text("Table 1 is locked in round 1.")
    expect(page.get_by_role("button", name="Unlock table 1")).to_be_focused()
    page.get_by_role("button", name="Publish to members").click()
    expect(page.get_by_role("status").first).to_contain_text("Published")

    with scopes_disabled():
        plan = SeatingPlan.objects.get()
        moved = Seat.objects.get(plan=plan, user__full_name=name)
        assert (moved.table, plan.new_ties) == (1, 19)
        assert list(plan.locks.values_list("round", "table")) == [(0, 0)]
        me = room.people[-1]
        table = Seat.objects.get(plan=plan, user=me).table

    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    member_page = phone.new_page()
    sign_in(member_page, live_server, me)
    member_page.goto(f"{base}/gatherings/{room.gathering.pk}/")
    mine = member_page.locator("#my-table")
    expect(mine).to_contain_text("Your table")
    expect(mine).to_contain_text(f"Table {table + 1}")
    width = member_page.evaluate("document.documentElement.scrollWidth")
    phone.close()
    assert width == 390


def test_a_substitute_finds_their_table_on_the_pass(  # type: ignore[no-untyped-def]
    live_server, browser: Browser, room: Room
) -> None:
    with scopes_disabled():
        substitution, token = substitute_with_pass(room)
        plan = plan_generate(
            gathering=room.gathering,
            agenda_item=room.groups,
            rounds=1,
            table_sizes=[6, 6],
            actor=room.steward,
            time_limit=0.1,
        )
        plan_publish(plan=plan, actor=room.steward)
        seat = Seat.objects.get(plan=plan, substitution=substitution)
        mates = sorted(
            s.user.full_name
            for s in Seat.objects.filter(plan=plan, table=seat.table, user__isnull=False)
        )

    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = phone.new_page()
    page.goto(f"{live_server.url}/gatherings/pass/key/{token}/")

    expect(page.get_by_role("heading", level=1)).to_have_text("Gathering pass")
    mine = page.locator("#my-table")
    expect(mine).to_contain_text(f"Table {seat.table + 1}")
    expect(mine.locator(".my-table-mates li")).to_have_text(mates)
    width = page.evaluate("document.documentElement.scrollWidth")
    # In Spanish, from the pass itself (sent without a referrer: the switch once answered a
    # bare 403 there), and back on the pass, not the home page.
    page.get_by_label("Language").select_option("es")
    page.get_by_role("button", name="Change language").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Pase para el encuentro")
    expect(page.locator("#my-table")).to_contain_text(f"Mesa {seat.table + 1}")
    phone.close()
    assert width == 390


BROKEN_WORDS = """() => {
  const broken = [];
  for (const cell of document.querySelectorAll('.seating-versions th, .seating-versions td')) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    let node;
    while ((node = walker.nextNode())) {
      const word = /\\S+/g;
      let m;
      while ((m = word.exec(node.data))) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(m[0]);
      }
    }
  }
  return broken;
}"""


def test_on_a_phone_the_plans_list_breaks_no_word(  # type: ignore[no-untyped-def]
    live_server, browser: Browser, room: Room
) -> None:
    with scopes_disabled():
        for seed in range(2):
            plan_generate(
                gathering=room.gathering,
                agenda_item=room.groups,
                rounds=1,
                table_sizes=[6, 6],
                actor=room.steward,
                time_limit=0.1,
                seed=seed,
            )
    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = phone.new_page()
    sign_in(page, live_server, room.steward)

    page.goto(f"{live_server.url}/n/{room.network.slug}/seating/gatherings/{room.gathering.pk}/")

    expect(page.locator(".seating-versions")).to_be_visible()
    broken = page.evaluate(BROKEN_WORDS)
    width = page.evaluate("document.documentElement.scrollWidth")
    phone.close()
    assert broken == []
    assert width == 390


# Names as long as people's are: two surnames, hyphens. At a table of twenty they wrapped to
# two lines each, and the card went on to a second sheet of US Letter, leaving its heading
# alone on the first.
LONG_NAMES = [
    "María Guadalupe Fernández de Castro",
    "Oluwaseun Adebayo-Okonkwo Williams",
    "Jean-Baptiste Lefèvre-Delacroix",
    "Alexandra Konstantinopoulou-Smith",
]


@pytest.mark.parametrize("paper", ["Letter", "A4"])
def test_a_card_of_a_table_of_twenty_prints_on_one_page(  # type: ignore[no-untyped-def]
    live_server, page: Page, room: Room, paper: str
) -> None:
    with scopes_disabled():
        for i in range(8):
            late = MembershipFactory(
                network=room.network, user__full_name=f"{LONG_NAMES[i % 4]} Latecomer {i}"
            ).user
            rsvp_submit(gathering=room.gathering, user=late, answer="yes", both_parts=True)
        for i, person in enumerate(room.people):
            person.full_name = f"{LONG_NAMES[i % 4]} {i}"
            person.save(update_fields=["full_name"])
        plan = plan_generate(
            gathering=room.gathering,
            agenda_item=None,
            rounds=1,
            table_sizes=[20],
            actor=room.steward,
            time_limit=0.1,
        )
    sign_in(page, live_server, room.steward)
    page.goto(f"{live_server.url}/n/{room.network.slug}/seating/plans/{plan.pk}/cards/")
    expect(page.locator(".table-card")).to_have_count(1)

    # As the browser's print command lays it out, with a printer's margins.
    pdf = page.pdf(
        format=paper, margin={side: "0.4in" for side in ("top", "bottom", "left", "right")}
    )

    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1


# A steward drags a name in the third round of a plan of fifty people on a laptop. The
# answer (a refusal, or "X moved to table 2") and the recounted figures sat above the board,
# some 2,500 px up the page: after the drop the name snapped back, or moved, and nothing in
# view said why or what it cost. They now stay in view above the tables.


def _in_view(page: Page, selector: str) -> bool:
    return bool(
        page.locator(selector).evaluate(
            "e => { const r = e.getBoundingClientRect();"
            " return r.top >= 0 && r.bottom <= window.innerHeight; }"
        )
    )


def test_the_answer_to_a_drag_far_down_the_board_is_in_view(  # type: ignore[no-untyped-def]
    live_server, page: Page
) -> None:
    room = make_room()
    with scopes_disabled():
        plan = small_groups_plan(room, table_sizes=[4, 4, 4], rounds=3)
    page.set_viewport_size({"width": 1280, "height": 600})
    sign_in(page, live_server, room.steward)
    page.goto(f"{live_server.url}/n/{room.network.slug}/seating/plans/{plan.pk}/")
    ready(page)

    target = page.get_by_test_id("table-3-2")
    target.scroll_into_view_if_needed()
    mover = page.get_by_test_id("table-3-1").locator(".seating-person").first
    name = mover.inner_text().strip()
    mover.drag_to(target.locator("h3"))  # a full table: refused

    message = page.locator("#board-message")
    expect(message).to_contain_text(f"Table 2 is full: swap {name}")
    assert page.evaluate("window.scrollY") > 300  # still down the page, where the drop was
    assert _in_view(page, "#board-message")
    live = page.locator("#seating-live")
    expect(live).to_contain_text("rules broken")
    assert _in_view(page, "#seating-live")
