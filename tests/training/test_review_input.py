"""Dates typed far outside any training (a year 9999 or 0001, a slip of the keyboard) are
refused on the form with a message, never a server error, and nothing is saved."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from collaboratory.training.models import ArcSession, Assignment, Cohort, SupportCall
from tests.conftest import client_for
from tests.training.conftest import Training

FAR = ("9999-12-31", "0001-01-01")


def _url(name: str, training: Training, **kwargs: object) -> str:
    return reverse(name, kwargs={"network_slug": training.national.slug, **kwargs})


def _counts() -> tuple[int, int, int, int]:
    with scopes_disabled():
        return (
            Cohort.objects.count(),
            Assignment.objects.count(),
            SupportCall.objects.count(),
            ArcSession.objects.count(),
        )


@pytest.mark.parametrize("day", FAR)
def test_a_far_date_is_refused_on_every_trainer_form(training: Training, day: str) -> None:
    client = client_for(training.trainer)
    client.raise_request_exception = False
    before = _counts()
    cohort = _url("training:cohort", training, cohort_id=training.cohort.pk)
    moment = f"{day}T23:59" if day.startswith("9") else f"{day}T00:00"
    later = "2027-01-01T10:00"
    with scopes_disabled():
        session = ArcSession.objects.filter(cohort=training.cohort).first()
    assert session is not None

    answers = [
        client.post(_url("training:home", training), {"name": "Far", "starts_on": day}),
        client.post(cohort, {"action": "assignment", "title": "Far", "due_at": moment}),
        client.post(
            cohort, {"action": "call", "title": "Far", "starts_at": moment, "ends_at": later}
        ),
        client.post(
            cohort,
            {
                "action": "session",
                "kind": "virtual",
                "title": "Far",
                "starts_at": moment,
                "ends_at": later,
            },
        ),
        client.post(
            _url("training:session", training, cohort_id=training.cohort.pk, session_id=session.pk),
            {
                "action": "session",
                "kind": session.kind,
                "title": "Far",
                "starts_at": "2026-01-01T10:00",
                "ends_at": moment,
            },
        ),
    ]

    assert [a.status_code for a in answers] == [400] * len(answers)
    for answer in answers:
        assert "Enter a date between the years 2000 and 2100." in answer.content.decode()
    assert _counts() == before


def test_a_far_first_gathering_date_is_refused_on_the_launch_plan(training: Training) -> None:
    client = client_for(training.trainee)
    client.raise_request_exception = False
    url = reverse("training_public:org", kwargs={"application_id": training.org.pk})

    answer = client.post(
        url,
        {
            "action": "plan",
            "network_name": "Eastside Collaboratory",
            "network_slug": "eastside-collab",
            "first_gathering_title": "First",
            "first_gathering_on": "9999-12-31",
        },
    )

    assert answer.status_code == 400
    assert "Enter a date between the years 2000 and 2100." in answer.content.decode()
    with scopes_disabled():
        training.org.refresh_from_db()
    assert training.org.first_gathering_on is None


def test_a_post_to_a_session_without_an_action_says_what_to_do(training: Training) -> None:
    with scopes_disabled():
        session = ArcSession.objects.filter(cohort=training.cohort).first()
    assert session is not None
    client = client_for(training.trainer)

    answer = client.post(
        _url("training:session", training, cohort_id=training.cohort.pk, session_id=session.pk),
        {"title": "Changed"},
    )

    assert answer.status_code == 400
    assert "Choose one of the page&#x27;s buttons." in answer.content.decode()
    with scopes_disabled():
        session.refresh_from_db()
    assert session.title != "Changed"
