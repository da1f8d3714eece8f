"""`get_<field>_display` from a table built once per field, for models whose rows fill long
pages (issue #20, goal 1).

Django's own `get_<field>_display` rebuilds the field's choices into a dict on every call,
hashing every label on the way; our labels are lazy translations, so each call translated
every choice (a commitment's status has ten): My commitments spent ~2 ms a page on it. The
table holds the same lazy labels, so each call still answers in the active language.
Choices given as a callable (computed at each use) keep Django's way.
"""

from __future__ import annotations

from typing import Any

from django.db import models
from django.utils.choices import CallableChoiceIterator
from django.utils.encoding import force_str

_TABLES: dict[models.Field[Any, Any], dict[Any, Any]] = {}


class ChoiceLabels:
    """Put before `models.Model` in a model's bases."""

    def _get_FIELD_display(self, field: models.Field[Any, Any]) -> Any:
        table = _TABLES.get(field)
        if table is None:
            if isinstance(field.choices, CallableChoiceIterator):
                return djangos_display(self, field)
            table = _TABLES[field] = dict(field.flatchoices)
        value = getattr(self, field.attname)
        try:
            label = table.get(value, value)
        except TypeError:  # an unhashable value (a list in a JSON field)
            return djangos_display(self, field)
        return force_str(label, strings_only=True)


def djangos_display(obj: Any, field: models.Field[Any, Any]) -> Any:
    return models.Model._get_FIELD_display(obj, field)  # type: ignore[attr-defined]
