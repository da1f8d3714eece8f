"""Two trainers deciding one application from pages opened before either decided: the first
decision stands, the second is refused and mails nobody."""

from __future__ import annotations

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django_scopes import scopes_disabled

from collaboratory.training.models import Application, ApplicationStatus
from collaboratory.training.services import application_admit, application_decline
from tests.training.conftest import Training, apply


def _pending(training: Training) -> tuple[Application, Application]:
    """The same new application, loaded twice (one per trainer's open page)."""
    fresh = apply(training.national, "Southside", ("sam@south.example", "sue@south.example"))
    with scopes_disabled():
        return fresh, Application.objects.get(pk=fresh.pk)


def test_a_decline_from_a_stale_page_does_not_undo_an_admission(
    training: Training, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    first, stale = _pending(training)
    application_admit(application=first, cohort=training.cohort, actor=training.trainer)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True), pytest.raises(ValidationError):
        application_decline(application=stale, note="", actor=training.trainer)

    with scopes_disabled():
        assert Application.objects.get(pk=first.pk).status == ApplicationStatus.ADMITTED
    assert mail.outbox == []


def test_two_declines_at_once_mail_the_staff_once(
    training: Training, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    first, stale = _pending(training)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        application_decline(application=first, note="Not this time.", actor=training.trainer)
        with pytest.raises(ValidationError):
            application_decline(application=stale, note="Other note.", actor=training.trainer)

    with scopes_disabled():
        assert Application.objects.get(pk=first.pk).decision_note == "Not this time."
    assert len(mail.outbox) == 2  # one message to each of the two staff
