"""An organization from application to a launched network with a first gathering: it
applies on the public page, a trainer admits it, a trainee fills in the launch plan with
the roster file, and once the practice gathering has been held the trainer launches."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.utils import timezone
from django_scopes import scopes_disabled
from playwright.sync_api import Page, expect

from collaboratory.gatherings.models import Gathering
from collaboratory.networks.models import Invitation, Network, Role
from collaboratory.training.services import cohort_accepting_set, cohort_create
from tests.e2e.conftest import accessibility_problems
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

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_organization_applies_trains_and_launches(live_server, page: Page) -> None:  # type: ignore[no-untyped-def]
    national = NetworkFactory(slug="nat", name="National Civic Collaboratory")
    trainer = MembershipFactory(network=national, role=Role.STEWARD).user
    cohort = cohort_create(
        network=national, name="Cohort 2027", starts_on=date.today(), actor=trainer
    )
    cohort_accepting_set(cohort=cohort, accepting=True, actor=trainer)

    page.goto(f"{live_server.url}/training/")
    page.get_by_label("Organization").fill("Harbor Neighbors")
    page.get_by_label("Community you serve").fill("Harbor District")
    page.get_by_label("First staff member: name").fill("Ana Ruiz")
    page.get_by_label("First staff member: email").fill("ana@harbor.example")
    page.get_by_label("Second staff member: name").fill("Tom Bell")
    page.get_by_label("Second staff member: email").fill("tom@harbor.example")
    page.get_by_label("Why now?").fill("A new council and little trust across sectors.")
    page.get_by_label("The landscape you see").fill("Strong block clubs, new funders.")
    assert accessibility_problems(page) == []
    page.get_by_role("button", name="Send the application").click()
    expect(page.get_by_text("Thank you: your application is in.")).to_be_visible()

    sign_in(page, live_server, trainer)
    page.goto(f"{live_server.url}/n/nat/training/")
    page.get_by_role("link", name="Harbor Neighbors").click()
    page.get_by_role("button", name="Admit to this cohort").click()
    expect(page.get_by_text("Admitted; the two staff are told by email.")).to_be_visible()

    trainee = UserFactory(email="ana@harbor.example", full_name="Ana Ruiz")
    sign_in(page, live_server, trainee)
    page.goto(f"{live_server.url}/training/mine/")
    expect(page.get_by_role("heading", name="Harbor Neighbors")).to_be_visible()
    save_launch_plan(page, date.today() + timedelta(days=45))

    # The mock gathering, held in the practice network (its own pages have their tests).
    held = GatheringFactory(
        network=cohort.practice_network, first_part_at=timezone.now() - timedelta(days=2), parts=1
    )
    CommitmentFactory(proposal=PresentedProposalFactory(gathering=held))

    sign_in(page, live_server, trainer)
    page.goto(f"{live_server.url}/n/nat/training/")
    page.get_by_role("link", name="Cohort 2027").click()
    page.get_by_role("link", name="Harbor Neighbors").click()
    page.get_by_role("button", name="Launch Harbor Civic Collaboratory").click()
    expect(
        page.get_by_text("Launched Harbor Civic Collaboratory: stewards and 1 member invited")
    ).to_be_visible()
    assert accessibility_problems(page) == []

    with scopes_disabled():
        local = Network.objects.get(slug="harbor")
        gathering = Gathering.objects.get(network=local)
        invited = sorted(Invitation.objects.filter(network=local).values_list("email", "role"))
    assert (local.parent, local.kind) == (national, "local")
    assert gathering.title == "Harbor: our first gathering"
    assert invited == [
        ("ana@harbor.example", Role.STEWARD),
        ("lena@harbor.example", Role.MEMBER),
        ("tom@harbor.example", Role.STEWARD),
    ]
