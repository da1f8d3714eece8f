"""iCalendar output (RFC 5545): every part of a gathering is one event, with two alarms
while the member may come. A gathering they said no to, or sent a substitute to, stays
listed so they can still find it and change their mind, but rings nothing and does not
block their time (TRANSP:TRANSPARENT). STATUS is left out: it is the event's own status, and
CANCELLED would tell them the gathering was called off."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from django.utils.translation import gettext as _
from icalendar import Alarm, Calendar, Event

from collaboratory.gatherings.calendar_sources import DayEvent
from collaboratory.gatherings.models import Gathering
from collaboratory.gatherings.selectors import CalendarAnswer

ALARMS = (timedelta(days=1), timedelta(hours=1))


def _location(gathering: Gathering) -> str:
    if gathering.video_link:
        return gathering.video_link
    return ", ".join(x for x in (gathering.venue, gathering.address, gathering.city) if x)


def calendar_bytes(
    *,
    name: str,
    gatherings: Iterable[Gathering],
    answers: dict[int, CalendarAnswer],
    links: dict[int, str],
    now: datetime,
    days: Iterable[DayEvent] = (),
) -> bytes:
    """`answers` maps gathering id to the member's answer (missing: none yet); `days` are
    all-day events from other areas (commitments' due dates)."""
    cal = Calendar()
    cal.add("prodid", "-//Collaboratory//Gatherings//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", name)
    for gathering in gatherings:
        answer = answers.get(gathering.pk, CalendarAnswer(_("No answer yet"), coming=True))
        status = answer.label
        for part in gathering.parts.all():
            event = Event()
            event.add("uid", f"gathering-part-{part.pk}@collaboratory")
            event.add("dtstamp", now.astimezone(UTC))
            event.add("dtstart", part.starts_at.astimezone(UTC))
            event.add("dtend", part.ends_at.astimezone(UTC))
            summary = f"{gathering.title}: {part.label}"
            if not answer.coming:
                # A phone shows the summary only: say it there.
                summary = _("Not coming: %(event)s") % {"event": summary}
            event.add("summary", summary)
            event.add("transp", "OPAQUE" if answer.coming else "TRANSPARENT")
            event.add("location", _location(gathering))
            event.add("description", _("Your RSVP: %(status)s") % {"status": status})
            event.add("x-collaboratory-rsvp", status)
            if gathering.pk in links:
                event.add("url", links[gathering.pk])
            for before in ALARMS if answer.coming else ():
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
