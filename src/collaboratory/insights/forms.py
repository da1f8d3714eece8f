from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from collaboratory.insights.models import MAX_K
from collaboratory.insights.privacy import MIN_K


class InsightsSettingsForm(forms.Form):
    min_cell_size = forms.IntegerField(
        label=_("Smallest published group (k)"),
        help_text=_(
            "Counts of members by political ideology or race and ethnicity are shown only "
            "when they are 0 or at least this many; smaller groups, and any figure that would "
            "reveal them, read “suppressed”. Never below 6; 11 is the default."
        ),
        error_messages={
            "min_value": _(
                "k must be at least %(limit_value)s: smaller groups would let people be recognized."
            ),
            "max_value": _("k of more than %(limit_value)s would hide almost every figure."),
            "invalid": _("Give k as a whole number, like 11."),
            "required": _("Give k as a whole number, like 11."),
        },
        min_value=MIN_K,
        max_value=MAX_K,
    )


class ScopeForm(forms.Form):
    """The dashboard's filters: one fixed reporting period (a calendar year) or one
    gathering. Unknown values fall back to everything."""

    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)
    gathering = forms.TypedChoiceField(
        label=_("Gathering"), required=False, coerce=int, empty_value=None
    )

    def __init__(
        self, *args: object, years: list[int], gatherings: list[tuple[int, str]], **kw: object
    ) -> None:
        super().__init__(*args, **kw)  # type: ignore[arg-type]
        self.fields["year"].choices = [("", _("All years")), *((y, str(y)) for y in years)]  # type: ignore[attr-defined]
        self.fields["gathering"].choices = [("", _("All gatherings")), *gatherings]  # type: ignore[attr-defined]
