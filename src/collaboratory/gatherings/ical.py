"""iCalendar output: every part of a gathering is one event, with two alarms."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from django.utils.translation import gettext as _
from icalendar import Alarm, Calendar, Event

from collaboratory.gatherings.calendar_sources import DayEvent
from collaboratory.gatherings.models import Gathering

ALARMS = (timedelta(days=1), timedelta(hours=1))


def _location(gathering: Gathering) -> str:
    if gathering.video_link:
        return gathering.video_link
    return ", ".join(x for x in (gathering.venue, gathering.address, gathering.city) if x)


def calendar_bytes(
    *,
    name: str,
    gatherings: Iterable[Gathering],
    rsvp_labels: dict[int, str],
    links: dict[int, str],
    now: datetime,
    days: Iterable[DayEvent] = (),
) -> bytes:
    """`rsvp_labels` maps gathering id to the member's RSVP status label (missing: none);
    `days` are all-day events from other areas (commitments' due dates)."""
    cal = Calendar()
    cal.add("prodid", "-//Collaboratory//Gatherings//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", name)
    for gathering in gatherings:
        status = rsvp_labels.get(gathering.pk, _("No answer yet"))
        for part in gathering.parts.all():
            event = Event()
            event.add("uid", f"gathering-part-{part.pk}@collaboratory")
            event.add("dtstamp", now.astimezone(UTC))
            event.add("dtstart", part.starts_at.astimezone(UTC))
            event.add("dtend", part.ends_at.astimezone(UTC))
            event.add("summary", f"{gathering.title}: {part.label}")
            event.add("location", _location(gathering))
            event.add("description", _("Your RSVP: %(status)s") % {"status": status})
            event.add("x-collaboratory-rsvp", status)
            if gathering.pk in links:
                event.add("url", links[gathering.pk])
            for before in ALARMS:
                alarm = Alarm()
                alarm.add("action", "DISPLAY")
                alarm.add("description", f"{gathering.title}: {part.label}")
                alarm.add("trigger", -before)
                event.add_component(alarm)
            cal.add_component(event)
    for day in days:
        event = Event()
        event.add("uid", day.uid)
        event.add("dtstamp", now.astimezone(UTC))
        # A DATE value: an all-day event, whatever the reader's time zone.
        event.add("dtstart", day.day)
        event.add("dtend", day.day + timedelta(days=1))
        event.add("summary", day.summary)
        if day.description:
            event.add("description", day.description)
        if day.url:
            event.add("url", day.url)
        cal.add_component(event)
    return cal.to_ical()
