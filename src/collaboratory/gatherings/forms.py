"""Forms only parse input; the services validate the rules and write."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.functional import lazy
from django.utils.text import format_lazy
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from collaboratory.gatherings.models import GatheringFormat
from collaboratory.gatherings.services.parsing import agenda_kinds
from collaboratory.money import NotAnAmount, money_input_text, money_parse, money_text
from collaboratory.validators import multi_line, one_line, within_years
from collaboratory.widgets import date_box


class RsvpForm(forms.Form):
    answer = forms.ChoiceField(
        label=_("Will you come?"),
        choices=[("yes", _("Yes")), ("maybe", _("Maybe")), ("no", _("No"))],
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose yes, no or maybe.")},
    )
    both_parts = forms.BooleanField(label=_("I will attend both parts in full"), required=False)
    wants_to_present = forms.BooleanField(
        label=_("I would like to present in the Rotating Credit Club"), required=False
    )
    dietary_needs = forms.CharField(
        label=_("Dietary needs (seen by stewards only)"),
        max_length=300,
        required=False,
        validators=one_line(_("the dietary needs")),
    )
    access_needs = forms.CharField(
        label=_("Access needs (seen by stewards only)"),
        max_length=300,
        required=False,
        validators=one_line(_("the access needs")),
    )

    def __init__(self, *args: Any, presenting: bool = True, **kwargs: Any) -> None:
        """`presenting`: whether the call for presenters is open; once it is not, the form
        no longer asks (nor changes) whether the member would like to present."""
        super().__init__(*args, **kwargs)
        if not presenting:
            del self.fields["wants_to_present"]


class PlainAmountField(forms.DecimalField):
    """An amount of dollars as people write it in their language (`money_parse`): "1.180,50"
    or "180,50" in Spanish, "1,180.50" in English; junk ("1e3", which Python's Decimal read
    as 1000, "12abc") is refused with the field's "invalid" message. A text box with the
    decimal keypad, not `type="number"`: a phone's number box in Spanish dropped "180,50"
    to an empty value, answered as "Enter the amount". Shown for editing in the reader's
    language too ("2000,00")."""

    widget = forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"})

    def to_python(self, value: Any) -> Decimal | None:  # type: ignore[override]  # stubs: int
        if isinstance(value, str) and value.strip():
            try:
                value = money_parse(value, get_language())
            except NotAnAmount:
                raise ValidationError(self.error_messages["invalid"], code="invalid") from None
        return super().to_python(value)

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, Decimal | int) and not isinstance(value, bool):
            return money_input_text(value, get_language())
        return value


# The form's limit (eight digits, two of them cents), in words the member reads: lazy, so
# it is put in the reader's language when shown, and the amount through the one formatter.
STIPEND_LIMIT = Decimal(1_000_000)
_below_the_limit = lazy(
    lambda: (
        gettext("Enter an amount below %(limit)s.")
        % {"limit": money_text(STIPEND_LIMIT, get_language())}
    ),
    str,
)()


class StipendForm(forms.Form):
    amount = PlainAmountField(
        label=_("Amount (dollars)"),
        min_value=Decimal("0.01"),
        max_digits=8,
        decimal_places=2,
        # Django's own words ("Ensure that there are no more than 2 decimal places") say
        # nothing of dollars and cents.
        error_messages={
            "required": _("Enter the amount you need, in dollars."),
            "invalid": _("Enter the amount as a number, like 250 or 180.50."),
            "min_value": _("Enter an amount above zero, in dollars."),
            "max_decimal_places": _(
                "Enter the amount in dollars and cents, like 180.50: at most two decimals."
            ),
            "max_whole_digits": _below_the_limit,
            "max_digits": _below_the_limit,
        },
    )
    reason = forms.CharField(
        label=_("Why you need it"), max_length=500, validators=one_line(_("the reason"))
    )
    no_institutional_support = forms.BooleanField(
        label=_("My organization does not cover my travel"), required=False
    )


class SubstituteForm(forms.Form):
    sub_name = forms.CharField(
        label=_("Substitute's full name"),
        max_length=150,
        required=False,
        validators=one_line(_("the substitute's name")),
    )
    sub_email = forms.CharField(
        label=_("Substitute's email"),
        max_length=254,
        required=False,
        validators=one_line(_("the substitute's email")),
    )
    sub_reason = forms.CharField(
        label=_("Why you are sending a substitute"),
        max_length=500,
        required=False,
        validators=one_line(_("the reason")),
    )


class PassAddressForm(forms.Form):
    """The "send the pass again" form (a steward's on the manage page, the member's on their
    gathering page) with the substitute's address to correct: blank sends to the same one.
    Parsed only; `substitution_pass_resend` says whether the address can take the pass."""

    email = forms.CharField(
        label=_("Correct the address"),
        help_text=_("Leave it empty to send the pass to the same address."),
        max_length=254,
        required=False,
        validators=one_line(_("the substitute's email")),
    )


def pass_address_form(substitution_pk: int, data: Any = None) -> PassAddressForm:
    """The form for one pass: its field's id names the pass, as the manage page lists
    several."""
    return PassAddressForm(data, auto_id=f"id_pass{substitution_pk}_%s")


# Seats, in words a steward reads: "Ensure this value is ..." was Django's, and a number in
# the billions was stored on SQLite (PostgreSQL's integer refused it).
CAPACITY_LIMIT = 100_000
CAPACITY_ERRORS = {
    "invalid": _("Enter the capacity as a whole number of seats, like 50."),
    "max_value": _("Enter a capacity of at most 100,000 seats."),
    "min_value": _("A gathering has at least one seat."),
}

BUDGET_LIMIT = Decimal(100_000_000)  # ten digits, two of them cents
_budget_below_the_limit = lazy(
    lambda: (
        gettext("Enter a budget below %(limit)s.")
        % {"limit": money_text(BUDGET_LIMIT, get_language())}
    ),
    str,
)()


class GatheringDetailsForm(forms.Form):
    """The details a steward sets when creating a gathering and can change later."""

    venue = forms.CharField(
        label=_("Venue"), max_length=200, required=False, validators=one_line(_("the venue"))
    )
    address = forms.CharField(
        label=_("Address"), max_length=300, required=False, validators=one_line(_("the address"))
    )
    video_link = forms.URLField(
        assume_scheme="https",
        label=_("Video link"),
        required=False,
        error_messages={"invalid": _("Enter the full video link, starting with https://.")},
        validators=one_line(_("the video link")),
    )
    capacity = forms.IntegerField(
        label=_("Capacity"),
        min_value=1,
        max_value=CAPACITY_LIMIT,
        required=False,
        error_messages={
            **CAPACITY_ERRORS,
            "min_value": _(
                "A gathering has at least one seat: leave the capacity empty for no limit."
            ),
        },
    )
    rsvp_deadline = forms.DateField(
        label=_("RSVP deadline"),
        required=False,
        widget=date_box(),
        validators=[within_years],
    )
    proposal_deadline = forms.DateField(
        label=_("Proposal deadline"),
        required=False,
        widget=date_box(),
        validators=[within_years],
    )
    stipend_budget = PlainAmountField(
        label=_("Stipend budget (dollars)"),
        min_value=0,
        initial=0,
        max_digits=10,
        decimal_places=2,
        # As the stipend form's amount: "1e3" was stored as 1000, and Django's words said
        # nothing of dollars ("Ensure that there are no more than 10 digits in total").
        error_messages={
            "required": _("Enter the stipend budget in dollars: 0 for none."),
            "invalid": _("Enter the budget as a number, like 2000 or 1500.50."),
            "min_value": _("The stipend budget cannot be negative."),
            "max_decimal_places": _(
                "Enter the budget in dollars and cents, like 1500.50: at most two decimals."
            ),
            "max_whole_digits": _budget_below_the_limit,
            "max_digits": _budget_below_the_limit,
        },
    )
    youth_take_part = forms.BooleanField(label=_("Youth members take part"), required=False)


class GatheringForm(GatheringDetailsForm):
    field_order = ["title", "format", "first_day", "city"]

    title = forms.CharField(label=_("Title"), max_length=200, validators=one_line(_("the title")))
    format = forms.ChoiceField(label=_("Format"), choices=GatheringFormat.choices)
    first_day = forms.DateField(
        label=_("First day"),
        help_text=_("In person: the Thursday of the reception. Virtual: the day of the call."),
        widget=date_box(),
        error_messages={"invalid": _("Enter the first day as YYYY-MM-DD.")},
        validators=[within_years],
    )
    city = forms.CharField(
        label=_("City"), max_length=100, required=False, validators=one_line(_("the city"))
    )

    def clean(self) -> dict[str, object]:
        data = super().clean() or {}
        if data.get("format") == GatheringFormat.VIRTUAL and not data.get("video_link"):
            self.add_error("video_link", _("A virtual gathering needs its video link."))
        return data


class GatheringEditForm(GatheringDetailsForm):
    field_order = ["parts"]  # then the details, then the agenda

    parts = forms.CharField(
        label=_("Parts"),
        help_text=_(
            "One part a line: YYYY-MM-DD HH:MM | end HH:MM (same day) | title. Fixed once "
            "anyone has checked in."
        ),
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("A gathering has at least one part.")},
        validators=multi_line(_("the parts")),
    )
    agenda = forms.CharField(
        label=_("Agenda"),
        required=False,
        help_text=format_lazy(
            _("One item a line: YYYY-MM-DD HH:MM | kind | title. Kinds: {kinds}."),
            kinds=lazy(agenda_kinds, str)(),
        ),
        widget=forms.Textarea(attrs={"rows": 6}),
        validators=multi_line(_("the agenda")),
    )


class SettingsForm(forms.Form):
    part_template = forms.CharField(
        label=_("Parts of an in-person gathering"),
        help_text=_(
            'One part a line: day | start | end | title. Day 0 is the first day, so "1 | '
            '08:00 | 15:00 | Meeting" is the next day from 8 to 3.'
        ),
        widget=forms.Textarea(attrs={"rows": 4}),
        validators=multi_line(_("the parts")),
    )
    default_capacity = forms.IntegerField(
        label=_("Default capacity"),
        min_value=1,
        max_value=CAPACITY_LIMIT,
        error_messages=CAPACITY_ERRORS,
    )
    rsvp_reminder_days = forms.IntegerField(
        label=_("RSVP reminder: days before the RSVP deadline"), min_value=0, max_value=90
    )
    gathering_reminder_days = forms.IntegerField(
        label=_("Reminder: days before the gathering"), min_value=0, max_value=30
    )


def apply_errors(form: forms.Form, error: ValidationError) -> None:
    """Put a service's ValidationError on the form, by field where the field exists."""
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            for item in errors:
                form.add_error(field if field in form.fields else None, item.messages)
    else:
        form.add_error(None, error.messages)
