"""A member answers yes to a gathering that is under way, then checks in from their phone by
scanning the room's QR code (the gathering page offers no check-in link); a steward checks a
second member in from the door list."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone
from django_scopes import scopes_disabled
from playwright.sync_api import Page, expect

from collaboratory.gatherings.models import Attendance
from collaboratory.gatherings.selectors import check_in_code_to_show
from collaboratory.networks.models import Role
from tests.factories import PASSWORD, GatheringFactory, MembershipFactory, NetworkFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def log_in(page: Page, base: str, email: str) -> None:
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()


def test_member_rsvps_then_checks_in_and_a_steward_uses_the_door_list(
    live_server,
    page: Page,  # type: ignore[no-untyped-def]
) -> None:
    network = NetworkFactory(slug="delta", name="Delta Collaboratory")
    member = MembershipFactory(network=network, user__email="rosa@delta.example").user
    MembershipFactory(network=network, user__email="sam@delta.example", user__full_name="Sam Door")
    MembershipFactory(network=network, role=Role.STEWARD, user__email="steward@delta.example")
    gathering = GatheringFactory(
        network=network,
        title="Spring Gathering",
        capacity=40,
        first_part_at=timezone.now().replace(microsecond=0) - timedelta(minutes=30),
    )

    log_in(page, live_server.url, "rosa@delta.example")
    page.get_by_role("navigation", name="Network").get_by_role("link", name="Gatherings").click()
    page.get_by_role("link", name="Spring Gathering").click()
    page.get_by_label("Yes").check()
    page.get_by_label("I will attend both parts in full").check()
    # Under way, its call for presenters is over: the form no longer asks, and says so.
    expect(page.get_by_label("I would like to present in the Rotating Credit Club")).to_have_count(
        0
    )
    expect(page.get_by_text("The call for presenters closed on")).to_be_visible()
    page.get_by_role("button", name="Save my answer").click()
    expect(page.get_by_text("You are confirmed. See you there!")).to_be_visible()

    expect(page.get_by_text("Check in at the door: scan the code in the room")).to_be_visible()
    expect(page.get_by_role("link", name="Check in to", exact=False)).to_have_count(0)

    # Scanning the QR code in the room opens its link: the code of today.
    with scopes_disabled():
        code = check_in_code_to_show(gathering=gathering, now=timezone.now())
    assert code.day == gathering.starts_at.astimezone(ZoneInfo(network.time_zone)).date()
    page.goto(f"{live_server.url}/c/{code.code}")
    page.get_by_role(
        "button", name="I am here: check me in to Welcome reception and dinner"
    ).click()
    expect(
        page.get_by_text("You are checked in to Welcome reception and dinner. Welcome!")
    ).to_be_visible()

    page.context.clear_cookies()
    log_in(page, live_server.url, "steward@delta.example")
    page.goto(f"{live_server.url}/n/delta/gatherings/{gathering.pk}/door/")
    page.get_by_label("Search by name").fill("Sam")
    page.get_by_role("button", name="Search").click()
    page.get_by_role("button", name="Check in Sam Door").click()
    expect(page.get_by_text("2 people checked in to this part.")).to_be_visible()

    with scopes_disabled():
        ledger = sorted(
            Attendance.objects.filter(part__gathering=gathering).values_list(
                "user__email", "source"
            )
        )
    assert ledger == [("rosa@delta.example", "self"), ("sam@delta.example", "door")]
    assert member.email == "rosa@delta.example"
