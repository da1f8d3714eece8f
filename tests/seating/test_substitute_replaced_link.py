"""A substitute's table page (the pass page loads it; without JavaScript it is a page of
its own) answered a replaced pass link, and a pass that stopped, with a bare 404, where the
pass page says "replaced by a newer link" or "this pass no longer works" (410). Now it
answers as the pass page does, through the same helper: the same 410 pages, and for the
fragment the pass page loads, an empty 410 that has htmx reload the page (`HX-Refresh`),
which then shows the pass page's own 410 (htmx swaps no 4xx, and would say "the server had
a problem"). A made-up link is still not found."""

from __future__ import annotations

import re
import secrets

from django.core import mail
from django.test import Client, TestCase
from django.utils import timezone

from collaboratory.gatherings.models import Substitution
from collaboratory.gatherings.services import substitution_pass_resend, substitution_revoke
from collaboratory.gatherings.services.substitutes import substitute_pass_given_up
from collaboratory.seating.services import plan_generate, plan_publish
from tests.seating.conftest import Room
from tests.seating.test_substitutes import substitute_with_pass

PASS_LINK = re.compile(r"/gatherings/pass/key/(?P<token>[^/\s]+)/")
REPLACED = "This pass link was replaced by a newer one, sent by email."
WITHDRAWN = "The network's stewards have withdrawn this pass for"
MAIN = re.compile(r"<main\b.*?</main>", re.S)


def _sent_again(room: Room, substitution: Substitution) -> str:
    """The pass email given up, and a steward sends the pass again: its new link."""
    assert substitute_pass_given_up(room.network, str(substitution.pk), timezone.now())
    substitution.refresh_from_db()
    mail.outbox.clear()
    with TestCase.captureOnCommitCallbacks(execute=True):
        assert substitution_pass_resend(
            substitution=substitution,
            actor=room.steward,
            undelivered_at=substitution.pass_undelivered_at,
        )
    [sent] = mail.outbox
    found = PASS_LINK.search(sent.body)
    assert found is not None
    return found["token"]


def _answers(token: str) -> tuple[tuple[int, str], tuple[int, str], tuple[int, str, str]]:
    """The pass page's and the table page's status and own part, and the fragment's status,
    body and HX-Refresh header."""
    client = Client()
    pages = []
    for url in (f"/gatherings/pass/key/{token}/", f"/seating/pass/key/{token}/"):
        response = client.get(url)
        assert response["Referrer-Policy"] == "no-referrer"
        found = MAIN.search(response.content.decode())
        pages.append((response.status_code, found[0] if found else ""))
    fragment = client.get(f"/seating/pass/key/{token}/", headers={"HX-Request": "true"})
    assert fragment["Referrer-Policy"] == "no-referrer"
    return (
        pages[0],
        pages[1],
        (fragment.status_code, fragment.content.decode(), fragment.get("HX-Refresh", "")),
    )


def test_the_table_answers_a_replaced_or_stopped_link_as_the_pass_page_does(room: Room) -> None:
    """Failed on the old code: the table answered 404 to each."""
    plan_publish(
        plan=plan_generate(
            gathering=room.gathering,
            agenda_item=None,
            rounds=1,
            table_sizes=[6, 6],
            actor=room.steward,
            time_limit=0.2,
        ),
        actor=room.steward,
    )
    substitution, old = substitute_with_pass(room)
    new = _sent_again(room, substitution)

    # The new link opens the table; the old one says it was replaced, naming no one.
    table = Client().get(f"/seating/pass/key/{new}/", headers={"HX-Request": "true"})
    assert table.status_code == 200
    assert "Your table" in table.content.decode()
    pass_page, table_page, fragment = _answers(old)
    assert pass_page[0] == table_page[0] == 410
    assert REPLACED in table_page[1]
    assert table_page == pass_page
    assert "Sam" not in table_page[1]
    assert fragment == (410, "", "true")

    with TestCase.captureOnCommitCallbacks(execute=True):
        assert substitution_revoke(substitution=substitution, actor=room.steward)

    # Withdrawn: the old link and the current one alike say so, on both pages.
    for token in (old, new):
        pass_page, table_page, fragment = _answers(token)
        assert table_page == pass_page
        assert table_page[0] == 410
        assert WITHDRAWN in table_page[1]
        assert REPLACED not in table_page[1]
        assert fragment == (410, "", "true")

    # A made-up link is still not found, as a page and as a fragment.
    made_up = f"{substitution.pk}.{secrets.token_urlsafe(32)}"
    client = Client()
    assert client.get(f"/seating/pass/key/{made_up}/").status_code == 404
    fragment_404 = client.get(f"/seating/pass/key/{made_up}/", headers={"HX-Request": "true"})
    assert fragment_404.status_code == 404
    assert "HX-Refresh" not in fragment_404
