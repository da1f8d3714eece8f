"""Every date a form takes is held to the years a gathering can fall in: a typo such as year
9999 or 0001 answered 500 (the date arithmetic and the database's conversion overflowed).
And every browser date box shows a saved date in every language (`collaboratory.widgets`)."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from django import forms
from django.utils import timezone, translation
from django_scopes import scopes_disabled

from collaboratory.gatherings.models import GatheringFormat
from collaboratory.gatherings.services import gathering_create, gathering_parts_from_template
from collaboratory.people.services import user_language_set
from collaboratory.validators import within_years
from tests.conftest import World, client_for
from tests.formwalk import our_form_classes

DATE_FIELDS = (forms.DateField, forms.DateTimeField)


def _date_fields() -> list[tuple[str, list[object]]]:
    """(name, validators in force) for every date and date-time field of every form; a model
    form's fields made from the model carry the model field's validators."""
    found = []
    for cls in our_form_classes():
        model = getattr(getattr(cls, "_meta", None), "model", None)
        for name, field in cls.base_fields.items():  # type: ignore[attr-defined]
            if not isinstance(field, DATE_FIELDS):
                continue
            validators = list(field.validators)
            if model is not None and name not in cls.declared_fields:  # type: ignore[attr-defined]
                validators += model._meta.get_field(name).validators
            found.append((f"{cls.__module__}.{cls.__qualname__}.{name}", validators))
    return found


def test_the_walk_finds_date_fields() -> None:
    names = {name for name, _validators in _date_fields()}
    assert "collaboratory.gatherings.forms.GatheringForm.first_day" in names


def test_every_form_date_is_held_to_the_years() -> None:
    missing = [name for name, validators in _date_fields() if within_years not in validators]
    assert missing == []


SAVED = {"date": date(2027, 1, 19), "datetime-local": datetime(2027, 1, 19, 15)}


def _boxes() -> list[tuple[str, forms.Input]]:
    """(name, widget) of every field drawn as the browser's own date or date-time box
    (Django keeps the attrs' "type" as the widget's input_type)."""
    found = []
    for cls in our_form_classes():
        for name, field in cls.base_fields.items():  # type: ignore[attr-defined]
            if getattr(field.widget, "input_type", None) in SAVED:
                found.append((f"{cls.__module__}.{cls.__qualname__}.{name}", field.widget))
    return found


def test_every_date_box_shows_a_saved_value_in_spanish() -> None:
    """A box takes only ISO values: Django wrote a Spanish reader's "19/01/2027", which the
    browser drops, so the box came back empty and saving again was refused."""
    assert len(_boxes()) >= 10
    with translation.override("es"):
        shown = {name: widget.format_value(SAVED[widget.input_type]) for name, widget in _boxes()}
    wrong = {
        name: value
        for name, value in shown.items()
        if value not in ("2027-01-19", "2027-01-19T15:00")
    }
    assert wrong == {}


def test_a_spanish_steward_finds_the_saved_deadline_in_its_box(world: World) -> None:
    """Through the page: a steward reading in Spanish edits a gathering; its RSVP deadline
    is in its box, so saving the form unchanged keeps it."""
    first_day = (timezone.now() + timedelta(days=60)).date()
    with scopes_disabled():
        parts = gathering_parts_from_template(
            network=world.alpha, format=GatheringFormat.VIRTUAL, first_day=first_day
        )
        gathering = gathering_create(
            network=world.alpha,
            title="Spring gathering",
            format=GatheringFormat.VIRTUAL,
            parts=parts,
            rsvp_deadline=parts[0][1] - timedelta(days=7),
        )
    steward = world.personas["steward"]
    assert steward is not None
    user_language_set(user=steward, language="es")

    page = client_for(steward).get(f"/n/alpha/gatherings/{gathering.pk}/edit/")

    assert page.status_code == 200
    box = re.search(r'<input[^>]*name="rsvp_deadline"[^>]*>', page.content.decode())
    assert box is not None
    expected = (first_day - timedelta(days=7)).isoformat()
    assert f'value="{expected}"' in box.group(0)
