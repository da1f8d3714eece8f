"""Defects found walking convener training as its people would (applicant, trainer,
trainee), each pinned by a test that failed before its fix."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.networks.models import Network, NetworkKind
from collaboratory.training.models import (
    Application,
    ApplicationStatus,
    Assignment,
    InterestSignup,
    Launch,
    Submission,
    SubmissionStatus,
)
from collaboratory.training.services import (
    assignment_create,
    cohort_accepting_set,
    submission_save,
)
from tests.conftest import client_for
from tests.factories import NetworkFactory
from tests.training.conftest import Training, accepted_work, apply, record_launch
from tests.training.test_services import _make_ready


def _url(name: str, training: Training, **kwargs: object) -> str:
    return reverse(name, kwargs={"network_slug": training.national.slug, **kwargs})


def test_admitting_without_a_cohort_says_to_choose_one(training: Training) -> None:
    """An admit sent with no cohort (none made yet: the list was empty) was a 400 saying
    "reload the page and choose again", which no reload could mend."""
    application = apply(training.national, "Southside", ("s1@south.example", "s2@south.example"))
    client = client_for(training.trainer)
    url = _url("training:application", training, application_id=application.pk)

    response = client.post(url, {"action": "admit"}, follow=True)

    assert response.status_code == 200
    assert "Choose a cohort to admit to" in response.content.decode()
    with scopes_disabled():
        application.refresh_from_db()
    assert application.status == ApplicationStatus.PENDING


def test_the_application_page_without_cohorts_says_to_make_one_first(
    training: Training,
) -> None:
    application = apply(training.national, "Southside", ("s1@south.example", "s2@south.example"))
    with scopes_disabled():
        training.cohort.delete()
    client = client_for(training.trainer)

    page = client.get(_url("training:application", training, application_id=application.pk))

    body = page.content.decode()
    assert "Make a cohort first" in body
    assert 'value="admit"' not in body


def _assignment(training: Training) -> Assignment:
    return assignment_create(
        cohort=training.cohort,
        title="Your first 40 names",
        instructions="",
        due_at=timezone.now() + timedelta(days=5),
        actor=training.trainer,
    )


def test_work_cannot_be_sent_after_the_organization_launched(training: Training) -> None:
    """After launch the plan was closed but the submission page still took work, turning
    accepted work back to "submitted" for a trainer to review again."""
    assignment = _assignment(training)
    accepted_work(training, assignment)
    training.org = record_launch(training)
    client = client_for(training.trainee)
    url = reverse(
        "training_public:submission",
        kwargs={"application_id": training.org.pk, "assignment_id": assignment.pk},
    )

    with pytest.raises(ValidationError):
        submission_save(
            assignment=assignment, application=training.org, actor=training.trainee, text="New"
        )
    page = client.post(url, {"text": "Newer"})

    assert page.status_code == 400
    assert "has launched" in page.content.decode()
    with scopes_disabled():
        assert list(Submission.objects.values_list("text", "status")) == [
            ("Names", SubmissionStatus.ACCEPTED)
        ]


def test_a_review_from_a_page_opened_before_new_work_came_accepts_nothing(
    training: Training,
) -> None:
    """The trainer read the draft; the staff replaced it; "accepted" from the open page
    accepted the new work unread (and with it a readiness item)."""
    assignment = _assignment(training)
    draft = submission_save(
        assignment=assignment, application=training.org, actor=training.trainee, text="Draft"
    )
    client = client_for(training.trainer)
    url = _url("training:organization", training, application_id=training.org.pk)
    page = client.get(url).content.decode()
    seen = re.search(r'name="seen" value="([^"]+)"', page)
    assert seen is not None
    submission_save(
        assignment=assignment,
        application=training.org,
        actor=training.trainee,
        text="Replaced",
        now=timezone.now() + timedelta(seconds=5),
    )

    stale = client.post(
        url,
        {"action": "review", "submission": draft.pk, "status": "accepted", "seen": seen[1]},
        follow=True,
    )

    assert "sent new work since you opened the page" in stale.content.decode()
    with scopes_disabled():
        assert list(Submission.objects.values_list("text", "status")) == [
            ("Replaced", SubmissionStatus.SUBMITTED)
        ]
    fresh = re.search(r'name="seen" value="([^"]+)"', client.get(url).content.decode())
    assert fresh is not None
    client.post(
        url, {"action": "review", "submission": draft.pk, "status": "accepted", "seen": fresh[1]}
    )
    with scopes_disabled():
        assert Submission.objects.get().status == SubmissionStatus.ACCEPTED


def test_an_application_sent_after_the_cohort_closed_says_so_and_offers_the_list(
    training: Training,
) -> None:
    """The cohort closed while the form was being written: the post met the interest
    form, which answered "This field is required" on an email field the person never saw."""
    client = client_for(None)
    url = reverse("training_public:apply")
    client.get(url)
    cohort_accepting_set(cohort=training.cohort, accepting=False, actor=training.trainer)

    response = client.post(
        url,
        {
            "organization": "Northside Alliance",
            "community": "Northside",
            "staff1_name": "Nora North",
            "staff1_email": "nora@north.example",
            "staff2_name": "Ned North",
            "staff2_email": "ned@north.example",
            "why_now": "A new council.",
            "landscape": "Many groups.",
        },
    )

    body = response.content.decode()
    assert response.status_code == 400
    assert "Applications closed while you were writing" in body
    assert "This field is required" not in body
    assert 'value="nora@north.example"' in body
    with scopes_disabled():
        assert not Application.objects.filter(organization="Northside Alliance").exists()
        assert not InterestSignup.objects.exists()


def test_an_interest_signup_sent_after_a_cohort_opened_points_to_the_application(
    training: Training,
) -> None:
    client = client_for(None)
    url = reverse("training_public:apply")

    response = client.post(url, {"email": "later@example.org"})

    body = response.content.decode()
    assert response.status_code == 400
    assert "A cohort is taking applications now" in body
    assert "This field is required" not in body


def test_a_short_name_taken_since_the_plan_was_saved_says_to_choose_another(
    training: Training,
) -> None:
    """Readiness said ready; Launch answered the model's "Network with this Slug already
    exists." (or, with other letters' case, made a second network at the same address)."""
    _make_ready(training)
    taken = NetworkFactory(slug="eastside", kind=NetworkKind.LOCAL, parent=training.national)
    with scopes_disabled():  # made before the short-name rule, with a capital
        Network.objects.filter(pk=taken.pk).update(slug="Eastside")
    client = client_for(training.trainer)
    url = _url("training:organization", training, application_id=training.org.pk)

    response = client.post(url, {"action": "launch"}, follow=True)

    assert "has been taken since the plan was saved" in response.content.decode()
    with scopes_disabled():
        assert not Launch.objects.exists()
        assert not Network.objects.filter(slug="eastside").exists()


def test_each_review_form_on_an_organizations_page_has_its_own_labels(
    training: Training,
) -> None:
    """One ReviewForm drawn under every submission: each "Status" and "Feedback" label
    pointed at the first submission's fields."""
    for title in ("Names", "Budget"):
        assignment = assignment_create(
            cohort=training.cohort,
            title=title,
            instructions="",
            due_at=timezone.now() + timedelta(days=5),
            actor=training.trainer,
        )
        submission_save(
            assignment=assignment, application=training.org, actor=training.trainee, text=title
        )
    url = _url("training:organization", training, application_id=training.org.pk)

    body = client_for(training.trainer).get(url).content.decode()

    ids = re.findall(r'<(?:input|select|textarea)[^>]* id="([^"]+)"', body)
    assert len(ids) == len(set(ids))
    labels = re.findall(r'<label for="([^"]+)"', body)
    assert set(labels) <= set(ids)
    assert len([i for i in ids if i.endswith("status")]) == 2


def test_an_application_sent_again_after_admission_makes_no_second_one(
    training: Training,
) -> None:
    """A retry or a resend from the browser's history after the trainers admitted it: only
    a waiting application was matched, so a second "Eastside" waited to be admitted again
    (a second organization in training, with the same two staff)."""
    with scopes_disabled():
        before = Application.objects.count()

    again = apply(training.national, "Eastside", ("tom@east.example", "ana@east.example"))

    assert again.pk == training.org.pk
    with scopes_disabled():
        assert Application.objects.count() == before


def test_a_trainees_readiness_says_what_to_do_next_and_links_the_practice(
    training: Training,
) -> None:
    """The checklist showed circles and no way on: nothing linked the practice network the
    trainees steward, nor said who launches once every item is done."""
    client = client_for(training.trainee)
    url = reverse("training_public:org", kwargs={"application_id": training.org.pk})
    practice = training.cohort.practice_network
    assert practice is not None

    body = client.get(url).content.decode()

    assert reverse("networks:home", kwargs={"network_slug": practice.slug}) in body
    assert "Run a gathering in your cohort's" in body
    assert "Fill in your launch plan below" in body

    _make_ready(training)
    ready = client.get(url).content.decode()

    assert "Every item is done: the trainers launch your network" in ready
    assert "Fill in your launch plan below" not in ready
