"""A vetting record corrected to earlier dates must not leave a coming session with a
facilitator whose vetting lapses before it: `session_save` refuses such a facilitator, and
a correction of the dates was the way around it (nothing checks a session once saved)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from django_scopes import scope

from collaboratory.networks.scoping import date_in
from collaboratory.youth.models import VettedAdult
from collaboratory.youth.services import vetted_adult_save
from tests.youth.conftest import Cohort


def test_earlier_dates_that_lapse_before_a_coming_session_are_refused_naming_it(
    cohort: Cohort,
) -> None:
    session = cohort.session(days=60, title="Town hall practice")
    today = date_in(cohort.network, timezone.now())
    with scope(network=cohort.network):
        before = VettedAdult.objects.get(network=cohort.network, user=cohort.adult)
    with pytest.raises(ValidationError) as raised:
        vetted_adult_save(
            network=cohort.network,
            user=cohort.adult,
            background_check_on=today - timedelta(days=340),  # lapses in 25 days
            training_on=today - timedelta(days=10),
            actor=cohort.steward,
        )
    assert "Town hall practice" in raised.value.message_dict["background_check_on"][0]
    with scope(network=cohort.network):
        after = VettedAdult.objects.get(network=cohort.network, user=cohort.adult)
    assert (after.background_check_on, after.training_on) == (
        before.background_check_on,
        before.training_on,
    )
    assert session.facilitator_id == cohort.adult.pk


def test_dates_still_current_through_the_coming_sessions_are_recorded(cohort: Cohort) -> None:
    cohort.session(days=60)
    cohort.session(days=-1)  # a past session holds nothing back
    today = date_in(cohort.network, timezone.now())
    record = vetted_adult_save(
        network=cohort.network,
        user=cohort.adult,
        background_check_on=today - timedelta(days=200),  # lapses in 165 days
        training_on=today - timedelta(days=10),
        actor=cohort.steward,
    )
    assert record.background_check_on == today - timedelta(days=200)
