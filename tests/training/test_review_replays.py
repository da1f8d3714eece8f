"""A trainer's or an applicant's form sent twice (a double click, a retry on bad wifi) makes
one row, and one round of mail: the second copy finds the first."""

from __future__ import annotations

from datetime import timedelta

from django.core import mail
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.networks.models import Network
from collaboratory.training.models import (
    Application,
    ArcSession,
    Assignment,
    CallNote,
    Cohort,
    SupportCall,
)
from collaboratory.training.services import assignment_create, call_create, submission_save
from tests.conftest import client_for
from tests.training.conftest import Training


def _url(name: str, training: Training, **kwargs: object) -> str:
    return reverse(name, kwargs={"network_slug": training.national.slug, **kwargs})


def test_a_new_cohort_sent_twice_is_made_once(training: Training) -> None:
    client = client_for(training.trainer)
    data = {"name": "Cohort B", "starts_on": "2027-02-01"}
    with scopes_disabled():
        networks = Network.objects.count()

    first = client.post(_url("training:home", training), data)
    second = client.post(_url("training:home", training), data)

    with scopes_disabled():
        made = list(Cohort.objects.filter(name="Cohort B"))
        assert Network.objects.count() == networks + 1  # one practice network
    assert len(made) == 1
    assert first["Location"] == second["Location"]


def test_cohort_page_forms_sent_twice_save_once_and_mail_once(
    training: Training, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    client = client_for(training.trainer)
    url = _url("training:cohort", training, cohort_id=training.cohort.pk)
    posts = [
        {"action": "assignment", "title": "Map your city", "due_at": "2027-01-05T17:00"},
        {
            "action": "call",
            "title": "Office hours",
            "starts_at": "2027-01-06T10:00",
            "ends_at": "2027-01-06T11:00",
        },
        {
            "action": "session",
            "kind": "virtual",
            "title": "Extra session",
            "starts_at": "2027-01-07T10:00",
            "ends_at": "2027-01-07T12:00",
        },
    ]

    with django_capture_on_commit_callbacks(execute=True):
        for data in posts:
            for _copy in range(2):
                assert client.post(url, data).status_code == 302

    with scopes_disabled():
        assert Assignment.objects.filter(title="Map your city").count() == 1
        assert SupportCall.objects.filter(title="Office hours").count() == 1
        assert ArcSession.objects.filter(title="Extra session").count() == 1
    # The cohort-wide call mails each of the four trainees once.
    assert sum(1 for m in mail.outbox if "Office hours" in m.subject) == 4


def test_an_application_sent_twice_is_saved_once(training: Training) -> None:
    client = client_for(None)
    data = {
        "organization": "Northside Alliance",
        "community": "Northside",
        "staff1_name": "Nora North",
        "staff1_email": "nora@north.example",
        "staff2_name": "Ned North",
        "staff2_email": "ned@north.example",
        "why_now": "A new council.",
        "landscape": "Many groups.",
    }

    answers = [client.post(reverse("training_public:apply"), data) for _copy in range(2)]

    assert [a.status_code for a in answers] == [302, 302]
    with scopes_disabled():
        assert Application.objects.filter(organization="Northside Alliance").count() == 1


def test_a_review_or_a_note_sent_twice_is_saved_and_mailed_once(
    training: Training, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    trainer = training.trainer
    due = timezone.now() + timedelta(days=5)
    with django_capture_on_commit_callbacks(execute=True):
        assignment = assignment_create(
            cohort=training.cohort, title="Map", instructions="", due_at=due, actor=trainer
        )
        work = submission_save(
            assignment=assignment, application=training.org, actor=training.trainee, text="Done"
        )
        call = call_create(
            cohort=training.cohort,
            actor=trainer,
            title="Check-in",
            starts_at=due,
            ends_at=due + timedelta(hours=1),
        )
    client = client_for(trainer)
    url = _url("training:organization", training, application_id=training.org.pk)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        for _copy in range(2):
            client.post(
                url,
                {
                    "action": "review",
                    "submission": work.pk,
                    "status": "accepted",
                    "feedback": "Clear.",
                },
            )
            client.post(url, {"action": "note", "call": call.pk, "text": "Good first call."})

    with scopes_disabled():
        assert CallNote.objects.filter(text="Good first call.").count() == 1
    assert sum(1 for m in mail.outbox if "Feedback on" in m.subject) == 2  # two staff, once
