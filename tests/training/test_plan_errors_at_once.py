"""A launch plan refused for several reasons says all of them at once: it said one per
send (the date, then the short name, then the roster), and each send on a phone meant
choosing the roster file again."""

from __future__ import annotations

from datetime import date, timedelta

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django_scopes import scopes_disabled

from tests.conftest import client_for
from tests.training.conftest import Training


def test_a_plan_with_three_mistakes_names_all_three_and_saves_nothing(
    training: Training,
) -> None:
    url = reverse("training_public:org", kwargs={"application_id": training.org.pk})
    data = {
        "action": "plan",
        "network_name": "Eastside CC",
        "network_slug": training.national.slug.upper(),  # taken, in another case
        "first_gathering_title": "First",
        "first_gathering_on": (date.today() - timedelta(days=3)).isoformat(),
        "first_gathering_city": "Fresno",
        "roster": SimpleUploadedFile("r.csv", b"email,name\nx@y.example,\n"),
    }

    response = client_for(training.trainee).post(url, data)

    body = response.content.decode()
    assert response.status_code == 400
    assert "The first gathering must come after today" in body
    assert "This short name is taken: choose another." in body
    assert "Line 2, Full name: It is empty: fill it in." in body
    with scopes_disabled():
        training.org.refresh_from_db()
    assert training.org.network_slug != training.national.slug


def test_a_refused_plan_says_a_good_roster_file_must_be_chosen_again(
    training: Training,
) -> None:
    # The browser drops a chosen file when the page comes back; the page said nothing, so
    # the plan was saved next time without the new roster and the old one stayed on file.
    url = reverse("training_public:org", kwargs={"application_id": training.org.pk})
    data = {
        "action": "plan",
        "network_name": "Eastside CC",
        "network_slug": "eastside",
        "first_gathering_title": "First",
        "first_gathering_on": (date.today() - timedelta(days=3)).isoformat(),
        "first_gathering_city": "Fresno",
        "roster": SimpleUploadedFile("r.csv", b"email,name\nx@y.example,Xa\n"),
    }

    body = client_for(training.trainee).post(url, data).content.decode()

    assert "Your roster file was not saved with the plan: choose it again." in body
