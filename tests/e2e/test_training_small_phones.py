"""A trainee walks "My training" (their organization's page), an assignment and the page
after their launch plan is saved, on the small phones still in use: 320 px (WCAG's reflow
width) and 375 px, in English and in Spanish. The trainers wrote what trainers write: a
hall's address, a video link, materials and feedback with long web addresses, a file with a
long name. Every page fits without sideways scrolling, logs no error or warning, writes no
ISO date, links every address and file, and keeps a saved date in its box, so the plan saves
again unchanged (in Spanish the date box came back empty and the save was refused at a
field the trainee never touched)."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from django.utils import timezone
from django_scopes import scopes_disabled
from playwright.sync_api import Browser, ConsoleMessage, Page, expect

from collaboratory.networks.models import Network, Role
from collaboratory.networks.scoping import date_in
from collaboratory.people.models import User
from collaboratory.training.models import ArcSession, SessionKind, Submission, SubmissionStatus
from collaboratory.training.services import (
    Upload,
    application_admit,
    application_submit,
    assignment_create,
    call_create,
    call_note_add,
    cohort_accepting_set,
    cohort_create,
    session_save,
    submission_review,
    submission_save,
)
from tests.e2e.conftest import accessibility_problems, ready
from tests.e2e.test_phone_widths import WIDENERS
from tests.e2e.test_propose_and_select import sign_in
from tests.e2e.training_pages import save_launch_plan
from tests.factories import GatheringFactory, MembershipFactory, NetworkFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HANDBOOK = "https://docs.example.org/convening/guides/the-rotating-credit-club-handbook-2026.pdf"
CHECKLIST = "https://docs.example.org/convening/worksheets/sector-balance-checklist.pdf"
MEETING = "https://meet.example.org/j/8372645123?pwd=abcdefghijklmnopqrstuvwxyz0123456789"
FILE_NAME = "Harbor_first_forty_names_by_sector_final_version_2.pdf"
ISO_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
WORDS = {
    "en": {"saved": "Your launch plan is saved.", "assignment": "Your first 40 names"},
    "es": {"saved": "Tu plan de lanzamiento está guardado.", "assignment": "Your first 40 names"},
}


def _cohort_under_way() -> tuple[Network, User, date]:
    """A cohort with the organization "Greater Harbor Neighborhood Association" admitted and
    everything a trainer fills in on its pages; returns the national network, the trainee
    and the national network's today."""
    national = NetworkFactory(slug="nat", name="National Network", time_zone="America/Chicago")
    trainer = MembershipFactory(network=national, role=Role.STEWARD).user
    today = date_in(national, timezone.now())
    cohort = cohort_create(network=national, name="Cohort 2027", starts_on=today, actor=trainer)
    cohort_accepting_set(cohort=cohort, accepting=True, actor=trainer)
    harbor = application_submit(
        network=national,
        organization="Greater Harbor Neighborhood Association",
        community="Harbor",
        why_now="A new council and little trust between sectors.",
        landscape="Strong block clubs, new funders.",
        staff=[
            ("Ana Ruiz", "ana.ruiz-outreach@harbor-neighborhood.example"),
            ("Tom Bello", "tom@harbor.example"),
        ],
    )
    application_admit(application=harbor, cohort=cohort, actor=trainer)
    starts = timezone.now() + timedelta(days=3)
    with scopes_disabled():
        opening = ArcSession.objects.get(cohort=cohort, kind=SessionKind.OPENING)
        immersion = ArcSession.objects.get(cohort=cohort, kind=SessionKind.IMMERSION)
    session_save(
        cohort=cohort,
        actor=trainer,
        session=opening,
        kind=opening.kind,
        title=opening.title,
        starts_at=starts,
        ends_at=starts + timedelta(hours=2),
        place="Harbor Community Hall, 1200 Waterfront Avenue",
        video_link=MEETING,
        materials=f"Read {HANDBOOK} before we meet.",
    )
    at = (timezone.now() + timedelta(days=30)).replace(hour=20, minute=25, microsecond=0)
    national_gathering = GatheringFactory(
        network=national, title="National gathering", first_part_at=at
    )
    session_save(
        cohort=cohort,
        actor=trainer,
        session=immersion,
        kind=immersion.kind,
        title=immersion.title,
        starts_at=immersion.starts_at,
        ends_at=immersion.ends_at,
        gathering=national_gathering,
    )
    assignment = assignment_create(
        cohort=cohort,
        title="Your first 40 names",
        instructions=f"Forty names from seven sectors; check them against {CHECKLIST}",
        due_at=starts + timedelta(days=7),
        actor=trainer,
    )
    call = call_create(
        cohort=cohort,
        actor=trainer,
        title="Support call",
        starts_at=starts + timedelta(days=1),
        ends_at=starts + timedelta(days=1, hours=1),
        video_link=MEETING,
    )
    trainee = UserFactory(email="ana.ruiz-outreach@harbor-neighborhood.example")
    submission_save(
        assignment=assignment,
        application=harbor,
        actor=trainee,
        text="Forty names.",
        upload=Upload(FILE_NAME, b"%PDF-1.4 forty names"),
    )
    with scopes_disabled():
        sent = Submission.objects.get(application=harbor)
    submission_review(
        submission=sent,
        status=SubmissionStatus.CHANGES,
        feedback=f"Name what is missing, sector by sector: {CHECKLIST}",
        actor=trainer,
    )
    call_note_add(call=call, application=harbor, text="A good first call.", actor=trainer)
    return national, trainee, today


def _fits(page: Page, width: int, language: str, problems: list[str]) -> None:
    """What every page of the walk must be at this width and in this language."""
    ready(page)
    expect(page.locator("html")).to_have_attribute("lang", language)
    scroll = page.evaluate("document.scrollingElement.scrollWidth")
    assert scroll <= page.evaluate("innerWidth") == width, (page.url, page.evaluate(WIDENERS))
    assert ISO_DAY.findall(page.locator("main").inner_text()) == [], page.url
    assert problems == [], page.url
    assert accessibility_problems(page) == [], page.url


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("width", [320, 375])
def test_a_trainee_walks_my_training_on_a_small_phone(
    live_server,  # type: ignore[no-untyped-def]
    browser: Browser,
    width: int,
    language: str,
) -> None:
    _national, trainee, today = _cohort_under_way()
    with scopes_disabled():
        trainee.language = language
        trainee.save(update_fields=["language"])
    context = browser.new_context(
        viewport={"width": width, "height": 640}, is_mobile=True, has_touch=True
    )
    page = context.new_page()
    problems: list[str] = []

    def logged(message: ConsoleMessage) -> None:
        if message.type in ("error", "warning"):
            problems.append(message.text)

    page.on("console", logged)
    words = WORDS[language]
    sign_in(page, live_server, trainee)

    page.goto(f"{live_server.url}/training/mine/")
    expect(
        page.get_by_role("heading", name="Greater Harbor Neighborhood Association")
    ).to_be_visible()
    _fits(page, width, language, problems)
    expect(page.locator(f'main a[href="{HANDBOOK}"]')).to_be_visible()
    expect(page.locator(f'main a[href="{CHECKLIST}"]')).to_be_visible()
    expect(page.locator("main a", has_text=FILE_NAME)).to_be_visible()

    first_day = today + timedelta(days=45)
    save_launch_plan(page, first_day, saved=words["saved"])
    _fits(page, width, language, problems)
    expect(page.locator("#id_first_gathering_on")).to_have_value(first_day.isoformat())
    # Saved again as it stands (to change the city): no field the trainee did not touch
    # is refused.
    page.locator("#id_first_gathering_city").fill("Harbor Town")
    page.locator('button[name="action"][value="plan"]').click()
    expect(page.get_by_text(words["saved"])).to_be_visible()
    expect(page.locator("[aria-invalid=true]")).to_have_count(0)
    _fits(page, width, language, problems)

    page.get_by_role("link", name=words["assignment"]).click()
    expect(page.get_by_role("heading", name=words["assignment"])).to_be_visible()
    _fits(page, width, language, problems)
    expect(page.locator(f'main a[href="{CHECKLIST}"]').first).to_be_visible()
    expect(page.locator("main a", has_text=FILE_NAME)).to_be_visible()
    page.get_by_role("link", name="Greater Harbor Neighborhood Association").click()
    expect(page.locator("#id_first_gathering_city")).to_have_value("Harbor Town")
    context.close()
