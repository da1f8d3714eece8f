"""A steward walks the roster and the webhooks pages on a laptop and on a phone (375 px).

What the walk found: on a phone the roster's five columns shrank until every word broke a
letter a line ("O/r/g/a/n/i/z/a/t/i/o/n", the names too), since a phone's `main` lets words
break anywhere and nothing kept the table whole; on a laptop the roster's search form
wrapped "Status" to the end of one line and its menu to the start of the next; and a
webhook's page with a delivery was 583 px wide on a 375 px phone, pushed out by the log's
hidden "Actions" header (positioned outside the box that scrolls the log)."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from django_scopes import scopes_disabled
from playwright.sync_api import Page, expect

from collaboratory.webhooks.models import EventType, WebhookDelivery
from tests.conftest import World
from tests.e2e.conftest import accessibility_problems, ready
from tests.e2e.test_propose_and_select import sign_in
from tests.factories import MembershipFactory
from tests.webhooks.conftest import hook_for

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 375, "height": 812}
LAPTOP = {"width": 1280, "height": 800}

# Words of the element's text laid out over more than one line: a word broken mid-way.
BROKEN_WORDS = """(root) => {
  const broken = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    // Not drawn (a closed <details>, a hidden label), or an address, which may wrap.
    if (!parent.checkVisibility() || parent.closest(".visually-hidden, option, code")) continue;
    const re = /\\S+/g;
    for (let m = re.exec(node.textContent); m; m = re.exec(node.textContent)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      if (lines.size > 1) broken.push(m[0]);
    }
  }
  return broken.slice(0, 5);
}"""

WIDTHS = "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"


def _box(page: Page, selector: str) -> dict[str, float]:
    box = page.locator(selector).bounding_box()
    assert box is not None, selector
    return box


def test_the_roster_reads_in_whole_words_on_a_phone(  # type: ignore[no-untyped-def]
    live_server, page: Page, world: World
) -> None:
    with scopes_disabled():
        MembershipFactory(
            network=world.alpha,
            user__full_name="Bartholomew Featherstonehaugh",
            organization_name="Eastside Neighborhood Alliance",
        )
    sign_in(page, live_server, world.personas["steward"])
    page.set_viewport_size(PHONE)

    page.goto(f"{live_server.url}/n/alpha/roster/?q=Featherstonehaugh")
    ready(page)

    table = page.locator("main table").first
    expect(table).to_contain_text("Bartholomew Featherstonehaugh")
    assert table.evaluate(BROKEN_WORDS) == []
    assert page.evaluate(WIDTHS) == [375, 375]
    # The name stays in view while the row scrolls to its status form.
    region = page.get_by_role("region", name="Roster")
    region.evaluate("(box) => { box.scrollLeft = box.scrollWidth; }")
    name = _box(page, "table.roster tbody td:first-child")
    assert name["x"] >= 0
    assert _box(page, "table.roster tbody td:last-child")["x"] + 10 < 375
    assert accessibility_problems(page) == []


SEARCHES = {
    "roster": ("roster-q", "status-filter"),
    "invitations": ("invitations-q", "invitations-state"),
    "follow-through": ("id_status", "id_capital"),  # My commitments
}


def test_the_roster_search_keeps_each_label_by_its_field(  # type: ignore[no-untyped-def]
    live_server, page: Page, world: World
) -> None:
    """Above it, or just before it on the same line with a space's width between: never at
    the end of one line with its field at the start of the next (the invitations page's
    search had that fault), nor touching it (My commitments' "Kind of capital" was 0 px
    from its menu on a laptop and a phone, written with nothing between them)."""
    sign_in(page, live_server, world.personas["steward"])
    for size, (path, fields) in itertools.product((LAPTOP, PHONE), SEARCHES.items()):
        page.set_viewport_size(size)
        page.goto(f"{live_server.url}/n/alpha/{path}/")
        ready(page)
        for field in fields:
            label, box = _box(page, f"label[for={field}]"), _box(page, f"#{field}")
            above = abs(label["x"] - box["x"]) < 2 and 0 <= box["y"] - label["y"] < 60
            gap = box["x"] - (label["x"] + label["width"])
            before = (
                4 <= gap < 24
                and abs((label["y"] + label["height"] / 2) - (box["y"] + box["height"] / 2)) < 12
            )
            assert above or before, (size, path, field, label, box, gap)


def test_a_webhooks_page_with_deliveries_fits_a_phone(  # type: ignore[no-untyped-def]
    live_server, page: Page, world: World, settings: Any
) -> None:
    hook = hook_for(world.alpha, world.personas["steward"], "https://192.0.43.10/in")  # type: ignore[arg-type]
    with scopes_disabled():
        for status in ("failed", "delivered"):
            WebhookDelivery.objects.create(
                webhook=hook,
                url=hook.url,
                event_type=EventType.COMMITMENT_MADE,
                payload={},
                status=status,
                attempts=1,
                last_status_code=500 if status == "failed" else 200,
            )
    sign_in(page, live_server, world.personas["steward"])

    for size in (PHONE, LAPTOP):
        page.set_viewport_size(size)
        for path in ("", f"{hook.pk}/", f"{hook.pk}/edit/", "new/"):
            page.goto(f"{live_server.url}/n/alpha/webhooks/{path}")
            ready(page)
            assert page.evaluate(WIDTHS) == [size["width"]] * 2, path
            assert page.locator("main").evaluate(BROKEN_WORDS) == [], path
    page.goto(f"{live_server.url}/n/alpha/webhooks/{hook.pk}/")
    assert accessibility_problems(page) == []


# A webhook's tools, as drawn: each control's box and whether its words are cut.
TOOLS = """() => [...document.querySelectorAll(
    ".actions > form > button, .actions > a, .actions > details > summary")].map((el) => {
  const r = el.getBoundingClientRect();
  return {name: el.textContent.trim(), left: r.left, right: r.right, top: r.top,
          bottom: r.bottom, cut: el.scrollWidth > el.clientWidth + 1};
})"""


def test_a_webhooks_buttons_wrap_in_even_rows_on_a_phone(  # type: ignore[no-untyped-def]
    live_server, page: Page, world: World
) -> None:
    """At 375 px "Send test" stood alone on its line with room for "Reveal secret" beside it
    (each form kept a margin of its own on top of the row's gap), "Rotate secret…" and
    "Delete…" were bare disclosure text among buttons, and the gaps between buttons on one
    line differed (8 and 16 px). Now: every control whole and inside the screen, one gap
    between any two on a line, a line's controls sharing a top and a height, and a control
    starting a line only when it had no room at the end of the line before."""
    hook = hook_for(world.alpha, world.personas["steward"], "https://192.0.43.10/in")  # type: ignore[arg-type]
    sign_in(page, live_server, world.personas["steward"])
    for size in (PHONE, {"width": 320, "height": 640}):
        page.set_viewport_size(size)
        page.goto(f"{live_server.url}/n/alpha/webhooks/{hook.pk}/")
        ready(page)
        row = _box(page, ".actions")
        tools = page.evaluate(TOOLS)
        assert [t["name"] for t in tools] == [
            "Send test",
            "Reveal secret",
            "Rotate secret…",
            "Edit",
            "Delete…",
        ]
        lines: list[list[dict[str, Any]]] = []
        for tool in tools:
            assert not tool["cut"], (size, tool)
            assert tool["left"] >= row["x"] - 0.5, (size, tool)
            assert tool["right"] <= min(row["x"] + row["width"], size["width"]) + 0.5, (size, tool)
            if lines and tool["top"] < lines[-1][-1]["bottom"]:
                lines[-1].append(tool)
            else:
                lines.append([tool])
        gaps = {
            round(b["left"] - a["right"]) for line in lines for a, b in itertools.pairwise(line)
        }
        assert len(gaps) <= 1, (size, gaps)
        gap = gaps.pop() if gaps else 8
        for line in lines:
            assert {round(t["top"]) for t in line} == {round(line[0]["top"])}, (size, line)
            assert {round(t["bottom"]) for t in line} == {round(line[0]["bottom"])}, (size, line)
        for before, after in itertools.pairwise(lines):
            first = after[0]
            room = row["x"] + row["width"] - before[-1]["right"] - gap
            assert first["right"] - first["left"] > room, (size, before, first)


def test_invitations_and_decided_nominations_read_in_whole_words_on_a_phone(  # type: ignore[no-untyped-def]
    live_server, page: Page, world: World
) -> None:
    """Both tables shrank to a 320 px screen a letter a line ("P/e/n/d/i/n/g"); boxed, the
    nominations page's one-column grid then grew to the table's width until its column
    was held to the screen (`minmax(0, 1fr)`)."""
    from collaboratory.networks.models import Nomination
    from collaboratory.networks.services import nomination_decide

    with scopes_disabled():
        nomination = Nomination.objects.get(pk=world.objects[("alpha", "nomination")])
        nomination_decide(
            nomination=nomination,
            accept=False,
            note="Same organization as two current members; revisit next year.",
            actor=world.personas["steward"],  # type: ignore[arg-type]
        )
    sign_in(page, live_server, world.personas["steward"])
    page.set_viewport_size({"width": 320, "height": 700})
    for path, region_name in (("invitations", "Sent"), ("nominations", "Decided")):
        page.goto(f"{live_server.url}/n/alpha/{path}/")
        ready(page)
        region = page.get_by_role("region", name=region_name)
        assert region.locator("table th").first.evaluate(BROKEN_WORDS) == [], path
        assert region.locator("table tbody tr").first.evaluate(BROKEN_WORDS) == [], path
        assert page.evaluate(WIDTHS) == [320, 320], path
