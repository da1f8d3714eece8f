"""Members use the product from a phone: at 390 px wide, the pages they use in and after the
room fit the screen (nothing makes the whole page scroll sideways)."""

from __future__ import annotations

from datetime import date

import pytest
from django_scopes import scopes_disabled
from playwright.sync_api import Browser

from collaboratory.creditclub.models import Proposal
from collaboratory.demo.generator import DEMO_PASSWORD, MEMBER_EMAIL, generate_demo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_members_pages_fit_a_phone_screen(live_server, browser: Browser) -> None:  # type: ignore[no-untyped-def]
    generate_demo(anchor=date.today())
    with scopes_disabled():  # the demo's live room, held today
        live_gathering = (
            Proposal.objects.filter(state="selected", gathering__title__contains="today")
            .values_list("gathering_id", flat=True)
            .first()
        )
    assert live_gathering is not None
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Email").fill(MEMBER_EMAIL)
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{live_server.url}/n/national/follow-through/")

    widths = {}
    for path in (
        "/n/national/follow-through/",
        f"/n/national/live/{live_gathering}/",
        f"/n/national/gatherings/{live_gathering}/",
        "/n/national/insights/",
        "/n/national/",
    ):
        page.goto(live_server.url + path)
        page.wait_for_load_state("networkidle")
        widths[path] = page.evaluate("document.documentElement.scrollWidth")
    context.close()

    assert widths == dict.fromkeys(widths, 390)
