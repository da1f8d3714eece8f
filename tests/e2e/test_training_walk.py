"""Convener training walked in Chromium as its people use it: a trainer makes a cohort and
opens it, an organization applies, the trainer admits it, edits the arc, takes the roll on
the session's day (and finds none offered for a session still to come), sets an
assignment; the staff send their work, the trainer asks for changes and then accepts; the
staff fill in their plan, and once a practice gathering has been held (and survives a
reset of the practice) the trainer launches the new local network. Errors show beside the
field they are about, and the other organization of the cohort sees nothing of this one."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone
from django_scopes import scopes_disabled
from playwright.sync_api import Page, expect

from collaboratory.networks.models import Network, Role
from collaboratory.networks.scoping import date_in
from collaboratory.training.models import Application, Cohort, SessionAttendance, Submission
from collaboratory.training.services import application_admit
from tests.e2e.conftest import accessibility_problems, ready
from tests.e2e.test_propose_and_select import sign_in
from tests.e2e.training_pages import save_launch_plan
from tests.factories import (
    CommitmentFactory,
    GatheringFactory,
    MembershipFactory,
    NetworkFactory,
    PresentedProposalFactory,
    UserFactory,
)
from tests.training.conftest import apply

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WORK = "Forty names across seven sectors; we lack faith leaders."


def _apply_on_the_public_page(page: Page, base: str) -> None:
    page.goto(f"{base}/training/")
    page.get_by_label("Organization").fill("Harbor Neighbors")
    page.get_by_label("Community you serve").fill("Harbor District")
    page.get_by_label("First staff member: name").fill("Ana Ruiz")
    page.get_by_label("First staff member: email").fill("ana@harbor.example")
    page.get_by_label("Second staff member: name").fill("Tom Bell")
    page.get_by_label("Second staff member: email").fill("tom@harbor.example")
    page.get_by_label("Why now?").fill("A new council and little trust across sectors.")
    page.get_by_label("The landscape you see").fill("Strong block clubs, new funders.")
    page.get_by_role("button", name="Send the application").click()
    expect(page.get_by_text("Thank you: your application is in.")).to_be_visible()


def test_a_cohort_from_application_to_a_launched_network(live_server, page: Page) -> None:  # type: ignore[no-untyped-def]
    base = live_server.url
    national = NetworkFactory(slug="nat", name="National Civic Collaboratory")
    trainer = MembershipFactory(network=national, role=Role.STEWARD).user
    today = date_in(national, timezone.now())

    # The trainer makes a cohort starting today and opens it to applications.
    sign_in(page, live_server, trainer)
    page.goto(f"{base}/n/nat/training/")
    page.get_by_label("Cohort name").fill("Cohort 2027")
    page.get_by_label("Starts on").fill(today.isoformat())
    page.get_by_role("button", name="Make the cohort").click()
    expect(page.get_by_role("heading", name="Cohort 2027")).to_be_visible()
    page.get_by_role("button", name="Open applications (tells the interest list)").click()
    expect(page.get_by_text("Taking applications.")).to_be_visible()

    _apply_on_the_public_page(page, base)
    with scopes_disabled():
        cohort = Cohort.objects.get(name="Cohort 2027")
        westside = apply(national, "Westside", ("wen@west.example", "wes@west.example"))
        application_admit(application=westside, cohort=cohort, actor=trainer)

    page.goto(f"{base}/n/nat/training/")
    page.get_by_role("link", name="Harbor Neighbors").click()
    page.get_by_label("Cohort").select_option(label="Cohort 2027")
    page.get_by_role("button", name="Admit to this cohort").click()
    expect(page.get_by_text("Admitted; the two staff are told by email.")).to_be_visible()

    # The arc: a session that ends before it starts is refused beside its field.
    page.goto(f"{base}/n/nat/training/cohorts/{cohort.pk}/")
    ready(page)
    page.get_by_text("Add a session").click()
    page.locator("#session_title").fill("Virtual training: your roster")
    later = timezone.localtime(timezone.now(), ZoneInfo(national.time_zone)) + timedelta(days=20)
    page.locator("#session_starts_at").fill(f"{later:%Y-%m-%dT10:00}")
    page.locator("#session_ends_at").fill(f"{later:%Y-%m-%dT09:00}")
    page.get_by_role("button", name="Add the session").click()
    expect(page.locator("#session_ends_at_error")).to_have_text(
        "The session must end after it starts."
    )
    expect(page.locator("#session_ends_at")).to_have_attribute(
        "aria-describedby", "session_ends_at_error"
    )
    page.locator("#session_ends_at").fill(f"{later:%Y-%m-%dT12:00}")
    page.get_by_role("button", name="Add the session").click()
    expect(page.get_by_role("link", name="Virtual training: your roster")).to_be_visible()
    assert accessibility_problems(page) == []

    # A session to come offers no roll; the opening experience (today) takes it.
    page.get_by_role("link", name="Virtual training: your roster").click()
    expect(page.get_by_text("Attendance can be recorded from")).to_be_visible()
    expect(page.get_by_role("button", name="Save attendance")).to_have_count(0)
    page.goto(f"{base}/n/nat/training/cohorts/{cohort.pk}/")
    page.get_by_role("link", name="Opening experience").click()
    page.get_by_label("Ana Ruiz (Harbor Neighbors)").check()
    page.get_by_role("button", name="Save attendance").click()
    expect(page.get_by_text("Attendance saved.")).to_be_visible()
    assert accessibility_problems(page) == []
    with scopes_disabled():
        assert SessionAttendance.objects.filter(trainee__full_name="Ana Ruiz").count() == 1

    # An assignment, due in a week.
    page.goto(f"{base}/n/nat/training/cohorts/{cohort.pk}/")
    ready(page)
    page.get_by_text("Add an assignment").click()
    page.locator("#assignment_title").fill("Your first 40 names")
    due = timezone.localtime(timezone.now(), ZoneInfo(national.time_zone)) + timedelta(days=7)
    page.locator("#assignment_due_at").fill(f"{due:%Y-%m-%dT17:00}")
    page.get_by_role("button", name="Add the assignment").click()
    expect(page.get_by_text("Your first 40 names")).to_be_visible()

    # The staff send their work.
    ana = UserFactory(email="ana@harbor.example", full_name="Ana Ruiz")
    sign_in(page, live_server, ana)
    page.goto(f"{base}/training/mine/")
    expect(page.get_by_role("heading", name="Harbor Neighbors")).to_be_visible()
    assert accessibility_problems(page) == []
    page.get_by_role("link", name="Your first 40 names").click()
    page.get_by_label("Your work").fill(WORK)
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_text("Submitted: the trainers will read it.")).to_be_visible()

    # The trainer reviews: a review with no status is refused beside the status.
    sign_in(page, live_server, trainer)
    with scopes_disabled():
        harbor = Application.objects.get(organization="Harbor Neighbors")
        work = Submission.objects.get(application=harbor)
    page.goto(f"{base}/n/nat/training/organizations/{harbor.pk}/")
    expect(page.get_by_text(WORK)).to_be_visible()
    section = page.locator("section.submission")
    section.get_by_label("Status").evaluate("select => { select.value = ''; }")
    section.get_by_role("button", name="Save feedback").click()
    refusal = page.locator(f"#review-{work.pk}-status_error")
    expect(refusal).to_be_visible()
    expect(section.get_by_label("Status")).to_have_attribute(
        "aria-describedby", f"review-{work.pk}-status_error"
    )
    section.get_by_label("Status").select_option(label="Changes asked")
    section.get_by_label("Feedback").fill("Name the gaps by sector.")
    section.get_by_role("button", name="Save feedback").click()
    expect(page.get_by_text("Feedback saved; the organization is told by email.")).to_be_visible()

    # The staff answer the feedback and fill in their plan.
    sign_in(page, live_server, ana)
    page.goto(f"{base}/training/mine/")
    expect(page.get_by_text("Name the gaps by sector.")).to_be_visible()
    page.get_by_role("link", name="Your first 40 names").click()
    page.get_by_label("Your work").fill(WORK + " Gaps: faith, youth.")
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_text("Submitted: the trainers will read it.")).to_be_visible()
    save_launch_plan(page, today + timedelta(days=45))
    # Each item says whether it is done in words, not only by a tick or a circle.
    expect(page.locator(".checklist li").first).to_contain_text("not done yet")

    # The other organization of the cohort reads nothing of Harbor's work.
    sign_in(page, live_server, UserFactory(email="wen@west.example"))
    page.goto(f"{base}/training/mine/")
    expect(page.get_by_role("heading", name="Westside")).to_be_visible()
    assert "Harbor" not in page.content()
    assert "faith leaders" not in page.content()

    # The practice gathering is held (its own pages have their tests), then the practice
    # is reset for another round: what was held stays held.
    with scopes_disabled():
        practice = Network.objects.get(pk=cohort.practice_network_id)
    held = GatheringFactory(
        network=practice, first_part_at=timezone.now() - timedelta(days=2), parts=1
    )
    CommitmentFactory(proposal=PresentedProposalFactory(gathering=held))
    sign_in(page, live_server, trainer)
    page.goto(f"{base}/n/nat/training/cohorts/{cohort.pk}/")
    page.get_by_label("Yes, remove every practice gathering").check()
    page.get_by_role("button", name="Reset the practice").click()
    expect(page.get_by_text("The practice network starts over")).to_be_visible()

    page.get_by_role("link", name="Harbor Neighbors").click()
    section = page.locator("section.submission")
    section.get_by_label("Status").select_option(label="Accepted")
    section.get_by_role("button", name="Save feedback").click()
    expect(page.get_by_text("Feedback saved; the organization is told by email.")).to_be_visible()
    page.get_by_role("button", name="Launch Harbor Civic Collaboratory").click()
    expect(
        page.get_by_text("Launched Harbor Civic Collaboratory: stewards and 1 member invited")
    ).to_be_visible()
    assert accessibility_problems(page) == []
    with scopes_disabled():
        local = Network.objects.get(slug="harbor")
    assert (local.parent_id, local.kind, local.is_practice) == (national.pk, "local", False)
