"""Forms of the profile pages, introductions and the asks board's filters. The offer of help
itself is parsed by the live room's parser (`commitments.forms.commitment_entry_parse`), so
an offer made here is read exactly as one made in the room."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from collaboratory.capital import CapitalKind, HelpCategory
from collaboratory.matching.models import NOTE_MAX_CHARS, IntroductionStatus
from collaboratory.validators import multi_line


class TextAreaField(forms.CharField):
    """A text area's text with its line ends as the page counted them: a browser counts a
    line break as one character against `maxlength` but sends it as CR LF, so a note the
    text area let someone write in full was refused as over the limit."""

    def to_python(self, value: object) -> str | None:
        text = super().to_python(value)
        return None if text is None else text.replace("\r\n", "\n")


class IntroductionForm(forms.Form):
    note = TextAreaField(
        label=_("Your note"),
        help_text=_("Who you are and why you would like to meet, in a few lines."),
        max_length=NOTE_MAX_CHARS,
        widget=forms.Textarea(attrs={"rows": 4}),
        validators=multi_line(_("the note")),
        error_messages={
            "required": _("Write a short note: who you are and why you would like to meet."),
            "max_length": _("Keep the note under %(limit_value)d characters."),
        },
    )
    # Consent is asked, never assumed: unticked until the person ticks it.
    share_email = forms.BooleanField(
        label=_("Share my email address so they can reply"), required=False, initial=False
    )


class IntroductionConsentForm(forms.Form):
    consent = forms.BooleanField(
        label=_("Members of this network may email me introduction requests"), required=False
    )


class IntroductionDecisionForm(forms.Form):
    status = forms.ChoiceField(
        choices=[
            (IntroductionStatus.DONE, _("Introduced")),
            (IntroductionStatus.DECLINED, _("Declined")),
        ],
        error_messages={
            "required": _("Choose “introduced” or “declined”."),
            "invalid_choice": _("Choose “introduced” or “declined”."),
        },
    )


class AskFilterForm(forms.Form):
    category = forms.ChoiceField(
        label=_("Category"),
        choices=[("", _("Any category")), *HelpCategory.choices],
        required=False,
    )
    capital = forms.ChoiceField(
        label=_("Kind of capital"),
        choices=[("", _("Any kind")), *CapitalKind.choices],
        required=False,
    )
