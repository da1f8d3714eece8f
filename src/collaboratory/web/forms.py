"""The shell's forms: the activity log's filters."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from collaboratory.audit.labels import AREAS, NETWORKLESS_AREAS
from collaboratory.validators import within_years
from collaboratory.widgets import date_box

_DAY_ERRORS = {"invalid": _("Enter a date as year-month-day, for example 2026-03-31.")}


class ActivityFilterForm(forms.Form):
    """What the stewards' activity log is narrowed to: one area (the part of an action's
    code before the dot), a range of days on the network's calendar, both ends included,
    and one person the events are by or about. `people` are the person choices, (user id,
    name as the page shows it), the network's current and former members only: a person
    not among them (another network's, an unknown id) is refused like an unknown area."""

    area = forms.ChoiceField(
        label=_("Area"),
        required=False,
        error_messages={"invalid_choice": _("Choose an area from the list.")},
    )
    since = forms.DateField(
        label=pgettext_lazy("date range", "From"),
        required=False,
        widget=date_box(),
        validators=[within_years],
        error_messages=_DAY_ERRORS,
    )
    until = forms.DateField(
        label=pgettext_lazy("date range", "To"),
        required=False,
        widget=date_box(),
        validators=[within_years],
        error_messages=_DAY_ERRORS,
    )
    person = forms.ChoiceField(
        label=_("By or about"),
        required=False,
        error_messages={"invalid_choice": _("Choose a person from the list.")},
    )

    def __init__(
        self, *args: Any, people: list[tuple[str, str]] | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fields["person"].choices = [("", _("Anyone")), *(people or [])]  # type: ignore[attr-defined]
        areas = sorted(
            ((code, str(label)) for code, label in AREAS.items() if code not in NETWORKLESS_AREAS),
            key=lambda a: a[1],
        )
        self.fields["area"].choices = [("", _("Every area")), *areas]  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        since, until = cleaned.get("since"), cleaned.get("until")
        if since and until and since > until:
            raise ValidationError({"until": _("“To” must be the same day as “From” or later.")})
        return cleaned
