"""The hook form: the service checks the URL (address rule) and the events."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from collaboratory.validators import one_line
from collaboratory.webhooks.models import EventType


class WebhookForm(forms.Form):
    url = forms.CharField(
        label=_("Payload URL"),
        max_length=500,
        validators=one_line(_("the URL")),
        help_text=_("Where Collaboratory posts each event, starting with https://."),
        widget=forms.URLInput(attrs={"placeholder": "https://example.org/collaboratory-hook"}),
    )
    events = forms.MultipleChoiceField(
        label=_("Events to send"),
        choices=EventType.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    active = forms.BooleanField(
        label=_("Active"),
        required=False,
        initial=True,
        help_text=_(
            "Untick to pause: nothing is sent while it is paused. Once it is ticked again, "
            "the deliveries already waiting go, and what changed meanwhile follows: one "
            "event per commitment, proposal, gathering or member, as it stands then."
        ),
    )
