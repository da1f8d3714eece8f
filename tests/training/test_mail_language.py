"""Training mail is written in each reader's language, never the trainer's: the account's
choice when the person has one, else the language the organization applied (or the person
signed up) in, else the site's default. One action can write in two languages at once."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone, translation
from django_scopes import scopes_disabled

from collaboratory.people.services import user_language_set
from collaboratory.training.models import Application, InterestSignup
from collaboratory.training.services import (
    application_submit,
    assignment_create,
    assignment_reminders_send,
    call_create,
    cohort_accepting_set,
    interest_signup,
)
from tests.conftest import client_for
from tests.factories import UserFactory
from tests.training.conftest import Training

SPANISH_APPLICATION = {
    "organization": "Sur Unido",
    "community": "Barrio Sur",
    "staff1_name": "Sara Sur",
    "staff1_email": "sara@sur.example",
    "staff2_name": "Saúl Sur",
    "staff2_email": "saul@sur.example",
    "why_now": "Nadie se conoce.",
    "landscape": "Muchos grupos.",
}


def _training(outbox: list[mail.EmailMessage]) -> list[mail.EmailMessage]:
    """Training's own messages (each links to a training page), not the practice network's
    invitations that networks sends alongside an admission."""
    return [m for m in outbox if "/training/" in m.body]


def _subjects(outbox: list[mail.EmailMessage]) -> dict[str, str]:
    messages = _training(outbox)
    subjects = {m.to[0]: m.subject for m in messages}
    assert len(subjects) == len(messages), "one message per address"
    return subjects


def _spanish(training: Training) -> Application:
    """Sur Unido applies from the public page read in Spanish."""
    page = client_for(None).post(
        reverse("training_public:apply"), SPANISH_APPLICATION, HTTP_ACCEPT_LANGUAGE="es"
    )
    assert page.status_code == 302
    with scopes_disabled():
        return Application.objects.get(organization="Sur Unido")


def test_the_application_keeps_the_language_of_the_page(training: Training) -> None:
    assert _spanish(training).language == "es"


def test_an_admission_writes_to_each_staff_member_in_their_own_language(
    training: Training, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    application = _spanish(training)
    # Saúl has since made an account and chose English: his choice wins.
    user_language_set(user=UserFactory(email="saul@sur.example"), language="en")
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        # The trainer's page is in English (the default); Sara still reads Spanish.
        client_for(training.trainer).post(
            reverse(
                "training:application",
                kwargs={"network_slug": training.national.slug, "application_id": application.pk},
            ),
            {"action": "admit", "cohort": str(training.cohort.pk)},
        )

    subjects = _subjects(mail.outbox)
    assert subjects == {
        "sara@sur.example": "Bienvenida a la formación de convocantes: Cohort A",
        "saul@sur.example": "Welcome to the convener training: Cohort A",
    }
    sara = next(m for m in _training(mail.outbox) if m.to == ["sara@sur.example"])
    assert "Sur Unido ha sido admitida en Cohort A" in sara.body
    # The practice network's invitations (sent by networks) follow the same languages.
    practice = training.cohort.practice_network.name
    invitations = {m.to[0]: m.subject for m in mail.outbox if m not in _training(mail.outbox)}
    assert invitations == {
        "sara@sur.example": f"Te invitan a sumarte a {practice}",
        "saul@sur.example": f"You are invited to join {practice}",
    }


def test_a_spanish_trainer_schedules_a_call_and_english_staff_read_english(
    training: Training, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    user_language_set(user=training.other_trainee, language="es")  # wen@west.example
    mail.outbox.clear()
    starts = timezone.now() + timedelta(days=3)

    with django_capture_on_commit_callbacks(execute=True), translation.override("es"):
        call_create(
            cohort=training.cohort,
            actor=training.trainer,
            title="Office hours",
            starts_at=starts,
            ends_at=starts + timedelta(hours=1),
        )

    subjects = _subjects(mail.outbox)
    assert subjects == {
        "ana@east.example": "Support call: Office hours",
        "tom@east.example": "Support call: Office hours",
        "wen@west.example": "Llamada de apoyo: Office hours",
        "wes@west.example": "Support call: Office hours",
    }
    wen = next(m for m in mail.outbox if m.to == ["wen@west.example"])
    assert "Enlace de video: -" in wen.body


def test_a_reminder_from_the_task_is_written_in_the_language_applied_in(
    training: Training, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    with django_capture_on_commit_callbacks(execute=True):
        application = _spanish(training)
        client_for(training.trainer).post(
            reverse(
                "training:application",
                kwargs={"network_slug": training.national.slug, "application_id": application.pk},
            ),
            {"action": "admit", "cohort": str(training.cohort.pk)},
        )
        assignment_create(
            cohort=training.cohort,
            title="Map",
            instructions="Draw it.",
            due_at=timezone.now() + timedelta(days=1),
            actor=training.trainer,
        )
    mail.outbox.clear()

    assignment_reminders_send(network=training.national)

    subjects = _subjects(mail.outbox)
    assert subjects["sara@sur.example"] == "Vence pronto: Map"
    assert subjects["ana@east.example"] == "Due soon: Map"


def test_opening_a_cohort_tells_each_signup_in_the_language_they_signed_up_in(
    training: Training, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    cohort_accepting_set(cohort=training.cohort, accepting=False, actor=training.trainer)
    client_for(None).post(
        reverse("training_public:apply"), {"email": "luz@example.org"}, HTTP_ACCEPT_LANGUAGE="es"
    )
    interest_signup(network=training.national, email="lee@example.org", language="en")
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True), translation.override("es"):
        cohort_accepting_set(cohort=training.cohort, accepting=True, actor=training.trainer)

    assert _subjects(mail.outbox) == {
        "luz@example.org": "Se ha abierto una cohorte de formación de convocantes",
        "lee@example.org": "A convener training cohort is open",
    }


def test_a_language_the_site_does_not_speak_is_refused_and_nothing_is_saved(
    training: Training,
) -> None:
    with pytest.raises(ValidationError) as refused:
        application_submit(
            network=training.national,
            organization="Nowhere",
            community="Nowhere",
            why_now="-",
            landscape="-",
            staff=[("A One", "a@nowhere.example"), ("B Two", "b@nowhere.example")],
            language="fr",
        )
    with pytest.raises(ValidationError):
        interest_signup(network=training.national, email="c@nowhere.example", language="fr")

    assert "language" in refused.value.message_dict
    with scopes_disabled():
        assert not Application.objects.filter(organization="Nowhere").exists()
        assert not InterestSignup.objects.filter(email="c@nowhere.example").exists()
