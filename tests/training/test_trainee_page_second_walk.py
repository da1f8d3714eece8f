"""A trainee's organization page, walked again: after launch, in Spanish, and a refused
plan on a phone. Each test failed before its fix."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.networks.models import Invitation, Network, Role
from collaboratory.training.services import launch
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
