"""A youth member's pages and a guardian's pages on a 375 px phone (Chromium): nothing is
wider than the screen, and what was wrong on the walk of 2026-12-05 stays fixed.

- The guardian's consent box was the browser's 13 px checkbox, drawn apart from its words
  (`<p>{{ form.agree }} <label>`): now a `div.check` field group, the box beside its words,
  and a tap on the words ticks it.
- "Report a concern", the safeguarding way out on every page of a cohort, was a 20 px line
  of text in the footer: now a tap target of 44 px.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone, translation
from django.utils.formats import date_format
from django_scopes import scopes_disabled
from playwright.sync_api import Browser, Page, expect

from collaboratory.youth import selectors, services
from collaboratory.youth.services import attendance_record, session_save
from tests.conftest import World
from tests.e2e.conftest import ready
from tests.e2e.test_live_room import signed_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 375, "height": 812}


def _cohort_pages(world: World) -> dict[str, Any]:
    """A past session the youth member missed (a make-up), one to come, and the guardian's
    standing view link."""
    youth, steward = world.personas["youth_member"], world.personas["steward"]
    assert youth is not None
    assert steward is not None
    now = timezone.now()
    with scopes_disabled():
        network = world.youth
        facilitator = network.memberships.filter(role="steward").first().user
        today = timezone.localdate()
        services.vetted_adult_save(
            network=network,
            user=facilitator,
            background_check_on=today - timedelta(days=30),
            training_on=today - timedelta(days=10),
            actor=facilitator,
        )
        past = session_save(
            network=network,
            title="Listening across divides",
            starts_at=now - timedelta(days=3),
            video_link="https://video.example/room",
            recording_link="https://video.example/rec",
            facilitator=facilitator,
            actor=facilitator,
        )
        coming = session_save(
            network=network,
            title="Town hall practice",
            starts_at=now + timedelta(days=4),
            video_link="https://video.example/room",
            recording_link="",
            facilitator=facilitator,
            actor=facilitator,
        )
        attendance = attendance_record(session=past, member=youth, present=False, actor=facilitator)
        _link, view_token = services.guardian_link_issue(
            network=network, member=youth, actor=facilitator
        )
    slug = network.slug
    return {
        "youth": youth,
        "pages": [
            f"/n/{slug}/",
            f"/n/{slug}/youth/",
            f"/n/{slug}/youth/sessions/{past.pk}/",
            f"/n/{slug}/youth/sessions/{coming.pk}/",
            f"/n/{slug}/youth/make-ups/{attendance.makeup.pk}/",
            f"/n/{slug}/youth/concern/",
            f"/n/{slug}/members/",
            f"/n/{slug}/gatherings/",
            "/me/profile/",
        ],
        "guardian": [
            f"/youth/guardian/key/{view_token}/",
            f"/consent/token/{world.tokens['guardian_consent']}/",
            f"/consent/revoke/token/{world.tokens['guardian_revoke']}/",
        ],
    }


def _fits(page: Page) -> None:
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], page.url


def test_a_youth_members_pages_fit_and_report_a_concern_is_a_full_tap_target(
    browser: Browser,
    live_server,  # type: ignore[no-untyped-def]
    world: World,
) -> None:
    walk = _cohort_pages(world)
    context = signed_in(browser, live_server, walk["youth"], PHONE)
    page = context.new_page()
    for path in walk["pages"]:
        page.goto(live_server.url + path)
        _fits(page)
        concern = page.locator(".report-concern a")
        if path.startswith("/n/"):
            box = concern.bounding_box()
            assert box is not None, path
            assert box["height"] >= 44, (path, box)
    context.close()


def test_a_guardians_pages_fit_and_the_consent_box_is_tapped_by_its_words(
    browser: Browser,
    live_server,  # type: ignore[no-untyped-def]
    world: World,
) -> None:
    walk = _cohort_pages(world)
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    for path in walk["guardian"]:
        page.goto(live_server.url + path)
        _fits(page)

    page.goto(live_server.url + walk["guardian"][1])
    box = page.locator(".check input[type=checkbox]").bounding_box()
    words = page.locator(".check label").bounding_box()
    assert box is not None
    assert words is not None
    assert box["height"] >= 22
    assert words["x"] > box["x"] + box["width"]  # beside its words, not above or below
    assert words["y"] < box["y"] + box["height"]
    assert box["y"] < words["y"] + words["height"]
    page.locator(".check label").click()
    expect(page.get_by_role("checkbox")).to_be_checked()
    context.close()


SMALL_PHONE = {"width": 320, "height": 568}


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_guardian_reads_every_session_offered_for_an_absence_in_full(
    browser: Browser,
    live_server,  # type: ignore[no-untyped-def]
    world: World,
    language: str,
) -> None:
    """The guardian's "Session" menu was a <select> as wide as the screen: at 375 px it
    showed "Town hall practice · 9 de diciembr", the day cut and the time gone, and a
    guardian could not tell two sessions of one title apart without opening it. The
    sessions are a list of choices now, each written in full, and the page (menu included)
    fits 375 and 320 px."""
    walk = _cohort_pages(world)
    with scopes_disabled():
        coming = session_save(
            network=world.youth,
            title="Community listening session and neighborhood storytelling workshop",
            starts_at=timezone.now() + timedelta(days=11),
            video_link="https://video.example/room",
            recording_link="",
            facilitator=world.youth.memberships.filter(role="steward").first().user,
            actor=world.personas["steward"],
        )
        offered = list(selectors.sessions_upcoming(network=world.youth))
    assert coming in offered
    with translation.override(language), timezone.override(world.youth.time_zone):
        texts = [
            f"{s.title} · {date_format(timezone.localtime(s.starts_at), 'DATETIME_FORMAT')}"
            for s in offered
        ]
    for screen in (PHONE, SMALL_PHONE):
        context = browser.new_context(viewport=screen, locale=language)
        page = context.new_page()
        page.goto(live_server.url + walk["guardian"][0])
        assert page.evaluate("document.documentElement.scrollWidth") <= screen["width"]
        for text in texts:
            shown = page.get_by_text(text, exact=True)
            expect(shown).to_be_visible()
            box = shown.bounding_box()
            assert box is not None
            assert box["x"] >= 0, (text, box)
            assert box["x"] + box["width"] <= screen["width"], (text, box)
        # A tap on a session's words chooses it.
        page.get_by_text(texts[-1], exact=True).click()
        expect(page.get_by_role("radio", name=texts[-1])).to_be_checked()
        # The site menu opens to every item, each inside the screen.
        ready(page)
        page.locator(".menu-toggle").click()  # "Menu", "Menú"
        expect(page.locator("#site-menu")).to_be_visible()
        for item in page.locator("#site-menu a, #site-menu button").all():
            box = item.bounding_box()
            assert box is not None
            assert box["x"] >= 0, box
            assert box["x"] + box["width"] <= screen["width"], box
        context.close()
