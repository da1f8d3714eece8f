"""The live room's log (`LiveEvent`) is what every listener of a gathering is replayed from,
for as long as the gathering stands (`?after=0`). A person who deletes their account is no
longer named there: not as a committer with their words, nor as a presenter with their
project's title. Until 2026-12-07 the rows kept both, and any member of the network read them
back from the stream after the account was gone (tests/people/test_forget_hooks.py names
the hook)."""

from __future__ import annotations

from django.urls import reverse
from django_scopes import scopes_disabled

from collaboratory.commitments.models import LiveEvent
from collaboratory.commitments.services import commitment_window_open, presentation_start
from collaboratory.people.services import account_delete
from tests.commitments.conftest import FIRM, Room
from tests.conftest import client_for


def _replayed(room: Room) -> str:
    """Everything the gathering's stream replays from its first event, to the steward."""
    url = reverse(
        "live:events",
        kwargs={"network_slug": "alpha", "gathering_id": room.proposal.gathering_id},
    )
    response = client_for(room.steward).get(url + "?after=0&once=1")
    assert response.status_code == 200
    return response.content.decode()


def _event_ids(room: Room) -> list[int]:
    with scopes_disabled():
        return list(
            LiveEvent.objects.filter(gathering_id=room.proposal.gathering_id)
            .order_by("event_id")
            .values_list("event_id", flat=True)
        )


def test_a_deleted_committer_is_no_longer_named_in_the_rooms_log(room: Room) -> None:
    room.commit(what=FIRM)
    assert "Dana Doe" in _replayed(room)
    before = _event_ids(room)

    with scopes_disabled():
        account_delete(user=room.dana, confirm_email=room.dana.email)

    replayed = _replayed(room)
    assert "Dana Doe" not in replayed
    assert FIRM not in replayed
    # The log keeps its numbers: a listener that saw id n still has seen everything before it.
    assert _event_ids(room) == before
    assert "commitment.created" in replayed


def test_a_deleted_presenter_and_their_title_are_no_longer_named_in_the_rooms_log(
    room: Room,
) -> None:
    name, title = room.presenter.full_name, room.proposal.title
    with scopes_disabled():
        presentation_start(
            gathering=room.proposal.gathering, proposal=room.proposal, actor=room.steward
        )
        commitment_window_open(
            gathering=room.proposal.gathering, proposal=room.proposal, actor=room.steward
        )
    replayed = _replayed(room)
    assert name in replayed
    assert title in replayed
    before = _event_ids(room)

    with scopes_disabled():
        account_delete(user=room.presenter, confirm_email=room.presenter.email)

    replayed = _replayed(room)
    assert name not in replayed
    assert title not in replayed
    assert _event_ids(room) == before
