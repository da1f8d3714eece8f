"""The console redraws its commitments (`?fragment=commitments`) when the gathering's stream
says something changed (live.js). A youth member's money commitment waiting for the
guardian recorded no event, nor did a guardian's refusal: until 2026-12-07 the console
showed the waiting money, and its leaving the list, only after a reload. Now each records
an empty `console.changed` event: the console redraws; the board and the phones, which hear
the same stream, learn nothing of who offered what."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path
from typing import Any

from django.core import mail
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.commitments.services import commitment_guardian_decide
from collaboratory.commitments.services.guardian import commitment_adult_decide
from collaboratory.networks.models import Membership
from tests.authz.objects import shared_gathering
from tests.commitments.live.test_live_stream import parse
from tests.commitments.test_guardian_approval import LINK, money_offered
from tests.conftest import World, client_for

WHAT = "I will give $40 from our car wash by June 1"
LIVE_JS = (
    Path(__file__).resolve().parents[3] / "src/collaboratory/commitments/static/commitments/live.js"
)


def _url(world: World, name: str) -> str:
    return reverse(
        f"live:{name}",
        kwargs={
            "network_slug": world.alpha.slug,
            "gathering_id": shared_gathering(world)["gathering"],
        },
    )


def _after(page: str) -> int:
    """The last event id the console was rendered with: its script asks for what follows."""
    found = re.search(r'data-after="(\d+)"', page)
    assert found is not None
    return int(found.group(1))


def _heard_after(world: World, after: int) -> list[dict[str, str]]:
    """What the console's script (and the board, and every phone) hears after `after`."""
    member = client_for(world.personas["member"])
    return parse(member.get(_url(world, "events") + f"?once=1&after={after}").content)


def _waiting(world: World) -> str:
    """The console's redrawn commitments, as its script fetches them after an event."""
    fragment = client_for(world.personas["steward"]).get(
        _url(world, "console") + "?fragment=commitments"
    )
    assert fragment.status_code == 200
    html = fragment.content.decode()
    return (
        html.split('class="console-awaiting"', 1)[1] if 'class="console-awaiting"' in html else ""
    )


def _token() -> str:
    to_guardian = [m for m in mail.outbox if m.to == ["guardian@alpha.example"]]
    match = LINK.search(to_guardian[-1].body)
    assert match is not None
    return match.group(1)


def test_waiting_money_reaches_the_open_console_live_and_leaves_it_when_approved(
    world: World, django_capture_on_commit_callbacks: Any
) -> None:
    mail.outbox.clear()
    steward = client_for(world.personas["steward"])
    after = _after(steward.get(_url(world, "console")).content.decode())

    money_offered(world, django_capture_on_commit_callbacks)

    heard = _heard_after(world, after)
    assert [(f["event"], f["data"]) for f in heard] == [("console.changed", "{}")]
    assert WHAT in _waiting(world)

    with django_capture_on_commit_callbacks(execute=True):
        commitment_guardian_decide(token=_token(), approve=True)

    approved = _heard_after(world, int(heard[-1]["id"]))
    fragment = steward.get(_url(world, "console") + "?fragment=commitments").content.decode()
    assert [f["event"] for f in approved] == ["commitment.created"]
    assert WHAT not in _waiting(world)
    assert WHAT in fragment
    assert "1 commitment on the board." in fragment


def test_a_refusal_takes_the_money_off_the_console_live(
    world: World, django_capture_on_commit_callbacks: Any
) -> None:
    mail.outbox.clear()
    money_offered(world, django_capture_on_commit_callbacks)
    steward = client_for(world.personas["steward"])
    after = _after(steward.get(_url(world, "console")).content.decode())
    assert WHAT in _waiting(world)

    with django_capture_on_commit_callbacks(execute=True):
        commitment_guardian_decide(token=_token(), approve=False)

    heard = _heard_after(world, after)
    assert [(f["event"], f["data"]) for f in heard] == [("console.changed", "{}")]
    assert WHAT not in _waiting(world)


def test_a_withdrawal_at_18_takes_the_money_off_the_console_live(
    world: World, django_capture_on_commit_callbacks: Any
) -> None:
    made = money_offered(world, django_capture_on_commit_callbacks)
    steward = client_for(world.personas["steward"])
    after = _after(steward.get(_url(world, "console")).content.decode())
    with scopes_disabled():  # the youth has turned 18 since: the guardians' say ended
        Membership.objects.filter(user=made.committer).update(
            born_on=timezone.localdate().replace(year=timezone.localdate().year - 19)
        )
        made.committer.refresh_from_db()

    with django_capture_on_commit_callbacks(execute=True), scopes_disabled():
        commitment_adult_decide(
            commitment=made,
            user=made.committer,
            keep=False,
            now=timezone.now() + timedelta(seconds=1),
        )

    heard = _heard_after(world, after)
    assert [(f["event"], f["data"]) for f in heard] == [("console.changed", "{}")]
    assert WHAT not in _waiting(world)


def test_the_console_script_redraws_on_the_console_event() -> None:
    """live.js listens for the kinds it names: an unnamed kind reaches no page."""
    kinds = re.search(r"var KINDS = \[([^\]]*)\]", LIVE_JS.read_text())
    assert kinds is not None
    assert '"console.changed"' in kinds.group(1)
