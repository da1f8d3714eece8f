"""Forms of the youth program: they parse input; the services decide."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from collaboratory.people.models import User
from collaboratory.validators import multi_line, one_line, within_years
from collaboratory.widgets import date_box, moment_box
from collaboratory.youth.models import HOLD_REASON_MAX, EscalationKind


def _when(label: Any) -> forms.DateTimeField:
    return forms.DateTimeField(
        label=label,
        widget=moment_box(),
        validators=[within_years],
    )


def _day(label: Any) -> forms.DateField:
    return forms.DateField(label=label, widget=date_box(), validators=[within_years])


class PersonChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return str(obj.full_name or obj.email)


class ApplicationForm(forms.Form):
    full_name = forms.CharField(
        label=_("Your full name"), max_length=120, validators=one_line(_("your name"))
    )
    email = forms.EmailField(label=_("Your email"), validators=one_line(_("your email")))
    guardian_email = forms.EmailField(
        label=_("Your parent's or guardian's email"),
        validators=one_line(_("the guardian's email")),
    )
    school = forms.CharField(
        label=_("School"), max_length=160, required=False, validators=one_line(_("the school"))
    )
    city = forms.CharField(
        label=_("City"), max_length=120, required=False, validators=one_line(_("the city"))
    )
    statement = forms.CharField(
        label=_("Why do you want to join?"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 5}),
        validators=multi_line(_("your answer")),
    )
    ref1_name = forms.CharField(
        label=_("Nominating adult or reference: name"),
        max_length=120,
        validators=one_line(_("the reference's name")),
    )
    ref1_email = forms.CharField(
        label=_("Their email"), max_length=254, validators=one_line(_("the reference's email"))
    )
    ref1_relation = forms.CharField(
        label=_("How they know you (teacher, coach, mentor...)"),
        max_length=120,
        validators=one_line(_("how they know you")),
    )
    ref2_name = forms.CharField(
        label=_("A second reference (optional): name"),
        max_length=120,
        required=False,
        validators=one_line(_("the reference's name")),
    )
    ref2_email = forms.CharField(
        label=_("Their email"),
        max_length=254,
        required=False,
        validators=one_line(_("the reference's email")),
    )
    ref2_relation = forms.CharField(
        label=_("How they know you"),
        max_length=120,
        required=False,
        validators=one_line(_("how they know you")),
    )
    conduct = forms.BooleanField(
        label=_("I have read the code of conduct and agree to follow it."), required=False
    )
    # Left empty by people (the field is hidden); filled by bots that fill every field.
    website = forms.CharField(
        label=_("Leave this empty"),
        required=False,
        max_length=200,
        validators=one_line(_("this field")),
    )


class CycleForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=120, validators=one_line(_("the name")))
    priority_deadline = _when(_("Priority deadline"))
    final_deadline = _when(_("Final deadline"))


class SessionForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=160, validators=one_line(_("the title")))
    starts_at = _when(_("Date and time"))
    video_link = forms.URLField(
        label=_("Video link"),
        max_length=500,
        assume_scheme="https",
        validators=one_line(_("the video link")),
    )
    recording_link = forms.URLField(
        label=_("Recording link"),
        max_length=500,
        required=False,
        assume_scheme="https",
        validators=one_line(_("the recording link")),
    )
    facilitator = PersonChoiceField(label=_("Facilitator"), queryset=User.objects.none())

    def __init__(self, *args: Any, adults: QuerySet[User], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["facilitator"].queryset = adults  # type: ignore[attr-defined]


class NoticeForm(forms.Form):
    reason = forms.CharField(
        label=_("Why you will miss it"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        validators=multi_line(_("the reason")),
    )


class ReflectionForm(forms.Form):
    reflection = forms.CharField(
        label=_("Your reflection on the recording"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 6}),
        validators=multi_line(_("the reflection")),
    )


class EscalationForm(forms.Form):
    kind = forms.ChoiceField(label=_("Step"), choices=EscalationKind.choices)
    note = forms.CharField(
        label=_("What was said or agreed"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        validators=multi_line(_("the note")),
    )


class VettingForm(forms.Form):
    user = PersonChoiceField(label=_("Adult"), queryset=User.objects.none())
    background_check_on = _day(_("Background check date"))
    training_on = _day(_("Safeguarding training date"))

    def __init__(self, *args: Any, adults: QuerySet[User], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["user"].queryset = adults  # type: ignore[attr-defined]


class LeadForm(forms.Form):
    user = PersonChoiceField(label=_("Adult"), queryset=User.objects.none())
    lead = forms.BooleanField(required=False)

    def __init__(self, *args: Any, adults: QuerySet[User], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["user"].queryset = adults  # type: ignore[attr-defined]


class ConcernForm(forms.Form):
    about = forms.CharField(
        label=_("What happened, or what worries you"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 6}),
        validators=multi_line(_("the report")),
    )


class _DayField(forms.DateField):
    """A date box where only spaces count as left empty (the service names it missing),
    not as a date it cannot read."""

    def to_python(self, value: Any) -> Any:
        return super().to_python(value.strip() if isinstance(value, str) else value)


class ConcernHoldForm(forms.Form):
    """A lead's reason for holding a concern and the day the hold runs until: parsed here,
    checked by `concern_hold_place` (the reason required for a new hold, at most
    `HOLD_REASON_MAX` characters; the day required, after today and within the bound),
    which names each problem. Renewing a hold posts only a new day."""

    reason = forms.CharField(
        label=_("Why hold it"),
        required=False,
        strip=False,
        widget=forms.TextInput(attrs={"maxlength": HOLD_REASON_MAX}),
        validators=one_line(_("the reason for the hold")),
        help_text=_(
            "A few words, such as “police investigation”. A held concern is not deleted at "
            "the end of its retention period; lift the hold when the matter is closed."
        ),
    )
    # Set by the "Renew the hold" form: what the lead meant, as the page they read showed
    # the concern (`concern_hold_place(renew=...)`), not what it is when the post comes in.
    renew = forms.BooleanField(required=False, widget=forms.HiddenInput)
    until = _DayField(
        label=_("Hold until"),
        required=False,
        widget=date_box(),
        validators=[within_years],
        error_messages={
            "invalid": _("Give the day the hold runs until as a date, such as 2027-05-31.")
        },
        help_text=_(
            "The hold lapses after this day unless a lead renews it; the leads are reminded "
            "30 days before."
        ),
    )


class BirthDateForm(forms.Form):
    """A steward records a student's date of birth, when the student joined before it was
    asked (`networks.services.adulthood.youth_birth_date_record`)."""

    born_on = forms.DateField(
        label=_("Date of birth"),
        required=False,
        validators=[within_years],
        widget=date_box(),
        help_text=_(
            "Not recorded: this member joined before students were asked. Take it from the "
            "consent form. The guardian's part ends on the 18th birthday."
        ),
    )
