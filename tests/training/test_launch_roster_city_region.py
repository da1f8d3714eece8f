"""A launch's initial roster carries City and Region to the new member's profile, as the
network roster does (tests/networks/test_roster_city_region.py), never over an existing
account's own values; a minor's age band is still refused."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from collaboratory.training.services import launch, plan_save
from tests.conftest import client_for
from tests.factories import (
    CommitmentFactory,
    GatheringFactory,
    PresentedProposalFactory,
    UserFactory,
)
from tests.networks.test_roster_city_region import (
    ACCEPT,
    CSV,
    HOST,
    assert_city_and_region_arrived,
)
from tests.networks.test_roster_csv import link_in
from tests.training.conftest import Training


def _plan(training: Training, roster: bytes) -> None:
    plan_save(
        application=training.org,
        actor=training.trainee,
        network_name="Eastside Civic Collaboratory",
        network_slug="eastside",
        first_gathering_title="Our first gathering",
        first_gathering_on=date.today() + timedelta(days=40),
        first_gathering_city="Fresno",
        roster=roster,
    )


def test_a_launch_rosters_city_and_region_reach_the_new_members_profile(
    training: Training,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    practice = training.cohort.practice_network
    gathering = GatheringFactory(
        network=practice, first_part_at=timezone.now() - timedelta(days=3), parts=1
    )
    CommitmentFactory(proposal=PresentedProposalFactory(gathering=gathering))
    UserFactory(email="kept@example.org", city="Own City", region="Own Region")
    _plan(training, CSV.encode())
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        launch(application=training.org, actor=training.trainer)
    for email in ("ana@example.org", "kept@example.org"):
        with django_capture_on_commit_callbacks(execute=True):
            client_for(None).post(link_in(mail.outbox, email), ACCEPT, **HOST)

    assert_city_and_region_arrived()


def test_a_minors_age_band_is_still_refused_in_a_launch_roster(training: Training) -> None:
    with pytest.raises(ValidationError) as refused:
        _plan(training, b"Email,Name,City,Region,Age band\nkid@example.org,Kid,Fresno,CA,16-17\n")

    assert refused.value.message_dict["roster"] == [
        "Line 2, Age band: Students cannot be imported: each joins a youth cohort, invited one "
        "by one on its Invitations page with a guardian's email."
    ]


def test_the_plan_form_names_the_rosters_columns_before_a_file_is_sent(
    training: Training,
) -> None:
    """The field said "and optional columns" without naming one: a trainee learned that
    City and Region (or an age band) were read only from a refused file's message."""
    url = reverse("training_public:org", kwargs={"application_id": training.org.pk})

    body = client_for(training.trainee).get(url, **HOST).content.decode()

    assert (
        "A header line names the columns: email and full name, and any of organization, "
        "title, sector, city, region and age band." in body
    )
