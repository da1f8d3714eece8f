"""The browser's own date and time boxes, for every form of the project.

A date box (`<input type="date">`) and a moment box (`type="datetime-local"`) read and
write only ISO values ("2027-01-19", "2027-01-19T15:00"). Django's widgets write a saved
value in the reader's input format unless told otherwise: in Spanish "19/01/2027", which
the browser drops, so the box came back empty and saving the form again was refused as a
missing field ("Este campo es obligatorio") on a field the reader never touched. Parsing
needs nothing: Django accepts ISO input in every language.
"""

from __future__ import annotations

from typing import Any

from django import forms

ISO_DATE = "%Y-%m-%d"
ISO_MOMENT = "%Y-%m-%dT%H:%M"


def date_box(**attrs: Any) -> forms.DateInput:
    """A date box that shows a saved date in every language (extra attributes as given)."""
    return forms.DateInput(attrs={"type": "date", **attrs}, format=ISO_DATE)


def moment_box(**attrs: Any) -> forms.DateTimeInput:
    """A date-and-time box that shows a saved moment in every language."""
    return forms.DateTimeInput(attrs={"type": "datetime-local", **attrs}, format=ISO_MOMENT)
