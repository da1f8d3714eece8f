"""Forms validate shape and turn text into values; the services decide what is allowed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from django import forms
from django.utils.translation import gettext_lazy as _

from collaboratory.capital import CapitalKind, HelpCategory, kind_or_default
from collaboratory.creditclub.models import CreditClubSettings, Phase, Proposal, Review, Timeframe
from collaboratory.creditclub.services import ASK_LIMIT, AskInput
from collaboratory.validators import one_line, within_years
from collaboratory.widgets import date_box

if TYPE_CHECKING:
    from collections.abc import Sequence

    from django_stubs_ext import StrOrPromise


class ProposalForm(forms.ModelForm[Proposal]):
    class Meta:
        model = Proposal
        fields = [
            "title",
            "what",
            "who_it_serves",
            "problem",
            "where",
            "timeframe",
            "starts_on",
            "ends_on",
            "phase",
            "asks_timeline",
        ]
        widgets = {
            "what": forms.Textarea(attrs={"rows": 3}),
            "who_it_serves": forms.Textarea(attrs={"rows": 2}),
            "problem": forms.Textarea(attrs={"rows": 3}),
            "asks_timeline": forms.Textarea(attrs={"rows": 2}),
            "starts_on": date_box(),
            "ends_on": date_box(),
            "timeframe": forms.RadioSelect,
            "phase": forms.RadioSelect,
        }
        help_texts = {
            "phase": _(
                "Good proposals are past the concept stage: the room helps most with projects "
                "that are being planned or already running."
            ),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Radio buttons without the model's blank "---------" choice.
        self.fields["timeframe"].widget.choices = Timeframe.choices
        self.fields["phase"].widget.choices = Phase.choices
        for field in self.fields.values():
            field.required = False  # drafts may be incomplete; submitting checks completeness


class AskForm(forms.Form):
    category = forms.ChoiceField(
        label=_("Category"), choices=[("", "—"), *HelpCategory.choices], required=False
    )
    capital = forms.ChoiceField(
        label=_("Kind of capital"),
        choices=[("", "—"), *CapitalKind.choices],
        required=False,
        help_text=_("Left empty, it follows the category (funding is financial, and so on)."),
    )
    what = forms.CharField(
        label=_("What exactly"),
        max_length=300,
        required=False,
        help_text=_("Name the thing: 'an introduction to a county health official'."),
        validators=one_line(_("the ask")),
    )
    quantity = forms.CharField(
        label=_("How much (optional)"),
        max_length=60,
        required=False,
        help_text=_("'20 volunteer hours', '$2,000', '3 introductions'."),
        validators=one_line(_("the quantity")),
    )
    needed_by = forms.DateField(
        label=_("Needed by (optional)"),
        required=False,
        widget=date_box(),
        validators=[within_years],
    )

    def to_input(self) -> AskInput | None:
        data = self.cleaned_data
        if not any(data.get(k) for k in ("category", "capital", "what", "quantity", "needed_by")):
            return None  # an untouched row
        category: str = data.get("category") or ""
        capital = kind_or_default(kind=data.get("capital") or "", category=category)
        return AskInput(
            category=category,
            capital=capital,
            what=data.get("what") or "",
            quantity=data.get("quantity") or "",
            needed_by=data.get("needed_by"),
        )


AskFormSet = forms.formset_factory(AskForm, extra=0, max_num=ASK_LIMIT, absolute_max=ASK_LIMIT)


def ask_formset(*, data: Any = None, proposal: Proposal | None = None) -> Any:
    """Existing asks plus empty rows up to the limit (always at least two to fill in)."""
    initial = []
    if proposal is not None and proposal.pk:
        initial = [
            {
                "category": a.category,
                "capital": a.capital,
                "what": a.what,
                "quantity": a.quantity,
                "needed_by": a.needed_by,
            }
            for a in proposal.asks.all()
        ]
    formset_class = forms.formset_factory(
        AskForm,
        extra=max(0, min(ASK_LIMIT, max(len(initial) + 1, 2)) - len(initial)),
        max_num=ASK_LIMIT,
        absolute_max=ASK_LIMIT,
    )
    return formset_class(data=data, initial=initial, prefix="asks")


def _score(label: StrOrPromise) -> forms.TypedChoiceField:
    return forms.TypedChoiceField(
        label=label,
        choices=[("", "—"), *[(str(n), str(n)) for n in range(1, 6)]],
        coerce=int,
        empty_value=None,
        required=False,
    )


class ReviewForm(forms.ModelForm[Review]):
    # Declared here rather than made in __init__: the board builds one form per proposal.
    past_concept = _score(_("Past the concept stage"))
    many_ways_to_help = _score(_("Many ways to help"))
    asks_fit_room = _score(_("Asks fit the room"))
    timing = _score(_("Timing"))
    DECISION_CHOICES = [
        ("", _("Not decided")),
        ("selected", _("Select")),
        ("waitlisted", _("Waitlist")),
        ("declined", _("Decline")),
    ]
    decision = forms.ChoiceField(
        label=_("Staged decision"), required=False, choices=DECISION_CHOICES
    )

    class Meta:
        model = Review
        fields = ["past_concept", "many_ways_to_help", "asks_fit_room", "timing", "note"]
        widgets = {"note": forms.Textarea(attrs={"rows": 2})}

    def __init__(
        self, *args: Any, decide: bool = True, decisions: Sequence[str] | None = None, **kwargs: Any
    ) -> None:
        """`decide=False` once the gathering has ended: a decision staged then could never
        be announced (`proposal_stage_decision` refuses it), so none is offered. Given the
        card's `decisions` (`services.decisions_offered`: what that service would stage, by
        its own rule), only those and the one staged are offered, and no field where there
        is none (declined, presented)."""
        super().__init__(*args, **kwargs)
        if decide and decisions is not None:
            offered = {"", self.initial.get("decision", ""), *decisions}
            field = cast(forms.ChoiceField, self.fields["decision"])
            choices = [(value, label) for value, label in self.DECISION_CHOICES if value in offered]
            decide = len(choices) > 1
            field.choices = choices
        if not decide:
            del self.fields["decision"]


class SettingsForm(forms.ModelForm[CreditClubSettings]):
    """The network's Credit Club rules; `creditclub_settings_update` writes them."""

    class Meta:
        model = CreditClubSettings
        fields = [
            "presenter_slots",
            "eligibility_rule",
            "call_closes_days_before",
            "anonymized_review",
        ]
        widgets = {"eligibility_rule": forms.RadioSelect}
        help_texts = {
            "call_closes_days_before": _("Unless a gathering sets its own proposal deadline."),
            "anonymized_review": _(
                "The review board and proposal pages show no names, nor who has presented "
                "how often, until the decisions are announced."
            ),
        }
