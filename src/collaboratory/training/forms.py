"""Forms of convener training. They check types and shapes; the services check the rest
(and their errors come back on the fields through `networks.forms.attach_errors`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from collaboratory.networks.forms import ShortNameField
from collaboratory.training.models import SessionKind, SubmissionStatus
from collaboratory.training.roster import MAX_ROSTER_BYTES
from collaboratory.training.services import MAX_FILE_BYTES
from collaboratory.validators import multi_line, one_line, within_years
from collaboratory.widgets import date_box, moment_box

if TYPE_CHECKING:  # the stubs' type only; not installed in production
    from django_stubs_ext import StrOrPromise


def _moment(label: StrOrPromise) -> forms.DateTimeField:
    return forms.DateTimeField(label=label, widget=moment_box(), validators=[within_years])


def _day(label: StrOrPromise) -> forms.DateField:
    return forms.DateField(label=label, widget=date_box(), validators=[within_years])


def _line(
    label: StrOrPromise, field: StrOrPromise, *, required: bool = True, max_length: int = 200
) -> forms.CharField:
    return forms.CharField(
        label=label, max_length=max_length, required=required, validators=one_line(field)
    )


def _text(label: StrOrPromise, field: StrOrPromise, *, required: bool = True) -> forms.CharField:
    return forms.CharField(
        label=label,
        max_length=10000,
        required=required,
        widget=forms.Textarea(attrs={"rows": 5}),
        validators=multi_line(field),
    )


def _video() -> forms.URLField:
    return forms.URLField(
        assume_scheme="https",
        label=_("Video link"),
        required=False,
        error_messages={"invalid": _("Enter the full video link, starting with https://.")},
        validators=one_line(_("the video link")),
    )


class ApplicationForm(forms.Form):
    organization = _line(_("Organization"), _("the organization"))
    community = _line(_("Community you serve"), _("the community"))
    staff1_name = _line(_("First staff member: name"), _("the name"), max_length=150)
    staff1_email = forms.EmailField(
        label=_("First staff member: email"), validators=one_line(_("the email"))
    )
    staff2_name = _line(_("Second staff member: name"), _("the name"), max_length=150)
    staff2_email = forms.EmailField(
        label=_("Second staff member: email"), validators=one_line(_("the email"))
    )
    why_now = _text(_("Why now?"), _("why now"))
    landscape = _text(_("The landscape you see"), _("the landscape"))


class InterestForm(forms.Form):
    email = forms.EmailField(label=_("Your email"), validators=one_line(_("the email")))


class CohortForm(forms.Form):
    name = _line(_("Cohort name"), _("the name"), max_length=150)
    starts_on = _day(_("Starts on"))


class SessionForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=SessionKind.choices)
    title = _line(_("Title"), _("the title"))
    starts_at = _moment(_("Starts"))
    ends_at = _moment(_("Ends"))
    place = _line(_("Place"), _("the place"), required=False, max_length=300)
    video_link = _video()
    materials = _text(_("Materials"), _("the materials"), required=False)
    gathering = forms.TypedChoiceField(
        label=_("National gathering (for the immersion: trainees may read its page)"),
        choices=[],
        coerce=int,
        required=False,
        empty_value=None,
    )

    def __init__(self, *args: object, gatherings: list[tuple[int, str]], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["gathering"].choices = [("", "-"), *gatherings]  # type: ignore[attr-defined]


class AssignmentForm(forms.Form):
    title = _line(_("Title"), _("the title"))
    instructions = _text(_("Instructions"), _("the instructions"), required=False)
    due_at = _moment(_("Due"))


class CallForm(forms.Form):
    title = _line(_("Title"), _("the title"))
    starts_at = _moment(_("Starts"))
    ends_at = _moment(_("Ends"))
    video_link = _video()
    application = forms.TypedChoiceField(
        label=_("With"), choices=[], coerce=int, required=False, empty_value=None
    )

    def __init__(
        self, *args: object, organizations: list[tuple[int, str]], **kwargs: object
    ) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["application"].choices = [  # type: ignore[attr-defined]
            ("", _("The whole cohort")),
            *organizations,
        ]


class DeclineForm(forms.Form):
    note = _text(_("Note (kept with the application)"), _("the note"), required=False)


class SubmissionForm(forms.Form):
    text = _text(_("Your work"), _("your work"), required=False)
    file = forms.FileField(
        label=_("File (PDF, Word, OpenDocument, PowerPoint, Excel or text; at most 5 MB)"),
        required=False,
    )

    def clean_file(self) -> object:
        """Refused by its size before anything reads it: the view reads a file whole."""
        upload = self.cleaned_data.get("file")
        if upload and upload.size > MAX_FILE_BYTES:
            raise ValidationError(_("The file is larger than 5 MB: make it smaller."))
        return upload


class ReviewForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[
            (SubmissionStatus.ACCEPTED, SubmissionStatus.ACCEPTED.label),
            (SubmissionStatus.CHANGES, SubmissionStatus.CHANGES.label),
        ],
    )
    feedback = _text(_("Feedback"), _("the feedback"), required=False)


class NoteForm(forms.Form):
    text = _text(_("Note"), _("the note"))


class PlanForm(forms.Form):
    network_name = _line(_("Name of your network"), _("the name"), max_length=150)
    # The platform admin's field and rule: Django's slug message named a "slug" and its rule
    # let in underscores and hyphens at either end.
    network_slug = ShortNameField(
        label=_("Short name (in its web address)"),
        help_text=_("Lower-case letters, digits and hyphens, like tulsa-collaboratory."),
    )
    first_gathering_title = _line(_("First gathering"), _("the title"))
    first_gathering_on = _day(_("First gathering's date"))
    first_gathering_city = _line(_("City"), _("the city"), required=False, max_length=100)
    roster = forms.FileField(
        label=_("Initial roster (CSV: email, full name, and optional columns)"),
        required=False,
        help_text=_(
            "A header line names the columns: email and full name, and any of organization, "
            "title, sector, city, region and age band. Each person is invited when the network "
            "opens; someone new starts with the file's city and region on their profile."
        ),
    )

    def clean_roster(self) -> object:
        """Refused by its size before anything reads it: the view reads a file whole."""
        upload = self.cleaned_data.get("roster")
        if upload and upload.size > MAX_ROSTER_BYTES:
            raise ValidationError(_("The roster file is larger than 1 MB."))
        return upload
