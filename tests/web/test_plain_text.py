"""One rule for typed text (collaboratory.plaintext, wrapped by collaboratory.validators):
single-line fields hold no line break and no control character; multi-line fields hold no
control character but line breaks and tabs.

The walks below are the mechanism that keeps it applied: every model text field and every
form text field of our apps must carry one of the two validators (or be listed here as
written by the machine, never typed), so a new field without it fails here, not in an email
subject months later.
"""

from __future__ import annotations

import subprocess
import sys
import unicodedata

import pytest
from django import forms
from django.apps import apps
from django.db import models
from hypothesis import given
from hypothesis import strategies as st

from collaboratory.plaintext import fold_lines, is_clean_multi_line, is_one_line, search_text
from collaboratory.validators import MultiLineValidator, OneLineValidator
from tests.formwalk import our_form_classes

# Text fields nobody types (digests, codes, versions, machine keys, audit columns, a
# password hash), or whose own validator admits only a closed list of values.
MACHINE_WRITTEN = {
    "audit.AuditEvent.action",
    "audit.AuditEvent.actor_label",
    "audit.AuditEvent.target_type",
    "audit.AuditEvent.target_id",
    "commitments.LiveEvent.kind",
    "followthrough.ReminderSent.key",
    "matching.OfferVector.text_hash",
    "matching.OfferVector.model_name",
    "matching.AskVector.text_hash",
    "matching.AskVector.model_name",
    "insights.SensitiveSnapshot.key_id",
    "gatherings.Gathering.check_in_secret",
    "gatherings.Gathering.version",
    "gatherings.GatheringSettings.version",
    "api.ApiToken.digest",
    "api.ApiToken.prefix",
    "gatherings.CalendarFeed.digest",
    "gatherings.Substitution.pass_digest",
    "gatherings.Substitution.pass_notice",
    "networks.Invitation.token_digest",
    "commitments.GuardianApprovalLink.token_digest",
    # Copied from a message we composed (subject folded to one line by the mail code).
    "networks.DigestItem.subject",
    "networks.DigestItem.excerpt",
    "networks.DigestItem.link",
    "networks.DigestItem.news",
    # A message as composed and planned, kept while the mail server does not take it.
    "networks.MailRetry.to",
    "networks.MailRetry.subject",
    "networks.MailRetry.body",
    "networks.MailRetry.html",
    "networks.MailRetry.last_error",
    "networks.MailRetry.topic",
    "networks.MailRetry.link",  # a URL our code builds
    "networks.MailRetry.news",  # "<prefix>:<id>", our code
    "people.GuardianConsent.token_digest",
    "people.GuardianConsent.revoke_token_digest",
    "people.GuardianConsent.method",
    "people.GuardianConsent.policy_version",
    "people.PrivateSelfDescription.consent_policy_version",
    "people.Profile.photo_type",
    "periodic.PeriodicRun.name",
    "people.User.password",  # a hash
    "youth.Application.conduct_version",
    "youth.GuardianLink.token_digest",
    # Typed, but checked against a closed list (the time zone database).
    "networks.Network.time_zone",
}

ONE_LINE_BAD = ["Ann\r\nBcc: x@example.com", "Ann\nLee", "Ann\rLee", "Ann\x00", "a\tb", "a\u2028b"]
MULTI_LINE_BAD = ["a\x00b", "a\x1bb", "a\x07", "a\x0bb", "a\x85b"]


def _our_models() -> list[type[models.Model]]:
    return [m for m in apps.get_models() if m.__module__.startswith("collaboratory.")]


def _validator_kinds(validators: list[object]) -> set[type]:
    return {type(v) for v in validators} & {OneLineValidator, MultiLineValidator}


def test_every_typed_model_text_field_carries_one_of_the_two_validators() -> None:
    missing = []
    for model in _our_models():
        for field in model._meta.get_fields():
            if not isinstance(field, models.CharField | models.TextField):
                continue
            name = f"{model._meta.app_label}.{model.__name__}.{field.name}"
            if field.choices or isinstance(field, models.SlugField) or name in MACHINE_WRITTEN:
                continue
            if len(_validator_kinds(field.validators)) != 1:
                missing.append(name)
    assert missing == []


def test_model_text_fields_that_are_multi_line_are_text_fields() -> None:
    """A CharField is one line (an input); only TextFields may hold several lines."""
    wrong = [
        f"{model.__name__}.{field.name}"
        for model in _our_models()
        for field in model._meta.get_fields()
        if type(field) is models.CharField
        and _validator_kinds(field.validators) == {MultiLineValidator}
    ]
    assert wrong == []


def test_the_machine_written_list_names_real_fields() -> None:
    names = {
        f"{m._meta.app_label}.{m.__name__}.{f.name}"
        for m in _our_models()
        for f in m._meta.get_fields()
    }
    assert sorted(MACHINE_WRITTEN - names) == []


# --- The pure rule ---------------------------------------------------------------------------


@given(st.text())
def test_one_line_means_no_control_character_and_no_line_separator(text: str) -> None:
    assert is_one_line(text) == (
        not any(unicodedata.category(c) in ("Cc", "Zl", "Zp") for c in text)
    )


@given(st.text())
def test_multi_line_allows_breaks_and_tabs_and_no_other_control(text: str) -> None:
    expected = not any(unicodedata.category(c) == "Cc" and c not in "\n\r\t" for c in text)
    assert is_clean_multi_line(text) == expected


@pytest.mark.parametrize("text", ["Ana María Núñez", "O'Brien-Smith", "李小龙", "Zoë 🌱", ""])
def test_ordinary_names_are_one_line(text: str) -> None:
    assert (is_one_line(text), is_clean_multi_line(text)) == (True, True)


@pytest.mark.parametrize("text", ONE_LINE_BAD)
def test_breaks_and_controls_are_not_one_line(text: str) -> None:
    assert is_one_line(text) is False


@pytest.mark.parametrize("text", MULTI_LINE_BAD)
def test_stray_controls_are_refused_even_in_multi_line_text(text: str) -> None:
    assert is_clean_multi_line(text) is False


def test_the_rule_is_a_pure_module() -> None:
    """Standard library only: importing it loads no Django."""
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, collaboratory.plaintext; "
            "print(any(m.split('.')[0] == 'django' for m in sys.modules))",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == "False"


def test_the_validators_name_the_field_and_the_fix() -> None:
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as one:
        OneLineValidator("the title")("Spring\r\nGathering")
    with pytest.raises(ValidationError) as multi:
        MultiLineValidator("the story")("It\x00 began")

    assert one.value.messages == [
        "Use one line: remove line breaks and control characters from the title."
    ]
    assert multi.value.messages == [
        "Remove the control characters (such as NUL) from the story; line breaks are fine."
    ]
    assert MultiLineValidator("the story")("Line one\r\nLine two\tend") is None


# --- Every form ------------------------------------------------------------------------------


def _form_text_fields() -> list[tuple[str, forms.Field, list[object]]]:
    """(name, field, validators in force) for every text field of every form; a model form's
    fields made from the model are checked by the model's own validators."""
    fields = []
    for cls in our_form_classes():
        model = getattr(getattr(cls, "_meta", None), "model", None)
        for name, field in cls.base_fields.items():  # type: ignore[attr-defined]
            if not isinstance(field, forms.CharField) or isinstance(
                field.widget, forms.PasswordInput
            ):
                continue
            validators = list(field.validators)
            if model is not None and name not in cls.declared_fields:  # type: ignore[attr-defined]
                validators += model._meta.get_field(name).validators
            fields.append((f"{cls.__module__}.{cls.__qualname__}.{name}", field, validators))
    return fields


def test_the_walk_finds_the_forms() -> None:
    names = {f"{c.__module__}.{c.__qualname__}" for c in our_form_classes()}
    assert {
        "collaboratory.networks.forms.OrganizationChangeForm",
        "collaboratory.creditclub.forms.ProposalForm",
        "collaboratory.networks.forms.GuardianConsentForm",
    } <= names


def test_every_form_text_field_carries_the_validator_its_widget_calls_for() -> None:
    """A text area takes the multi-line validator; every other text input the one-line one
    (passwords aside: never shown, never sent anywhere)."""
    wrong = []
    for name, field, validators in _form_text_fields():
        want = MultiLineValidator if isinstance(field.widget, forms.Textarea) else OneLineValidator
        if _validator_kinds(validators) != {want}:
            wrong.append(name)
    assert wrong == []


@pytest.mark.parametrize("bad", ONE_LINE_BAD[:3])
def test_every_single_line_form_field_refuses_a_line_break(bad: str) -> None:
    """Not just declared: each one-line field, given a line break inside its value, is
    invalid with the one-line message."""
    from django.core.exceptions import ValidationError

    accepted = []
    for name, field, validators in _form_text_fields():
        if isinstance(field.widget, forms.Textarea):
            continue
        messages = []
        for validator in validators:
            try:
                validator(bad)  # type: ignore[operator]
            except ValidationError as error:
                messages += error.messages
        if "Use one line: remove line breaks" not in " ".join(messages):
            accepted.append(name)
    assert accepted == []


def test_a_search_value_loses_control_characters_and_is_cut() -> None:
    """A NUL in a search box gave 500 on PostgreSQL (it stores no NUL): search_text makes
    any value safe to look for."""
    values = ["  Ana\x00 Lee ", "a\r\nb", "x" * 150, "\x00"]

    assert [search_text(v) for v in values] == ["Ana  Lee", "a  b", "x" * 100, ""]


@given(st.text())
def test_search_text_is_always_one_clean_line(text: str) -> None:
    assert is_one_line(search_text(text))


def test_folding_makes_line_breaks_and_tabs_one_space_and_keeps_other_controls() -> None:
    values = ["a\r\nb", "a \n\n\t b", "a\u2028b\u2029c", "a\x00b\nc", "a  b"]

    assert [fold_lines(v) for v in values] == ["a b", "a b", "a b c", "a\x00b c", "a  b"]


@given(st.text(alphabet=st.characters(exclude_categories=["Cc"]) | st.sampled_from("\r\n\t")))
def test_folded_text_without_other_controls_is_one_line(text: str) -> None:
    assert is_one_line(fold_lines(text))
