"""The README's pictures of the main screens, taken from the demo by a real browser: the
network home (a steward's), My commitments, the phone view, the projection board and
insights. Each run checks the screens render; `UPDATE_SCREENSHOTS=1` copies them into
docs/images (viewport-sized PNGs, so the files stay small)."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest
from django_scopes import scopes_disabled
from playwright.sync_api import Browser, expect

from collaboratory.commitments.live.services import commitment_window_open, presentation_start
from collaboratory.creditclub.selectors import run_of_show
from collaboratory.demo.generator import MEMBER_EMAIL, STEWARD_EMAIL, generate_demo
from collaboratory.demo.live import LIVE_TITLE
from collaboratory.gatherings.models import Gathering
from collaboratory.people.models import User
from tests.e2e.test_live_room import PHONE, signed_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

IMAGES = Path("docs/images")
WIDE = {"width": 1280, "height": 800}


def test_the_main_screens_render_for_the_readme(  # type: ignore[no-untyped-def]
    live_server, browser: Browser, artifacts: Path
) -> None:
    generate_demo(anchor=date.today())
    with scopes_disabled():
        steward = User.objects.get(email=STEWARD_EMAIL)
        member = User.objects.get(email=MEMBER_EMAIL)
        live = Gathering.objects.get(title=LIVE_TITLE)
        first = run_of_show(gathering=live).first()
        assert first is not None
        presentation_start(gathering=live, proposal=first, actor=steward)
        commitment_window_open(gathering=live, proposal=first, actor=steward)
    base = f"{live_server.url}/n/national"
    shots = [
        (steward, WIDE, f"{base}/", "h1", "network-home.png"),
        (member, WIDE, f"{base}/follow-through/", ".commitment-row", "my-commitments.png"),
        (member, PHONE, f"{base}/live/{live.pk}/", "#what", "phone-view.png"),
        (steward, WIDE, f"{base}/live/{live.pk}/board/", ".board-presenter", "board.png"),
        (steward, WIDE, f"{base}/insights/", ".ins-headline", "insights.png"),
    ]
    for user, viewport, address, ready, name in shots:
        context = signed_in(browser, live_server, user, viewport)
        page = context.new_page()
        page.goto(address)
        expect(page.locator(ready).first).to_be_visible(timeout=15_000)
        page.screenshot(path=str(artifacts / name))
        context.close()
        if os.environ.get("UPDATE_SCREENSHOTS"):
            IMAGES.mkdir(parents=True, exist_ok=True)
            shutil.copy(artifacts / name, IMAGES / name)
