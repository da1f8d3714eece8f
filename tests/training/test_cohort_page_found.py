"""The trainers' cohort page, as found in use: the subscription link for the trainees is a
whole address (a calendar app's "subscribe from URL" cannot use "/training/calendar/key/..."
copied from the page), and an untouched session's title is not said twice."""

from __future__ import annotations

from django.urls import reverse

from collaboratory.training.selectors import feed_token
from tests.conftest import client_for
from tests.training.conftest import Training


def test_the_subscription_link_on_the_cohort_page_is_a_full_address(training: Training) -> None:
    url = reverse(
        "training:cohort",
        kwargs={"network_slug": training.national.slug, "cohort_id": training.cohort.pk},
    )
    path = reverse("training_public:feed", kwargs={"token": feed_token(training.cohort)})

    body = client_for(training.trainer).get(url, HTTP_HOST="127.0.0.1").content.decode()

    assert f"<code>http://127.0.0.1{path}</code>" in body


def test_a_session_titled_as_its_kind_does_not_say_it_twice(training: Training) -> None:
    # The arc read "Opening experience (Opening experience)" for every untouched session.
    url = reverse(
        "training:cohort",
        kwargs={"network_slug": training.national.slug, "cohort_id": training.cohort.pk},
    )

    body = client_for(training.trainer).get(url).content.decode()

    assert "Opening experience</a>" in body
    assert "Opening experience</a> (Opening experience)" not in body
