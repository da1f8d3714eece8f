from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from collaboratory.api.models import TokenScope
from collaboratory.api.services import DEFAULT_DAYS, NAME_MAX
from collaboratory.validators import one_line

DAYS_CHOICES = [
    (30, _("30 days")),
    (DEFAULT_DAYS, _("90 days")),
    (180, _("180 days")),
    (365, _("1 year")),
]


class ApiTokenForm(forms.Form):
    name = forms.CharField(
        label=_("Name"),
        max_length=NAME_MAX,
        validators=one_line(_("the name")),
        help_text=_("What the token is for, e.g. “my spreadsheet”."),
    )
    scope = forms.ChoiceField(
        label=_("Access"), choices=TokenScope.choices, initial=TokenScope.READ
    )
    days = forms.TypedChoiceField(
        label=_("Expires after"), choices=DAYS_CHOICES, coerce=int, initial=DEFAULT_DAYS
    )
