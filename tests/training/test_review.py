"""Defects found in a fresh-eyes review of convener training, each pinned by a test."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django_scopes import scopes_disabled

from collaboratory.training.models import Application
from collaboratory.training.services import plan_save
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
