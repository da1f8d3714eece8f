"""A short name with two hyphens in a row ("a--b") was taken: the rule refused a hyphen at
either end only. It is refused with its own message by the one rule, at every place that
takes a short name, and by the model fields themselves, so a write that skips the forms
checks it too."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django_scopes import scopes_disabled

from collaboratory.networks.forms import ShortNameField
from collaboratory.networks.models import Network, NetworkKind
from collaboratory.networks.services import network_create
from collaboratory.training.models import Application
from collaboratory.validators import validate_short_name

DOUBLE_HYPHEN = "Use one hyphen between words, not two or more in a row, like tulsa-collaboratory."
DOUBLED = ("a--b", "river---valley", "tulsa--civic-collaboratory")


def _messages(error: pytest.ExceptionInfo[ValidationError]) -> list[str]:
    return error.value.messages


@pytest.mark.parametrize("slug", DOUBLED)
def test_the_rule_refuses_two_hyphens_in_a_row_and_says_why(slug: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_short_name(slug)
    with pytest.raises(ValidationError) as at_form:
        ShortNameField().clean(slug)

    assert _messages(caught) == [DOUBLE_HYPHEN]
    assert _messages(at_form) == [DOUBLE_HYPHEN]


@pytest.mark.parametrize("slug", ["a-b", "tulsa-civic-collaboratory", "a1", "x"])
def test_single_hyphens_between_letters_and_digits_pass(slug: str) -> None:
    validate_short_name(slug)
    assert ShortNameField().clean(slug) == slug


@pytest.mark.parametrize("slug", ["-a", "a-", "a_b", "A"])
def test_the_other_refusals_keep_their_message(slug: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_short_name(slug)

    assert _messages(caught) == [
        "Use only lower-case letters, digits and hyphens, like tulsa-collaboratory; start "
        "and end with a letter or a digit."
    ]


@pytest.mark.django_db
def test_network_create_refuses_it_and_creates_nothing() -> None:
    with pytest.raises(ValidationError) as caught:
        network_create(slug="a--b", name="A B Collaboratory", kind=NetworkKind.NATIONAL)

    assert caught.value.message_dict == {"slug": [DOUBLE_HYPHEN]}
    with scopes_disabled():
        assert not Network.objects.filter(slug="a--b").exists()


def test_the_model_fields_check_it_for_every_write_path() -> None:
    """A network or launch plan cleaned by the model (an admin, a service that builds the
    row itself) meets the same rule, not only the forms and services that call it."""
    network_field = Network._meta.get_field("slug")
    plan_field = Application._meta.get_field("network_slug")

    for field in (network_field, plan_field):
        with pytest.raises(ValidationError) as caught:
            field.run_validators("a--b")
        assert _messages(caught) == [DOUBLE_HYPHEN]
        field.run_validators("a-b")
