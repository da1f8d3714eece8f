"""Calendar output, parsed back with icalendar; the member's feed URL is secret and revocable."""

from __future__ import annotations

import hashlib
import re
from datetime import timedelta

from django_scopes import scopes_disabled
from icalendar import Calendar

from collaboratory.gatherings.models import CalendarFeed
from collaboratory.gatherings.services import (
    calendar_feed_issue,
    rsvp_submit,
    substitution_decide,
    substitution_request,
)
from tests.conftest import World, client_for
from tests.factories import GatheringFactory


def test_the_feed_lists_every_part_with_the_rsvp_and_two_alarms(world: World) -> None:
    member = world.personas["member"]
    gathering = GatheringFactory(network=world.alpha, title="Summer Gathering", venue="Hall")
    with scopes_disabled():
        rsvp_submit(gathering=gathering, user=member, answer="yes", both_parts=True)
        token = calendar_feed_issue(network=world.alpha, user=member)

    response = client_for(None).get(f"/gatherings/calendar/key/{token}.ics")
    calendar = Calendar.from_ical(response.content)
    events = {str(e["summary"]): e for e in calendar.walk("VEVENT")}

    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert sorted(events) == [
        "CANARY-ALPHA-GATHERING far future: Meeting",
        "Summer Gathering: Meeting",
        "Summer Gathering: Welcome reception and dinner",
    ]
    dinner = events["Summer Gathering: Welcome reception and dinner"]
    with scopes_disabled():
        part = gathering.parts.get(title="Welcome reception and dinner")
    assert dinner.decoded("dtstart") == part.starts_at
    assert str(dinner["location"]) == "Hall"
    assert str(dinner["description"]) == "Your RSVP: Coming"
    triggers = sorted(a.decoded("trigger") for a in dinner.walk("VALARM"))
    assert triggers == [-timedelta(days=1), -timedelta(hours=1)]
    assert str(events["CANARY-ALPHA-GATHERING far future: Meeting"]["description"]) == (
        "Your RSVP: No answer yet"
    )


def test_only_a_digest_is_stored_and_a_new_link_revokes_the_old(world: World) -> None:
    member = world.personas["member"]
    with scopes_disabled():
        old = calendar_feed_issue(network=world.alpha, user=member)
        new = calendar_feed_issue(network=world.alpha, user=member)
        digests = set(CalendarFeed.objects.values_list("digest", flat=True))
    anonymous = client_for(None)

    assert digests == {hashlib.sha256(t.split(".", 1)[1].encode()).hexdigest() for t in (old, new)}
    assert anonymous.get(f"/gatherings/calendar/key/{old}.ics").status_code == 404
    assert anonymous.get(f"/gatherings/calendar/key/{new}.ics").status_code == 200


def test_a_member_makes_and_turns_off_their_link(world: World) -> None:
    client = client_for(world.personas["member"])

    page = client.post("/n/alpha/gatherings/calendar/", {"action": "issue"}).content.decode()
    url = re.search(r'value="(http[^"]+\.ics)"', page).group(1)  # type: ignore[union-attr]
    path = url.split("testserver", 1)[1]
    works = client_for(None).get(path).status_code
    client.post("/n/alpha/gatherings/calendar/", {"action": "revoke"})
    after = client_for(None).get(path).status_code

    assert (works, after) == (200, 404)


def test_a_single_gathering_downloads_as_ics(world: World) -> None:
    gathering = GatheringFactory(network=world.alpha, title="Fall Gathering")

    response = client_for(world.personas["member"]).get(
        f"/n/alpha/gatherings/{gathering.pk}/gathering.ics"
    )
    summaries = sorted(
        str(e["summary"]) for e in Calendar.from_ical(response.content).walk("VEVENT")
    )

    assert summaries == ["Fall Gathering: Meeting", "Fall Gathering: Welcome reception and dinner"]


def test_the_feed_speaks_its_owner_s_language_not_the_calendar_app_s(world: World) -> None:
    """A calendar app fetches the feed with no session and its own Accept-Language (or
    none): a member who reads Spanish got "Your RSVP: Coming" in English."""
    member = world.personas["member"]
    member.language = "es"
    member.save(update_fields=["language"])
    gathering = GatheringFactory(network=world.alpha, title="Summer Gathering")
    with scopes_disabled():
        rsvp_submit(gathering=gathering, user=member, answer="yes", both_parts=True)
        token = calendar_feed_issue(network=world.alpha, user=member)

    response = client_for(None).get(
        f"/gatherings/calendar/key/{token}.ics", HTTP_ACCEPT_LANGUAGE="en"
    )
    events = {str(e["summary"]): e for e in Calendar.from_ical(response.content).walk("VEVENT")}

    assert str(events["Summer Gathering: Reunión"]["description"]) == "Tu respuesta: Viene"


def _feed_events(token: str) -> dict[str, object]:
    response = client_for(None).get(f"/gatherings/calendar/key/{token}.ics")
    assert response.status_code == 200
    # Parsing the whole feed back is the check that it stays a valid iCalendar stream.
    calendar = Calendar.from_ical(response.content)
    return {str(e["uid"]): e for e in calendar.walk("VEVENT")}


def test_a_gathering_answered_no_stays_listed_but_rings_no_alarm(world: World) -> None:
    """A member who said no got the same two alarms as one coming, and the event blocked
    their time: the calendar rang for a gathering they will not be at."""
    member = world.personas["member"]
    declined = GatheringFactory(network=world.alpha, title="Winter Gathering")
    coming = GatheringFactory(network=world.alpha, title="Spring Gathering")
    with scopes_disabled():
        rsvp_submit(gathering=declined, user=member, answer="no")
        rsvp_submit(gathering=coming, user=member, answer="yes", both_parts=True)
        token = calendar_feed_issue(network=world.alpha, user=member)
        declined_parts = list(declined.parts.values_list("pk", flat=True))
        coming_parts = list(coming.parts.values_list("pk", flat=True))

    events = _feed_events(token)

    for pk in declined_parts:
        event = events[f"gathering-part-{pk}@collaboratory"]
        assert list(event.walk("VALARM")) == []
        assert str(event["transp"]) == "TRANSPARENT"
        assert str(event["summary"]).startswith("Not coming: Winter Gathering")
        assert str(event["description"]) == "Your RSVP: Not coming"
        # The gathering itself goes ahead: CANCELLED would tell the member it was called off.
        assert "status" not in event
    for pk in coming_parts:
        event = events[f"gathering-part-{pk}@collaboratory"]
        assert len(list(event.walk("VALARM"))) == 2
        assert str(event["transp"]) == "OPAQUE"
        assert str(event["summary"]).startswith("Spring Gathering")


def test_a_gathering_the_member_sends_a_substitute_to_rings_no_alarm(world: World) -> None:
    member = world.personas["member"]
    gathering = GatheringFactory(network=world.alpha, title="Winter Gathering")
    with scopes_disabled():
        rsvp_submit(gathering=gathering, user=member, answer="yes", both_parts=True)
        substitution = substitution_request(
            gathering=gathering,
            member=member,
            name="Sam Standin",
            email="sam@example.org",
            reason="Travelling for work",
        )
        token = calendar_feed_issue(network=world.alpha, user=member)
        parts = list(gathering.parts.values_list("pk", flat=True))

    waiting = _feed_events(token)
    with scopes_disabled():
        substitution_decide(
            substitution=substitution, approve=True, actor=world.personas["steward"]
        )
    approved = _feed_events(token)

    # Still coming while a steward has not decided: the member holds the seat.
    assert all(
        len(list(waiting[f"gathering-part-{pk}@collaboratory"].walk("VALARM"))) == 2 for pk in parts
    )
    for pk in parts:
        event = approved[f"gathering-part-{pk}@collaboratory"]
        assert list(event.walk("VALARM")) == []
        assert str(event["transp"]) == "TRANSPARENT"
        assert str(event["description"]) == "Your RSVP: A substitute comes in your place"


def test_a_substitute_for_a_member_who_had_not_answered_silences_the_download(
    world: World,
) -> None:
    """The single gathering's file: a member with no answer whose substitute was approved
    (a free seat) is not coming either."""
    member = world.personas["member"]
    gathering = GatheringFactory(network=world.alpha, title="Winter Gathering")
    with scopes_disabled():
        substitution = substitution_request(
            gathering=gathering,
            member=member,
            name="Sam Standin",
            email="sam@example.org",
            reason="Travelling for work",
        )
        substitution_decide(
            substitution=substitution, approve=True, actor=world.personas["steward"]
        )

    response = client_for(member).get(f"/n/alpha/gatherings/{gathering.pk}/gathering.ics")
    events = list(Calendar.from_ical(response.content).walk("VEVENT"))

    assert events
    assert all(list(e.walk("VALARM")) == [] for e in events)
    assert all(str(e["transp"]) == "TRANSPARENT" for e in events)


def test_a_youth_member_s_feed_lists_the_host_gatherings_they_take_part_in(world: World) -> None:
    """A youth member's feed is their cohort's: the host network's gatherings open to youth,
    which their list shows and which they answer through their guest pass, were missing, so
    a student who said yes got no entry and no reminder."""
    youth = world.personas["youth_member"]
    shared = GatheringFactory(network=world.alpha, title="Joint Gathering", youth_take_part=True)
    closed = GatheringFactory(network=world.alpha, title="Adults Only Gathering")
    response = client_for(youth).post(
        f"/n/alpha/gatherings/{shared.pk}/",
        {"action": "rsvp", "answer": "yes", "both_parts": "on"},
    )
    assert response.status_code == 302
    with scopes_disabled():
        token = calendar_feed_issue(network=world.youth, user=youth)
        shared_parts = list(shared.parts.values_list("pk", flat=True))
        closed_parts = list(closed.parts.values_list("pk", flat=True))

    events = _feed_events(token)

    for pk in shared_parts:
        event = events[f"gathering-part-{pk}@collaboratory"]
        assert str(event["description"]) == "Your RSVP: Coming"
        assert len(list(event.walk("VALARM"))) == 2
        assert str(event["url"]).endswith(f"/n/alpha/gatherings/{shared.pk}/")
    assert not any(f"gathering-part-{pk}@collaboratory" in events for pk in closed_parts)
    # Their cohort's own gatherings are still there.
    assert any("CANARY-YOUTH-GATHERING" in str(e["summary"]) for e in events.values())


def test_a_phone_subscribes_with_one_tap(world: World) -> None:
    """On a phone the link sat in a read-only box, to be selected and pasted into a
    calendar app's settings; a webcal link opens the device's own subscribe dialog."""
    client = client_for(world.personas["member"])

    page = client.post("/n/alpha/gatherings/calendar/", {"action": "issue"}).content.decode()
    url = re.search(r'value="(http[^"]+\.ics)"', page).group(1)  # type: ignore[union-attr]
    webcal = re.search(r'href="(webcal://[^"]+)"', page).group(1)  # type: ignore[union-attr]

    assert webcal == "webcal://" + url.split("://", 1)[1]
    # Shown only with the new link, as the link itself is: a later visit has neither.
    assert "webcal://" not in client.get("/n/alpha/gatherings/calendar/").content.decode()
