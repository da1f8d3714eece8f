"""iCalendar for training: a cohort's arc and its calls as timed events (the cohort feed),
and one call as an invitation. Built like gatherings' feed, with its alarms."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from icalendar import Alarm, Calendar, Event

from collaboratory.gatherings.ical import ALARMS
from collaboratory.training.models import ArcSession, SupportCall


def _event(
    *,
    uid: str,
    title: str,
    starts: datetime,
    ends: datetime,
    where: str,
    description: str,
    now: datetime,
) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", now.astimezone(UTC))
    event.add("dtstart", starts.astimezone(UTC))
    event.add("dtend", ends.astimezone(UTC))
    event.add("summary", title)
    if where:
        event.add("location", where)
    if description:
        event.add("description", description)
    for before in ALARMS:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", title)
        alarm.add("trigger", -before)
        event.add_component(alarm)
    return event


def training_calendar(
    *,
    name: str,
    sessions: Iterable[ArcSession],
    calls: Iterable[SupportCall],
    now: datetime,
) -> bytes:
    cal = Calendar()
    cal.add("prodid", "-//Collaboratory//Training//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", name)
    for session in sessions:
        cal.add_component(
            _event(
                uid=f"training-session-{session.pk}@collaboratory",
                title=session.label,
                starts=session.starts_at,
                ends=session.ends_at,
                where=session.video_link or session.place,
                description=session.materials,
                now=now,
            )
        )
    for call in calls:
        cal.add_component(
            _event(
                uid=f"training-call-{call.pk}@collaboratory",
                title=call.title,
                starts=call.starts_at,
                ends=call.ends_at,
                where=call.video_link,
                description="",
                now=now,
            )
        )
    return cal.to_ical()
