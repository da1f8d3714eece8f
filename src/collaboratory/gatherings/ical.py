"""iCalendar output: every part of a gathering is one event, with two alarms."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from django.utils.translation import gettext as _
from icalendar import Alarm, Calendar, Event

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
) -> bytes:
    """`rsvp_labels` maps gathering id to the member's RSVP status label (missing: none)."""
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
            event.add("summary", f"{gathering.title}: {part.title}")
            event.add("location", _location(gathering))
            event.add("description", _("Your RSVP: %(status)s") % {"status": status})
            event.add("x-collaboratory-rsvp", status)
            if gathering.pk in links:
                event.add("url", links[gathering.pk])
            for before in ALARMS:
                alarm = Alarm()
                alarm.add("action", "DISPLAY")
                alarm.add("description", f"{gathering.title}: {part.title}")
                alarm.add("trigger", -before)
                event.add_component(alarm)
            cal.add_component(event)
    return cal.to_ical()
