"""Forms only parse and present input; the services validate and write."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, cast

from django import forms
from django.core.exceptions import ValidationError
from django.forms.models import ModelChoiceIterator, ModelChoiceIteratorValue
from django.utils.translation import gettext_lazy as _

from collaboratory.capital import HelpCategory
from collaboratory.networks.defaults import label_sort_key, stored_default
from collaboratory.networks.models import (
    STEWARD_SET_STATUSES,
    MembershipStatus,
    Network,
    NetworkKind,
    Role,
    Sector,
    time_zone_names,
)
from collaboratory.networks.services import PLEDGES, UNDER_13
from collaboratory.people.models import AgeBand
from collaboratory.validators import multi_line, one_line, validate_short_name, within_years
from collaboratory.widgets import date_box


def sectors_by_label(sectors: Iterable[Sector]) -> list[Sector]:
    """Sectors in the order of the names the reader sees (a default sector's name is
    translated, so the stored order is English's)."""
    return sorted(sectors, key=lambda sector: label_sort_key(sector.label))


class SectorChoiceIterator(ModelChoiceIterator):
    def __iter__(self) -> Iterator[tuple[ModelChoiceIteratorValue | str, str]]:
        if self.field.empty_label is not None:
            yield ("", str(self.field.empty_label))
        for sector in sectors_by_label(self.queryset):
            yield self.choice(sector)


class SectorChoiceField(forms.ModelChoiceField):
    """A choice of the network's sectors, shown by label (`Sector.__str__`) in label order."""

    iterator = SectorChoiceIterator


SOMEONE_ELSES = {"autocomplete": "off"}


class NominationForm(forms.Form):
    # Someone else's name and address: no autofill with the member's own, and an email
    # keyboard on a phone.
    nominee_name = forms.CharField(
        label=_("Nominee's full name"),
        max_length=150,
        validators=one_line(_("the nominee's name")),
        widget=forms.TextInput(attrs=SOMEONE_ELSES),
    )
    nominee_email = forms.CharField(
        label=_("Nominee's email"),
        max_length=254,
        validators=one_line(_("the nominee's email")),
        widget=forms.EmailInput(attrs=SOMEONE_ELSES),
    )
    organization_name = forms.CharField(
        label=_("Nominee's organization"),
        max_length=200,
        help_text=_("Someone from outside your own organization."),
        validators=one_line(_("the organization's name")),
    )
    sector = SectorChoiceField(label=_("Sector"), queryset=Sector.objects.none())
    region = forms.CharField(
        label=_("Region"), max_length=100, required=False, validators=one_line(_("the region"))
    )
    reasons = forms.CharField(
        label=_("Why this person"),
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Say how the person meets the network's criteria, shown above."),
        validators=multi_line(_("the reasons")),
    )

    def __init__(self, *args: object, network: Network, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["sector"].queryset = Sector.objects.filter(network=network)  # type: ignore[attr-defined]


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"), choices=[("accept", _("Accept")), ("decline", _("Decline"))]
    )
    note = forms.CharField(
        label=_("Note"), required=False, max_length=2000, validators=one_line(_("the note"))
    )


class InvitationForm(forms.Form):
    full_name = forms.CharField(
        label=_("Full name"),
        max_length=150,
        validators=one_line(_("the full name")),
        widget=forms.TextInput(attrs=SOMEONE_ELSES),
    )
    email = forms.CharField(
        label=_("Email"),
        max_length=254,
        validators=one_line(_("the email")),
        widget=forms.EmailInput(attrs=SOMEONE_ELSES),
    )
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices, initial=Role.MEMBER)
    guardian_email = forms.CharField(
        label=_("Parent's or guardian's email (youth members only)"),
        max_length=254,
        required=False,
        help_text=_("They confirm by a link valid for 72 hours before the student can take part."),
        validators=one_line(_("the guardian's email")),
        widget=forms.EmailInput(attrs=SOMEONE_ELSES),
    )

    def __init__(self, *args: Any, network: Network, **kwargs: Any) -> None:
        """Outside a youth cohort, neither the youth role nor a guardian's email: offered
        there, both were refused once sent (`invitation_create`)."""
        super().__init__(*args, **kwargs)
        if network.kind != NetworkKind.YOUTH:
            role = cast(forms.ChoiceField, self.fields["role"])
            role.choices = [(v, label) for v, label in Role.choices if v != Role.YOUTH_MEMBER]
            del self.fields["guardian_email"]


class AcceptInvitationForm(forms.Form):
    full_name = forms.CharField(
        label=_("Your full name"),
        max_length=150,
        required=False,
        validators=one_line(_("the full name")),
    )
    age_band = forms.ChoiceField(
        label=_("Your age"),
        required=False,
        choices=[("", _("Choose one")), (UNDER_13, _("Under 13")), *AgeBand.choices],
    )
    password = forms.CharField(
        label=_("Choose a password"),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        required=False,
        help_text=_("At least 10 characters. Not needed if you already have an account."),
    )
    born_on = forms.DateField(
        label=_("Your date of birth"),
        required=False,
        validators=[within_years],
        widget=date_box(autocomplete="bday"),
        help_text=_(
            "Students only: on your 18th birthday your guardian's part ends and you take part "
            "as an adult."
        ),
    )
    pledges = forms.TypedMultipleChoiceField(
        label=_("The member pledges"),
        coerce=int,
        choices=[(i, _(text)) for i, text in enumerate(PLEDGES)],
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )


class SectorAddForm(forms.Form):
    """A sector the network's list lacks (`sector_add`)."""

    name = forms.CharField(
        label=_("New sector"), max_length=100, validators=one_line(_("the sector"))
    )


class MembershipSettingsForm(forms.Form):
    check_in_after_months = forms.IntegerField(
        label=_("Check in after (months without attending)"), min_value=1, max_value=120
    )
    remove_after_months = forms.IntegerField(
        label=_("To be removed after (months without attending)"), min_value=2, max_value=240
    )
    invitation_valid_days = forms.IntegerField(
        label=_("Invitations valid for (days)"), min_value=1, max_value=60
    )
    packet_markdown = forms.CharField(
        label=_("New-member packet (Markdown)"),
        widget=forms.Textarea(attrs={"rows": 14}),
        validators=multi_line(_("the packet")),
    )
    criteria = forms.CharField(
        label=_("Nomination criteria"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Shown to members who nominate and to stewards beside the review queue."),
        validators=multi_line(_("the criteria")),
    )

    # The view shows an untouched default in the steward's language; sent back unchanged it
    # is stored as the English default again, so every reader keeps their own language.
    def clean_packet_markdown(self) -> str:
        return stored_default(self.cleaned_data["packet_markdown"])

    def clean_criteria(self) -> str:
        return stored_default(self.cleaned_data["criteria"])


class DirectoryFilterForm(forms.Form):
    q = forms.CharField(
        label=_("Search by name, organization or title"),
        required=False,
        validators=one_line(_("the search")),
    )
    category = forms.ChoiceField(
        label=_("Offers"), required=False, choices=[("", _("Anything")), *HelpCategory.choices]
    )
    issue = forms.CharField(
        label=_("Issue area"),
        required=False,
        max_length=40,
        validators=one_line(_("the issue area")),
    )
    sector = forms.TypedChoiceField(label=_("Sector"), required=False, coerce=int, empty_value=None)
    region = forms.ChoiceField(label=_("Region"), required=False)

    def __init__(self, *args: object, network: Network, regions: list[str], **kw: object) -> None:
        super().__init__(*args, **kw)  # type: ignore[arg-type]
        sectors = sectors_by_label(Sector.objects.filter(network=network))
        self.fields["sector"].choices = [("", _("Any sector")), *((s.pk, s.label) for s in sectors)]  # type: ignore[attr-defined]
        self.fields["region"].choices = [("", _("Any region"))] + [(r, r) for r in regions]  # type: ignore[attr-defined]


class StatusOverrideForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"),
        error_messages={
            "required": _("Choose one of the listed statuses."),
            "invalid_choice": _("Choose one of the listed statuses."),
        },
    )
    note = forms.CharField(
        label=_("Note"),
        max_length=300,
        validators=one_line(_("the note")),
        error_messages={"required": _("Say why, in a few words, so other stewards know.")},
    )

    def __init__(self, *args: object, **kwargs: object) -> None:

        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["status"].choices = [  # type: ignore[attr-defined]
            (value, MembershipStatus(value).label) for value in STEWARD_SET_STATUSES
        ]


class OrganizationChangeForm(forms.Form):
    organization_name = forms.CharField(
        label=_("Your new organization"),
        max_length=200,
        validators=one_line(_("the organization's name")),
    )
    title = forms.CharField(
        label=_("Your title there"),
        max_length=150,
        required=False,
        validators=one_line(_("the title")),
    )
    sector = SectorChoiceField(label=_("Sector"), queryset=Sector.objects.none(), required=False)

    def __init__(self, *args: object, network: Network, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["sector"].queryset = Sector.objects.filter(network=network)  # type: ignore[attr-defined]


class GuardianConsentForm(forms.Form):
    guardian_name = forms.CharField(
        label=_("Your full name"),
        max_length=150,
        validators=one_line(_("your full name")),
    )
    agree = forms.BooleanField(
        label=_("I am this student's parent or legal guardian and I agree to their taking part."),
        required=False,
    )


def error_text(error: ValidationError) -> str:
    """A service's refusal as one line, for a message above the page."""
    if hasattr(error, "error_dict"):
        return " ".join(str(m) for messages_ in error.message_dict.values() for m in messages_)
    return " ".join(error.messages)


def attach_errors(form: forms.Form, error: ValidationError) -> None:
    """A service's refusal on the form: by field where it names one, else above it."""
    if hasattr(error, "error_dict"):
        for field, errs in error.message_dict.items():
            form.add_error(field if field in form.fields else None, errs)
    else:
        form.add_error(None, error.messages)


class ShortNameField(forms.CharField):
    """A network's short name (its web address), typed in any case and kept in lower case,
    under the one rule (`validators.validate_short_name`): a platform admin's new network and
    a launch plan take it, so both refuse the same names with the same words."""

    default_validators = [validate_short_name, *one_line(_("the short name"))]

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("max_length", 50)
        kwargs.setdefault(
            "widget",
            forms.TextInput(attrs={"autocapitalize": "none", "spellcheck": "false"}),
        )
        super().__init__(**kwargs)

    def to_python(self, value: Any) -> str:
        return str(super().to_python(value)).lower()


class NetworkCreateForm(forms.Form):
    """A platform admin's new network and the first steward to invite."""

    name = forms.CharField(
        label=_("Network name"), max_length=200, validators=one_line(_("the name"))
    )
    slug = ShortNameField(
        label=_("Short name (in the address)"),
        help_text=_("Lowercase letters, digits and hyphens, like tulsa-civic."),
    )
    kind = forms.ChoiceField(label=_("Kind"), choices=NetworkKind.choices)
    parent = forms.ModelChoiceField(
        label=_("Under (for a local network or youth cohort)"),
        queryset=Network.objects.none(),
        required=False,
    )
    # Typed, with the valid names offered as the person types (a datalist the page renders
    # from `time_zone_names`): a select of about 600 names is heavy on a phone, and the
    # service still checks the name.
    time_zone = forms.CharField(
        label=_("Time zone"),
        max_length=64,
        initial="America/New_York",
        help_text=_("Type a city, like Chicago, and choose its zone from the list."),
        validators=one_line(_("the time zone")),
        widget=forms.TextInput(
            attrs={
                "list": "time-zone-names",
                "autocomplete": "off",
                "autocapitalize": "none",
                "spellcheck": "false",
            }
        ),
    )
    steward_name = forms.CharField(
        label=_("First steward's full name"), max_length=150, validators=one_line(_("the name"))
    )
    steward_email = forms.EmailField(
        label=_("First steward's email"), validators=one_line(_("the email"))
    )

    def __init__(self, *args: object, parents: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["parent"].queryset = parents  # type: ignore[attr-defined]

    @property
    def time_zone_names(self) -> tuple[str, ...]:
        """The names the time zone field offers (its `list`)."""
        return time_zone_names()
