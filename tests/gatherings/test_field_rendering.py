"""The gathering forms' inputs are built without Django's widget templates (for speed); the
markup must stay exactly what Django renders: values, required, maxlength, checked, ids,
aria-invalid and aria-describedby, escaping."""

from __future__ import annotations

from datetime import date

import pytest
from django import forms
from hypothesis import given, settings
from hypothesis import strategies as st

from collaboratory.gatherings.forms import (
    GatheringEditForm,
    GatheringForm,
    RsvpForm,
    SettingsForm,
    StipendForm,
    SubstituteForm,
)
from collaboratory.gatherings.templatetags.gathering_fields import input_tag

FORMS: list[type[forms.Form]] = [
    RsvpForm,
    StipendForm,
    SubstituteForm,
    GatheringForm,
    GatheringEditForm,
    SettingsForm,
]


def assert_same_markup(form: forms.Form) -> None:
    for field in form:
        assert input_tag(field) == str(field), field.name
        if isinstance(field.field.widget, forms.RadioSelect):
            for choice in field:
                assert input_tag(choice) == choice.tag(), field.name


@pytest.mark.parametrize("form_class", FORMS)
def test_unbound_and_empty_forms_render_like_django(form_class: type[forms.Form]) -> None:
    assert_same_markup(form_class())
    assert_same_markup(form_class(prefix="stipend"))
    empty = form_class({})
    empty.is_valid()
    assert_same_markup(empty)  # errors: aria-invalid on every required field


def test_initial_values_and_checked_boxes_render_like_django() -> None:
    rsvp = RsvpForm(
        initial={
            "answer": "maybe",
            "both_parts": True,
            "wants_to_present": False,
            "dietary_needs": 'No "nuts" & <no> shellfish',
        }
    )
    gathering = GatheringForm(
        initial={"first_day": date(2027, 3, 4), "capacity": 40, "stipend_budget": "12.50"}
    )

    assert_same_markup(rsvp)
    assert_same_markup(gathering)
    assert 'value="No &quot;nuts&quot; &amp; &lt;no&gt; shellfish"' in input_tag(
        rsvp["dietary_needs"]
    )


@settings(max_examples=60, deadline=None)
@given(
    data=st.dictionaries(
        st.sampled_from(["answer", "both_parts", "dietary_needs", "amount", "reason", "sub_name"]),
        st.text(max_size=20),
    )
)
def test_any_submitted_input_renders_like_django(data: dict[str, str]) -> None:
    for form_class in (RsvpForm, StipendForm, SubstituteForm):
        form = form_class(data)
        form.is_valid()
        assert_same_markup(form)
