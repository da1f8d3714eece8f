"""A launch plan's names, found on a walk (2026-12-07): a short name with underscores or a
hyphen at either end passed although the message asks for lower-case letters, digits and
hyphens, and a plan could take the name or short name of a network that exists already."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.html import escape
from django_scopes import scopes_disabled

from collaboratory.networks.forms import NetworkCreateForm
from collaboratory.networks.models import Network, NetworkKind
from collaboratory.networks.selectors import national_networks
from collaboratory.networks.services import network_create
from collaboratory.training.models import Application
from collaboratory.training.services import cohort_create, plan_save
from tests.conftest import client_for
from tests.factories import NetworkFactory
from tests.training.conftest import Training
from tests.training.test_trainee_page_second_walk import _plan as _plan_form

SHORT_NAME_RULE = (
    "Use only lower-case letters, digits and hyphens, like tulsa-collaboratory; start and end "
    "with a letter or a digit."
)
BAD_SHORT_NAMES = ("river_valley", "-x-", "tulsa-", "-tulsa", "tulsa--", "river valley")


def _plan(training: Training, *, other: bool = False, **changed: object) -> Application:
    """The plan saved through the service, for `training.org` (or the other organization)."""
    fields: dict[str, object] = {
        "network_name": "Eastside Civic Collaboratory",
        "network_slug": "eastside",
        "first_gathering_title": "Our first gathering",
        "first_gathering_on": date.today() + timedelta(days=40),
        "first_gathering_city": "Fresno",
        **changed,
    }
    return plan_save(
        application=training.other if other else training.org,
        actor=training.other_trainee if other else training.trainee,
        **fields,  # type: ignore[arg-type]
    )


def _post(training: Training, **changed: object) -> tuple[int, str]:
    """The plan sent through the organization's page, as its trainee."""
    url = reverse("training_public:org", kwargs={"application_id": training.org.pk})
    response = client_for(training.trainee).post(url, _plan_form(**changed))
    return response.status_code, response.content.decode()


def _saved(training: Training) -> Application:
    with scopes_disabled():
        return Application.objects.get(pk=training.org.pk)


@pytest.mark.parametrize("slug", BAD_SHORT_NAMES)
def test_a_short_name_the_message_does_not_allow_is_refused_at_the_form(
    training: Training, slug: str
) -> None:
    status, body = _post(training, network_slug=slug)

    assert status == 400
    assert SHORT_NAME_RULE in body
    assert _saved(training).network_slug == ""


@pytest.mark.parametrize("slug", BAD_SHORT_NAMES)
def test_the_plan_service_refuses_the_same_short_names(training: Training, slug: str) -> None:
    with pytest.raises(ValidationError) as error:
        _plan(training, network_slug=slug)

    assert error.value.message_dict["network_slug"] == [SHORT_NAME_RULE]
    assert _saved(training).network_slug == ""


def test_a_good_short_name_typed_with_capitals_is_saved_in_lower_case(training: Training) -> None:
    status, _body = _post(training, network_slug="River-Valley-2")

    assert status == 302
    assert _saved(training).network_slug == "river-valley-2"


@pytest.mark.parametrize("slug", ["river_valley", "-x-"])
def test_a_platform_admins_new_network_follows_the_same_rule(db: None, slug: str) -> None:
    form = NetworkCreateForm(
        {
            "name": "River Valley",
            "slug": slug,
            "kind": NetworkKind.NATIONAL,
            "time_zone": "America/Chicago",
            "steward_name": "Rita Steward",
            "steward_email": "rita@example.org",
        },
        parents=national_networks(),
    )

    assert not form.is_valid()
    assert form.errors["slug"] == [SHORT_NAME_RULE]
    with pytest.raises(ValidationError) as error:
        network_create(slug=slug, name="River Valley", kind=NetworkKind.NATIONAL)
    assert error.value.message_dict["slug"] == [SHORT_NAME_RULE]
    with scopes_disabled():
        assert not Network.objects.filter(name="River Valley").exists()


def test_a_short_name_taken_by_a_network_is_refused_at_the_form(training: Training) -> None:
    NetworkFactory(slug="seattle", name="Seattle", kind=NetworkKind.LOCAL, parent=training.national)

    status, body = _post(training, network_slug="seattle")

    assert status == 400
    assert "This short name is taken: choose another." in body
    assert _saved(training).network_slug == ""


def test_an_existing_networks_name_is_refused(training: Training) -> None:
    """Two networks of one name side by side on the national team's pages could not be told
    apart (the names are all the side-by-side view and the report show)."""
    NetworkFactory(
        slug="seattle",
        name="Seattle Civic Collaboratory",
        kind=NetworkKind.LOCAL,
        parent=training.national,
    )

    status, body = _post(training, network_name=" seattle civic Collaboratory ")

    assert status == 400
    assert (
        escape(
            "Another network or launch plan is named “seattle civic Collaboratory”: choose a name "
            "people can tell apart, such as one with your city or organization in it."
        )
        in body
    )
    assert _saved(training).network_name == ""


def test_another_organizations_planned_name_is_refused(training: Training) -> None:
    _plan(training, other=True, network_name="Valley Civic Collaboratory", network_slug="valley")

    with pytest.raises(ValidationError) as error:
        _plan(training, network_name="Valley Civic Collaboratory")

    assert list(error.value.message_dict) == ["network_name"]


def test_a_plan_saved_again_keeps_its_own_name(training: Training) -> None:
    _plan(training)

    saved = _plan(training, first_gathering_city="Tulsa")

    assert (saved.network_name, saved.first_gathering_city) == (
        "Eastside Civic Collaboratory",
        "Tulsa",
    )


def test_a_cohort_under_a_national_network_named_before_the_rule_gets_a_valid_practice_network(
    training: Training,
) -> None:
    """The practice network's short name is made from the national network's, which may
    predate the rule ("usa_National"): `network_create` refused it and no cohort could be
    made."""
    with scopes_disabled():
        Network.objects.filter(pk=training.national.pk).update(slug="usa_National")
        training.national.refresh_from_db()

    cohort = cohort_create(
        network=training.national,
        name="Cohort B",
        starts_on=date.today(),
        actor=training.trainer,
    )

    with scopes_disabled():
        slug = Network.objects.get(pk=cohort.practice_network_id).slug
    assert slug == f"practice-usa-national-{cohort.pk}"
