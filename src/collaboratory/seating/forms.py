"""Forms of seating: they parse what stewards type; the services decide."""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from collaboratory.creditclub.selectors import minor_name
from collaboratory.gatherings.models import AgendaItem
from collaboratory.networks.models import Network
from collaboratory.people.models import User
from collaboratory.seating.messages import tables_for
from collaboratory.seating.models import PairKind
from collaboratory.seating.selectors import rule_guests, rule_people
from collaboratory.seating.services import MAX_ROUNDS, MAX_TABLE_SIZE, MAX_TABLES
from collaboratory.validators import one_line

WHOLE_GATHERING = "whole"


def table_sizes_parse(text: str) -> list[int]:
    """ "8, 8, 6" or "6x8" (six tables of eight) or a mix: "4x8, 6"."""
    sizes: list[int] = []
    # "7 x 8" is "7x8": spaces around the x are not a separator.
    text = re.sub(r"\s*([x*\u00d7])\s*", r"\1", text.strip(), flags=re.I)
    for raw in re.split(r"[,;\s]+", text):
        if not raw:
            continue
        # Three digits, so "100" or "120x8" is told the limit it passes, not that it is
        # written wrongly; few enough that no count builds a huge list before the check.
        match = re.fullmatch(r"(?:([0-9]{1,3})[x*\u00d7])?([0-9]{1,3})", raw, flags=re.I)
        if match is None:
            raise forms.ValidationError(
                _(
                    "“%(value)s” is not a table size: write the seats of each table separated "
                    "by commas (8, 8, 6), or tables x seats (6x8)."
                ),
                params={"value": raw[:20]},
            )
        count = int(match.group(1) or 1)
        if len(sizes) + count > MAX_TABLES:
            raise forms.ValidationError(_("At most %(max)d tables."), params={"max": MAX_TABLES})
        sizes.extend([int(match.group(2))] * count)
    if not sizes:
        raise forms.ValidationError(_("Give the seats of at least one table, like 6x8."))
    return sizes


def suggested_sizes(people: int, size: int = 8, *, rounds: int = 1) -> str:
    """Tables of `size` for `people`, as the form's starting value. For two rounds or more,
    smaller tables, down to 4 seats, until there are as many tables as people at one (seated
    evenly): the people of a table can then all sit apart in the next round, where with
    fewer tables some pairs must sit together again (33 at 5 tables of 8 over 2 rounds: at
    least 8 pairs; at 6 x 6 none)."""
    if rounds > 1:
        while size > 4 and (tables := max(1, -(-people // size))) < -(-people // tables):
            size -= 1
    return tables_for(people, size)


def _session_label(item: AgendaItem) -> str:
    """The agenda item's title, with its kind unless the title already says it: "Small
    groups (Small groups)" read as a mistake."""
    return f"{item.label} ({item.kind_note})" if item.kind_note else item.label


class GenerateForm(forms.Form):
    # A session gone from the agenda since the page was drawn (another steward edited it):
    # said in words, not with its id ("99 is not one of the available choices").
    session = forms.ChoiceField(
        label=_("Session"),
        error_messages={
            "invalid_choice": _(
                "This session is no longer on the gathering's agenda (it changed after this "
                "page was drawn): choose the session again."
            )
        },
    )
    rounds = forms.IntegerField(
        label=_("Rounds"),
        min_value=1,
        max_value=MAX_ROUNDS,
        initial=1,
        help_text=_("How many times people change tables in this session."),
    )
    table_sizes = forms.CharField(
        label=_("Tables"),
        max_length=300,
        validators=one_line(_("the tables")),
        help_text=_("Seats per table: 8, 8, 6 or 6x8 (six tables of eight)."),
    )

    # One per form shown: a replayed POST carries the same token and makes no second plan.
    # Required: a POST without it could not be told from its replay, so it makes nothing.
    token = forms.UUIDField(
        widget=forms.HiddenInput,
        validators=one_line(_("the form's token")),
        error_messages={
            "required": _(
                "This form came without its one-time token, so no plan was made: press "
                "Generate again."
            ),
            "invalid": _(
                "This form's one-time token is not valid, so no plan was made: press "
                "Generate again."
            ),
        },
    )

    def __init__(
        self, *args: Any, sessions: list[AgendaItem], people: int = 0, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fields["token"].initial = uuid.uuid4
        several = suggested_sizes(people, rounds=2)
        if people and several != suggested_sizes(people):
            hint = _(
                "For two rounds or more, %(tables)s lets the people of each table all sit "
                "apart in the next round."
            ) % {"tables": several}
            self.fields["table_sizes"].help_text = f"{self.fields['table_sizes'].help_text} {hint}"
        self.sessions = {str(item.pk): item for item in sessions}
        session = self.fields["session"]
        if isinstance(session, forms.ChoiceField):
            session.choices = [
                *[(key, _session_label(item)) for key, item in self.sessions.items()],
                (WHOLE_GATHERING, _("The whole gathering")),
            ]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if self.has_error("token"):
            # The form sent back carries a fresh token, so Generate works from it at once.
            # (One value a field: a QueryDict's item is its last value.)
            self.data = {**{name: self.data[name] for name in self.data}, "token": uuid.uuid4()}
        return data

    def clean_table_sizes(self) -> list[int]:
        sizes = table_sizes_parse(self.cleaned_data["table_sizes"])
        if any(not 2 <= size <= MAX_TABLE_SIZE for size in sizes):
            raise forms.ValidationError(
                _("Each table seats between 2 and %(max)d people."),
                params={"max": MAX_TABLE_SIZE},
            )
        return sizes

    def agenda_item(self) -> AgendaItem | None:
        return self.sessions.get(self.cleaned_data["session"])


class MoveForm(forms.Form):
    """Round and table as people read them (from 1); the service counts from 0. People are
    chosen by their seating key (a person's or an approved substitute's)."""

    # A choice not in the plan comes from a page drawn before that person left it (their
    # substitute took the seat): said in words, not with the solver's key for them.
    person = forms.ChoiceField(
        label=_("Person"),
        error_messages={
            "invalid_choice": _(
                "This person is no longer seated in this plan (the page you moved them on "
                "was out of date)."
            )
        },
    )
    round = forms.IntegerField(label=_("Round"), min_value=1, max_value=MAX_ROUNDS, initial=1)
    table = forms.IntegerField(label=_("To table"), min_value=1, max_value=MAX_TABLES)
    swap_with = forms.ChoiceField(
        label=_("Swap with (optional)"),
        required=False,
        error_messages={
            "invalid_choice": _(
                "The person to swap with is no longer seated in this plan (the page was out "
                "of date)."
            )
        },
    )

    def __init__(
        self, *args: Any, people: dict[str, str], rounds: int, tables: int, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        # The number fields stop at the plan's last round and table (the arrow keys walked
        # on to 8 and 60); the service still says which range a value sent is outside.
        self.fields["round"].widget.attrs["max"] = rounds
        self.fields["table"].widget.attrs["max"] = tables
        choices = list(people.items())
        for name, empty in (
            ("person", _("Choose a person")),
            ("swap_with", _("Nobody: just move")),
        ):
            field = self.fields[name]
            if isinstance(field, forms.ChoiceField):
                field.choices = [("", empty), *choices]


class LockForm(forms.Form):
    round = forms.IntegerField(label=_("Round"), min_value=1, max_value=MAX_ROUNDS)
    table = forms.IntegerField(label=_("Table"), min_value=1, max_value=MAX_TABLES)
    locked = forms.TypedChoiceField(
        label=_("Table lock"),
        choices=[("1", _("Lock")), ("0", _("Unlock"))],
        coerce=lambda v: v == "1",
        error_messages={
            "required": _("Choose lock or unlock."),
            "invalid_choice": _("Choose lock or unlock."),
        },
    )


class MemberChoice(forms.ModelChoiceField):
    # Youth guests (of a cohort under the network), by id with their cohort's name: tagged,
    # so the steward knows, and named by first name only (`minor_name`).
    guests: Mapping[int, str] = {}

    def label_from_instance(self, obj: Any) -> str:
        if obj.pk in self.guests:
            return str(
                _("%(name)s (youth guest, %(cohort)s)")
                % {"name": minor_name(obj.full_name), "cohort": self.guests[obj.pk]}
            )
        return str(obj.full_name)


class PairForm(forms.Form):
    kind = forms.ChoiceField(label=_("Rule"), choices=PairKind.choices)
    first = MemberChoice(label=_("Person"), queryset=User.objects.none())
    second = MemberChoice(label=_("and"), queryset=User.objects.none())
    reason = forms.CharField(
        label=_("Reason (only stewards see it)"),
        max_length=300,
        required=False,
        validators=one_line(_("the reason")),
    )

    def __init__(self, *args: Any, network: Network, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        people = rule_people(network=network, coming_only=True)
        guests = rule_guests(network=network)
        for name in ("first", "second"):
            self.fields[name].queryset = people  # type: ignore[attr-defined]
            self.fields[name].guests = guests  # type: ignore[attr-defined]
            self.fields[name].error_messages["invalid_choice"] = _(
                "Choose a member of this network from the list."
            )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("first") is not None and data.get("first") == data.get("second"):
            self.add_error("second", _("Choose two different people."))
        return data
