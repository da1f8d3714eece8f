"""Every page of the demo fits a 390 px phone and passes axe-core, for every role: the test
walks the links each role can reach (the menu, then the links on those pages), measures each
page's width and runs axe-core's WCAG 2.2 A/AA rules (no critical or serious violation) on
the first page of each kind. The
menu folds behind one button and opens to every item, "Log out" included.

Every role also walks at 320 px: the smallest phones still in use (iPhone SE 1st generation,
small Androids) and WCAG 2.2's reflow width (SC 1.4.10). The steward's walk is the long one
(150 pages, about a minute each width), and it is walked at both: a steward runs the door
list, the live console and the seating board from a phone in the room. It was left at 390 px
while CI pressed on its 30 minutes; CI now takes 13-19 minutes."""

from __future__ import annotations

import re
from collections import deque
from datetime import date
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, expect

from collaboratory.demo.generator import (
    ADMIN_EMAIL,
    DEMO_PASSWORD,
    MEMBER_EMAIL,
    STEWARD_EMAIL,
    YOUTH_EMAIL,
    generate_demo,
)
from tests.e2e.conftest import Quiet, accessibility_problems

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}
SMALL_PHONE = {"width": 320, "height": 568}
# Files and feeds are not pages; logging out would end the walk. The REST API's reference
# (/api/v1/docs) is Swagger UI's own layout for developers, not one of our pages.
SKIP = re.compile(
    r"\.(csv|pdf|ics|svg|png|jpg|json|txt)$|/export|/accounts/logout|/static/|/media/|/healthz"
    r"|^/api/v1/docs"
)
# Pages of one kind (a commitment, a gathering) are laid out alike: a few of each will do.
PER_KIND = 2
PAGES_PER_ROLE = 150


def _kind(path: str) -> str:
    return re.sub(r"\d+", "N", path)


def _sign_in(page: Page, base: str, email: str) -> None:
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_load_state("networkidle")


def _links(page: Page, base: str) -> list[str]:
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
    found = []
    for href in hrefs:
        parts = urlsplit(href)
        if f"{parts.scheme}://{parts.netloc}" != base or SKIP.search(parts.path):
            continue
        found.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return found


# What makes a page wider than the screen: the elements that reach past its right edge while
# their parent does not, leaving out those inside a box that scrolls or clips them.
WIDENERS = """() => {
  const edge = document.documentElement.clientWidth;
  const clips = (el) => {
    for (let up = el.parentElement; up; up = up.parentElement) {
      if (getComputedStyle(up).overflowX !== "visible") return up !== document.body
        && up !== document.documentElement;
    }
    return false;
  };
  const name = (el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "")
    + [...el.classList].map((c) => "." + c).join("");
  const found = [];
  for (const el of document.body.querySelectorAll("*")) {
    const right = el.getBoundingClientRect().right;
    const parent = el.parentElement.getBoundingClientRect().right;
    if (right > edge + 0.5 && parent <= edge + 0.5 && !clips(el)) {
      found.push(`${name(el.parentElement)} > ${name(el)} (${Math.round(right)} px)`);
    }
  }
  return found.slice(0, 3);
}"""


# A checkbox or radio button whose words fell to another line (a flex row of filters wrapped
# between the box and its label at 390 px): the box is wholly above or below its label's
# text. A label of two lines beside a box centred on them is fine.
APART = """() => {
  const found = [];
  const name = (el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "")
    + [...el.classList].map((c) => "." + c).join("");
  for (const box of document.querySelectorAll('input[type="checkbox"], input[type="radio"]')) {
    const b = box.getBoundingClientRect();
    const label = box.labels && box.labels[0];
    if (!label || b.width === 0 || b.height === 0) continue;
    const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
    let text = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.textContent.trim()) { text = node; break; }
    }
    if (!text) continue;
    const range = document.createRange();
    range.selectNodeContents(text);
    const lines = [...range.getClientRects()].filter((r) => r.width > 0);
    if (!lines.length) continue;
    const top = Math.min(...lines.map((r) => r.top));
    const bottom = Math.max(...lines.map((r) => r.bottom));
    if (b.bottom <= top || b.top >= bottom) {
      found.push(`${name(box)}: "${text.textContent.trim().slice(0, 30)}"`);
    }
  }
  return found.slice(0, 3);
}"""


# A word of a checkbox's or radio button's label cut across two lines ("Naom / i Olsen": the
# live room's presenter names, squeezed by the project title beside them): a word of letters
# whose characters sit on more than one line.
BROKEN = """() => {
  const found = [];
  for (const box of document.querySelectorAll('input[type="checkbox"], input[type="radio"]')) {
    const label = box.labels && box.labels[0];
    if (!label || box.getBoundingClientRect().width === 0) continue;
    const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const word of node.textContent.matchAll(/\\p{L}{2,20}/gu)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0)
          .map((r) => Math.round(r.top)));
        if (tops.size > 1) found.push(word[0]);
      }
    }
  }
  return found.slice(0, 3);
}"""


def _walk(
    page: Page, base: str, screen_width: int
) -> tuple[dict[str, tuple[int, list[str]]], dict[str, list[str]], dict[str, list[str]]]:
    """Breadth first from the landing page; the width (with what widens a page wider than the
    screen), the checkboxes parted from their labels and the accessibility problems of every
    page reached."""
    widths: dict[str, tuple[int, list[str]]] = {}
    apart: dict[str, list[str]] = {}
    problems: dict[str, list[str]] = {}
    kinds: dict[str, int] = {}
    quiet = Quiet(page)
    # axe-core runs on the first page of each kind: the second of a kind is walked for its
    # width (longer names, more rows) but shares its template and markup with the first, and
    # axe on every page was most of the steward's walk, the longest test of CI's 30 minutes.
    audited: set[str] = set()
    queue = deque([urlsplit(page.url).path])
    seen = set(queue)
    while queue and len(widths) < PAGES_PER_ROLE:
        path = queue.popleft()
        response = page.goto(base + path)
        if (
            response is None
            or response.status != 200
            or "html" not in (response.headers.get("content-type", ""))
        ):
            continue
        quiet.wait()
        width = page.evaluate("document.documentElement.scrollWidth")
        widths[path] = (
            width,
            page.evaluate(WIDENERS) if width > screen_width else [],
        )
        if found := page.evaluate(APART) + page.evaluate(BROKEN):
            apart[path] = found
        kind = _kind(path.split("?")[0])
        if kind not in audited and (found := accessibility_problems(page)):
            problems[path] = found
        audited.add(kind)
        for link in _links(page, base):
            kind = _kind(link.split("?")[0])
            if link in seen or kinds.get(kind, 0) >= PER_KIND:
                continue
            seen.add(link)
            kinds[kind] = kinds.get(kind, 0) + 1
            queue.append(link)
    return widths, apart, problems


@pytest.mark.parametrize(
    ("email", "screen"),
    [
        pytest.param(MEMBER_EMAIL, PHONE, marks=pytest.mark.slow(35), id="member-390"),
        pytest.param(MEMBER_EMAIL, SMALL_PHONE, marks=pytest.mark.slow(35), id="member-320"),
        pytest.param(STEWARD_EMAIL, PHONE, marks=pytest.mark.slow(110), id="steward-390"),
        pytest.param(STEWARD_EMAIL, SMALL_PHONE, marks=pytest.mark.slow(110), id="steward-320"),
        pytest.param(YOUTH_EMAIL, PHONE, marks=pytest.mark.slow(35), id="youth-390"),
        pytest.param(YOUTH_EMAIL, SMALL_PHONE, marks=pytest.mark.slow(35), id="youth-320"),
        pytest.param(ADMIN_EMAIL, PHONE, marks=pytest.mark.slow(15), id="admin-390"),
        pytest.param(ADMIN_EMAIL, SMALL_PHONE, marks=pytest.mark.slow(15), id="admin-320"),
    ],
)
def test_every_page_a_role_reaches_fits_a_phone_and_passes_axe(  # type: ignore[no-untyped-def]
    live_server, browser: Browser, email: str, screen: dict[str, int]
) -> None:
    generate_demo(anchor=date.today())
    context = browser.new_context(viewport=screen, is_mobile=True)
    page = context.new_page()
    _sign_in(page, live_server.url, email)

    menu = page.get_by_role("button", name="Menu")
    expect(page.get_by_role("button", name="Log out")).to_be_hidden()
    menu.click()
    expect(page.get_by_role("button", name="Log out")).to_be_visible()
    menu_problems = accessibility_problems(page)  # the menu open
    widths, apart, problems = _walk(page, live_server.url, screen["width"])
    context.close()

    assert len(widths) >= 5, widths
    too_wide = {path: found for path, found in widths.items() if found[0] > screen["width"]}
    assert too_wide == {}
    assert apart == {}
    assert menu_problems == []
    assert problems == {}
