"""The phone view without JavaScript: the form posts itself, as a browser sends it, and the
answer is a page. Bad input comes back as the form, each problem beside its field and what
was typed still there; a saved commitment goes back to the form with a word that it was
saved. The script's JSON answers are in tests/commitments/test_submit.py."""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any

import pytest
from django.test import Client
from django_scopes import scopes_disabled

from collaboratory.commitments.models import Commitment
from tests.commitments.conftest import FIRM, Room, next_month
from tests.commitments.live.test_screens import url
from tests.commitments.screens_helpers import second_presenter
from tests.conftest import client_for


class FormReader(HTMLParser):
    """What a browser without script submits from the phone's form: every named input,
    checked radios and boxes only, textareas, the selected option of each select."""

    def __init__(self) -> None:
        super().__init__()
        self.fields: dict[str, str] = {}
        self.action = ""
        self._in_form = False
        self._textarea: str | None = None
        self._select: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form" and a.get("id") == "commit-form":
            self._in_form = True
            self.action = a["action"]
        if not self._in_form:
            return
        name = a.get("name")
        if tag == "input" and name:
            if a.get("type") in ("radio", "checkbox") and "checked" not in a:
                return
            self.fields[name] = a.get("value", "")
        elif tag == "textarea" and name:
            self._textarea = name
            self.fields[name] = ""
        elif tag == "select" and name:
            self._select = name
            self.fields.setdefault(name, "")
        elif tag == "option" and self._select and "selected" in a:
            self.fields[self._select] = a.get("value", "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._in_form = False
        elif tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None

    def handle_data(self, data: str) -> None:
        if self._textarea:
            self.fields[self._textarea] += data


def read_form(body: bytes) -> FormReader:
    reader = FormReader()
    reader.feed(body.decode())
    return reader


def stored(room: Room) -> list[tuple[str, int | None, str]]:
    with scopes_disabled():
        return [
            (c.what, c.ask_id, str(c.amount))
            for c in Commitment.objects.filter(proposal=room.proposal)
        ]


def fill(client: Client, room: Room, **typed: Any) -> tuple[str, dict[str, str]]:
    """Open the phone view, choose the room's ask and type into the form, as a person
    without script does; the form's action and what the browser would post."""
    form = read_form(client.get(url(room, "phone")).content)
    fields = dict(form.fields)
    fields[f"ask-{room.proposal.pk}"] = str(room.ask.pk)
    fields.update({k: str(v) for k, v in typed.items()})
    return form.action, fields


def test_bad_input_without_script_gives_back_the_form_with_each_problem_and_the_entries(
    room: Room,
) -> None:
    client = client_for(room.dana)
    action, fields = fill(
        client, room, what=FIRM, amount="lots", unit="introductions", due_on="2001-01-01"
    )

    response = client.post(action, fields)

    assert response["Content-Type"].startswith("text/html")
    assert response.status_code == 422
    form = read_form(response.content)
    page = response.content.decode()
    # Each problem beside its own field, named by the field's input.
    assert (
        '<ul class="errorlist" id="amount-errors"><li>The amount must be a number, like 5 or '
        "2.5.</li></ul>"
    ) in page
    assert (
        '<ul class="errorlist" id="due_on-errors"><li>That date has passed; choose today or a '
        "later date.</li></ul>"
    ) in page
    assert 'aria-describedby="amount-errors"' in page
    assert "Not saved yet" in page
    # What was typed is still there, the ask too, under the same submission key.
    assert {k: form.fields.get(k) for k in ("what", "amount", "unit", "due_on")} == {
        "what": FIRM,
        "amount": "lots",
        "unit": "introductions",
        "due_on": "2001-01-01",
    }
    assert form.fields[f"ask-{room.proposal.pk}"] == str(room.ask.pk)
    assert form.fields["idempotency_key"] == fields["idempotency_key"]
    assert stored(room) == []


def test_a_commitment_sent_without_script_is_saved_once_and_the_form_comes_back(
    room: Room,
) -> None:
    client = client_for(room.dana)
    action, fields = fill(
        client, room, what=FIRM, amount="3", unit="introductions", due_on=next_month()
    )

    first = client.post(action, fields, follow=True)
    again = client.post(action, fields, follow=True)  # the page re-sent after a timeout

    assert [r[1] for r in first.redirect_chain] == [302]
    assert first.redirect_chain[0][0] == url(room, "phone")
    assert "Saved: your commitment to" in first.content.decode()
    assert "Already saved: nothing was stored twice." in again.content.decode()
    assert stored(room) == [(FIRM, room.ask.pk, "3.00")]
    # The fresh form carries a fresh key, so the next commitment is a new one.
    assert read_form(first.content).fields["idempotency_key"] not in ("", fields["idempotency_key"])


def test_a_vague_text_without_script_can_be_saved_anyway_with_the_same_key(room: Room) -> None:
    client = client_for(room.dana)
    action, fields = fill(client, room, what="Happy to help, let me know", amount="", unit="")

    refused = client.post(action, fields)
    form = read_form(refused.content)
    assert refused.status_code == 422
    assert "accept_vague" in refused.content.decode()
    assert stored(room) == []

    kept = client.post(action, {**form.fields, "accept_vague": "1"})
    assert kept.status_code == 302
    assert stored(room) == [("Happy to help, let me know", room.ask.pk, "None")]


@pytest.mark.parametrize(
    "what", ["I will host\x00 you on 3 May", "I will lend our hall on Saturdays " + "x" * 1000]
)
def test_save_it_anyway_is_offered_only_for_the_guards_hint(room: Room, what: str) -> None:
    """Beside a control character or a text too long the box promised a save that ticking
    it never gave: the same refusal came back."""
    client = client_for(room.dana)
    action, fields = fill(client, room, what=what, amount="", unit="")

    refused = client.post(action, fields)

    assert refused.status_code == 422
    assert "accept_vague" not in refused.content.decode()
    assert stored(room) == []


def test_without_script_every_presenters_asks_can_be_seen_and_chosen(room: Room) -> None:
    """The script shows the chosen presenter's asks only; without it nothing would ever
    show another presenter's, so the page hides none and each group names its presenter."""
    other = second_presenter(room)
    with scopes_disabled():
        ask = other.asks.order_by("pk").first()
    assert ask is not None
    client = client_for(room.dana)
    page = client.get(url(room, "phone")).content.decode()
    assert f'data-asks-for="{other.pk}">' in page
    assert "Which of Pat Presenter's asks?" in page

    action, fields = fill(client, room, what=FIRM, amount="3", unit="introductions")
    fields.update({"proposal": str(other.pk), f"ask-{other.pk}": str(ask.pk)})
    client.post(action, fields)

    with scopes_disabled():
        saved = list(Commitment.objects.filter(proposal=other).values_list("ask_id", flat=True))
    assert saved == [ask.pk]
