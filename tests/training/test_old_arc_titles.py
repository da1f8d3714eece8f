"""Cohorts made before the default arc was stored in English kept the titles in the
language of the trainer who made them ("Formación inmersiva", and before that the virtual
sessions said "su" where they now say "tu"), so their English trainees read Spanish. A data
migration gives those sessions the English default, which every reader gets in their own
language; a title a trainer typed stays exactly as typed."""

from __future__ import annotations

import importlib

from django.apps import apps
from django.urls import reverse
from django_scopes import scopes_disabled

from collaboratory.training.models import ArcSession, SessionKind
from tests.conftest import client_for
from tests.training.conftest import Training

MIGRATION = "collaboratory.training.migrations.0004_old_arc_titles_in_english"

# The default arc as a Spanish-reading trainer's cohort stored it, in order, with the
# spellings of both the first and the later translation of the virtual sessions.
STORED_IN_SPANISH = [
    "Experiencia de apertura",
    "Inmersión en un encuentro nacional",
    "Formación inmersiva",
    "Formación virtual: diseñar su red",
    "Formación virtual: tu primer encuentro",
]


def _titles(training: Training) -> list[str]:
    with scopes_disabled():
        return list(
            ArcSession.objects.filter(cohort=training.cohort)
            .order_by("starts_at")
            .values_list("title", flat=True)
        )


def _store(training: Training, titles: list[str]) -> None:
    with scopes_disabled():
        sessions = ArcSession.objects.filter(cohort=training.cohort).order_by("starts_at")
        for session, title in zip(sessions, titles, strict=True):
            ArcSession.objects.filter(pk=session.pk).update(title=title)


def test_old_spanish_default_titles_become_the_english_defaults(training: Training) -> None:
    _store(training, STORED_IN_SPANISH)

    importlib.import_module(MIGRATION).store_old_arc_titles_in_english(apps, None)

    assert _titles(training) == [
        "Opening experience",
        "Immersion at a national gathering",
        "Immersive training",
        "Virtual training: designing your network",
        "Virtual training: your first gathering",
    ]
    english = (
        client_for(training.trainee)
        .get(reverse("training_public:org", kwargs={"application_id": training.org.pk}))
        .content.decode()
    )
    assert "Immersive training" in english
    assert "Formación" not in english


def test_a_trainers_own_titles_stay_as_typed(training: Training) -> None:
    """Typed titles, and a default's Spanish under another kind of session (a trainer who
    named a virtual session "Formación inmersiva" chose those words), are not touched."""
    typed = [
        "Apertura en la biblioteca",
        "Inmersión en Tulsa",
        "Formación inmersiva en Tulsa",
        "Formación virtual: diseñar su red (2.ª parte)",
        "Formación inmersiva",  # a virtual session: not the training's default
    ]
    _store(training, typed)
    with scopes_disabled():
        kinds = list(
            ArcSession.objects.filter(cohort=training.cohort)
            .order_by("starts_at")
            .values_list("kind", flat=True)
        )
    assert kinds[4] == SessionKind.VIRTUAL

    importlib.import_module(MIGRATION).store_old_arc_titles_in_english(apps, None)

    assert _titles(training) == typed
