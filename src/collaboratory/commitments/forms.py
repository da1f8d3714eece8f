"""One parser for a commitment as people enter it: the phone's submission (`views.submit`,
JSON or a form) and the scribe's entry on the console (`live.screens`). Both name the
presenter, the ask (or "general"), the person and the date the same way, so they are parsed
here once; the service (`commitment_create`) then checks everything else (capital, amount,
unit, the guard). Each problem raises a ValidationError keyed by its field, the first one
found, and the messages are the ones each screen has always shown: the phone may leave the
person empty (themself) and picks from lists, the scribe searches for a person by name.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from collaboratory.commitments.live.selectors import room_ask, room_person, room_proposal
from collaboratory.creditclub.models import Ask, Proposal
from collaboratory.gatherings.models import Gathering
from collaboratory.networks.params import parse_id
from collaboratory.people.models import User
from collaboratory.plaintext import fold_lines
from collaboratory.validators import check_text

# The fields an entry is made of, as the phone's script and the console's form name them.
ENTRY_FIELDS = (
    "proposal",
    "ask",
    "committer",
    "capital",
    "what",
    "amount",
    "unit",
    "due_on",
    "idempotency_key",
    "accept_vague",
)
GENERAL = ("", "general")
TRUE = ("1", "true", "on")


@dataclass(frozen=True)
class CommitmentEntry:
    """An entry whose presenter, ask, person and date are known; the rest is checked by the
    service."""

    proposal: Proposal
    ask: Ask | None
    committer: User
    what: str
    capital: str
    amount: str | None
    unit: str
    due_on: date | None
    idempotency_key: str
    accept_vague: bool

    def create_kwargs(self) -> dict[str, Any]:
        """The keyword arguments of `commitment_create` this entry fills."""
        return {
            "proposal": self.proposal,
            "ask": self.ask,
            "committer": self.committer,
            "what": self.what,
            "capital": self.capital,
            "amount": self.amount,
            "unit": self.unit,
            "due_on": self.due_on,
            "idempotency_key": self.idempotency_key,
            "accept_vague": self.accept_vague,
        }


class MalformedEntry(ValidationError):
    """A JSON value of the wrong type: the client's mistake, answered 400 (a wrong entry is
    422, with what to fix)."""


def entry_data(request: HttpRequest) -> Mapping[str, str]:
    """The posted fields as strings, from a JSON body (the phone's script) or an ordinary
    form (the phone without JavaScript, the console). In JSON, `accept_vague` is a boolean
    (absent is false); anything else raises `MalformedEntry`."""
    if request.content_type == "application/json":
        try:
            body = json.loads(request.body or b"{}")
        except (ValueError, UnicodeDecodeError):
            raise ValidationError({"__all__": [_("The request body is not valid JSON.")]}) from None
        if not isinstance(body, dict):
            raise ValidationError({"__all__": [_("Send the fields as a JSON object.")]})
        vague = body.pop("accept_vague", False)
        if not isinstance(vague, bool):
            # Saving a vague commitment is a choice made on purpose: only JSON's true says so.
            raise MalformedEntry({"accept_vague": [_("Send accept_vague as true or false.")]})
        fields = {k: "" if body.get(k) is None else str(body.get(k)) for k in ENTRY_FIELDS}
        return {**fields, "accept_vague": "1" if vague else ""}
    data = request.POST
    return {k: data.get(k, "") for k in ENTRY_FIELDS}


def _error(field: str, message: str) -> ValidationError:
    return ValidationError({field: [message]})


def _due_on(raw: str) -> date | None:
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise _error("due_on", _("Give the date as YYYY-MM-DD.")) from None


def commitment_entry_parse(
    data: Mapping[str, str], *, gathering: Gathering, entered_by: User, scribe: bool
) -> CommitmentEntry:
    """Parse one entry made in `gathering`'s room by `entered_by`: from their own phone
    (`scribe=False`: an empty person is themself) or on the console for someone else
    (`scribe=True`: the person is required)."""
    # Typed in a text area (return is natural on a phone): line breaks and tabs become
    # spaces, so the commitment stays one line; other control characters are refused.
    what = fold_lines(data.get("what", "")).strip()
    check_text(what, field="what", what=gettext_lazy("the commitment"))

    raw = data.get("proposal", "")
    proposal = room_proposal(gathering=gathering, proposal_id=parse_id(raw))
    if proposal is None:
        if scribe:
            raise _error("proposal", _("Choose a presenter from this gathering's run of show."))
        if raw in GENERAL:
            raise _error("proposal", _("Choose the presenter you are committing to."))
        if parse_id(raw) is None:
            raise _error("proposal", _("Choose one from the list."))
        raise _error("proposal", _("That presenter is not on this gathering's list."))

    raw = data.get("ask", "")
    ask = None
    if raw not in GENERAL:
        if not scribe and parse_id(raw) is None:
            raise _error("ask", _("Choose one from the list."))
        ask = room_ask(proposal=proposal, ask_id=parse_id(raw))
        if ask is None:
            raise _error("ask", _("Choose one of this presenter's asks or 'general'."))

    raw = data.get("committer", "")
    committer: User | None
    if scribe:
        committer = room_person(gathering=gathering, user_id=parse_id(raw))
        if committer is None:
            raise _error(
                "committer", _("Search for the person by name and choose them from the list.")
            )
    elif raw in GENERAL:
        committer = entered_by
    elif parse_id(raw) is None:
        raise _error("committer", _("Choose one from the list."))
    elif parse_id(raw) == entered_by.pk:
        committer = entered_by
    else:
        committer = room_person(gathering=gathering, user_id=parse_id(raw))
        if committer is None:
            raise _error("committer", _("Choose the person from the list."))

    return CommitmentEntry(
        proposal=proposal,
        ask=ask,
        committer=committer,
        what=what,
        capital=data.get("capital", ""),
        amount=data.get("amount") or None,
        unit=data.get("unit", ""),
        due_on=_due_on(data.get("due_on", "")),
        idempotency_key=data.get("idempotency_key", ""),
        accept_vague=data.get("accept_vague", "") in TRUE,
    )
