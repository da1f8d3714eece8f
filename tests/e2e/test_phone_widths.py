"""Every page of the demo fits a phone and passes axe-core, for every role: the test walks
the links each role can reach (the menu, then the links on those pages), measures each page's
width and runs axe-core's WCAG 2.2 A/AA rules (no critical or serious violation) on the first
page of each kind. The menu folds behind one button and opens to every item, "Log out"
included.

Every page is measured at 390 px (a common phone) and at 320 px: the smallest phones still
in use (iPhone SE 1st generation, small Androids) and WCAG 2.2's reflow width (SC 1.4.10).
One walk serves both widths: each page is loaded at one and resized to the other, the load
width alternating page by page. The steward's walk is the long one (150 pages): a steward
runs the door list, the live console and the seating board from a phone in the room."""

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
from tests.e2e.conftest import AXE_LAYOUT_OPTIONS, Quiet, accessibility_problems

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}
SMALL_PHONE = {"width": 320, "height": 568}
SCREENS = (PHONE, SMALL_PHONE)
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


Found = dict[tuple[int, str], list[str]]  # (screen width, path) -> what was found


def _measure(page: Page, path: str, screen_width: int, found: dict[str, Found]) -> None:
    """The page as it stands at `screen_width`: its width (with what widens it past the
    screen) and the checkboxes parted from their labels or words cut across lines."""
    width = page.evaluate("document.documentElement.scrollWidth")
    if width > screen_width:
        found["too_wide"][screen_width, path] = [f"{width} px", *page.evaluate(WIDENERS)]
    if apart := page.evaluate(APART) + page.evaluate(BROKEN):
        found["apart"][screen_width, path] = apart


def _walk(page: Page, base: str) -> tuple[int, dict[str, Found]]:
    """Breadth first from the landing page: every page reached is measured at both widths,
    loaded at one and resized to the other (the load width alternates page by page, so both
    widths are also met as a fresh load), and the first page of each kind gets all of
    axe-core's rules at the width it was loaded at and its layout rules at the other
    (`AXE_LAYOUT_OPTIONS`). One walk for the two widths halves the page loads of a walk per
    width, the longest tests of CI. Returns the pages measured and what was found."""
    found: dict[str, Found] = {"too_wide": {}, "apart": {}, "problems": {}}
    kinds: dict[str, int] = {}
    quiet = Quiet(page)
    # axe-core runs on the first page of each kind: the second of a kind is walked for its
    # width (longer names, more rows) but shares its template and markup with the first, and
    # axe on every page was most of the steward's walk, the longest test of CI's 30 minutes.
    audited: set[str] = set()
    queue = deque([urlsplit(page.url).path])
    seen = set(queue)
    measured = 0
    while queue and measured < PAGES_PER_ROLE:
        path = queue.popleft()
        screens = SCREENS if measured % 2 == 0 else SCREENS[::-1]
        page.set_viewport_size(screens[0])
        response = page.goto(base + path)
        if (
            response is None
            or response.status != 200
            or "html" not in (response.headers.get("content-type", ""))
        ):
            continue
        measured += 1
        kind = _kind(path.split("?")[0])
        for k, screen in enumerate(screens):
            if k:
                page.set_viewport_size(screen)
            quiet.wait()
            _measure(page, path, screen["width"], found)
            if kind in audited:
                continue
            # All of axe's rules at the width the page was loaded at (it alternates), then
            # only the rules that read the layout at the other: colours and markup are the
            # same at both widths, and contrast was most of the walk's audits.
            options = AXE_LAYOUT_OPTIONS if k else None
            if problems := accessibility_problems(page, options):
                found["problems"][screen["width"], path] = problems
        audited.add(kind)
        for link in _links(page, base):
            kind = _kind(link.split("?")[0])
            if link in seen or kinds.get(kind, 0) >= PER_KIND:
                continue
            seen.add(link)
            kinds[kind] = kinds.get(kind, 0) + 1
            queue.append(link)
    return measured, found


@pytest.mark.parametrize(
    "email",
    [
        pytest.param(MEMBER_EMAIL, marks=pytest.mark.slow(45), id="member"),
        pytest.param(STEWARD_EMAIL, marks=pytest.mark.slow(140), id="steward"),
        pytest.param(YOUTH_EMAIL, marks=pytest.mark.slow(40), id="youth"),
        pytest.param(ADMIN_EMAIL, marks=pytest.mark.slow(20), id="admin"),
    ],
)
def test_every_page_a_role_reaches_fits_a_phone_and_passes_axe(  # type: ignore[no-untyped-def]
    live_server, browser: Browser, email: str
) -> None:
    generate_demo(anchor=date.today())
    context = browser.new_context(viewport=PHONE, is_mobile=True)
    page = context.new_page()
    _sign_in(page, live_server.url, email)

    menu_problems = {}
    for screen in SCREENS:
        page.set_viewport_size(screen)
        page.reload()
        menu = page.get_by_role("button", name="Menu")
        expect(page.get_by_role("button", name="Log out")).to_be_hidden()
        menu.click()
        expect(page.get_by_role("button", name="Log out")).to_be_visible()
        menu_problems[screen["width"]] = accessibility_problems(page)  # the menu open
    measured, found = _walk(page, live_server.url)
    context.close()

    assert measured >= 5
    assert found["too_wide"] == {}
    assert found["apart"] == {}
    assert menu_problems == {390: [], 320: []}
    assert found["problems"] == {}
