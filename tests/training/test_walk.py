"""Defects found walking convener training as its people would (applicant, trainer,
trainee), each pinned by a test that failed before its fix."""

from __future__ import annotations

from django.urls import reverse
from django_scopes import scopes_disabled

from collaboratory.training.models import ApplicationStatus
from tests.conftest import client_for
from tests.training.conftest import Training, apply


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
