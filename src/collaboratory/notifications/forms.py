"""The preferences form: each kind of email by email, in the weekly digest, or off."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from collaboratory.networks.models import Delivery, MailKind

EXPLANATIONS = {
    MailKind.REMINDERS: _(
        "Before a commitment you made is due, when it is overdue, and for presenters: "
        "commitments waiting for your thanks and the follow-ups after you presented."
    ),
    MailKind.DIGESTS: _(
        "The morning after a gathering: what you promised and what was promised to you. "
        "Between gatherings: each offer of help made to your project on the asks board. "
        "On Mondays: your week (new asks that fit your offers, your due dates, the next "
        "gathering) and anything below you chose to read there."
    ),
    MailKind.UPDATES: _("News posted by the presenters of projects you made a commitment to."),
    MailKind.GATHERING_NOTICES: _(
        "Gathering announcements and reminders, and invitations to present your project."
    ),
}


class PreferencesForm(forms.Form):
    """One radio group per kind; the digest itself cannot wait for the digest."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for kind in MailKind:
            choices = [
                (value, label)
                for value, label in Delivery.choices
                if not (kind == MailKind.DIGESTS and value == Delivery.DIGEST)
            ]
            self.fields[kind.value] = forms.ChoiceField(
                label=kind.label,
                choices=choices,
                widget=forms.RadioSelect,
                help_text=EXPLANATIONS[kind],
                error_messages={
                    "required": _("Choose how you want these emails."),
                    "invalid_choice": _("Choose one of the options listed."),
                },
            )
