"""Introductions walked on a phone (390 px): a member asks to meet someone who has not agreed
to be emailed, so the request goes to the stewards; a steward introduces them on a laptop;
the member sees the answer on the profile. Then a note to a member who agreed is emailed.
While a request waits or rests, the profile says so and offers no form to be refused."""

from __future__ import annotations

import pytest
from django.core import mail
from django_scopes import scopes_disabled
from playwright.sync_api import Browser, expect

from collaboratory.matching.models import IntroductionRequest, IntroductionStatus
from collaboratory.matching.services_profiles import introduction_consent_set
from collaboratory.networks.models import Role
from tests.e2e.conftest import EXPECTED_REFUSAL, log_in, ready
from tests.factories import MembershipFactory, NetworkFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True}


def _statuses() -> list[str]:
    with scopes_disabled():
        return [r.status for r in IntroductionRequest.objects.order_by("pk")]


def test_a_request_through_the_stewards_then_a_direct_note(live_server, browser: Browser) -> None:  # type: ignore[no-untyped-def]
    with scopes_disabled():
        network = NetworkFactory(slug="tulsa", name="Tulsa Civic Collaboratory")
        me = MembershipFactory(network=network, user__full_name="Mia Member")
        quiet = MembershipFactory(network=network, user__full_name="Quinn Quiet")
        open_ = MembershipFactory(network=network, user__full_name="Olga Open")
        introduction_consent_set(network=network, user=open_.user, consent=True)
        steward = MembershipFactory(network=network, role=Role.STEWARD)
    phone = browser.new_context(**PHONE)
    page = phone.new_page()
    errors: list[str] = []
    # The empty note is refused with a 400, which Chromium logs: that is the answer, not a fault.
    page.on(
        "console",
        lambda m: (
            errors.append(m.text) if m.type == "error" and EXPECTED_REFUSAL not in m.text else None
        ),
    )
    log_in(page, live_server.url, me.user.email)

    # To someone who has not agreed: the stewards introduce.
    page.goto(f"{live_server.url}/n/tulsa/members/{quiet.pk}/")
    ready(page)
    expect(
        page.get_by_text("Your note goes to the stewards, who will introduce you.")
    ).to_be_visible()
    # An empty note is explained beside the field and sends nothing.
    page.get_by_role("button", name="Ask for an introduction").click()
    ready(page)
    expect(page.locator(".errorlist").first).to_be_visible()
    assert _statuses() == []
    page.get_by_label("Note").fill(
        "We both run youth soccer leagues; I would love to compare notes."
    )
    page.get_by_role("button", name="Ask for an introduction").click()
    ready(page)
    expect(page.get_by_text("Your request of")).to_be_visible()
    # Waiting: the page says so, and offers no form the service would refuse.
    expect(page.get_by_text("is waiting for the stewards")).to_be_visible()
    expect(page.get_by_role("button", name="Ask for an introduction")).to_be_hidden()
    assert page.evaluate("document.documentElement.scrollWidth") == 390
    assert _statuses() == [IntroductionStatus.PENDING]

    # The steward, on a laptop, introduces them.
    laptop = browser.new_context(viewport={"width": 1280, "height": 900})
    desk = laptop.new_page()
    log_in(desk, live_server.url, steward.user.email)
    desk.goto(f"{live_server.url}/n/tulsa/introductions/")
    expect(desk.get_by_text("We both run youth soccer leagues")).to_be_visible()
    expect(desk.get_by_role("link", name=quiet.user.email)).to_be_visible()
    desk.get_by_role("button", name="Introduced").click()
    ready(desk)
    expect(desk.get_by_text("Nothing waiting.")).to_be_visible()
    laptop.close()
    assert _statuses() == [IntroductionStatus.DONE]

    page.reload()
    ready(page)
    expect(page.locator(".intro-asked")).to_contain_text("introduced")
    expect(page.get_by_role("button", name="Ask for an introduction")).to_be_visible()

    # To someone who agreed: emailed at once; a second note within the rest is refused.
    mail.outbox.clear()
    page.goto(f"{live_server.url}/n/tulsa/members/{open_.pk}/")
    ready(page)
    expect(page.get_by_text("Your note will be emailed to them.")).to_be_visible()
    # The box sits beside its words, not beside the button a line below them.
    box = page.get_by_label("Share my email address so they can reply").bounding_box()
    words = page.get_by_text("Share my email address so they can reply").bounding_box()
    assert box is not None
    assert words is not None
    assert (
        abs((box["y"] + box["height"] / 2) - (words["y"] + words["height"] / 2)) < words["height"]
    )
    page.get_by_label("Note").fill("Your food bank's volunteer rota is what our shelter needs.")
    page.get_by_role("button", name="Ask for an introduction").click()
    ready(page)
    assert [m.to for m in mail.outbox] == [[open_.user.email]]
    # Resting: when one may write again is said once, and no form invites a second note.
    expect(page.get_by_text("You emailed Olga Open on")).to_have_count(1)
    expect(page.get_by_role("button", name="Ask for an introduction")).to_be_hidden()
    assert len(mail.outbox) == 1
    assert _statuses() == [IntroductionStatus.DONE, IntroductionStatus.SENT]
    assert page.evaluate("document.documentElement.scrollWidth") == 390
    phone.close()
    assert errors == []
