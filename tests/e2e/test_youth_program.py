"""A steward records a missed cohort session; the youth member hands in the make-up's
reflection; the steward marks it done (issue 14's browser test for the youth program)."""

from __future__ import annotations

import pytest
from django_scopes import scopes_disabled
from playwright.sync_api import Page, expect

from collaboratory.youth.models import MakeUp
from tests.e2e.conftest import accessibility_problems
from tests.e2e.test_propose_and_select import sign_in
from tests.youth.conftest import Cohort, make_cohort

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def cohort(db: None) -> Cohort:
    return make_cohort()


def test_a_steward_records_a_missed_session_and_its_make_up(  # type: ignore[no-untyped-def]
    live_server, page: Page, cohort: Cohort
) -> None:
    session = cohort.session(title="Listening across divides")
    youth = cohort.youth.full_name

    sign_in(page, live_server, cohort.steward)
    page.goto(f"{live_server.url}/n/cohort/youth/")
    page.get_by_role("link", name="Listening across divides").click()
    row = page.get_by_role("row").filter(has_text=youth)
    row.get_by_role("button", name="Absent").click()
    expect(page.get_by_role("row").filter(has_text=youth)).to_contain_text("Absent, no notice")
    assert accessibility_problems(page) == []

    sign_in(page, live_server, cohort.youth)
    page.goto(f"{live_server.url}/n/cohort/youth/")
    # "My make-ups" comes before the list of sessions.
    page.get_by_role("link", name=session.title).first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Make-up")
    page.get_by_label("Your reflection on the recording").fill("Listening first changed how I ask.")
    page.get_by_role("button", name="Hand in the reflection").click()
    expect(page.get_by_role("status")).to_contain_text("your reflection is in")

    sign_in(page, live_server, cohort.steward)
    page.goto(f"{live_server.url}/n/cohort/youth/members/{cohort.youth.pk}/")
    page.get_by_role("link", name="make-up handed in").click()
    expect(page.get_by_text("Listening first changed how I ask.")).to_be_visible()
    page.get_by_role("button", name="Mark the make-up done").click()
    expect(page.get_by_role("link", name="make-up done")).to_be_visible()

    with scopes_disabled():
        makeup = MakeUp.objects.get()
    assert makeup.done_by == cohort.steward
