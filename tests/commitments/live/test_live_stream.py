"""The live stream: replay after reconnect, live events after commit, heartbeats, catching
up on events this process never heard of, and who may listen. The async view is driven with
Django's AsyncClient, reading the streaming response chunk by chunk."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest
from asgiref.sync import async_to_sync, sync_to_async
from django.test import AsyncClient
from django.urls import reverse
from django_scopes import scopes_disabled

from collaboratory.commitments.live import stream
from collaboratory.commitments.live.broadcaster import broadcaster
from collaboratory.commitments.services import commitment_hide
from collaboratory.networks.models import Membership, MembershipStatus
from collaboratory.networks.services import membership_status_override
from collaboratory.people.models import User
from tests.authz.objects import proposal_pk
from tests.commitments.conftest import Room
from tests.conftest import client_for


def events_url(room: Room, network_key: str = "alpha") -> str:
    world = room.world
    return reverse(
        "live:events",
        kwargs={
            "network_slug": world.network(network_key).slug,
            "gathering_id": world.gatherings[network_key].pk,
        },
    )


def parse(body: bytes) -> list[dict[str, str]]:
    """SSE frames as dicts of their fields; comments and the retry hint are left out."""
    frames = []
    for block in body.decode().split("\n\n"):
        fields = dict(
            line.split(": ", 1) for line in block.splitlines() if line and ":" in line[1:]
        )
        if "data" in fields:
            frames.append(fields)
    return frames


def async_client_for(user: User) -> AsyncClient:
    client = AsyncClient()
    client.force_login(user, backend="allauth.account.auth_backends.AuthenticationBackend")
    return client


async def next_chunk(stream: AsyncIterator[bytes]) -> bytes:
    return await asyncio.wait_for(anext(stream), timeout=5)


def test_once_replays_the_missed_events_and_ends(room: Room) -> None:
    room.commit(what="I will host you on May 3 for 40 people", amount="40", unit="people")
    room.commit()
    client = client_for(room.presenter)

    everything = client.get(events_url(room) + "?once=1")
    missed = client.get(events_url(room) + "?once=1", headers={"Last-Event-ID": "1"})

    assert everything["Content-Type"] == "text/event-stream"
    assert [(f["id"], f["event"]) for f in parse(everything.content)] == [
        ("1", "commitment.created"),
        ("2", "commitment.created"),
    ]
    assert [f["id"] for f in parse(missed.content)] == ["2"]


def test_events_carry_a_display_name_and_no_private_data(room: Room) -> None:
    room.commit()

    body = client_for(room.presenter).get(events_url(room) + "?once=1").content.decode()

    assert "Dana Doe" in body
    assert "dana@private.example" not in body
    assert "@" not in body


@pytest.mark.parametrize("bad", ["abc", "-1", "1.5", "9" * 30])
def test_a_bad_last_event_id_is_refused_with_a_message(room: Room, bad: str) -> None:
    response = client_for(room.presenter).get(
        events_url(room) + "?once=1", headers={"Last-Event-ID": bad}
    )

    assert response.status_code == 400
    assert "Last-Event-ID" in response.content.decode()


def test_a_gathering_of_another_network_is_not_found_in_this_one(room: Room) -> None:
    world = room.world
    url = reverse(
        "live:events",
        kwargs={"network_slug": "alpha", "gathering_id": world.gatherings["bravo"].pk},
    )

    response = client_for(room.presenter).get(url + "?once=1")

    assert response.status_code == 404


@pytest.mark.parametrize(
    ("persona", "network_key", "status"),
    [
        ("member", "alpha", 200),
        ("steward", "alpha", 200),
        ("youth_member", "alpha", 404),
        ("foreign_steward", "alpha", 404),
        ("platform_admin", "alpha", 404),
        ("anonymous", "alpha", 302),
        ("youth_member", "alpha-youth", 200),
    ],
)
def test_only_admitted_members_of_the_network_listen(
    room: Room, persona: str, network_key: str, status: int
) -> None:
    room.commit()
    key = {"alpha-youth": "youth"}.get(network_key, network_key)

    response = client_for(room.world.personas[persona]).get(events_url(room, key) + "?once=1")

    assert response.status_code == status
    body = response.content.decode()
    assert ("Dana Doe" in body) == (status == 200 and key == "alpha")


def _run(body: Callable[[], Any]) -> Any:
    return async_to_sync(body)()


def test_reconnecting_with_last_event_id_replays_then_streams_live(
    room: Room, django_capture_on_commit_callbacks: Any
) -> None:
    room.commit(what="I will introduce you to Maria Lopez next week")
    room.commit()
    room.commit(what="I will host a volunteer day on June 3 for 20 people")
    client = async_client_for(room.presenter)

    def commit_and_publish() -> int:
        with django_capture_on_commit_callbacks(execute=True):
            return room.commit(what="Our library will lend its hall on May 9").pk

    def hide_and_publish(pk: int) -> None:
        with django_capture_on_commit_callbacks(execute=True), scopes_disabled():
            commitment = room.proposal.commitments.get(pk=pk)
            commitment_hide(commitment=commitment, actor=room.steward, reason="Duplicate")

    async def body() -> list[dict[str, str]]:
        response = await client.get(events_url(room), headers={"Last-Event-ID": "1"})
        assert response.status_code == 200
        assert response["Content-Type"] == "text/event-stream"
        stream = aiter(response.streaming_content)
        received = [await next_chunk(stream)]  # the retry hint
        received += [await next_chunk(stream), await next_chunk(stream)]  # replayed 2 and 3
        pk = await sync_to_async(commit_and_publish)()
        received.append(await next_chunk(stream))  # live 4
        await sync_to_async(hide_and_publish)(pk)
        received.append(await next_chunk(stream))  # live 5
        await stream.aclose()  # type: ignore[attr-defined]
        return parse(b"".join(received))

    frames = _run(body)

    assert [(f["id"], f["event"]) for f in frames] == [
        ("2", "commitment.created"),
        ("3", "commitment.created"),
        ("4", "commitment.created"),
        ("5", "commitment.hidden"),
    ]
    assert '"what":"Our library will lend its hall on May 9"' in frames[2]["data"]
    assert broadcaster.listener_count() == 0


def test_events_another_process_committed_are_read_from_the_table(
    room: Room, django_capture_on_commit_callbacks: Any
) -> None:
    """An event whose message never reached this process (committed elsewhere, or dropped
    from a full queue) is found in the table when the next one arrives."""
    client = async_client_for(room.presenter)

    def commit(*, publish: bool) -> None:
        if publish:
            with django_capture_on_commit_callbacks(execute=True):
                room.commit()
        else:
            room.commit()  # on-commit hooks never run: no message, as in another process

    async def body() -> list[dict[str, str]]:
        response = await client.get(events_url(room))
        stream = aiter(response.streaming_content)
        received = [await next_chunk(stream)]
        await sync_to_async(commit)(publish=False)
        await sync_to_async(commit)(publish=True)
        received += [await next_chunk(stream), await next_chunk(stream)]
        await stream.aclose()  # type: ignore[attr-defined]
        return parse(b"".join(received))

    assert [f["id"] for f in _run(body)] == ["1", "2"]


def test_a_quiet_stream_sends_heartbeats_the_page_can_hear(
    room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A heartbeat was a comment, which EventSource never shows the page: a stream stalled
    on bad wifi looked the same as a quiet room, and the page waited on it for ever. A named
    event without an id reaches live.js (which then knows the stream is alive) and moves no
    Last-Event-ID."""
    monkeypatch.setattr(stream, "HEARTBEAT_SECONDS", 0.05)
    client = async_client_for(room.presenter)

    async def body() -> list[bytes]:
        response = await client.get(events_url(room))
        stream = aiter(response.streaming_content)
        chunks = [await next_chunk(stream), await next_chunk(stream), await next_chunk(stream)]
        await stream.aclose()  # type: ignore[attr-defined]
        return chunks

    beat = b"event: heartbeat\ndata: {}\n\n"
    assert _run(body) == [b"retry: 2000\n\n", beat, beat]


def test_head_answers_headers_only(room: Room) -> None:
    response = client_for(room.presenter).head(events_url(room))

    assert (response.status_code, response["Content-Type"], response.content) == (
        200,
        "text/event-stream",
        b"",
    )


def test_the_youth_stream_carries_the_youth_gathering_only(room: Room) -> None:
    with scopes_disabled():
        youth_proposal_id = proposal_pk(room.world, "youth")
    room.commit()
    youth = room.world.personas["youth_member"]

    body = client_for(youth).get(events_url(room, "youth") + "?once=1").content

    assert (youth_proposal_id > 0, parse(body)) == (True, [])


def test_an_event_committed_by_another_process_arrives_without_a_next_one(
    room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The process's watcher finds it in the table: no message, no later event needed."""
    monkeypatch.setattr(stream, "WATCH_SECONDS", 0.02)
    client = async_client_for(room.presenter)

    async def body() -> list[dict[str, str]]:
        response = await client.get(events_url(room))
        stream = aiter(response.streaming_content)
        received = [await next_chunk(stream)]
        await sync_to_async(room.commit)()  # on-commit hooks never run: as in another process
        received.append(await next_chunk(stream))
        await stream.aclose()  # type: ignore[attr-defined]
        return parse(b"".join(received))

    assert [(f["id"], f["event"]) for f in _run(body)] == [("1", "commitment.created")]


# --- Issue 12: an open stream re-checks its viewer ----------------------------------------


def _set_status(room: Room, user: User, status: str) -> None:
    """A steward changes the person's status through the roster's service."""
    with scopes_disabled():
        membership = Membership.objects.get(network=room.world.alpha, user=user)
        membership_status_override(
            membership=membership, status=status, note="Left the network", actor=room.steward
        )


@pytest.mark.parametrize("status", [MembershipStatus.SUSPENDED, MembershipStatus.REMOVED])
def test_a_listener_removed_while_listening_is_cut_off_at_the_next_check(
    room: Room,
    monkeypatch: pytest.MonkeyPatch,
    django_capture_on_commit_callbacks: Any,
    status: str,
) -> None:
    """Dana waits on a quiet stream (heartbeats a minute apart); a steward removes her; the
    stream ends at the next check, and the next event reaches the presenter, not her."""
    monkeypatch.setattr(stream, "RECHECK_SECONDS", 0.1)
    monkeypatch.setattr(stream, "HEARTBEAT_SECONDS", 60.0)
    dana_client = async_client_for(room.dana)
    presenter_client = async_client_for(room.presenter)

    def commit_and_publish() -> None:
        with django_capture_on_commit_callbacks(execute=True):
            room.commit(committer=room.facilitator, entered_by=room.facilitator)

    async def body() -> tuple[bytes, bool, list[dict[str, str]]]:
        dana = aiter((await dana_client.get(events_url(room))).streaming_content)
        presenter = aiter((await presenter_client.get(events_url(room))).streaming_content)
        hint = await next_chunk(dana)
        await next_chunk(presenter)
        waiting = asyncio.ensure_future(anext(dana))
        await asyncio.sleep(0.25)  # a few checks pass while she is still a member
        still_open = not waiting.done()
        await sync_to_async(_set_status)(room, room.dana, status)
        with pytest.raises(StopAsyncIteration):
            await asyncio.wait_for(waiting, timeout=5)
        await sync_to_async(commit_and_publish)()
        heard = parse(await next_chunk(presenter))
        await presenter.aclose()  # type: ignore[attr-defined]
        return hint, still_open, heard

    hint, still_open, presenter_heard = _run(body)

    assert (hint, still_open) == (b"retry: 2000\n\n", True)
    assert [(f["id"], f["event"]) for f in presenter_heard] == [("1", "commitment.created")]
    assert broadcaster.listener_count() == 0


def test_an_event_waiting_for_a_removed_listener_is_not_sent(
    room: Room, monkeypatch: pytest.MonkeyPatch, django_capture_on_commit_callbacks: Any
) -> None:
    """The check comes before anything else is sent: an event already queued for Dana when
    her check falls due after her removal is dropped with the stream."""
    monkeypatch.setattr(stream, "RECHECK_SECONDS", 0.1)
    client = async_client_for(room.dana)

    def commit_and_publish() -> None:
        with django_capture_on_commit_callbacks(execute=True):
            room.commit(committer=room.facilitator, entered_by=room.facilitator)

    async def body() -> list[bytes]:
        stream = aiter((await client.get(events_url(room))).streaming_content)
        received = [await next_chunk(stream)]
        await sync_to_async(_set_status)(room, room.dana, MembershipStatus.SUSPENDED)
        await asyncio.sleep(0.2)  # the next check is due
        await sync_to_async(commit_and_publish)()  # queued for her stream

        async def rest() -> list[bytes]:
            return [chunk async for chunk in stream]

        return received + await asyncio.wait_for(rest(), timeout=5)

    assert _run(body) == [b"retry: 2000\n\n"]


def test_an_admitted_listener_keeps_listening_across_checks(
    room: Room, monkeypatch: pytest.MonkeyPatch, django_capture_on_commit_callbacks: Any
) -> None:
    monkeypatch.setattr(stream, "RECHECK_SECONDS", 0.02)
    client = async_client_for(room.dana)

    def commit_and_publish() -> None:
        with django_capture_on_commit_callbacks(execute=True):
            room.commit()

    async def body() -> list[dict[str, str]]:
        stream = aiter((await client.get(events_url(room))).streaming_content)
        await next_chunk(stream)
        waiting = asyncio.ensure_future(anext(stream))
        await asyncio.sleep(0.3)  # about fifteen checks
        await sync_to_async(commit_and_publish)()
        frame = await asyncio.wait_for(waiting, timeout=5)
        await stream.aclose()  # type: ignore[attr-defined]
        return parse(frame)

    assert [(f["id"], f["event"]) for f in _run(body)] == [("1", "commitment.created")]


def test_the_stream_checks_once_a_minute_by_default() -> None:
    assert stream.RECHECK_SECONDS <= 60
