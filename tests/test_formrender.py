"""The Python form renderer writes exactly what Django's templates write: every widget and
state it draws, compared character for character with Django's own renderer."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from datetime import date
from decimal import Decimal
from pathlib import Path

import django.forms
import pytest
from django import forms
from django.conf import settings
from django.forms.renderers import DjangoTemplates, get_default_renderer
from django.utils.functional import cached_property
from django.utils.safestring import mark_safe
from hypothesis import given
from hypothesis import strategies as st

import collaboratory
from collaboratory.formrender import DRAWN, FormRenderer

STOCK = DjangoTemplates()
FAST = FormRenderer()


class KitchenSink(forms.Form):
    required_css_class = "required"
    error_css_class = "error"

    name = forms.CharField(help_text="Your <b>full</b> name", max_length=20)
    email = forms.EmailField(required=False, widget=forms.EmailInput(attrs={"placeholder": "a@b"}))
    age = forms.IntegerField(required=False, min_value=0)
    money = forms.DecimalField(required=False)
    due = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
    note = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2}))
    score = forms.TypedChoiceField(
        choices=[("", "—"), *[(str(n), str(n)) for n in range(1, 6)]], coerce=int, required=False
    )
    kind = forms.ChoiceField(
        choices=[("", "Any"), ("Social", [("a", "Intro <x>"), ("b", "Space & time")]), ("c", 3)]
    )
    many = forms.MultipleChoiceField(choices=[("1", "One"), ("2", "Two")], required=False)
    agree = forms.BooleanField(required=False)
    secret = forms.CharField(required=False, widget=forms.PasswordInput)
    token = forms.CharField(required=False, widget=forms.HiddenInput)
    site = forms.URLField(required=False, label="Web site?", assume_scheme="https")
    radio = forms.ChoiceField(
        choices=[("x", "X"), ("y", "Y")], widget=forms.RadioSelect, required=False
    )
    unlabelled = forms.CharField(required=False, label="")
    described = forms.CharField(
        required=False, help_text="h", widget=forms.TextInput(attrs={"aria-describedby": "mine"})
    )
    disabled = forms.CharField(required=False, disabled=True, initial='He said "hi"')

    def clean(self) -> dict[str, object]:
        data = super().clean()
        if self.data.get("fail"):
            raise forms.ValidationError("The whole form is <wrong>.")
        if self.data.get("token_fail"):
            self.add_error("token", "Token bad")
        return data


def pair(form_class: type[forms.BaseForm], **kwargs: object) -> tuple[forms.BaseForm, ...]:
    return form_class(renderer=STOCK, **kwargs), form_class(renderer=FAST, **kwargs)


def renders(form: forms.BaseForm) -> list[str]:
    out = [str(form), form.as_div(), str(form.non_field_errors())]
    for bf in form:
        out += [bf.as_field_group(), str(bf), bf.label_tag(), str(bf.errors)]
        if bf.field.widget.use_fieldset:
            out.append(bf.legend_tag())
    return out


STATES = {
    "unbound": {},
    "initial": {
        "initial": {
            "name": "Ana <3",
            "note": "line\nline",
            "score": "3",
            "many": ["2"],
            "agree": True,
            "due": date(2025, 1, 31),
            "money": Decimal("2.50"),
        }
    },
    "bound, valid": {"data": {"name": "Ana", "kind": "a", "score": "5", "note": "x"}},
    "bound, errors": {
        "data": {"name": "x" * 30, "age": "-1", "email": "no", "kind": "zz", "site": "bad"}
    },
    "bound, form error": {"data": {"name": "Ana", "kind": "c", "fail": "1"}},
    "hidden error": {"data": {"name": "Ana", "kind": "c", "token_fail": "1"}},
    "prefixed": {"prefix": "p7", "data": {"p7-name": "", "p7-kind": "b"}},
    "no auto id": {"auto_id": False, "data": {"name": ""}},
    "label suffix": {"label_suffix": " →"},
}


@pytest.mark.parametrize("state", STATES, ids=list(STATES))
def test_every_widget_and_state_renders_as_djangos_templates(state: str) -> None:
    stock, fast = pair(KitchenSink, **STATES[state])

    assert renders(fast) == renders(stock)


def test_a_form_with_only_hidden_fields_renders_alike() -> None:
    class Hidden(forms.Form):
        a = forms.CharField(widget=forms.HiddenInput)

    for kwargs in ({}, {"data": {}}):
        stock, fast = pair(Hidden, **kwargs)
        assert renders(fast) == renders(stock)


@given(text=st.text(max_size=12), label=st.text(max_size=8))
def test_any_text_is_escaped_alike(text: str, label: str) -> None:
    class Free(forms.Form):
        a = forms.CharField(label=label or None, help_text=mark_safe("<i>h</i>"))
        b = forms.ChoiceField(choices=[(text, text), ("k", label)])
        c = forms.CharField(widget=forms.Textarea(attrs={"data-x": text}))

    for kwargs in ({"initial": {"a": text, "c": text}}, {"data": {"a": text, "b": text}}):
        stock, fast = pair(Free, **kwargs)
        assert renders(fast) == renders(stock)


def test_the_project_renders_forms_with_it() -> None:
    assert settings.FORM_RENDERER == "collaboratory.formrender.FormRenderer"
    assert isinstance(get_default_renderer(), FormRenderer)


def test_every_drawn_template_is_djangos_own_here() -> None:
    """No app overrides one of them, so each is drawn in Python, never loaded."""
    assert [name for name in DRAWN if not FAST._is_stock(name)] == []


@pytest.mark.django_db
def test_every_project_form_that_builds_without_arguments_renders_alike() -> None:
    """Each form class of the apps that needs no arguments, unbound and bound to nothing."""
    checked = 0
    for module_info in pkgutil.walk_packages(collaboratory.__path__, "collaboratory."):
        if not module_info.name.endswith(".forms"):
            continue
        module = importlib.import_module(module_info.name)
        for _name, form_class in inspect.getmembers(module, inspect.isclass):
            if not issubclass(form_class, forms.BaseForm):
                continue
            if form_class.__module__ != module.__name__:
                continue
            try:
                pairs = [pair(form_class), pair(form_class, data={})]
            except TypeError:
                continue  # needs its network, gathering or person
            for stock, fast in pairs:
                assert renders(fast) == renders(stock), form_class
            checked += 1
    assert checked >= 20


def test_an_overridden_stock_template_is_rendered_from_its_file(tmp_path: Path) -> None:
    """An app that overrides a stock template gets its template, not the drawn markup."""
    override = tmp_path / "django" / "forms" / "widgets"
    override.mkdir(parents=True)
    (override / "textarea.html").write_text("<textarea-override>")

    class Overridden(FormRenderer):
        @cached_property
        def engine(self):  # type: ignore[no-untyped-def]
            stock_dir = Path(django.forms.__file__).parent / "templates"
            return self.backend(
                {"APP_DIRS": True, "DIRS": [tmp_path, stock_dir], "NAME": "t", "OPTIONS": {}}
            )

    renderer = Overridden()

    class Note(forms.Form):
        note = forms.CharField(widget=forms.Textarea)

    assert str(Note(renderer=renderer)["note"]) == "<textarea-override>"
    assert Note(renderer=renderer)["note"].label_tag() == '<label for="id_note">Note:</label>'
