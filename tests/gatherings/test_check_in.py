"""Check-in writes the attendance ledger: from the member's phone (the room's QR code, a
code of the day) or from the steward's door list."""

from __future__ import annotations

import html
from datetime import date, datetime, timedelta
from xml.etree import ElementTree
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.gatherings.models import Attendance, Gathering, GatheringFormat
from collaboratory.gatherings.selectors import check_in_code_for, youth_guest_door_name
from collaboratory.gatherings.services import (
    attendance_check_in,
    gathering_create,
    rsvp_submit,
    substitution_decide,
    substitution_request,
)
from collaboratory.networks.models import Role
from collaboratory.qr import qr_svg_response
from tests.conftest import World, client_for
from tests.factories import GatheringFactory, MembershipFactory


def ledger(gathering) -> list[tuple[str, int, str]]:  # type: ignore[no-untyped-def]
    with scopes_disabled():
        return list(
            Attendance.objects.filter(part__gathering=gathering)
            .order_by("pk")
            .values_list("part__title", "user_id", "source")
        )


def happening_now(world: World):  # type: ignore[no-untyped-def]
    """A gathering whose Thursday reception started an hour ago."""
    return GatheringFactory(
        network=world.alpha,
        first_part_at=timezone.now().replace(microsecond=0) - timedelta(hours=1),
    )


def over_two_days(world: World) -> Gathering:
    """A gathering whose reception started an hour ago; its meeting is on a later day."""
    now = timezone.now().replace(microsecond=0)
    reception = now - timedelta(hours=1)
    meeting = now + timedelta(days=1, hours=2)
    with scopes_disabled():
        return gathering_create(
            network=world.alpha,
            title="Two-day gathering",
            format=GatheringFormat.IN_PERSON,
            parts=[
                ("Welcome reception and dinner", reception, reception + timedelta(hours=3)),
                ("Meeting", meeting, meeting + timedelta(hours=7)),
            ],
        )


def local_day(gathering: Gathering, at: datetime) -> date:
    return at.astimezone(ZoneInfo(gathering.network.time_zone)).date()


def code_of_part(gathering: Gathering, title: str) -> str:
    """The check-in code of the day the named part falls on."""
    with scopes_disabled():
        part = gathering.parts.get(title=title)
    return check_in_code_for(gathering=gathering, day=local_day(gathering, part.starts_at))


def thursday_code(gathering: Gathering) -> str:
    return code_of_part(gathering, "Welcome reception and dinner")


def test_the_qr_code_leads_to_a_one_tap_self_check_in(world: World) -> None:
    gathering = happening_now(world)
    member = world.personas["member"]
    client = client_for(member)

    qr = client_for(world.personas["steward"]).get(
        f"/n/alpha/gatherings/{gathering.pk}/check-in.svg"
    )
    short = client.get(f"/c/{thursday_code(gathering)}")
    page = client.get(short["Location"]).content.decode()
    client.post(short["Location"])

    assert qr["Content-Type"] == "image/svg+xml"
    # A standalone document: without its namespace an <img> shows a broken image.
    assert ElementTree.fromstring(qr.content).tag == "{http://www.w3.org/2000/svg}svg"  # noqa: S314 (our own output)
    assert short["Location"] == (
        f"/n/alpha/gatherings/{gathering.pk}/check-in/{thursday_code(gathering)}/"
    )
    assert "I am here: check me in to Welcome reception and dinner" in page
    assert ledger(gathering) == [("Welcome reception and dinner", member.pk, "self")]


def test_once_checked_in_while_the_room_is_live_the_page_leads_to_make_a_commitment(
    world: World,
) -> None:
    gathering = happening_now(world)
    client = client_for(world.personas["member"])
    page_url = f"/n/alpha/gatherings/{gathering.pk}/check-in/{thursday_code(gathering)}/"
    before = client.get(page_url).content.decode()

    after = client.get(client.post(page_url)["Location"]).content.decode()

    assert "Make a commitment" not in before  # not checked in yet: the phone view refuses
    assert f'href="/n/alpha/live/{gathering.pk}/">Make a commitment</a>' in after


def test_checking_in_twice_records_once(world: World) -> None:
    gathering = happening_now(world)
    member = world.personas["member"]
    with scopes_disabled():
        attendance_check_in(gathering=gathering, user=member, code=thursday_code(gathering))
        attendance_check_in(gathering=gathering, user=member, code=thursday_code(gathering))

    assert len(ledger(gathering)) == 1


@pytest.mark.parametrize(
    ("offset", "code_ok", "message"),
    [
        (timedelta(hours=-5), True, "Check-in opens two hours before a part starts"),
        (timedelta(hours=1), False, "This check-in link is not for this gathering."),
    ],
)
def test_check_in_is_refused_out_of_hours_or_with_a_wrong_code(
    world: World, offset: timedelta, code_ok: bool, message: str
) -> None:
    gathering = happening_now(world)
    now = timezone.now() + offset

    with scopes_disabled(), pytest.raises(ValidationError) as error:
        attendance_check_in(
            gathering=gathering,
            user=world.personas["member"],
            code=thursday_code(gathering) if code_ok else "wrong-code",
            now=now,
        )

    assert message in error.value.messages[0]
    assert ledger(gathering) == []


def test_a_steward_checks_someone_in_from_the_door_list(world: World) -> None:
    gathering = happening_now(world)
    member = world.personas["member"]
    client = client_for(world.personas["steward"])
    url = f"/n/alpha/gatherings/{gathering.pk}/door/"
    with scopes_disabled():
        part = gathering.parts.get(title="Meeting")

    found = client.get(url, {"q": "Person", "part": part.pk}).content.decode()
    client.post(url, {"user": member.pk, "part": part.pk, "q": "Person"})
    again = client.get(url, {"q": "Person", "part": part.pk}).content.decode()

    assert f"Check in {member.full_name}" in found
    assert f"Check in {member.full_name}" not in again
    assert "1 person checked in to this part." in again
    assert ledger(gathering) == [("Meeting", member.pk, "door")]


def test_the_door_list_before_anyone_said_yes_tells_the_steward_to_search(world: World) -> None:
    """Unsearched, the list shows those who said yes: with none it said "Nobody matches",
    as if a search had failed."""
    gathering = happening_now(world)
    client = client_for(world.personas["steward"])
    url = f"/n/alpha/gatherings/{gathering.pk}/door/"

    unsearched = client.get(url).content.decode()
    searched = client.get(url, {"q": "Nobody-by-this-name"}).content.decode()

    assert "Nobody has said yes yet. Search by name" in unsearched
    assert "Nobody matches" not in unsearched
    assert "Nobody matches. Try part of a first or last name." in searched


def test_the_door_list_keeps_the_search_after_a_check_in(world: World) -> None:
    """Back on the list after checking someone in, the search typed is still the search:
    an "&" or "#" in it once cut it short (the address was built by hand)."""
    gathering = happening_now(world)
    member = world.personas["member"]
    client = client_for(world.personas["steward"])
    url = f"/n/alpha/gatherings/{gathering.pk}/door/"
    with scopes_disabled():
        part = gathering.parts.get(title="Meeting")

    response = client.post(url, {"user": member.pk, "part": part.pk, "q": "Lee & Ruiz #2"})
    page = client.get(response["Location"]).content.decode()

    assert 'value="Lee &amp; Ruiz #2"' in page


def test_the_door_list_refuses_people_from_outside_the_network(world: World) -> None:
    gathering = happening_now(world)
    outsider = world.personas["foreign_steward"]
    client = client_for(world.personas["steward"])

    response = client.post(
        f"/n/alpha/gatherings/{gathering.pk}/door/", {"user": outsider.pk}, follow=True
    )

    assert "Only members of this network can be checked in here." in response.content.decode()
    assert ledger(gathering) == []


def test_a_member_on_the_gathering_page_gets_no_check_in_code_or_link(world: World) -> None:
    """Finding 8: the page offered every member a check-in link while check-in was open, so
    anyone could check in from home and then commit in the live room."""
    gathering = over_two_days(world)

    body = client_for(world.personas["member"]).get(f"/n/alpha/gatherings/{gathering.pk}/")
    text = body.content.decode()

    assert body.status_code == 200
    assert (
        "Check-in for Welcome reception and dinner is open. Check in at the door: scan the "
        "code in the room, or ask a steward."
    ) in text
    assert "/check-in/" not in text
    assert "/c/" not in text
    assert "check-in.svg" not in text
    assert "Check-in QR code" not in text
    assert thursday_code(gathering) not in text
    assert code_of_part(gathering, "Meeting") not in text


def test_yesterdays_code_is_refused_today(world: World) -> None:
    """Thursday's code, seen in Thursday's room, does not check anyone in on Friday."""
    gathering = over_two_days(world)
    member = world.personas["member"]
    with scopes_disabled():
        friday = gathering.parts.get(title="Meeting")
    during_friday = friday.starts_at + timedelta(hours=1)
    assert local_day(gathering, during_friday) != local_day(gathering, gathering.starts_at)

    with scopes_disabled(), pytest.raises(ValidationError) as error:
        attendance_check_in(
            gathering=gathering, user=member, code=thursday_code(gathering), now=during_friday
        )
    with scopes_disabled():
        checked = attendance_check_in(
            gathering=gathering,
            user=member,
            code=code_of_part(gathering, "Meeting"),
            now=during_friday,
        )

    assert error.value.messages == [
        "This check-in code is for another day of the gathering. Scan the code in the room "
        "today, or ask a steward at the door."
    ]
    assert checked.title == "Meeting"
    assert ledger(gathering) == [("Meeting", member.pk, "self")]


def test_the_check_in_page_refuses_a_code_of_another_day(world: World) -> None:
    """Friday's code (from a steward's screen seen early) checks no one in on Thursday,
    through the page as through the service."""
    gathering = over_two_days(world)
    client = client_for(world.personas["member"])
    url = f"/n/alpha/gatherings/{gathering.pk}/check-in/{code_of_part(gathering, 'Meeting')}/"

    page = client.get(url).content.decode()
    after = client.post(url, follow=True).content.decode()

    assert "This check-in code is for another day of the gathering." in page
    assert "I am here" not in page
    assert "This check-in code is for another day of the gathering." in after
    assert ledger(gathering) == []


def test_the_short_link_finds_only_codes_of_days_near_now(world: World) -> None:
    gathering = happening_now(world)
    past = GatheringFactory(
        network=world.alpha, first_part_at=timezone.now().replace(microsecond=0) - timedelta(days=3)
    )
    client = client_for(None)

    today = client.get(f"/c/{thursday_code(gathering)}")

    assert today.status_code == 302
    assert today["Location"] == (
        f"/n/alpha/gatherings/{gathering.pk}/check-in/{thursday_code(gathering)}/"
    )
    assert client.get(f"/c/{thursday_code(past)}").status_code == 404
    assert client.get("/c/not-a-code").status_code == 404


def test_the_check_in_page_knows_only_this_gatherings_codes(world: World) -> None:
    gathering = happening_now(world)
    other = happening_now(world)
    client = client_for(world.personas["member"])

    base = f"/n/alpha/gatherings/{gathering.pk}/check-in"

    foreign_get = client.get(f"{base}/{thursday_code(other)}/")
    foreign_post = client.post(f"{base}/{thursday_code(other)}/")
    own = client.get(f"{base}/{thursday_code(gathering)}/")

    assert (foreign_get.status_code, foreign_post.status_code, own.status_code) == (404, 404, 200)
    assert ledger(gathering) == []


@pytest.mark.parametrize("role", [Role.STEWARD, Role.FACILITATOR])
def test_stewards_and_facilitators_get_the_days_qr_code(world: World, role: Role) -> None:
    gathering = happening_now(world)
    with scopes_disabled():
        person = MembershipFactory(network=world.alpha, role=role).user
    client = client_for(person)
    link = f"http://testserver/c/{thursday_code(gathering)}"

    qr = client.get(f"/n/alpha/gatherings/{gathering.pk}/check-in.svg")
    screen = client.get(f"/n/alpha/gatherings/{gathering.pk}/check-in-code/")
    page = client.get(f"/n/alpha/gatherings/{gathering.pk}/").content.decode()

    assert qr.status_code == 200
    assert qr.content == qr_svg_response(link, title=gathering.title, scale=8).content
    assert "no-store" in qr["Cache-Control"]
    assert screen.status_code == 200
    assert link in screen.content.decode()
    assert f"/n/alpha/gatherings/{gathering.pk}/check-in-code/" in page


def test_the_short_link_follows_the_host_served_or_the_configured_public_address(
    world: World, settings
) -> None:  # type: ignore[no-untyped-def]
    """The demo on another port used to print 127.0.0.1:8000 under the QR code."""
    gathering = happening_now(world)
    client = client_for(world.personas["steward"])
    screen = f"/n/alpha/gatherings/{gathering.pk}/check-in-code/"
    code = thursday_code(gathering)
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "10.1.2.3"]

    served = client.get(screen, HTTP_HOST="10.1.2.3:8123").content.decode()
    settings.PUBLIC_URL = "https://collab.example.org"
    configured = client.get(screen, HTTP_HOST="10.1.2.3:8123").content.decode()

    assert f"http://10.1.2.3:8123/c/{code}" in served
    assert "127.0.0.1:8000" not in served
    assert f"https://collab.example.org/c/{code}" in configured


def test_members_get_neither_the_qr_code_nor_the_code_screen(world: World) -> None:
    gathering = happening_now(world)
    client = client_for(world.personas["member"])

    qr = client.get(f"/n/alpha/gatherings/{gathering.pk}/check-in.svg")
    screen = client.get(f"/n/alpha/gatherings/{gathering.pk}/check-in-code/")

    assert (qr.status_code, screen.status_code) == (403, 403)
    code = thursday_code(gathering)
    assert code not in qr.content.decode() + screen.content.decode()
    with scopes_disabled():
        refusals = AuditEvent.objects.filter(
            action="access.denied", actor=world.personas["member"]
        ).count()
    assert refusals == 2


def test_a_steward_checks_a_youth_guest_in_from_the_door_list(world: World) -> None:
    """At a gathering where youth take part, the cohort's youth members come as guests: one
    without a phone to scan the code is on the door list and checked in there like a member.
    At a gathering without youth, the door still refuses them."""
    now = timezone.now().replace(microsecond=0)
    with_youth = GatheringFactory(
        network=world.alpha, first_part_at=now - timedelta(hours=1), youth_take_part=True
    )
    without = happening_now(world)
    youth = world.personas["youth_member"]
    with scopes_disabled():
        rsvp_submit(gathering=with_youth, user=youth, answer="yes", both_parts=True)
        part = with_youth.parts.order_by("starts_at").first()
        other_part = without.parts.order_by("starts_at").first()
    client = client_for(world.personas["steward"])
    url = f"/n/alpha/gatherings/{with_youth.pk}/door/"

    listed = client.get(url, {"part": part.pk}).content.decode()
    client.post(url, {"user": youth.pk, "part": part.pk})
    refused = client.post(
        f"/n/alpha/gatherings/{without.pk}/door/",
        {"user": youth.pk, "part": other_part.pk},
        follow=True,
    )

    # Named as the door names a youth guest (test_door_youth_guest.py).
    assert f"Check in {youth_guest_door_name(youth.full_name)}" in listed
    assert ledger(with_youth) == [("Welcome reception and dinner", youth.pk, "door")]
    assert "Only members of this network can be checked in here." in refused.content.decode()
    assert ledger(without) == []


def test_the_door_lists_count_takes_in_the_substitutes_it_shows_checked_in(world: World) -> None:
    """The count said "0 people checked in" above a substitute marked "Checked in": it read
    the member ledger alone, where substitutes (who have no account) are not."""
    gathering = happening_now(world)
    member, steward = world.personas["member"], world.personas["steward"]
    other = MembershipFactory(network=world.alpha, user__full_name="Olga Other").user
    with scopes_disabled():
        for person in (member, other):
            rsvp_submit(gathering=gathering, user=person, answer="yes", both_parts=True)
        substitution = substitution_request(
            gathering=gathering,
            member=member,
            name="Sam Standin",
            email="sam@example.org",
            reason="Travelling for work",
            now=gathering.starts_at - timedelta(days=1),
        )
        substitution_decide(
            substitution=substitution,
            approve=True,
            actor=steward,
            now=gathering.starts_at - timedelta(days=1),
        )
        part = gathering.parts.get(title="Meeting")
    client = client_for(steward)
    url = f"/n/alpha/gatherings/{gathering.pk}/door/"

    client.post(url, {"substitution": substitution.pk, "part": part.pk})
    client.post(url, {"user": other.pk, "part": part.pk})
    page = client.get(url, {"part": part.pk}).content.decode()

    assert page.count('<span class="badge rsvp-confirmed">Checked in</span>') == 2
    assert "2 people checked in to this part." in page


def test_the_door_list_checks_nobody_in_before_the_gathering_s_first_day(world: World) -> None:
    """The door list marked a member as having come to a gathering a month away (the
    seating and the insights then counted them as having sat there): the ledger holds
    nothing before the gathering's first day, by the network's calendar."""
    gathering = GatheringFactory(network=world.alpha)  # thirty days out
    member = world.personas["member"]
    url = f"/n/alpha/gatherings/{gathering.pk}/door/"

    page = html.unescape(
        client_for(world.personas["steward"])
        .post(url, {"user": member.pk}, follow=True)
        .content.decode()
    )

    first_day = gathering.starts_at.astimezone(ZoneInfo(world.alpha.time_zone))
    assert (
        "The door list opens on the gathering's first day, "
        f"{first_day.strftime('%A')} {first_day.day} {first_day.strftime('%B %Y')}: "
        "nobody is checked in before it."
    ) in page
    assert "Checked in." not in page
    assert ledger(gathering) == []


def test_a_steward_still_checks_someone_in_after_the_day_as_a_correction(world: World) -> None:
    """After the gathering the door list is the steward's only way to put right a ledger
    that missed someone, so it stays open then."""
    past = timezone.now().replace(microsecond=0) - timedelta(days=3)
    gathering = GatheringFactory(network=world.alpha, first_part_at=past)
    member = world.personas["member"]

    client_for(world.personas["steward"]).post(
        f"/n/alpha/gatherings/{gathering.pk}/door/", {"user": member.pk}
    )

    assert [row[1:] for row in ledger(gathering)] == [(member.pk, "door")]


def test_the_gathering_page_says_you_are_checked_in_once_you_are(world: World) -> None:
    """On the day, the member's phone went back to the gathering page after checking in and
    read "Check-in ... is open. Check in at the door" again, as if it had not worked."""
    gathering = happening_now(world)
    member = world.personas["member"]
    client = client_for(member)
    url = f"/n/alpha/gatherings/{gathering.pk}/"
    before = client.get(url).content.decode()
    with scopes_disabled():
        attendance_check_in(gathering=gathering, user=member, code=thursday_code(gathering))

    after = client.get(url).content.decode()

    assert "Check in at the door" in before
    assert "Check in at the door" not in after
    assert "You are checked in to Welcome reception and dinner." in after
    # The room's links stay: checked in is what the room needs.
    assert "Make a commitment" in after


def test_a_member_whose_substitute_comes_does_not_check_in_on_their_phone(world: World) -> None:
    """The member's seat went to their substitute, with a pass; the member's "yes" is
    refused for that reason, but scanning the room's code checked them in beside the
    substitute: two people on one seat, and the ledger said both came."""
    gathering = happening_now(world)
    member = world.personas["member"]
    day_before = gathering.starts_at - timedelta(days=1)
    with scopes_disabled():
        rsvp_submit(gathering=gathering, user=member, answer="yes", both_parts=True, now=day_before)
        substitution = substitution_request(
            gathering=gathering,
            member=member,
            name="Sam Standin",
            email="sam@example.org",
            reason="Travelling",
            now=day_before,
        )
        substitution_decide(
            substitution=substitution, approve=True, actor=world.personas["steward"], now=day_before
        )

    with (
        pytest.raises(ValidationError, match="Sam Standin comes in your place"),
        scopes_disabled(),
    ):
        attendance_check_in(gathering=gathering, user=member, code=thursday_code(gathering))
    page = client_for(member).post(
        f"/n/alpha/gatherings/{gathering.pk}/check-in/{thursday_code(gathering)}/", follow=True
    )

    assert "Sam Standin comes in your place" in page.content.decode()
    assert ledger(gathering) == []


@pytest.mark.parametrize("posted", ["another gathering's", "junk"])
def test_the_door_refuses_a_part_not_of_this_gathering_and_checks_nobody_in(
    world: World, posted: str
) -> None:
    """A door list loaded before a steward rewrote the parts (each save makes them anew)
    posts a part that is gone: the check-in went to whichever part was open, or the first,
    with "Checked in." said."""
    gathering = happening_now(world)
    elsewhere = happening_now(world)
    member = world.personas["member"]
    with scopes_disabled():
        other_part = elsewhere.parts.order_by("starts_at").first()
    part = str(other_part.pk) if posted == "another gathering's" else "first"
    url = f"/n/alpha/gatherings/{gathering.pk}/door/"

    page = client_for(world.personas["steward"]).post(
        url, {"user": member.pk, "part": part}, follow=True
    )

    body = html.unescape(page.content.decode())
    assert ledger(gathering) == []
    assert ledger(elsewhere) == []
    assert "That part is not one of this gathering's: reload the door list" in body
    assert "Checked in." not in body
