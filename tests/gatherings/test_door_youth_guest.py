"""A youth guest at a host network's gathering is named at its door as everywhere else in an
adult network: not in full. The door list, its printed badges and the attendee export named
them with their family name; they now read the first name and the initials of the other
names, the cohort, and the cohort's stewards who answer for them ("(coming)" after one with
a seat at the gathering). The door's search finds them by first name, and not by the family
name it does not show. Adults are named in full as before."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.gatherings.models import Attendance, Gathering
from collaboratory.gatherings.services import rsvp_submit
from collaboratory.people.models import User
from tests.api.helpers import api_client
from tests.api.test_api import _token, _url
from tests.conftest import World, client_for
from tests.factories import GatheringFactory

FAMILY = "Quillfeather"


def _gathering_with_guest(world: World) -> Gathering:
    """Under way, youth taking part; the youth member (Yara Quillfeather), an adult member
    and the steward (a steward of the cohort too) said yes."""
    youth = world.personas["youth_member"]
    with scopes_disabled():
        User.objects.filter(pk=youth.pk).update(full_name=f"Yara Ann {FAMILY}")
        User.objects.filter(pk=world.personas["member"].pk).update(full_name="Adam Adultson")
        User.objects.filter(pk=world.personas["steward"].pk).update(full_name="Stella Steward")
        gathering = GatheringFactory(
            network=world.alpha,
            first_part_at=timezone.now().replace(microsecond=0) - timedelta(hours=1),
            youth_take_part=True,
        )
        for person in ("youth_member", "member", "steward"):
            rsvp_submit(
                gathering=gathering,
                user=User.objects.get(pk=world.personas[person].pk),
                answer="yes",
                both_parts=True,
            )
    return gathering


def _door(world: World, gathering: Gathering) -> str:
    return f"/n/alpha/gatherings/{gathering.pk}/door/"


def test_the_door_list_names_a_youth_guest_without_their_family_name(world: World) -> None:
    gathering = _gathering_with_guest(world)
    client = client_for(world.personas["steward"])
    url = _door(world, gathering)
    with scopes_disabled():
        part = gathering.parts.order_by("starts_at").first()
    assert part is not None

    listed = client.get(url).content.decode()
    searched = client.get(url, {"q": "yara"}).content.decode()
    checked = client.post(
        url, {"user": world.personas["youth_member"].pk, "part": part.pk, "q": "Yara"}, follow=True
    ).content.decode()
    badges = client.get(f"/n/alpha/gatherings/{gathering.pk}/badges/").content.decode()
    export = client.get(f"/n/alpha/gatherings/{gathering.pk}/attendees.csv").content.decode()
    api = (
        api_client(_token(world, role="steward"))
        .get(_url("alpha", f"gatherings/{gathering.pk}/attendees"))
        .content.decode()
    )

    for body in (listed, searched, checked, badges, export, api):
        assert FAMILY not in body
        assert "Yara Ann" not in body
        assert "Yara A. Q." in body
        assert "Alpha Youth" in body
    for body in (listed, searched):
        assert "Check in Yara A. Q." in body
        assert "Youth guest of Alpha Youth; cohort stewards: Stella Steward (coming)" in body
    # Checked in all the same, and the adults are named in full as before.
    with scopes_disabled():
        assert Attendance.objects.filter(
            part=part, user_id=world.personas["youth_member"].pk
        ).exists()
    for body in (listed, badges, export, api):
        assert "Adam Adultson" in body
        assert "Stella Steward" in body
    rows = {row[0]: row for row in csv.reader(io.StringIO(export.lstrip("\ufeff")))}
    assert rows["Yara A. Q."][1:5] == [
        "",
        "Alpha Youth",
        "Youth guest of Alpha Youth; cohort stewards: Stella Steward (coming)",
        "",
    ]
    assert rows["Adam Adultson"][1] == "member@alpha.example"


def test_the_door_finds_a_youth_guest_by_first_name_only(world: World) -> None:
    """Found by (part of) the first name; a search by the family name the door never shows
    finds nobody, so it cannot confirm it. An adult is found by either, as before."""
    gathering = _gathering_with_guest(world)
    client = client_for(world.personas["steward"])
    url = _door(world, gathering)

    by_first = client.get(url, {"q": "ar"}).content.decode()
    by_family = client.get(url, {"q": FAMILY[:6]}).content.decode()
    by_middle = client.get(url, {"q": "Ann"}).content.decode()
    adult_by_family = client.get(url, {"q": "Adultson"}).content.decode()

    assert "Check in Yara A. Q." in by_first
    for body in (by_family, by_middle):
        assert "Yara" not in body
        assert "Nobody matches" in body
    assert "Check in Adam Adultson" in adult_by_family


def test_the_cohort_stewards_are_named_without_coming_when_they_hold_no_seat(
    world: World,
) -> None:
    gathering = _gathering_with_guest(world)
    with scopes_disabled():
        rsvp_submit(
            gathering=gathering,
            user=User.objects.get(pk=world.personas["steward"].pk),
            answer="no",
            both_parts=True,
        )
    body = client_for(world.personas["steward"]).get(_door(world, gathering)).content.decode()
    assert "Youth guest of Alpha Youth; cohort stewards: Stella Steward<" in body
    assert "(coming)" not in body
