"""A member walks the gathering pages on a phone (390 px, touch) over a slow connection:
answer the RSVP, ask for a stipend, send a substitute, take the calendar links, and on the
day scan the room's code. What a careful person found: a refused form reloaded at the top of
a long page with the error far below, out of sight; a pending stipend request sat above an
empty form saying "Ask for a stipend", as if nothing had been sent; and the check-in page
offered "I am here" to a member whose substitute holds the seat, to refuse it once pressed."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone
from django_scopes import scopes_disabled
from playwright.sync_api import Browser, Page, Route, expect

from collaboratory.gatherings.models import Rsvp, StipendRequest, Substitution
from collaboratory.gatherings.selectors import check_in_code_to_show
from collaboratory.gatherings.services import rsvp_submit, substitution_decide, substitution_request
from collaboratory.networks.models import Role
from tests.e2e.conftest import accessibility_problems, log_in, ready
from tests.factories import GatheringFactory, MembershipFactory, NetworkFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}


def phone(browser: Browser) -> Page:
    return browser.new_context(**PHONE).new_page()  # type: ignore[arg-type]


def fits(page: Page) -> None:
    """Nothing makes the page scroll sideways."""
    assert page.evaluate("document.documentElement.scrollWidth") == 390, page.url


def hold_posts(page: Page) -> list[Route]:
    """Forms sent from now on stay on their way, as on a room's wifi, until the test lets
    each one go (`route.continue_()`); the list holds each form that left the phone."""
    held: list[Route] = []

    def hold(route: Route) -> None:
        if route.request.method != "POST":
            route.continue_()
        else:
            held.append(route)

    page.route("**/*", hold)
    return held


def field_of(page: Page, label: str):  # type: ignore[no-untyped-def]
    """The `.field` block holding the control with this label (its error sits inside)."""
    return page.locator(".field").filter(has=page.get_by_label(label, exact=True))


def test_a_member_answers_asks_and_sends_a_substitute_from_a_phone(
    live_server,  # type: ignore[no-untyped-def]
    browser: Browser,
) -> None:
    network = NetworkFactory(slug="delta", name="Delta Collaboratory")
    MembershipFactory(network=network, user__email="rosa@delta.example", user__full_name="Rosa")
    MembershipFactory(network=network, role=Role.STEWARD, user__email="steward@delta.example")
    gathering = GatheringFactory(
        network=network, title="Spring Gathering", capacity=40, stipend_budget=Decimal(2000)
    )
    url = f"{live_server.url}/n/delta/gatherings/{gathering.pk}/"
    page = phone(browser)
    log_in(page, live_server.url, "rosa@delta.example")
    page.goto(url)
    ready(page)
    fits(page)
    assert accessibility_problems(page) == []

    # Yes, without the promise to attend both parts: refused, and the error is on screen
    # beside the box it is about, not at the top of the page.
    page.get_by_label("Yes").check()
    page.get_by_role("button", name="Save my answer").click()
    both = field_of(page, "I will attend both parts in full")
    expect(both.locator(".error")).to_contain_text("Members attend both parts in full")
    expect(both.locator(".error")).to_be_in_viewport()
    ready(page)

    # Pressed twice while the first is still on its way: sent once, and the answer is said
    # on screen when it arrives.
    held = hold_posts(page)
    page.get_by_label("I will attend both parts in full").check()
    box = page.get_by_role("button", name="Save my answer").bounding_box()
    assert box is not None
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.touchscreen.tap(x, y)
    page.wait_for_timeout(200)
    page.touchscreen.tap(x, y)  # the page has not changed yet: the same button
    page.wait_for_timeout(300)
    assert len(held) == 1
    held[0].continue_()
    page.unroute("**/*")
    confirmed = page.get_by_text("You are confirmed. See you there!")
    expect(confirmed).to_be_in_viewport()
    with scopes_disabled():
        assert Rsvp.objects.get(gathering=gathering).status == "confirmed"

    # A stipend amount that is no amount: named beside the field, on screen; nothing stored.
    page.get_by_label("Amount (dollars)").fill("12abc")
    page.get_by_label("Why you need it").fill("Bus from Tulsa")
    page.get_by_label("My organization does not cover my travel").check()
    page.get_by_role("button", name="Ask for a stipend").click()
    amount = field_of(page, "Amount (dollars)")
    expect(amount.locator(".error")).to_have_text(
        "Enter the amount as a number, like 250 or 180.50."
    )
    expect(amount.locator(".error")).to_be_in_viewport()
    expect(page.get_by_label("Amount (dollars)")).to_have_value("12abc")
    # A text box with the decimal keypad: a number box dropped "180,50" to nothing.
    expect(page.get_by_label("Amount (dollars)")).to_have_attribute("inputmode", "decimal")
    page.get_by_label("Amount (dollars)").fill("1,180.50")
    page.get_by_role("button", name="Ask for a stipend").click()
    expect(page.get_by_text("Your stipend request is with the stewards.")).to_be_in_viewport()
    # The request waiting is shown, ready to change, not an empty form to send again.
    expect(page.get_by_text("You asked for $1,180.50: Waiting for a steward.")).to_be_visible()
    expect(page.get_by_label("Amount (dollars)")).to_have_value("1180.50")
    expect(page.get_by_role("button", name="Change my request")).to_be_visible()
    expect(page.get_by_role("button", name="Ask for a stipend")).to_have_count(0)
    with scopes_disabled():
        assert list(StipendRequest.objects.values_list("amount", flat=True)) == [Decimal("1180.50")]

    # The substitute form sent empty: each missing answer beside its own field.
    page.get_by_role("button", name="Ask to send a substitute").click()
    for label, error in (
        ("Substitute's full name", "Give the substitute's full name."),
        ("Why you are sending a substitute", "Say in a sentence why you are sending a substitute."),
    ):
        expect(field_of(page, label).locator(".error")).to_have_text(error)
    expect(field_of(page, "Substitute's full name").locator(".error")).to_be_in_viewport()
    page.get_by_label("Substitute's full name").fill("Sam Standin")
    page.get_by_label("Substitute's email").fill("sam@example.org")
    page.get_by_label("Why you are sending a substitute").fill("A family wedding")
    page.get_by_role("button", name="Ask to send a substitute").click()
    expect(page.get_by_text("Your substitute request is with the stewards.")).to_be_in_viewport()
    expect(page.get_by_text("Substitute Sam Standin: Waiting for a steward.")).to_be_visible()
    fits(page)
    with scopes_disabled():
        assert Substitution.objects.filter(gathering=gathering).count() == 1

    # The calendar: the gathering's file, and the private link with its one-tap twin.
    href = page.get_by_role("link", name="Download to your calendar (.ics)").get_attribute("href")
    ics = page.request.get(f"{live_server.url}{href}")
    assert ics.headers["content-type"].startswith("text/calendar")
    assert "SUMMARY:Spring Gathering" in ics.text()
    page.goto(f"{live_server.url}/n/delta/gatherings/calendar/")
    page.get_by_role("button", name="Make my link").click()
    twin = page.get_by_role("link", name="Add to this device's calendar")
    expect(twin).to_be_visible()
    assert (twin.get_attribute("href") or "").startswith("webcal://")
    fits(page)
    page.context.close()


def test_on_the_day_a_member_whose_substitute_holds_the_seat_is_not_offered_check_in(
    live_server,  # type: ignore[no-untyped-def]
    browser: Browser,
) -> None:
    network = NetworkFactory(slug="delta", name="Delta Collaboratory")
    member = MembershipFactory(network=network, user__email="rosa@delta.example").user
    steward = MembershipFactory(network=network, role=Role.STEWARD).user
    gathering = GatheringFactory(
        network=network,
        title="Spring Gathering",
        first_part_at=timezone.now().replace(microsecond=0) - timedelta(minutes=30),
    )
    before = gathering.starts_at - timedelta(days=1)
    with scopes_disabled():
        rsvp_submit(gathering=gathering, user=member, answer="yes", both_parts=True, now=before)
        substitution = substitution_request(
            gathering=gathering,
            member=member,
            name="Sam Standin",
            email="sam@example.org",
            reason="A family wedding",
            now=before,
        )
        substitution_decide(substitution=substitution, approve=True, actor=steward, now=before)
        code = check_in_code_to_show(gathering=gathering, now=timezone.now())
    page = phone(browser)
    log_in(page, live_server.url, "rosa@delta.example")

    page.goto(f"{live_server.url}/c/{code.code}")
    expect(page.get_by_text("Sam Standin holds your seat")).to_be_visible()
    expect(page.get_by_role("button", name="I am here", exact=False)).to_have_count(0)
    fits(page)
    page.goto(f"{live_server.url}/n/delta/gatherings/{gathering.pk}/")
    expect(page.get_by_text("Sam Standin holds your seat")).to_be_visible()
    expect(page.get_by_text("Check in at the door")).to_have_count(0)
    expect(page.get_by_text("Sam Standin comes in your place.")).to_be_visible()
    fits(page)
    page.context.close()
