"""A trainee's organization page, walked again: after launch, in Spanish, and a refused
plan on a phone. Each test failed before its fix."""

from __future__ import annotations

import re
from datetime import date, timedelta

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.networks.models import Invitation, Network, Role
from collaboratory.people.services import user_language_set
from collaboratory.training.models import SubmissionStatus
from collaboratory.training.services import (
    assignment_create,
    launch,
    submission_review,
    submission_save,
)
from tests.conftest import client_for
from tests.factories import MembershipFactory
from tests.training.conftest import Training
from tests.training.test_services import _make_ready


def _page(training: Training) -> str:
    url = reverse("training_public:org", kwargs={"application_id": training.org.pk})
    response = client_for(training.trainee).get(url, HTTP_HOST="127.0.0.1")
    assert response.status_code == 200
    return response.content.decode()


def _launched(training: Training, capture) -> str:  # type: ignore[no-untyped-def]
    _make_ready(training)
    with capture(execute=True):
        return launch(application=training.org, actor=training.trainer).local_network.slug


def test_a_launched_organization_links_its_network_once_the_trainee_is_in_it(
    training: Training, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    """After launch the page said "check your email" and linked nothing, even once the
    invitation was accepted: a dead end."""
    slug = _launched(training, django_capture_on_commit_callbacks)
    home = reverse("networks:home", kwargs={"network_slug": slug})

    waiting = _page(training)
    # Pending: where the invitation is, and no link to a page they cannot open yet.
    assert "Your steward invitation is waiting in your email at ana@east.example" in waiting
    assert "You are invited to join Eastside Civic Collaboratory" in waiting
    assert f'href="{home}"' not in waiting

    with scopes_disabled():
        local = Network.objects.get(slug=slug)
        Invitation.objects.filter(network=local, email="ana@east.example").update(
            redeemed_at=timezone.now()
        )
    MembershipFactory(network=local, user=training.trainee, role=Role.STEWARD)

    accepted = _page(training)
    assert f'href="{home}"' in accepted
    assert "is waiting in your email" not in accepted


def test_an_unusable_invitation_says_whom_to_ask(
    training: Training, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    slug = _launched(training, django_capture_on_commit_callbacks)
    with scopes_disabled():
        Invitation.objects.filter(network__slug=slug, email="ana@east.example").update(
            revoked_at=timezone.now()
        )

    body = _page(training)

    assert "can no longer be used" in body
    assert "is waiting in your email" not in body


def _plan(**changed: object) -> dict[str, object]:
    return {
        "action": "plan",
        "network_name": "Eastside CC",
        "network_slug": "eastside",
        "first_gathering_title": "First",
        "first_gathering_on": (date.today() + timedelta(days=30)).isoformat(),
        "first_gathering_city": "Fresno",
        **changed,
    }


def test_a_refused_plan_brings_the_reader_to_a_summary_of_its_errors(
    training: Training,
) -> None:
    """On a 390 px phone the refused plan came back at the page's top, about 3,000 px above
    its errors. The form now posts to its error summary's anchor, and the summary (drawn
    only when refused) takes the focus and links each field."""
    url = reverse("training_public:org", kwargs={"application_id": training.org.pk})
    client = client_for(training.trainee)

    refused = client.post(
        url,
        _plan(
            network_slug=training.national.slug,  # taken
            first_gathering_on=(date.today() - timedelta(days=3)).isoformat(),
            roster=SimpleUploadedFile("r.csv", b"email,name\nx@y.example,Xa\n"),
        ),
        HTTP_HOST="127.0.0.1",
    )

    assert refused.status_code == 400
    summary = re.search(
        r'<section id="plan-errors"[^>]*>(.*?)</section>', refused.content.decode(), re.S
    )
    assert summary is not None
    opening = summary.group(0).split(">", 1)[0]
    assert 'tabindex="-1"' in opening
    assert "autofocus" in opening
    links = re.findall(r'href="#(id_[a-z_]+)"', summary.group(1))
    assert links == ["id_network_slug", "id_first_gathering_on", "id_roster"]
    assert 'action="#plan-errors"' in refused.content.decode()

    # A good save: redirected without an anchor of its own, to a page that has no summary
    # (the inherited "#plan-errors" names nothing, so the reader lands at the top, by the
    # message "Your launch plan is saved." as before).
    saved = client.post(url, _plan(), HTTP_HOST="127.0.0.1")
    assert saved.status_code == 302
    assert "#" not in saved["Location"]
    page = client.get(saved["Location"], HTTP_HOST="127.0.0.1").content.decode()
    assert "Your launch plan is saved." in page
    assert 'id="plan-errors"' not in page


def test_in_spanish_an_assignment_not_yet_sent_agrees_with_the_others(
    training: Training,
) -> None:
    """ "Aceptada" (an assignment, "tarea", is feminine) stood beside "no entregado"."""
    made = [
        assignment_create(
            cohort=training.cohort,
            title=title,
            instructions="",
            due_at=timezone.now() + timedelta(days=5),
            actor=training.trainer,
        )
        for title in ("Primera", "Segunda")
    ]
    work = submission_save(
        assignment=made[0], application=training.org, actor=training.trainee, text="Nombres"
    )
    submission_review(
        submission=work, status=SubmissionStatus.ACCEPTED, feedback="", actor=training.trainer
    )
    user_language_set(user=training.trainee, language="es")

    body = _page(training)

    assert "Aceptada" in body
    assert "no entregada" in body
    assert "no entregado" not in body


def test_the_trainers_pages_link_the_staffs_addresses(training: Training) -> None:
    """The staff's addresses on the application and organization pages were text to copy."""
    client = client_for(training.trainer)
    for name in ("training:application", "training:organization"):
        url = reverse(
            name,
            kwargs={"network_slug": training.national.slug, "application_id": training.org.pk},
        )
        body = client.get(url, HTTP_HOST="127.0.0.1").content.decode()
        assert '<a href="mailto:ana@east.example">ana@east.example</a>' in body, name
        assert '<a href="mailto:tom@east.example">tom@east.example</a>' in body, name
