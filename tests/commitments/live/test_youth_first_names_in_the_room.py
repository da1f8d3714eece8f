"""The whole room reads the board and hears the gathering's stream (the board, every phone):
a young person is named there by first name only, as the gratitude roll call on the same
board names them (`minor_name`). Until 2026-12-07 a youth guest's full name stood on the
big screen beside their commitment, as the presenter on stage, and in every frame of the
stream and its replay. The console, the steward's and facilitator's view, keeps the full
name to find the person (and no contact detail)."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta
from typing import Any

from asgiref.sync import sync_to_async
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.commitments.live.events import KIND_CREATED, live_event_record
from collaboratory.commitments.live.selectors import live_last_event_id
from collaboratory.commitments.models import Commitment
from collaboratory.commitments.services import (
    commitment_create,
    commitment_window_open,
    presentation_start,
)
from collaboratory.creditclub.models import Proposal
from collaboratory.gatherings.models import Attendance, Gathering
from collaboratory.gatherings.services import attendance_bulk_record
from collaboratory.people.models import User
from tests.authz.objects import shared_gathering
from tests.commitments.live.test_live_stream import _run, async_client_for, next_chunk, parse
from tests.conftest import World, client_for

FULL = "Sam Youngblood"
WHAT = "I will introduce you to 2 youth groups by June 1"


def _youth(world: World) -> User:
    """The youth guest of Alpha's shared gathering, under a name whose family part shows."""
    youth = world.personas["youth_member"]
    assert youth is not None
    User.objects.filter(pk=youth.pk).update(full_name=FULL, email="sam@private.example")
    youth.refresh_from_db()
    return youth


def _url(world: World, name: str, **extra: Any) -> str:
    gathering = shared_gathering(world)["gathering"]
    return reverse(
        f"live:{name}",
        kwargs={"network_slug": world.alpha.slug, "gathering_id": gathering, **extra},
    )


def _commit(world: World, youth: User) -> None:
    """The youth guest, checked in, commits to the member's project (on stage)."""
    shared = shared_gathering(world)
    with scopes_disabled():
        gathering = Gathering.objects.get(pk=shared["gathering"])
        attendance_bulk_record(
            network=world.alpha,
            entries=[(gathering.parts.get().pk, youth.pk)],
            source=Attendance.Source.DOOR_LIST,
        )
        commitment_create(
            proposal=Proposal.objects.get(pk=shared["proposal"]),
            ask=None,
            committer=youth,
            entered_by=youth,
            what=WHAT,
            capital="social",
            amount="2",
            unit="introductions",
            due_on=timezone.localdate() + timedelta(days=30),
            idempotency_key=uuid.uuid4(),
        )


def _on_stage(world: World) -> None:
    """The steward puts the youth guest's Power Project on stage and opens commitments."""
    shared = shared_gathering(world)
    steward = world.personas["steward"]
    assert steward is not None
    with scopes_disabled():
        gathering = Gathering.objects.get(pk=shared["gathering"])
        power = Proposal.objects.get(pk=shared["power_project"])
        presentation_start(gathering=gathering, proposal=power, actor=steward)
        commitment_window_open(gathering=gathering, proposal=power, actor=steward)


def test_the_board_names_a_young_committer_by_first_name_the_console_in_full(
    world: World,
) -> None:
    youth = _youth(world)
    _commit(world, youth)
    member = client_for(world.personas["member"])

    board = member.get(_url(world, "board")).content.decode()
    fragment = member.get(_url(world, "board") + "?fragment=body").content.decode()
    console = client_for(world.personas["steward"]).get(_url(world, "console")).content.decode()

    for page in (board, fragment):
        assert WHAT in page
        assert "<strong>Sam</strong>" in page
        assert "Youngblood" not in page
    # Who runs the room finds the person by their full name; no contact detail either way.
    assert f"<strong>{FULL}</strong>" in console
    assert "sam@private.example" not in board + console


def test_the_board_names_a_young_presenter_by_first_name(world: World) -> None:
    _youth(world)
    _on_stage(world)

    board = client_for(world.personas["member"]).get(_url(world, "board")).content.decode()

    assert '<h1 class="board-presenter">Sam</h1>' in board
    assert "Youngblood" not in board


def test_the_stream_and_its_replay_name_the_young_person_by_first_name(world: World) -> None:
    youth = _youth(world)
    _commit(world, youth)
    _on_stage(world)

    body = client_for(world.personas["member"]).get(_url(world, "events") + "?once=1")

    frames = parse(body.content)
    made = [json.loads(f["data"]) for f in frames if f["event"] == "commitment.created"]
    stage = [
        json.loads(f["data"])
        for f in frames
        if f["event"] in ("session.presenter", "session.window")
    ]
    assert [m["committer"] for m in made] == ["Sam"]
    # The member's project was on stage first; then the youth guest's, and hands up for it.
    assert (stage[-1]["presenter"], stage[-1]["window_presenter"]) == ("Sam", "Sam")
    assert "Youngblood" not in body.content.decode()
    assert "sam@private.example" not in body.content.decode()


def test_a_live_frame_names_the_young_committer_by_first_name(
    world: World, django_capture_on_commit_callbacks: Any
) -> None:
    youth = _youth(world)
    client = async_client_for(world.personas["member"])

    def commit_and_publish() -> None:
        with django_capture_on_commit_callbacks(execute=True):
            _commit(world, youth)

    async def body() -> list[dict[str, str]]:
        # Opened after the events of setting up the gathering: what comes now is live.
        last = await sync_to_async(_last_event_id)(world)
        response = await client.get(_url(world, "events"), headers={"Last-Event-ID": str(last)})
        stream = aiter(response.streaming_content)
        received = [await next_chunk(stream)]  # the retry hint
        await sync_to_async(commit_and_publish)()
        received.append(await next_chunk(stream))
        await stream.aclose()  # type: ignore[attr-defined]
        return parse(b"".join(received))

    frames = _run(body)

    assert [f["event"] for f in frames] == ["commitment.created"]
    assert json.loads(frames[0]["data"])["committer"] == "Sam"
    assert "Youngblood" not in frames[0]["data"]


def _last_event_id(world: World) -> int:
    with scopes_disabled():
        return live_last_event_id(gathering=shared_gathering(world)["gathering"])


def test_an_announcement_recorded_with_the_full_name_is_replayed_with_the_first(
    world: World,
) -> None:
    """Rows recorded before the payloads named young people by first name (the log stands as
    long as the gathering) are replayed under the same rule."""
    youth = _youth(world)
    _commit(world, youth)
    with scopes_disabled():
        gathering = Gathering.objects.get(pk=shared_gathering(world)["gathering"])
        commitment = Commitment.objects.get(committer=youth)
        # As the earlier code recorded it: the full name in the payload.
        live_event_record(
            network=world.alpha,
            gathering=gathering,
            kind=KIND_CREATED,
            payload={"commitment": commitment.pk, "committer": FULL, "what": WHAT},
        )

    body = client_for(world.personas["member"]).get(_url(world, "events") + "?once=1")

    assert "Youngblood" not in body.content.decode()
    assert body.content.decode().count('"committer":"Sam"') == 2


def test_the_phone_names_a_young_presenter_by_first_name(world: World) -> None:
    _youth(world)
    _on_stage(world)
    steward = world.personas["steward"]

    phone = client_for(steward).get(_url(world, "phone")).content.decode()

    assert 'data-presenter="Sam"' in phone
    assert "Commitments are open for Sam." in phone
    assert "Youngblood" not in phone
