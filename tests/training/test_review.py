"""Defects found in a fresh-eyes review of convener training, each pinned by a test."""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.formats import date_format
from django_scopes import scopes_disabled

from collaboratory.networks.models import Network
from collaboratory.training.models import Application, Cohort
from collaboratory.training.services import (
    assignment_create,
    assignment_reminders_send,
    call_create,
    plan_save,
)
from tests.factories import NetworkFactory
from tests.training.conftest import Training


def _plan(training: Training, slug: str) -> Application:
    return plan_save(
        application=training.org,
        actor=training.trainee,
        network_name="Tulsa Civic Collaboratory",
        network_slug=slug,
        first_gathering_title="Our first gathering",
        first_gathering_on=date.today() + timedelta(days=40),
        first_gathering_city="Tulsa",
    )


def test_a_short_name_taken_in_other_letters_case_is_refused(training: Training) -> None:
    """ "Tulsa" passed the check against an existing "tulsa" and launched a second network
    whose address differs only by case (the form itself asks for lower-case letters)."""
    NetworkFactory(slug="tulsa", name="Tulsa")

    with pytest.raises(ValidationError) as error:
        _plan(training, "Tulsa")

    assert "network_slug" in error.value.message_dict
    with scopes_disabled():
        assert Application.objects.get(pk=training.org.pk).network_slug == ""


def test_a_short_name_is_kept_in_lower_case(training: Training) -> None:
    saved = _plan(training, "Tulsa-Collab")

    assert saved.network_slug == "tulsa-collab"


def test_another_organizations_short_name_in_other_letters_case_is_refused(
    training: Training,
) -> None:
    plan_save(
        application=training.other,
        actor=training.other_trainee,
        network_name="West",
        network_slug="west-collab",
        first_gathering_title="First",
        first_gathering_on=date.today() + timedelta(days=40),
        first_gathering_city="",
    )

    with pytest.raises(ValidationError) as error:
        _plan(training, "West-Collab")

    assert "network_slug" in error.value.message_dict


def test_a_call_and_a_reminder_say_which_time_zone_their_time_is_in(
    training: Training, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    """The emails gave "2026-12-08 15:00" in the national network's zone without naming
    it: staff elsewhere read it as their own time (the pages say which zone they show)."""
    with scopes_disabled():
        Network.objects.filter(pk=training.national.pk).update(time_zone="America/Chicago")
        cohort = Cohort.objects.select_related("network").get(pk=training.cohort.pk)
    starts = timezone.now() + timedelta(days=3)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        call_create(
            cohort=cohort,
            actor=training.trainer,
            title="Office hours",
            starts_at=starts,
            ends_at=starts + timedelta(hours=1),
        )
        assignment_create(
            cohort=cohort,
            title="Map",
            instructions="Draw it.",
            due_at=timezone.now() + timedelta(days=1),
            actor=training.trainer,
        )
    call_mail = mail.outbox[0]
    mail.outbox.clear()
    assignment_reminders_send(network=cohort.network)

    local = timezone.localtime(starts, ZoneInfo("America/Chicago"))
    # The house style, not "2026-12-08 15:00": "Tuesday 8 December 2026, 15:00".
    assert f"{date_format(local, 'DATETIME_FORMAT')} (America/Chicago)" in call_mail.body
    assert mail.outbox
    assert all("America/Chicago" in m.body for m in mail.outbox)
