"""Every date a form takes is held to the years a gathering can fall in: a typo such as year
9999 or 0001 answered 500 (the date arithmetic and the database's conversion overflowed)."""

from __future__ import annotations

from django import forms

from collaboratory.validators import within_years
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
