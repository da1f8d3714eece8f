"""The live room in two browsers: a checked-in member commits from the phone view and the
projection board shows it without a reload; a vague offer gets the guard's hint first; a
commitment made offline waits on the phone and is saved once when the connection returns."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import TYPE_CHECKING

import pytest
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from django.utils import timezone
from django_scopes import scopes_disabled
from playwright.sync_api import (
    APIResponse,
    Browser,
    BrowserContext,
    Dialog,
    Page,
    Route,
    expect,
)

from collaboratory.commitments.models import Commitment
from collaboratory.commitments.services import commitment_window_open, presentation_start
from collaboratory.gatherings.models import Gathering
from collaboratory.people.models import User
from tests.commitments.conftest import FIRM, Room
from tests.commitments.conftest import room as room
from tests.commitments.screens_helpers import check_in, second_presenter
from tests.e2e.conftest import ready

if TYPE_CHECKING:
    from playwright._impl._api_structures import SetCookieParam

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}
BOARD = {"width": 1600, "height": 900}
VAGUE = "Happy to help, let me know"
OFFLINE = "I will introduce you to 2 city council members by April 30"


def session_cookie(live_server, user: User) -> SetCookieParam:  # type: ignore[no-untyped-def]
    """A signed-in session's cookie (the login form has its own test)."""
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "allauth.account.auth_backends.AuthenticationBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.save()
    return {"name": "sessionid", "value": session.session_key or "", "url": live_server.url}


def signed_in(  # type: ignore[no-untyped-def]
    browser: Browser, live_server, user: User, viewport: dict[str, int]
) -> BrowserContext:
    """A browser context holding a signed-in session."""
    context = browser.new_context(viewport=viewport)
    context.add_cookies([session_cookie(live_server, user)])
    return context


def on_stage(room: Room, *, window: bool = False) -> Gathering:
    """The room's presenter on stage, and taking commitments with `window`: what the
    steward's console would have done before the screens open."""
    with scopes_disabled():
        gathering = room.proposal.gathering
        presentation_start(gathering=gathering, proposal=room.proposal, actor=room.steward)
        if window:
            commitment_window_open(gathering=gathering, proposal=room.proposal, actor=room.steward)
    return gathering


def live(page: Page) -> Page:
    """Waits until the page follows the room (its stream is open)."""
    expect(page.get_by_text("Live", exact=True)).to_be_visible(timeout=10_000)
    return page


class Boards:
    """Opens the steward's projection board, the presenter on stage, each in a browser
    context of its own (closed after the test); the boards' console errors are collected."""

    def __init__(self, browser: Browser, live_server, room: Room) -> None:  # type: ignore[no-untyped-def]
        self.browser = browser
        self.live_server = live_server
        self.room = room
        self.errors: list[str] = []
        self.opened: list[BrowserContext] = []

    def open(self, viewport: dict[str, int] = BOARD, script: str = "") -> Page:
        """The board, loaded; `script` runs before the page's own."""
        gathering = on_stage(self.room)
        context = signed_in(self.browser, self.live_server, self.room.steward, viewport)
        self.opened.append(context)
        if script:
            context.add_init_script(script)
        board = context.new_page()
        board.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        board.goto(f"{self.live_server.url}/n/alpha/live/{gathering.pk}/board/")
        return board


@pytest.fixture
def boards(browser: Browser, live_server, room: Room) -> Iterator[Boards]:  # type: ignore[no-untyped-def]
    opener = Boards(browser, live_server, room)
    yield opener
    for context in opener.opened:
        context.close()


def go_offline(context: BrowserContext) -> None:
    """Cuts the context off and waits until each of its pages reports `navigator.onLine`
    false, what the phone's script checks before it sends, so a Commit tapped next is queued
    whatever the moment Chromium applies the emulated state."""
    context.set_offline(True)
    for page in context.pages:
        page.wait_for_function("() => navigator.onLine === false")


class Hold:
    """Bad wifi for a page's requests (`page.route(..., hold.route)`): the first `count`
    are held for ever, after reaching the server with `reach` (it answers, and the answer is
    kept in `answers` but never given); the rest go through. `seen` has every request."""

    def __init__(self, count: int = 1, *, reach: bool = False) -> None:
        self.count = count
        self.reach = reach
        self.held: list[Route] = []
        self.answers: list[APIResponse] = []
        self.seen: list[Route] = []

    def route(self, route: Route) -> None:
        self.seen.append(route)
        if len(self.held) >= self.count:
            route.continue_()
            return
        if self.reach:
            self.answers.append(route.fetch())
        self.held.append(route)

    def wait(self, page: Page, count: int = 1) -> None:
        """Until `count` requests are held."""
        wait_for(page, self.held, count)


@pytest.fixture
def contexts(browser: Browser, live_server, room: Room) -> Iterator[tuple[Page, Page, list[str]]]:  # type: ignore[no-untyped-def]
    """The board (a steward's big screen) and Dana's phone; console errors are collected."""
    gathering = on_stage(room, window=True)
    board_context = signed_in(browser, live_server, room.steward, BOARD)
    phone_context = signed_in(browser, live_server, room.dana, PHONE)
    errors: list[str] = []
    board = board_context.new_page()
    phone = phone_context.new_page()
    for page in (board, phone):
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    base = f"{live_server.url}/n/alpha/live/{gathering.pk}"
    board.goto(f"{base}/board/")
    phone.goto(f"{base}/")
    yield board, phone, errors
    board_context.close()
    phone_context.close()


def commit(phone: Page, text: str, amount: str = "", unit: str = "") -> None:
    phone.get_by_label("What exactly will you deliver?").fill(text)
    phone.get_by_label("How much (optional)").fill(amount)
    phone.get_by_label("Unit").select_option(unit)


def send(phone: Page, text: str, amount: str = "", unit: str = "") -> None:
    """Fills the phone's form and taps Commit."""
    commit(phone, text, amount, unit)
    phone.get_by_role("button", name="Commit").click()


def texts(room: Room) -> list[str]:
    with scopes_disabled():
        return list(Commitment.objects.filter(undone_at=None).values_list("what", flat=True))


def test_a_commitment_from_the_phone_reaches_the_board_and_a_vague_one_gets_the_hint(
    contexts: tuple[Page, Page, list[str]], room: Room
) -> None:
    board, phone, errors = contexts
    expect(board.locator(".board-presenter")).to_have_text(room.presenter.full_name)
    expect(board.locator(".board-total")).to_have_text("0 commitments")
    open_for = f"Commitments are open for {room.presenter.full_name}."
    expect(phone.get_by_text(open_for)).to_be_visible()

    phone.get_by_label(room.ask.what).check()
    send(phone, FIRM, "3", "introductions")

    expect(phone.locator(".queue-item[data-state=saved]")).to_contain_text(FIRM)
    expect(board.locator(".board-commitment")).to_contain_text(FIRM, timeout=10_000)
    expect(board.locator(".board-total")).to_have_text("1 commitment")

    commit(phone, VAGUE)
    hint = phone.locator("#what-hint")
    expect(hint).to_have_attribute("data-state", "vague")
    assert hint.inner_text() != ""
    phone.get_by_role("button", name="Commit").click()
    expect(phone.locator(".queue-item[data-state=needs_fix]")).to_contain_text(VAGUE)
    assert texts(room) == [FIRM]

    phone.get_by_role("button", name="Save it anyway").click()
    expect(phone.locator(".queue-item[data-state=saved]")).to_have_count(2)
    expect(board.get_by_text(VAGUE)).to_be_visible(timeout=10_000)
    assert sorted(texts(room)) == sorted([FIRM, VAGUE])
    # The browser logs the refused vague submission; nothing else went wrong.
    assert errors == [
        "Failed to load resource: the server responded with a status of 422 (Unprocessable Entity)"
    ]


def test_an_offline_commitment_waits_on_the_phone_and_is_saved_once(
    contexts: tuple[Page, Page, list[str]], room: Room
) -> None:
    board, phone, _errors = contexts
    live(phone)

    go_offline(phone.context)
    send(phone, OFFLINE, "2", "introductions")
    queued = phone.locator(".queue-item[data-state=queued]")
    expect(queued).to_contain_text(OFFLINE)
    # The queue lives in localStorage, one key per entry (prefix, owner, idempotency key),
    # so a reload keeps it.
    prefix = f"collaboratory.live.entry.{room.proposal.gathering_id}.{room.dana.pk}."
    stored = [name.removeprefix(prefix) for name in entry_names(phone, prefix)]
    assert len(stored) == 1
    assert texts(room) == []

    phone.context.set_offline(False)
    expect(phone.locator(".queue-item[data-state=saved]")).to_contain_text(OFFLINE)
    expect(board.get_by_text(OFFLINE)).to_be_visible(timeout=10_000)

    # A retry of the same item (as after an answer lost on bad wifi) re-sends the same key:
    # the server answers "duplicate" and stores nothing new.
    phone.evaluate(
        """prefix => {
            for (const name of Object.keys(localStorage)) {
                if (!name.startsWith(prefix)) { continue; }
                const item = JSON.parse(localStorage.getItem(name));
                item.state = 'queued';
                localStorage.setItem(name, JSON.stringify(item));
            }
        }""",
        prefix,
    )
    phone.reload()
    expect(phone.locator(".queue-item[data-state=saved]")).to_contain_text(OFFLINE)
    with scopes_disabled():
        saved = Commitment.objects.filter(what=OFFLINE).values_list("idempotency_key", flat=True)
        keys = [str(key) for key in saved]
    assert keys == stored


def entry_names(page: Page, prefix: str) -> list[str]:
    """The localStorage keys of the phone's queue that start with `prefix`."""
    names: list[str] = page.evaluate(
        "prefix => Object.keys(localStorage).filter(name => name.startsWith(prefix)).sort()",
        prefix,
    )
    return names


# A tab's view of localStorage frozen as it is now, plus its own writes: Chromium syncs the
# storage between a phone's tabs (renderer processes) a moment late, and this holds that
# moment open so the race is the same on every run.
STALE_STORAGE = """() => {
    const proto = Storage.prototype;
    const real = {set: proto.setItem, remove: proto.removeItem};
    const seen = new Map();
    for (let i = 0; i < localStorage.length; i++) {
        const name = localStorage.key(i);
        seen.set(name, localStorage.getItem(name));
    }
    proto.getItem = function (name) { return seen.has(name) ? seen.get(name) : null; };
    proto.setItem = function (name, value) {
        seen.set(name, String(value));
        real.set.call(this, name, value);
    };
    proto.removeItem = function (name) { seen.delete(name); real.remove.call(this, name); };
    proto.key = function (i) {
        const names = Array.from(seen.keys());
        return i < names.length ? names[i] : null;
    };
    Object.defineProperty(proto, "length", {configurable: true, get() { return seen.size; }});
}"""


def test_two_tabs_queueing_offline_each_keep_their_entry(  # type: ignore[no-untyped-def]
    contexts: tuple[Page, Page, list[str]], room: Room, live_server
) -> None:
    """The queue was one localStorage value for every tab: a tab holding a stale copy wrote
    it back with its own new entry and the other tab's entry was gone, never sent. Now each
    entry has its own key, and both are saved, once each."""
    _board, first, _errors = contexts
    context = first.context
    url = f"{live_server.url}/n/alpha/live/{room.proposal.gathering_id}/"
    second = context.new_page()
    second.goto(url)
    for page in (first, second):
        live(page)
    second.evaluate(STALE_STORAGE)
    go_offline(context)
    send(first, FIRM, "3", "introductions")
    expect(first.locator(".queue-item[data-state=queued]")).to_contain_text(FIRM)
    send(second, OFFLINE, "2", "introductions")
    expect(second.locator(".queue-item[data-state=queued]")).to_contain_text(OFFLINE)

    context.set_offline(False)
    expect(first.locator(".queue-item").filter(has_text=FIRM)).to_have_attribute(
        "data-state", "saved", timeout=10_000
    )
    expect(second.locator(".queue-item").filter(has_text=OFFLINE)).to_have_attribute(
        "data-state", "saved", timeout=10_000
    )
    third = context.new_page()
    third.goto(url)
    expect(third.locator(".queue-item[data-state=saved]")).to_have_count(2, timeout=10_000)
    assert sorted(texts(room)) == sorted([FIRM, OFFLINE])


def test_the_old_single_value_queue_is_taken_in_and_nothing_is_lost(  # type: ignore[no-untyped-def]
    contexts: tuple[Page, Page, list[str]], room: Room, live_server
) -> None:
    """A phone that queued entries under the old single-value queue (with an owner, and
    from before owners were kept) and then loads the new script: Dana's entries are moved to
    keys of their own and sent once, the steward's stays the steward's, the old value goes."""
    _board, phone, _errors = contexts
    gathering = room.proposal.gathering_id
    live(phone)
    keys = phone.evaluate(
        """([store, dana, steward]) => {
            const form = document.getElementById("commit-form");
            const fields = (what, key) => ({
                proposal: form.querySelector("input[name=proposal]:checked").value,
                ask: "general",
                capital: form.querySelector("input[name=capital]:checked").value,
                what: what, amount: "", unit: "",
                due_on: form.querySelector("#due_on").value,
                idempotency_key: key, accept_vague: "1"
            });
            const keys = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
            const queue = {};
            const item = (what, i, owner) => (
                {fields: fields(what, keys[i]), state: "queued", at: i, owner: owner}
            );
            queue[keys[0]] = item("Before owners", 0, undefined);
            queue[keys[1]] = item("Dana's own", 1, dana);
            queue[keys[2]] = item("The steward's", 2, steward);
            localStorage.setItem(store, JSON.stringify(queue));
            return keys;
        }""",
        [f"collaboratory.live.queue.{gathering}", room.dana.pk, room.steward.pk],
    )
    phone.reload()
    expect(phone.locator(".queue-item[data-state=saved]")).to_have_count(2, timeout=10_000)
    expect(phone.get_by_text("The steward's")).to_have_count(0)
    assert sorted(texts(room)) == ["Before owners", "Dana's own"]
    prefix = f"collaboratory.live.entry.{gathering}."
    assert entry_names(phone, prefix) == sorted(
        [
            f"{prefix}{room.dana.pk}.{keys[0]}",
            f"{prefix}{room.dana.pk}.{keys[1]}",
            f"{prefix}{room.steward.pk}.{keys[2]}",
        ]
    )
    assert entry_names(phone, "collaboratory.live.queue.") == []


def test_a_guard_hint_that_never_answers_is_given_up_and_never_blocks_the_commit(
    contexts: tuple[Page, Page, list[str]], room: Room
) -> None:
    """Each pause in typing sent a hint request with no timeout: on bad wifi the hung ones
    piled up and held the browser's few connections to the server, the Commit behind them,
    and a hint for an earlier text stayed beside the new one. Now one is out at a time,
    given up after 4 s, the newest text is checked next, and a stale hint is cleared."""
    _board, phone, _errors = contexts
    live(phone)
    asked: list[str] = []
    held: list[Route] = []

    def hold_odd(route: Route) -> None:
        asked.append(route.request.url)
        if len(asked) % 2:
            held.append(route)  # never answered
        else:
            route.continue_()

    phone.route(lambda url: "/assess?" in url, hold_odd)
    box = phone.get_by_label("What exactly will you deliver?")
    hint = phone.locator("#what-hint")
    box.fill("Happy to help")
    phone.wait_for_timeout(800)
    box.fill(VAGUE)
    phone.wait_for_timeout(800)
    assert len(asked) == 1  # the first still hangs: no second request beside it

    expect(hint).to_have_attribute("data-state", "vague", timeout=10_000)
    assert len(asked) == 2
    assert "let%20me%20know" in asked[1]

    box.fill(FIRM)  # its check hangs: the hint about the vague text must go
    expect(hint).to_have_text("", timeout=10_000)
    assert len(asked) == 3

    box.fill(OFFLINE)
    phone.get_by_role("button", name="Commit").click()
    expect(phone.locator(".queue-item").filter(has_text=OFFLINE)).to_have_attribute(
        "data-state", "saved", timeout=10_000
    )
    assert texts(room) == [OFFLINE]


@pytest.mark.slow(30)
def test_the_board_and_phone_follow_the_facilitator_and_the_timer_warns_in_words(
    contexts: tuple[Page, Page, list[str]], room: Room
) -> None:
    board, phone, errors = contexts
    expect(board.locator("[data-timer]")).to_have_attribute("data-state", "running")
    pat = second_presenter(room)

    with scopes_disabled():
        gathering = room.proposal.gathering
        # Pat started 6 min 42 s ago: 18 s of seven are left, enough for the board and the
        # phone to follow (1-3 s) before the timer runs out, which the test then waits for.
        presentation_start(
            gathering=gathering,
            proposal=pat,
            actor=room.steward,
            now=timezone.now() - timedelta(minutes=6, seconds=42),
        )
        commitment_window_open(gathering=gathering, proposal=pat, actor=room.steward)

    expect(board.locator(".board-presenter")).to_have_text("Pat Presenter", timeout=10_000)
    timer = board.locator("[data-timer]")
    expect(timer).to_have_attribute("data-state", "warning")
    expect(timer).to_contain_text("left: time to wrap up")
    expect(phone.get_by_text("Commitments are open for Pat Presenter.")).to_be_visible(
        timeout=10_000
    )
    # The phone offers the open presenter's asks, since its owner had not chosen yet.
    expect(phone.get_by_label("Ten volunteers for Saturdays")).to_be_visible()
    expect(timer).to_have_attribute("data-state", "over", timeout=25_000)
    expect(timer).to_contain_text("Time is up")
    assert errors == []


def test_the_board_fits_a_projected_screen_at_any_count(boards: Boards, room: Room) -> None:
    """At 1920x1080 the board ran below the screen after a few commitments."""
    long_what = (
        "I will introduce you to the three people who run the county's food bank network, "
        "and sit in on the first call with them, by the end of next month"
    )
    for i in range(40):
        room.commit(what=f"{long_what} ({i})", amount="3", unit="introductions")
    board = boards.open({"width": 1920, "height": 1080})

    expect(board.locator(".board-earlier")).to_contain_text("And 32 earlier commitments")
    height = board.evaluate("document.documentElement.scrollHeight")
    newest = board.locator(".board-commitment").first.text_content() or ""
    earlier = board.locator(".board-earlier").bounding_box()

    assert height <= 1080
    assert "(39)" in newest
    assert earlier is not None
    assert earlier["y"] + earlier["height"] <= 1080


NO_EVENTSOURCE = "delete window.EventSource;"


def test_a_browser_without_eventsource_follows_the_room_by_polling(
    boards: Boards, room: Room
) -> None:
    """The stream first; polling only where it cannot be opened, here a browser without
    EventSource: the board still shows a new commitment without a reload."""
    board = boards.open(script=NO_EVENTSOURCE)
    assert board.evaluate("typeof window.EventSource") == "undefined"
    live(board)

    room.commit()

    expect(board.locator(".board-commitment")).to_contain_text(FIRM, timeout=10_000)
    expect(board.locator(".board-total")).to_have_text("1 commitment")
    assert boards.errors == []


def test_the_phone_views_choices_keep_their_buttons_and_the_empty_list_says_what_it_is_for(
    contexts: tuple[Page, Page, list[str]],
) -> None:
    """At 390 px a long presenter title or ask squeezed its radio button to a dot, and each
    choice box stopped short of its fieldset's edge; under "Sent from this phone" an empty
    list said nothing."""
    _board, phone, _errors = contexts
    ready(phone)
    empty = phone.evaluate("getComputedStyle(document.getElementById('queue'), '::before').content")
    assert "Nothing yet: each commitment you send shows here" in empty

    phone.evaluate(
        "for (const label of document.querySelectorAll('label.choice.big'))"
        " label.append(' with words enough to wrap over three or four lines on a phone')"
    )
    shapes = phone.evaluate(
        """[...document.querySelectorAll('label.choice.big')].filter(l => l.offsetParent)
           .map(l => {
             const box = l.parentElement.getBoundingClientRect();
             const style = getComputedStyle(l.parentElement);
             const edge = box.right - parseFloat(style.paddingRight)
               - parseFloat(style.borderRightWidth);
             return [Math.round(l.querySelector('input').getBoundingClientRect().width),
                     Math.round(edge - l.getBoundingClientRect().right)]; })"""
    )
    widths = {width for width, _gap in shapes}
    assert len(shapes) >= 4
    assert len(widths) == 1  # one size: the 1.4rem it is given
    assert widths.pop() >= 20
    assert {gap for _width, gap in shapes} == {0}


def test_a_late_answer_on_bad_wifi_does_not_roll_the_board_back(boards: Boards, room: Room) -> None:
    """Each event re-fetches the board; on a slow network an older fetch can answer after a
    newer one. Applied as it came, it put the board back to before the second commitment
    until the next event."""
    board = live(boards.open())
    hold = Hold(reach=True)  # the board as it is now, answered after a newer fetch
    board.route(lambda url: url.endswith("/board/?fragment=body"), hold.route)

    room.commit()
    hold.wait(board)
    room.commit(what="I will host you on May 3 for 40 people", amount="40", unit="people")
    expect(board.locator(".board-total")).to_have_text("2 commitments", timeout=10_000)

    hold.held[0].fulfill(response=hold.answers[0])
    board.wait_for_timeout(1_000)

    expect(board.locator(".board-total")).to_have_text("2 commitments")


def test_a_submission_whose_answer_never_comes_is_sent_again_and_saved_once(
    contexts: tuple[Page, Page, list[str]], room: Room
) -> None:
    """On bad wifi the answer to a submission can hang for ever: the phone's fetch had no
    timeout, so the item stayed "Sending…" and the queue never tried again. Here the server
    stores the first two sends but their answers are held back: the phone gives each up
    after its timeout, says the entry is still waiting, sends it again under the same key,
    and the third answer (a duplicate) marks it saved: one row, shown once on the board."""
    board, phone, _errors = contexts
    live(phone)
    # The page renders its timeout (10 s); a shorter one keeps the test short.
    phone.locator("#commit-form").evaluate("form => form.setAttribute('data-timeout-ms', '2000')")
    hold = Hold(2, reach=True)  # the server stores them; their answers never reach the phone
    phone.route(lambda url: url.endswith("/commitments"), hold.route)
    phone.get_by_label(room.ask.what).check()
    send(phone, FIRM, "3", "introductions")

    item = phone.locator(".queue-item").filter(has_text=FIRM)
    expect(item).to_contain_text("Not saved yet", timeout=10_000)
    expect(item).to_contain_text("it stays on this phone")
    expect(item).to_have_attribute("data-state", "saved", timeout=20_000)
    expect(item).to_contain_text("Saved")
    expect(board.locator(".board-total")).to_have_text("1 commitment", timeout=10_000)

    keys = [route.request.post_data_json["idempotency_key"] for route in hold.seen]
    assert len(keys) == 3
    assert len(set(keys)) == 1
    with scopes_disabled():
        stored = list(Commitment.objects.values_list("idempotency_key", flat=True))
    assert [str(key) for key in stored] == keys[:1]


def shorten_timeouts(page: Page) -> None:
    """The live pages render a 10 s timeout for their requests; 2 s keeps a test short."""
    page.locator("[data-live-stream]").evaluate(
        "root => root.setAttribute('data-timeout-ms', '2000')"
    )


def test_a_board_refresh_that_never_answers_is_tried_again(boards: Boards, room: Room) -> None:
    """Each event re-fetches the board; on bad wifi that fetch could hang for ever (no
    timeout) or fail, and the board kept showing the room as it was until the next event."""
    board = live(boards.open())
    shorten_timeouts(board)
    hold = Hold()
    board.route(lambda url: url.endswith("/board/?fragment=body"), hold.route)
    room.commit()

    expect(board.locator(".board-commitment")).to_contain_text(FIRM, timeout=15_000)
    expect(board.locator(".board-total")).to_have_text("1 commitment")
    assert len(hold.held) == 1


def test_a_board_whose_refresh_keeps_failing_does_not_say_live(boards: Boards, room: Room) -> None:
    """The stream can stay open while the board's fetches fail (a proxy's 502s, a flaky
    network that keeps the old connection): the board is stale until a refresh succeeds.
    Until 2026-12-07 it still said "Live" over a board missing the new commitment."""
    board = live(boards.open())
    status = board.locator("[data-live-status]")
    failing = lambda url: url.endswith("/board/?fragment=body")  # noqa: E731
    board.route(failing, lambda route: route.fulfill(status=502, body="Bad gateway"))
    room.commit()

    expect(status).to_have_text("Reconnecting…", timeout=9_000)
    expect(board.locator(".board-total")).to_have_text("0 commitments")
    board.unroute(failing)
    expect(board.locator(".board-total")).to_have_text("1 commitment", timeout=9_000)
    expect(status).to_have_text("Live")


def test_a_poll_that_never_answers_does_not_stop_the_polling(boards: Boards, room: Room) -> None:
    """A browser without EventSource polls every 2 s after the last poll answered; a poll
    that hung on bad wifi (no timeout) stopped the polling for good."""
    board = live(boards.open(script=NO_EVENTSOURCE))
    shorten_timeouts(board)
    hold = Hold()
    board.route(lambda url: "/events?once=1" in url, hold.route)
    hold.wait(board)  # the next poll, never answered
    room.commit()

    expect(board.locator(".board-commitment")).to_contain_text(FIRM, timeout=15_000)


def test_a_commitment_refused_for_an_ended_session_is_sent_after_the_reload(
    contexts: tuple[Page, Page, list[str]], room: Room
) -> None:
    """The member signed out elsewhere (or the session ran out) with the phone view open:
    the endpoint's answer is a redirect to the sign-in page, whose 200 once read as saved,
    so the commitment was lost while the phone said it was stored. Then the phone said
    "Reload the page and send it again.", but after the reload (signed in again) the entry
    still read "Needs a fix" and only "Edit" then "Commit" sent it. Now the reload sends it
    by itself, once."""
    _board, phone, _errors = contexts
    live(phone)
    session = [c for c in phone.context.cookies() if c["name"] == "sessionid"]
    phone.context.clear_cookies(name="sessionid")

    send(phone, OFFLINE, "2", "introductions")
    item = phone.locator(".queue-item").filter(has_text=OFFLINE)
    expect(item).to_have_attribute("data-state", "needs_fix")
    expect(item).to_contain_text("Reload the page (sign in again if asked)")
    # Nothing to fix: "Edit" took the entry off the phone, and the reload then lost it.
    expect(item.get_by_role("button", name="Edit")).to_have_count(0)
    assert texts(room) == []

    phone.context.add_cookies(session)  # signed in again
    phone.reload()
    expect(item).to_have_attribute("data-state", "saved", timeout=10_000)
    assert texts(room) == [OFFLINE]


def test_the_queue_keeps_the_keyboard_in_place_and_announces_each_change_alone(
    contexts: tuple[Page, Page, list[str]], room: Room
) -> None:
    """Each change redrew the whole list: a keyboard or screen-reader user who pressed
    "Save it anyway" was thrown back to the top of the page (the button they were on was
    gone), and the list, a live region, was read out again whole at every change."""
    _board, phone, _errors = contexts
    live(phone)
    phone.get_by_label(room.ask.what).check()
    send(phone, VAGUE)
    item = phone.locator(".queue-item").filter(has_text=VAGUE)
    expect(item).to_have_attribute("data-state", "needs_fix")

    phone.get_by_role("button", name="Save it anyway").focus()
    phone.keyboard.press("Enter")
    expect(item).to_have_attribute("data-state", "saved")
    key = item.get_attribute("data-key")
    focused = phone.evaluate(
        "(document.activeElement.closest('.queue-item') || {}).dataset?.key || null"
    )
    assert focused == key
    assert phone.locator("#queue").get_attribute("aria-live") is None
    expect(phone.get_by_role("status").filter(has_text=VAGUE)).to_contain_text("Saved")


def test_a_stream_that_stalls_without_an_error_is_opened_again(boards: Boards, room: Room) -> None:
    """On bad wifi a stream (or its reconnection) can stall without an error: EventSource
    waits on it for ever, and the board on the projector stopped following the room. Its
    heartbeat was a comment the page never sees, so a stall looked like a quiet room."""
    board = live(boards.open())
    # 40 s of silence by default; 3 s keeps the test short.
    board.locator("[data-live-stream]").evaluate(
        "root => root.setAttribute('data-stall-ms', '3000')"
    )
    hold = Hold()
    board.route(lambda url: "/events?after=" in url, hold.route)
    hold.wait(board)  # the stream opened again, and held for ever
    room.commit()

    expect(board.locator(".board-commitment")).to_contain_text(FIRM, timeout=15_000)


def test_a_commitment_queued_by_one_member_is_never_sent_as_another(  # type: ignore[no-untyped-def]
    contexts: tuple[Page, Page, list[str]], room: Room, live_server
) -> None:
    """The queue was kept per gathering, not per person: on a phone passed to someone else
    (signed out, then in as another member), what the first person had queued offline was
    sent under the second one's session, stored as the second person's commitment, and
    listed under "Sent from this phone" for them to read."""
    _board, phone, _errors = contexts
    context = phone.context
    url = f"{live_server.url}/n/alpha/live/{room.proposal.gathering_id}/"
    live(phone)
    dana = [c for c in context.cookies() if c["name"] == "sessionid"]
    go_offline(context)
    send(phone, OFFLINE, "2", "introductions")
    expect(phone.locator(".queue-item[data-state=queued]")).to_contain_text(OFFLINE)

    # Dana signs out and closes the page; the steward signs in on the same phone and opens
    # the phone view. Signing out comes first: Chromium lifts the emulated offline state as
    # a page closes, its script hears "online" and sends the entry, under Dana's session if
    # it were still there (a real phone closing its tab offline sends nothing).
    context.clear_cookies(name="sessionid")
    phone.close()
    context.add_cookies([session_cookie(live_server, room.steward)])
    context.set_offline(False)
    steward = context.new_page()
    steward.goto(url)
    live(steward)
    steward.wait_for_timeout(1_000)
    expect(steward.get_by_text(OFFLINE)).to_have_count(0)
    assert texts(room) == []
    steward.close()

    context.clear_cookies(name="sessionid")
    context.add_cookies(dana)
    again = context.new_page()
    again.goto(url)
    item = again.locator(".queue-item").filter(has_text=OFFLINE)
    expect(item).to_have_attribute("data-state", "saved", timeout=10_000)
    with scopes_disabled():
        stored = list(Commitment.objects.values_list("what", "committer_id"))
    assert stored == [(OFFLINE, room.dana.pk)]


def test_edit_puts_each_problem_beside_its_field(
    contexts: tuple[Page, Page, list[str]], room: Room
) -> None:
    """A refused entry listed its problems under "Sent from this phone"; "Edit" put it back
    into the form and the problems vanished, so the member corrected the form blind."""
    _board, phone, _errors = contexts
    live(phone)
    phone.get_by_label(room.ask.what).check()
    commit(phone, FIRM, "3", "introductions")
    phone.get_by_label("By when").fill("2001-01-01")
    phone.get_by_role("button", name="Commit").click()
    item = phone.locator(".queue-item").filter(has_text=FIRM)
    expect(item).to_have_attribute("data-state", "needs_fix")
    problem = item.locator(".queue-errors li").first.inner_text()

    item.get_by_role("button", name="Edit").click()

    due = phone.get_by_label("By when")
    expect(due).to_have_attribute("aria-invalid", "true")
    expect(due).to_have_accessible_description(problem)
    expect(phone.locator("#due_on-errors")).to_have_text(problem)
    expect(phone.get_by_role("alert")).to_contain_text("Not saved yet")

    due.fill((timezone.localdate() + timedelta(days=10)).isoformat())
    phone.get_by_role("button", name="Commit").click()
    expect(item).to_have_attribute("data-state", "saved")
    expect(due).not_to_have_attribute("aria-invalid", "true")
    expect(phone.locator("#due_on-errors")).to_have_count(0)
    assert texts(room) == [FIRM]


def test_an_open_phone_view_never_sends_its_entry_under_another_account(  # type: ignore[no-untyped-def]
    contexts: tuple[Page, Page, list[str]], room: Room, live_server
) -> None:
    """Dana's phone view stays open offline with an entry queued while, in another tab, the
    phone is signed out and in as the steward: when the connection returned, the open page
    sent Dana's entry under the steward's session, stored as the steward's commitment."""
    _board, phone, _errors = contexts
    context = phone.context
    live(phone)
    dana = [c for c in context.cookies() if c["name"] == "sessionid"]
    go_offline(context)
    send(phone, OFFLINE, "2", "introductions")
    item = phone.locator(".queue-item").filter(has_text=OFFLINE)
    expect(item).to_have_attribute("data-state", "queued")

    context.clear_cookies(name="sessionid")
    context.add_cookies([session_cookie(live_server, room.steward)])
    context.set_offline(False)
    expect(item).to_have_attribute("data-state", "needs_fix", timeout=10_000)
    expect(item).to_contain_text("Reload the page")
    assert texts(room) == []

    context.clear_cookies(name="sessionid")
    context.add_cookies(dana)
    phone.reload()
    expect(item).to_have_attribute("data-state", "saved", timeout=10_000)
    with scopes_disabled():
        stored = list(Commitment.objects.values_list("what", "committer_id", "entered_by_id"))
    assert stored == [(OFFLINE, room.dana.pk, room.dana.pk)]


def scribes_console(browser: Browser, live_server, room: Room) -> Page:  # type: ignore[no-untyped-def]
    """The steward's console with Dana's commitment typed into the scribe's form."""
    gathering = on_stage(room, window=True)
    context = signed_in(browser, live_server, room.steward, {"width": 1280, "height": 900})
    console = context.new_page()
    console.goto(f"{live_server.url}/n/alpha/live/{gathering.pk}/console/")
    console.locator("#people-q").fill(room.dana.full_name.split()[0])
    console.locator(f"#people-results input[name=committer][value='{room.dana.pk}']").check()
    console.locator("#scribe-what").fill(FIRM)
    console.locator("#scribe-amount").fill("3")
    console.locator("#scribe-unit").select_option("introductions")
    return console


def scribe_key(console: Page) -> str:
    return console.locator("form.scribe-form input[name=idempotency_key]").input_value()


def wait_for(page: Page, seen: list[Route], count: int) -> None:
    """Until `count` requests are in `seen` (10 s at most)."""
    for _ in range(200):
        if len(seen) >= count:
            return
        page.wait_for_timeout(50)
    raise AssertionError(f"expected {count} requests, saw {len(seen)}")


@pytest.mark.parametrize("reached", [True, False], ids=["stored", "never-reached"])
def test_a_scribe_entry_whose_answer_never_came_is_back_in_the_form_and_saved_once(  # type: ignore[no-untyped-def]
    browser: Browser, live_server, room: Room, reached: bool
) -> None:
    """On bad wifi the scribe's POST can fail (stored or not): the scribe opens the console
    again and found a blank form under a fresh key, so the entry was lost, or typed again
    and stored twice. Now it is back in the form under the same key, with a note."""
    console = scribes_console(browser, live_server, room)
    url = console.url
    key = scribe_key(console)
    lost: list[Route] = []

    def lose(route: Route) -> None:
        lost.append(route)
        if reached:
            route.fetch()  # the server stores it; its answer never comes
        route.abort()

    console.route(lambda url: url.endswith("/console/action"), lose)
    console.get_by_role("button", name="Save the commitment").click()
    wait_for(console, lost, 1)
    console.unroute_all()
    console.goto(url)

    expect(console.locator("#scribe-unconfirmed")).to_contain_text("No answer came")
    expect(console.locator("#scribe-what")).to_have_value(FIRM)
    expect(console.locator("#scribe-unit")).to_have_value("introductions")
    assert scribe_key(console) == key
    console.get_by_role("button", name="Save the commitment").click()
    said = "Already saved: nothing was stored twice." if reached else "Saved for"
    expect(console.get_by_text(said)).to_be_visible()
    expect(console.locator("#scribe-unconfirmed")).to_have_count(0)
    expect(console.locator("#scribe-what")).to_have_value("")
    assert scribe_key(console) != key
    with scopes_disabled():
        stored = list(Commitment.objects.values_list("idempotency_key", "committer_id"))
    assert [(str(k), c) for k, c in stored] == [(key, room.dana.pk)]
    # A reload of the page that said so sends nothing and brings nothing back.
    console.reload()
    expect(console.locator("#scribe-what")).to_have_value("")
    expect(console.locator("#scribe-unconfirmed")).to_have_count(0)
    console.context.close()


# Fills the page's localStorage (or the storage named) until the browser refuses even one
# more character, as on a phone whose storage other pages of the site have used up;
# answers how many fillers it took.
FILL_STORAGE = """name => {
    const store = window[name || "localStorage"];
    let n = 0;
    for (let size = 1 << 20; size >= 1; size = Math.floor(size / 2)) {
        const chunk = "x".repeat(size);
        try { for (;;) { store.setItem("filler." + n, chunk); n++; } } catch (e) {}
    }
    return n;
}"""


def test_a_commitment_the_full_storage_refuses_stays_on_the_page_and_is_saved_once(
    contexts: tuple[Page, Page, list[str]], room: Room
) -> None:
    """With the phone's localStorage full, the queue's write failed without a word: the form
    was cleared and the commitment was never listed nor sent. Now the page holds it in
    memory, says it is not stored on the phone, asks before the page closes, and keeps
    sending it (here offline first, then an answer lost on the way) until it is saved once."""
    board, phone, _errors = contexts
    live(phone)
    phone.locator("#commit-form").evaluate("form => form.setAttribute('data-timeout-ms', '2000')")
    assert phone.evaluate(FILL_STORAGE) > 0
    hold = Hold(reach=True)  # the server stores it; its answer never reaches the phone
    phone.route(lambda url: url.endswith("/commitments"), hold.route)
    go_offline(phone.context)
    send(phone, OFFLINE, "2", "introductions")

    item = phone.locator(".queue-item").filter(has_text=OFFLINE)
    expect(item).to_have_attribute("data-state", "queued")
    expect(item).to_contain_text("Not stored on this phone yet: its storage is full.")
    expect(phone.get_by_role("status").filter(has_text=OFFLINE)).to_contain_text("storage is full")
    prefix = f"collaboratory.live.entry.{room.proposal.gathering_id}."
    assert entry_names(phone, prefix) == []
    asks = phone.evaluate(
        "() => { const e = new Event('beforeunload', {cancelable: true});"
        " window.dispatchEvent(e); return e.defaultPrevented; }"
    )
    assert asks is True

    phone.context.set_offline(False)
    expect(item).to_have_attribute("data-state", "saved", timeout=20_000)
    expect(item).not_to_contain_text("storage is full")
    assert len(hold.held) == 1
    expect(board.locator(".board-total")).to_have_text("1 commitment", timeout=10_000)
    assert texts(room) == [OFFLINE]
    asks = phone.evaluate(
        "() => { const e = new Event('beforeunload', {cancelable: true});"
        " window.dispatchEvent(e); return e.defaultPrevented; }"
    )
    assert asks is False


def test_hiding_without_a_reason_is_refused_beside_the_reason(  # type: ignore[no-untyped-def]
    browser: Browser, live_server, room: Room
) -> None:
    """Hide with the reason left blank went to the server and came back as a message at the
    top of the console, the commitment's tools folded away, far from the field to fill."""
    room.commit()
    console = scribes_console(browser, live_server, room)
    tools = console.locator(".console-commitment").filter(has_text=FIRM)
    tools.locator("summary").click()
    reason = tools.get_by_label("Reason to hide")
    tools.get_by_role("button", name="Hide from the room's screen").click()

    assert reason.evaluate("field => field.validationMessage") != ""
    expect(reason).to_be_focused()
    expect(console.locator(".messages, [role=alert]").filter(has_text="Say why")).to_have_count(0)
    reason.fill("not a commitment")
    tools.get_by_role("button", name="Hide from the room's screen").click()
    expect(console.get_by_text("Hidden from the board.")).to_be_visible()
    with scopes_disabled():
        assert Commitment.objects.get().hidden_reason == "not a commitment"
    console.context.close()


def test_a_reason_being_typed_survives_a_new_commitment_on_the_console(  # type: ignore[no-untyped-def]
    browser: Browser, live_server, room: Room
) -> None:
    """Each event re-renders the console's list of commitments: a facilitator typing a
    reason to hide one lost the text, the tools folded away and the focus went nowhere,
    as often as the room committed."""
    room.commit()
    console = scribes_console(browser, live_server, room)
    live(console)
    tools = console.locator(".console-commitment").filter(has_text=FIRM)
    tools.locator("summary").click()
    reason = tools.get_by_label("Reason to hide")
    reason.fill("a duplicate of")
    reason.focus()

    room.commit(what="I will host you on May 3 for 40 people", amount="40", unit="people")

    expect(console.get_by_text("2 commitments on the board.")).to_be_visible(timeout=10_000)
    expect(tools.locator("details")).to_have_attribute("open", "")
    expect(reason).to_have_value("a duplicate of")
    expect(reason).to_be_focused()
    console.context.close()


def test_a_refused_reason_to_hide_keeps_its_error_across_redraws(  # type: ignore[no-untyped-def]
    browser: Browser, live_server, room: Room
) -> None:
    """A refused hide comes back with its error beside the reason (422); the next live
    redraw of the console's list (any commitment in the room) wiped the error and put the
    refused reason back to empty, as if nothing had been refused. Both stay until the
    facilitator acts again."""
    room.commit()
    console = scribes_console(browser, live_server, room)
    tools = console.locator(".console-commitment").filter(has_text=FIRM)
    tools.locator("summary").click()
    reason = tools.get_by_label("Reason to hide")
    reason.evaluate("field => { field.value = 'a question,\\u001b not an offer'; }")
    tools.get_by_role("button", name="Hide from the room's screen").click()
    expect(tools.locator(".errorlist")).to_contain_text("Use one line")
    live(console)

    room.commit(what="I will host you on May 3 for 40 people", amount="40", unit="people")

    expect(console.get_by_text("2 commitments on the board.")).to_be_visible(timeout=10_000)
    expect(tools.locator("details")).to_have_attribute("open", "")
    expect(tools.locator(".errorlist")).to_contain_text("Use one line")
    expect(tools.locator(".errorlist")).to_have_count(1)
    expect(reason).to_have_attribute("aria-invalid", "true")
    expect(reason).to_have_value("a question,\u001b not an offer")
    reason.fill("a question, not an offer")
    room.commit(what="I will host you on May 4 for 40 people", amount="40", unit="people")
    expect(console.get_by_text("3 commitments on the board.")).to_be_visible(timeout=10_000)
    expect(reason).to_have_value("a question, not an offer")
    expect(tools.locator(".errorlist")).to_contain_text("Use one line")

    tools.get_by_role("button", name="Hide from the room's screen").click()

    expect(console.get_by_text("Hidden from the board.")).to_be_visible()
    expect(console.locator(".errorlist")).to_have_count(0)
    with scopes_disabled():
        assert Commitment.objects.get(what=FIRM).hidden_reason == "a question, not an offer"
    console.context.close()


def test_a_phone_holding_an_unstored_entry_never_reloads_itself(
    contexts: tuple[Page, Page, list[str]], room: Room
) -> None:
    """A window opened for a presenter the phone does not list yet makes an idle phone
    reload itself; with an entry only the page holds (its storage full), that reload would
    lose it, so the phone stays and says whose window is open."""
    _board, phone, _errors = contexts
    live(phone)
    phone.locator("#commit-form").evaluate("form => form.setAttribute('data-timeout-ms', '2000')")
    assert phone.evaluate(FILL_STORAGE) > 0
    hold = Hold(1_000)  # no answer comes through: the entry keeps waiting
    phone.route(lambda url: url.endswith("/commitments"), hold.route)
    dialogs: list[str] = []

    def dismiss(dialog: Dialog) -> None:
        dialogs.append(dialog.type)
        dialog.dismiss()

    phone.on("dialog", dismiss)
    send(phone, OFFLINE, "2", "introductions")
    item = phone.locator(".queue-item").filter(has_text=OFFLINE)
    expect(item).to_contain_text("storage is full")

    pat = second_presenter(room)
    with scopes_disabled():
        commitment_window_open(gathering=pat.gathering, proposal=pat, actor=room.steward)

    expect(phone.get_by_text("Commitments are open for Pat Presenter.")).to_be_visible(
        timeout=10_000
    )
    expect(item).to_contain_text("storage is full")
    assert dialogs == []
    assert texts(room) == []


def test_a_name_search_that_hangs_never_holds_the_scribes_save(  # type: ignore[no-untyped-def]
    browser: Browser, live_server, room: Room
) -> None:
    """The name search sits inside the scribe's form, and every htmx request marked its form
    busy until it answered: a search hanging on bad wifi dropped "Save the commitment"
    without a word, for as long as it hung, and held every later search behind it."""
    console = scribes_console(browser, live_server, room)  # Dana found and chosen
    hold = Hold(2)
    console.route(lambda url: "/console/people" in url, hold.route)
    search = console.locator("#people-q")
    search.fill(room.dana.full_name)  # this search hangs
    hold.wait(console)

    console.get_by_role("button", name="Save the commitment").click()
    expect(console.get_by_text(f"Saved for {room.dana.full_name}.")).to_be_visible()
    assert texts(room) == [FIRM]
    # The save came back as a new page: typing before htmx has wired its search sends none.
    ready(console)

    # The page gives a search 8 s to answer; 2 s keeps the test short.
    search.evaluate("""q => q.setAttribute("hx-request", '{"timeout": 2000}')""")
    search.fill(room.dana.full_name)  # hangs, and is given up
    hold.wait(console, 2)
    problem = console.locator("form.scribe-form > .request-problem")
    expect(problem).to_contain_text("That did not go through", timeout=10_000)
    search.fill(room.dana.full_name.split()[0])
    expect(console.locator(f"#people-results input[value='{room.dana.pk}']")).to_have_count(1)
    expect(problem).to_have_count(0)
    console.context.close()


# The phone's 15 s sweep (a setInterval) never runs: what is sent is sent by each entry's
# own retry timer.
NO_SWEEP = """(() => {
    const real = window.setInterval;
    window.setInterval = function (fn, ms) {
        return ms === 15000 ? 0 : real.apply(this, arguments);
    };
})();"""


def test_two_failing_entries_are_each_retried_on_their_own_pause(
    contexts: tuple[Page, Page, list[str]], room: Room
) -> None:
    """The phone kept one retry timer: a new failure of one entry cancelled the timer of
    another entry waiting longer, and that one was sent again only at the 15 s sweep. Here
    the first entry fails twice (its pause is now about 2 s), the second fails once (about
    1 s) and then goes through: the first is still sent again on its own pause."""
    board, phone, _errors = contexts
    phone.context.add_init_script(NO_SWEEP)
    phone.reload()
    live(phone)
    second = "I will host you on May 3 for 40 people"
    fails = {FIRM: 2, second: 1}
    sent: dict[str, list[Route]] = {FIRM: [], second: []}

    def flaky(route: Route) -> None:
        what = route.request.post_data_json["what"]
        sent[what].append(route)
        if len(sent[what]) <= fails[what]:
            route.fulfill(status=500, body="Server error")
        else:
            route.continue_()

    phone.route(lambda url: url.endswith("/commitments"), flaky)
    phone.get_by_label(room.ask.what).check()
    send(phone, FIRM, "3", "introductions")
    first = phone.locator(".queue-item").filter(has_text=FIRM)
    wait_for(phone, sent[FIRM], 2)
    expect(first).to_have_attribute("data-state", "queued")
    send(phone, second, "40", "people")

    later = phone.locator(".queue-item").filter(has_text=second)
    expect(later).to_have_attribute("data-state", "saved", timeout=5_000)
    expect(first).to_have_attribute("data-state", "saved", timeout=5_000)
    assert [len(sent[FIRM]), len(sent[second])] == [3, 2]
    expect(board.locator(".board-total")).to_have_text("2 commitments", timeout=10_000)


def test_a_scribe_whose_browser_cannot_keep_a_copy_is_told_before_it_is_sent(  # type: ignore[no-untyped-def]
    browser: Browser, live_server, room: Room
) -> None:
    """With the tab's sessionStorage full, the scribe's copy of the entry was not kept, and
    nothing said so: if the answer was then lost, the entry was not back in the form. Now
    the first Save stops to say so (nothing is sent), and a second Save sends it."""
    console = scribes_console(browser, live_server, room)
    assert console.evaluate(FILL_STORAGE, "sessionStorage") > 0
    posts: list[Route] = []

    def count(route: Route) -> None:
        posts.append(route)
        route.continue_()

    console.route(lambda url: url.endswith("/console/action"), count)
    console.get_by_role("button", name="Save the commitment").click()

    note = console.locator("#scribe-unkept")
    expect(note).to_contain_text("could not keep a copy of this entry")
    expect(note).to_have_attribute("role", "alert")
    expect(console.locator("#scribe-what")).to_have_value(FIRM)
    assert posts == []
    assert texts(room) == []

    console.get_by_role("button", name="Save the commitment").click()
    expect(console.get_by_text("Saved for")).to_be_visible()
    assert len(posts) == 1
    assert texts(room) == [FIRM]
    console.context.close()


def test_a_refused_reason_to_hide_never_drops_a_scribe_entry_still_unconfirmed(  # type: ignore[no-untyped-def]
    browser: Browser, live_server, room: Room
) -> None:
    """A refused reason to hide comes back at the console's action address, as the scribe's
    own refused entry does: the scribe's script took it for the answer to its entry and
    forgot the entry whose answer never came. It is still back in the form, with its note."""
    room.commit(what="I will host you on May 3 for 40 people", amount="40", unit="people")
    console = scribes_console(browser, live_server, room)
    url = console.url
    key = scribe_key(console)
    console.route(lambda url: url.endswith("/console/action"), lambda route: route.abort())
    console.get_by_role("button", name="Save the commitment").click()
    console.wait_for_timeout(500)
    console.unroute_all()
    console.goto(url)
    expect(console.locator("#scribe-what")).to_have_value(FIRM)

    tools = console.locator(".console-commitment").first
    tools.locator("summary").click()
    reason = tools.get_by_label("Reason to hide")
    reason.evaluate("field => { field.value = 'a question,\\u001b not an offer'; }")
    tools.get_by_role("button", name="Hide from the room's screen").click()

    expect(console.locator(".errorlist").filter(has_text="Use one line")).to_be_visible()
    expect(console.locator("#scribe-unconfirmed")).to_contain_text("No answer came")
    expect(console.locator("#scribe-what")).to_have_value(FIRM)
    assert scribe_key(console) == key
    console.context.close()


def test_a_presenters_phone_says_the_room_commits_to_her_when_her_window_opens(  # type: ignore[no-untyped-def]
    browser: Browser, live_server, room: Room
) -> None:
    """The note followed the room only beside a form, and named the presenter even to
    herself: her phone, alone on the run of show (no form), reads her window live in her
    own words, and another presenter's by name."""
    check_in(room, room.presenter)
    with scopes_disabled():
        gathering = room.proposal.gathering
        presentation_start(gathering=gathering, proposal=room.proposal, actor=room.steward)
    context = signed_in(browser, live_server, room.presenter, PHONE)
    phone = context.new_page()
    phone.goto(f"{live_server.url}/n/alpha/live/{gathering.pk}/")
    live(phone)
    note = phone.locator("[data-phone-window]")
    expect(note).to_have_text("Commitments are not open right now; you can still prepare one.")

    with scopes_disabled():
        commitment_window_open(gathering=gathering, proposal=room.proposal, actor=room.steward)
    expect(note).to_have_text(
        "Commitments are open for your project: the room is committing to you now.",
        timeout=10_000,
    )
    pat = second_presenter(room)
    with scopes_disabled():
        presentation_start(gathering=gathering, proposal=pat, actor=room.steward)
        commitment_window_open(gathering=gathering, proposal=pat, actor=room.steward)
    expect(note).to_have_text("Commitments are open for Pat Presenter.", timeout=10_000)
    context.close()


def test_a_double_tap_on_commit_queues_one_entry_and_a_blank_form_queues_none(
    contexts: tuple[Page, Page, list[str]], room: Room
) -> None:
    """The form is emptied as soon as Commit queues the entry, so a second tap of a double
    tap sent a blank form: until 2026-12-07 it became an entry of its own, "Needs a fix"
    with no text, beside the one saved (and offline, a second "Queued" one)."""
    _board, phone, errors = contexts
    live(phone)
    commit(phone, FIRM, "3", "introductions")
    button = phone.get_by_role("button", name="Commit")
    button.click()
    button.click()
    expect(phone.locator(".queue-item[data-state=saved]")).to_contain_text(FIRM)
    expect(phone.locator(".queue-item")).to_have_count(1)
    expect(phone.locator("#what")).not_to_have_attribute("aria-invalid", "true")
    assert texts(room) == [FIRM]

    # Later, Commit on an empty form is refused beside the field and queues nothing.
    phone.wait_for_timeout(1600)
    button.click()
    expect(phone.locator("#what-errors")).to_have_text("Say what exactly you will deliver.")
    expect(phone.locator("#what")).to_have_attribute("aria-invalid", "true")
    expect(phone.locator("#what")).to_be_focused()
    expect(phone.locator(".queue-item")).to_have_count(1)
    assert texts(room) == [FIRM]
    assert errors == []
