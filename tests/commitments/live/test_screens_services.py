"""The live session's services: start and stop a presentation, open and close the commitment
window, set the timer. Each is for stewards and facilitators, audited, and announced to the
room as a `session.*` live event."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.commitments.live.selectors import live_session_for
from collaboratory.commitments.models import LiveEvent, LiveSession
from collaboratory.commitments.services import (
    commitment_window_close,
    commitment_window_open,
    live_session_timer_set,
    presentation_start,
    presentation_stop,
)
from collaboratory.creditclub.models import Proposal
from tests.authz.objects import proposal_pk
from tests.commitments.conftest import Room
from tests.commitments.screens_helpers import second_presenter

T0 = datetime(2030, 5, 2, 14, 0, tzinfo=UTC)
T1 = datetime(2030, 5, 2, 14, 7, tzinfo=UTC)


def events() -> list[tuple[str, dict[str, object]]]:
    with scopes_disabled():
        return [(e.kind, e.payload) for e in LiveEvent.objects.order_by("event_id")]


def test_starting_a_presentation_sets_the_clock_and_tells_the_room(room: Room) -> None:
    gathering = room.proposal.gathering
    with scopes_disabled():
        session = presentation_start(
            gathering=gathering, proposal=room.proposal, actor=room.facilitator, now=T0
        )
        audit = AuditEvent.objects.get(action="live.presentation_started")

    assert (session.current_proposal_id, session.started_at, session.stopped_at) == (
        room.proposal.pk,
        T0,
        None,
    )
    assert session.timer_minutes == 7
    assert events() == [
        (
            "session.presenter",
            {
                "proposal": room.proposal.pk,
                "presenter": room.presenter.full_name,
                "title": room.proposal.title,
                "started_at": T0.isoformat(),
                "stopped_at": None,
                "timer_minutes": 7,
                "window": None,
                "window_presenter": None,
            },
        )
    ]
    assert (audit.actor_id, audit.target_id) == (room.facilitator.pk, str(gathering.pk))


def test_stopping_keeps_the_presenter_and_stops_the_clock(room: Room) -> None:
    gathering = room.proposal.gathering
    with scopes_disabled():
        presentation_start(gathering=gathering, proposal=room.proposal, actor=room.steward, now=T0)
        session = presentation_stop(gathering=gathering, actor=room.steward, now=T1)
        again = presentation_stop(gathering=gathering, actor=room.steward)

    assert (session.current_proposal_id, session.stopped_at) == (room.proposal.pk, T1)
    assert again.stopped_at == T1
    assert [kind for kind, _payload in events()] == ["session.presenter", "session.presenter"]


def test_stopping_before_any_start_is_refused(room: Room) -> None:
    with scopes_disabled(), pytest.raises(ValidationError) as caught:
        presentation_stop(gathering=room.proposal.gathering, actor=room.steward)
    assert caught.value.messages == ["No presentation is running: start one first."]
    assert events() == []


def test_the_window_opens_and_closes_once_each(room: Room) -> None:
    gathering = room.proposal.gathering
    with scopes_disabled():
        opened = commitment_window_open(
            gathering=gathering, proposal=room.proposal, actor=room.facilitator
        )
        commitment_window_open(gathering=gathering, proposal=room.proposal, actor=room.facilitator)
        closed = commitment_window_close(gathering=gathering, actor=room.facilitator)
        commitment_window_close(gathering=gathering, actor=room.facilitator)

    assert (opened.window_proposal_id, closed.window_proposal_id) == (room.proposal.pk, None)
    assert [(k, p["window"], p["window_presenter"]) for k, p in events()] == [
        ("session.window", room.proposal.pk, room.presenter.full_name),
        ("session.window", None, None),
    ]


def test_the_timer_takes_five_to_seven_minutes(room: Room) -> None:
    gathering = room.proposal.gathering
    with scopes_disabled():
        session = live_session_timer_set(gathering=gathering, minutes="5", actor=room.steward)
        for bad in ("4", "8", "seven", ""):
            with pytest.raises(ValidationError) as caught:
                live_session_timer_set(gathering=gathering, minutes=bad, actor=room.steward)
            assert caught.value.message_dict == {
                "minutes": ["The timer runs 5 to 7 minutes; choose one of those."]
            }
        stored = LiveSession.objects.get(gathering=gathering)
    assert (session.timer_minutes, stored.timer_minutes) == (5, 5)


def test_a_member_cannot_run_the_room(room: Room) -> None:
    gathering = room.proposal.gathering
    with scopes_disabled():
        for change in (
            lambda: presentation_start(
                gathering=gathering, proposal=room.proposal, actor=room.dana
            ),
            lambda: commitment_window_open(
                gathering=gathering, proposal=room.proposal, actor=room.dana
            ),
            lambda: live_session_timer_set(gathering=gathering, minutes=6, actor=room.dana),
        ):
            with pytest.raises(PermissionDenied):
                change()
        assert LiveSession.objects.count() == 0
    assert events() == []


def test_another_gatherings_presenter_cannot_take_the_floor(room: Room) -> None:
    with scopes_disabled():
        youth_proposal = Proposal.objects.get(pk=proposal_pk(room.world, "youth"))
        with pytest.raises(ValidationError) as caught:
            presentation_start(
                gathering=room.proposal.gathering, proposal=youth_proposal, actor=room.steward
            )
    assert list(caught.value.message_dict) == ["proposal"]
    assert events() == []


def test_a_new_presenter_closes_the_previous_window(room: Room) -> None:
    """One set of hands at a time: the window of the presenter before closes."""
    gathering = room.proposal.gathering
    with scopes_disabled():
        commitment_window_open(gathering=gathering, proposal=room.proposal, actor=room.steward)
        session = live_session_for(gathering=gathering)
        assert session.window_proposal_id == room.proposal.pk
        # The same presenter starting keeps the window open.
        session = presentation_start(
            gathering=gathering, proposal=room.proposal, actor=room.steward
        )
    assert session.window_proposal_id == room.proposal.pk
    assert [kind for kind, _p in events()] == ["session.window", "session.presenter"]

    pat = second_presenter(room)
    with scopes_disabled():
        session = presentation_start(gathering=gathering, proposal=pat, actor=room.steward)
    assert (session.current_proposal_id, session.window_proposal_id) == (pat.pk, None)
    assert [(kind, p["proposal"], p["window"]) for kind, p in events()][2:] == [
        ("session.presenter", pat.pk, None),
        ("session.window", pat.pk, None),
    ]


def test_start_pressed_again_for_the_presenter_on_stage_keeps_their_clock(room: Room) -> None:
    """A double tap on Start, or a press mid-talk, restarted the presenter's seven minutes
    and told the room so; Stop, then Start, still restarts on purpose."""
    gathering = room.proposal.gathering
    with scopes_disabled():
        presentation_start(gathering=gathering, proposal=room.proposal, actor=room.steward, now=T0)
        again = presentation_start(
            gathering=gathering, proposal=room.proposal, actor=room.facilitator, now=T1
        )
        presentation_stop(gathering=gathering, actor=room.steward, now=T1)
        restarted = presentation_start(
            gathering=gathering, proposal=room.proposal, actor=room.steward, now=T1
        )

    assert (again.started_at, again.stopped_at) == (T0, None)
    assert (restarted.started_at, restarted.stopped_at) == (T1, None)
    assert [kind for kind, _payload in events()] == ["session.presenter"] * 3
