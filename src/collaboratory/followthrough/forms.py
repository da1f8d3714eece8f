"""Forms of follow-through: they parse input; the services decide."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from collaboratory.capital import CapitalKind
from collaboratory.commitments.models import CommitmentStatus
from collaboratory.followthrough.models import FollowthroughSettings, Partnership
from collaboratory.validators import multi_line, one_line, within_years
from collaboratory.widgets import date_box


class FilterForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("Any")), *CommitmentStatus.choices]
    )
    capital = forms.ChoiceField(
        label=_("Kind of capital"),
        required=False,
        choices=[("", _("Any")), *CapitalKind.choices],
    )

    def value(self, name: str) -> str:
        return str(self.cleaned_data.get(name) or "") if self.is_valid() else ""


class SettingsForm(forms.ModelForm):
    class Meta:
        model = FollowthroughSettings
        fields = [
            "confirm_window_days",
            "lapse_grace_days",
            "before_due_days",
            "overdue_every_days",
            "overdue_max",
            "acknowledge_after_days",
            "presenter_prompt_days",
            "wording_committer",
            "wording_presenter",
        ]
        widgets = {
            "wording_committer": forms.Textarea(attrs={"rows": 3}),
            "wording_presenter": forms.Textarea(attrs={"rows": 3}),
        }


class ProjectUpdateForm(forms.Form):
    text = forms.CharField(
        label=_("Update"),
        widget=forms.Textarea(attrs={"rows": 4}),
        validators=multi_line(_("the update")),
        error_messages={"required": _("Write the update: what happened, what is next.")},
    )
    link = forms.CharField(
        label=_("Link (optional)"), required=False, validators=one_line(_("the link"))
    )


class PartnershipForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=Partnership.Kind.choices)
    title = forms.CharField(label=_("Title"), max_length=150, validators=one_line(_("the title")))
    story = forms.CharField(
        label=_("The story"),
        widget=forms.Textarea(attrs={"rows": 6}),
        validators=multi_line(_("the story")),
    )
    links = forms.CharField(
        label=_("Links (one per line)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        validators=multi_line(_("the links")),
    )
    # Ticked from a name search (see followthrough/_member_results.html), not a select of the
    # whole roster: a national network has thousands. The values are membership ids.
    members = forms.TypedMultipleChoiceField(
        label=_("Members involved"),
        required=False,
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "invalid_choice": _("Tick members from the search by name; %(value)s is not one.")
        },
    )
    organizations = forms.TypedMultipleChoiceField(
        label=_("Organizations involved"), required=False, coerce=int
    )
    proposals = forms.TypedMultipleChoiceField(
        label=_("Projects presented in the Rotating Credit Club"), required=False, coerce=int
    )

    def __init__(
        self,
        *args: Any,
        choices: dict[str, list[tuple[int, str]]],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        for name, options in choices.items():
            field = self.fields[name]
            if isinstance(field, forms.ChoiceField):
                field.choices = options


class PartnershipKeepForm(forms.Form):
    """One form for keeping a partnership: add a milestone, mark one reached or not yet, or
    set the status (`action` says which; the service checks the rest)."""

    ACTIONS = ("milestone_add", "milestone_reach", "milestone_reopen", "status", "span")

    action = forms.ChoiceField(
        choices=[(a, a) for a in ACTIONS],
        error_messages={"required": _("Say what to do."), "invalid_choice": _("Say what to do.")},
    )
    title = forms.CharField(
        label=_("Milestone"),
        max_length=150,
        required=False,
        validators=one_line(_("the milestone")),
    )
    due_on = forms.DateField(
        label=_("Aimed for"),
        required=False,
        widget=date_box(),
        validators=[within_years],
    )
    milestone = forms.IntegerField(required=False, min_value=1, max_value=2**31 - 1)
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=Partnership.Status.choices
    )
    # Spanning networks (stewards who also belong to a sibling local network): which network,
    # and its members' emails, one per line.
    partner_network = forms.SlugField(
        label=_("Other local network"),
        required=False,
        validators=one_line(_("the other local network")),
    )
    member_emails = forms.CharField(
        label=_("Their members' emails, one per line"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
        validators=multi_line(_("the emails")),
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        action = data.get("action")
        if action == "milestone_add" and not data.get("title"):
            self.add_error("title", _("Name the milestone."))
        if action in ("milestone_reach", "milestone_reopen") and not data.get("milestone"):
            self.add_error("milestone", _("Choose a milestone of this partnership."))
        if action == "status" and not data.get("status"):
            self.add_error("status", _("Choose active, paused, completed or ended."))
        if action == "span":
            if not data.get("partner_network"):
                self.add_error("partner_network", _("Choose the other local network."))
            if not self.emails():
                self.add_error("member_emails", _("Write at least one member's email."))
        return data

    def emails(self) -> list[str]:
        """The emails typed for spanning networks, trimmed and lower-cased, blanks dropped."""
        text = (self.cleaned_data or {}).get("member_emails") or ""
        return [line.strip().lower() for line in text.splitlines() if line.strip()]
