"""Publishing a live event: the one way services announce a change to a gathering's listeners.

A service calls `live_event_record` inside the transaction that made the change. The event is
appended to the gathering's channel (the table listeners replay from), handed to the broker
(delivered to other processes by the database at commit) and to this process's broadcaster
after commit. Publishing points one way: services -> events -> broker and broadcaster; the
broker and the stream only read events back (`live.selectors`), never call a service.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from collaboratory.commitments.live import broker
from collaboratory.commitments.live.broadcaster import Message, broadcaster
from collaboratory.commitments.live.kinds import (
    KIND_CONSOLE,
    KIND_CREATED,
    KIND_HIDDEN,
    KIND_PRESENTER,
    KIND_STATUS,
    KIND_UNDONE,
    KIND_WINDOW,
)
from collaboratory.commitments.live.selectors import live_message
from collaboratory.commitments.live.wakeup import wakeup
from collaboratory.commitments.models import LiveChannel, LiveEvent
from collaboratory.gatherings.models import Gathering
from collaboratory.networks.models import Network

# The kinds of event listeners hear (`live.kinds`), re-exported: services import them here.
__all__ = [
    "KIND_CONSOLE",
    "KIND_CREATED",
    "KIND_HIDDEN",
    "KIND_PRESENTER",
    "KIND_STATUS",
    "KIND_UNDONE",
    "KIND_WINDOW",
    "live_event_record",
]


def live_event_record(
    *, network: Network, gathering: Gathering, kind: str, payload: dict[str, Any]
) -> LiveEvent:
    """Append one event to the gathering's channel and publish it after commit. Must run
    inside the transaction that made the change it announces."""
    channel, _created = LiveChannel.objects.get_or_create(
        gathering=gathering, defaults={"network": network}
    )
    # The UPDATE locks the channel row until commit (PostgreSQL; SQLite serializes writers),
    # so event ids follow commit order without gaps and replay never skips one.
    LiveChannel.objects.filter(pk=channel.pk).update(last_event_id=F("last_event_id") + 1)
    event_id = LiveChannel.objects.values_list("last_event_id", flat=True).get(pk=channel.pk)
    event = LiveEvent.objects.create(
        network=network,
        gathering=gathering,
        event_id=event_id,
        kind=kind,
        payload=payload,
        created_at=timezone.now(),
    )
    message = live_message(event)
    # Other processes hear of it from the broker when one is configured (delivered by the
    # database at commit), else from a wake-up datagram after commit; this process's
    # listeners at once, after commit.
    broker.notify(message)
    transaction.on_commit(lambda: _announce(message))
    return event


def _announce(message: Message) -> None:
    broadcaster.publish(message)
    if not broker.configured():
        wakeup.notify(broker.wakeup_directory(), message.gathering_id, message.event_id)
