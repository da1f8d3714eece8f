"""A steward opens the insights dashboard: the charts and the map of who helped whom render,
focusing a member highlights their ties, a filter swaps the figures in place (htmx), and the
page runs with no CSP or script errors."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from collaboratory.commitments.models import CommitmentStatus
from collaboratory.networks.models import Role
from tests.factories import (
    PASSWORD,
    CommitmentFactory,
    GatheringFactory,
    MembershipFactory,
    NetworkFactory,
    PresentedProposalFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_steward_reads_the_charts_and_explores_the_map(live_server, page: Page) -> None:  # type: ignore[no-untyped-def]
    network = NetworkFactory(slug="tulsa", name="Tulsa Civic Collaboratory")
    steward = MembershipFactory(network=network, role=Role.STEWARD, user__email="s@example.org")
    ann, ben, cat = (
        MembershipFactory(network=network, user__full_name=name).user
        for name in ("Ann Able", "Ben Baker", "Cat Carter")
    )
    now = timezone.now()
    spring = GatheringFactory(
        network=network, title="Spring", first_part_at=now - timedelta(days=200)
    )
    fall = GatheringFactory(network=network, title="Fall", first_part_at=now - timedelta(days=40))
    ann_project = PresentedProposalFactory(gathering=spring, proposer=ann)
    ben_project = PresentedProposalFactory(gathering=fall, proposer=ben)
    CommitmentFactory(proposal=ann_project, committer=ben, status=CommitmentStatus.KEPT)
    CommitmentFactory(proposal=ann_project, committer=cat)
    CommitmentFactory(proposal=ben_project, committer=ann, status=CommitmentStatus.KEPT)

    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Email").fill(steward.user.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.get_by_role("link", name="Insights").click()

    expect(page.get_by_role("heading", name="Insights", level=1)).to_be_visible()
    figure = page.locator('[data-figure="commitments"] dd')
    expect(figure).to_have_text("3")
    for chart in (
        "The compounding curve",
        "Kinds of capital circulated",
        "Bridging against chance",
    ):
        expect(page.get_by_role("img", name=chart)).to_be_visible()
    help_map = page.get_by_role("img", name="Who helped whom")
    expect(help_map).to_be_visible()
    ann_node = page.locator(f'.ins-node[data-node="{ann.pk}"]')
    expect(ann_node).to_have_attribute("aria-label", "Ann Able (no sector): gave 1, received 2")

    # map.js is deferred: wait until it has wired the map before focusing a member.
    expect(page.locator("svg.ins-map")).to_have_attribute("data-wired", "1")
    ann_node.focus()

    expect(page.locator(".ins-tie.is-tie")).to_have_count(3)
    expect(page.locator(".ins-node.is-neighbor")).to_have_count(2)
    expect(page.locator("svg.ins-map")).to_have_class("ins-chart ins-map ins-has-focus")

    page.get_by_role("combobox", name="Gathering").select_option(label="Fall")

    expect(figure).to_have_text("1")
    expect(page).to_have_url(f"{live_server.url}/n/tulsa/insights/?year=&gathering={fall.pk}")
    # The swapped map is wired again.
    expect(page.locator("svg.ins-map")).to_have_attribute("data-wired", "1")
    page.locator(f'.ins-node[data-node="{ben.pk}"]').hover()
    expect(page.locator(".ins-tie.is-tie")).to_have_count(1)
