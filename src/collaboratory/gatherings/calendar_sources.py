"""Other areas' dates in the member's private calendar feed. Gatherings sits below the apps
that own those dates (follow-through's commitments), so they register a source from their
`AppConfig.ready()` instead of being imported here."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from collaboratory.networks.models import Network
from collaboratory.people.models import User


@dataclass(frozen=True)
class DayEvent:
    """An all-day event: one date, a title, what it is, a link."""

    uid: str
    day: date
    summary: str
    description: str = ""
    url: str = ""


CalendarSource = Callable[[User, Network], Iterable[DayEvent]]

_sources: dict[str, CalendarSource] = {}


def register_calendar_source(name: str, source: CalendarSource) -> None:
    """`source(user, network)` gives the feed owner's own events in that network; it runs
    inside the network's scope."""
    _sources[name] = source


def calendar_sources() -> list[str]:
    return sorted(_sources)


def calendar_day_events(*, user: User, network: Network) -> list[DayEvent]:
    return [event for name in sorted(_sources) for event in _sources[name](user, network)]
