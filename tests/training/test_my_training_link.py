"""A trainee's own pages (/training/mine/) live outside any network, and were found only
through the emails' links: signed in, a trainee landed in the practice network with no way
to them. The practice network's bar now holds "My training" for its trainees, and only for
them; no other network asks about it."""

from __future__ import annotations

from django.urls import reverse
from django_scopes import scopes_disabled

from collaboratory.networks.models import Role
from tests.conftest import client_for
from tests.factories import MembershipFactory, UserFactory
from tests.training.conftest import Training

LINK = "My training"


def _practice_slug(training: Training) -> str:
    practice = training.cohort.practice_network
    assert practice is not None
    return practice.slug


def test_a_trainee_in_the_practice_network_finds_my_training_in_the_bar(
    training: Training,
) -> None:
    slug = _practice_slug(training)
    with scopes_disabled():
        MembershipFactory(
            network=training.cohort.practice_network, user=training.trainee, role=Role.STEWARD
        )
    client = client_for(training.trainee)
    mine = reverse("training:mine", kwargs={"network_slug": slug})

    home = client.get(reverse("networks:home", kwargs={"network_slug": slug}))
    answer = client.get(mine)

    assert home.status_code == 200
    assert f'href="{mine}"' in home.content.decode()
    assert answer.status_code == 302
    assert answer["Location"] == reverse("training_public:mine")
    # and on, to their one organization
    assert client.get(answer["Location"])["Location"] == reverse(
        "training_public:org", kwargs={"application_id": training.org.pk}
    )


def test_a_practice_member_who_trains_nowhere_has_no_such_link(training: Training) -> None:
    slug = _practice_slug(training)
    stranger = UserFactory(email="someone@else.example")
    with scopes_disabled():
        MembershipFactory(network=training.cohort.practice_network, user=stranger)
    client = client_for(stranger)

    home = client.get(reverse("networks:home", kwargs={"network_slug": slug}))

    assert home.status_code == 200
    assert LINK not in home.content.decode()
    assert client.get(reverse("training:mine", kwargs={"network_slug": slug})).status_code == 403


def test_the_national_network_of_the_training_has_no_such_link(training: Training) -> None:
    """The trainer's own network is not a practice network: the entry is not there, and
    checking it asks the database nothing (it is decided on the network row)."""
    client = client_for(training.trainer)

    home = client.get(reverse("networks:home", kwargs={"network_slug": training.national.slug}))

    assert home.status_code == 200
    assert LINK not in home.content.decode()
