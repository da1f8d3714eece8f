"""The sharing form: it parses the choice; the service decides."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from collaboratory.national.models import SharingLevel


class SharingForm(forms.Form):
    level = forms.ChoiceField(
        label=_("What the national team may see of this network"),
        choices=SharingLevel.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose one of the sharing options."),
            "invalid_choice": _("Choose one of the sharing options."),
        },
    )
