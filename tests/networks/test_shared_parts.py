"""Page parts shared by a visibility class (networks/pagecache.py): who counts as one class,
and the directory, which every member of a class is served from one rendering: a write
through the services shows on the very next request, a minor's region never shows, and
no class is served another class's part."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.cache import caches
from django.test import Client
from django_scopes import scopes_disabled

from collaboratory.capital import CapitalKind, HelpCategory
from collaboratory.networks.models import Membership, MembershipStatus, Role
from collaboratory.networks.pagecache import fill_slots, slot, viewer_class
from collaboratory.networks.services import membership_status_override
from collaboratory.people.models import AgeBand
from collaboratory.people.services import offered_asset_add, profile_update
from tests.conftest import World, client_for
from tests.factories import MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db


def _main(client: Client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    page = response.content.decode()
    return page[page.index("<main") : page.index("</main>")]


def _kept(page: str) -> int:
    """How many shared parts of `page` this process keeps in memory."""
    return sum(f":shared:{page}:" in key for key in caches["local"]._cache)  # type: ignore[attr-defined]


def test_viewer_classes_tell_apart_everyone_a_part_may_differ_for(world: World) -> None:
    with scopes_disabled():
        youth_member = Membership.objects.get(
            network=world.youth, user=world.personas["youth_member"]
        )
        admin_member = Membership.objects.get(
            network=world.youth, user=world.personas["admin_member"]
        )
        steward = Membership.objects.get(network=world.youth, user=world.personas["steward"])
    adult = MembershipFactory(network=world.youth, role=Role.MEMBER)
    guest = Membership(
        network=world.alpha, user=youth_member.user, role=Role.YOUTH_MEMBER, status="active"
    )
    guest.guest_gathering_id = 1  # type: ignore[attr-defined]

    classes = [viewer_class(m.user, m) for m in (adult, steward, youth_member, guest, admin_member)]

    assert classes == [
        "member-adult-member-person",
        "steward-adult-member-person",
        "youth_member-minor-member-person",
        "youth_member-minor-guest-person",
        "member-adult-member-admin",
    ]


def test_a_slot_is_filled_only_with_its_own_piece() -> None:
    html = f"<p>{slot('met', 4)}</p><p>{slot('met', 5)}</p><p>{slot('other', 4)}</p>"
    forged = "<!--slot:0000000000000000:met:4-->"

    filled = fill_slots(html + forged, "met", {"4": "<b>mine</b>"})

    assert filled == "<p><b>mine</b></p><p></p><p>" + slot("other", 4) + "</p>" + forged


def test_a_profile_edit_shows_in_the_next_members_directory(
    world: World, django_capture_on_commit_callbacks: Any
) -> None:
    with scopes_disabled():
        person = MembershipFactory(network=world.alpha, user__full_name="Sam Mover").user
    first, other = (
        client_for(world.personas["member"]),
        client_for(MembershipFactory(network=world.alpha).user),
    )
    assert "Tulsa" not in _main(first, "/n/alpha/members/")

    with django_capture_on_commit_callbacks(execute=True):
        profile_update(user=person, city="Tulsa", issue_areas="housing")
        offered_asset_add(
            user=person,
            kind=CapitalKind.SOCIAL,
            category=HelpCategory.INTRO_PEOPLE,
            description="Introductions to librarians",
        )

    body = _main(other, "/n/alpha/members/")
    assert ("Tulsa" in body, "housing" in body, "Introductions to librarians" in body) == (
        True,
        True,
        True,
    )


def test_a_suspended_member_leaves_the_next_directory_and_its_searches(
    world: World, django_capture_on_commit_callbacks: Any
) -> None:
    with scopes_disabled():
        leaving = MembershipFactory(network=world.alpha, user__full_name="Robin Leaving")
    viewer = client_for(world.personas["member"])
    assert "Robin Leaving" in _main(viewer, "/n/alpha/members/?q=Robin")

    with django_capture_on_commit_callbacks(execute=True):
        membership_status_override(
            membership=leaving,
            status=MembershipStatus.SUSPENDED,
            note="Asked to pause",
            actor=world.personas["steward"],
        )

    assert "Robin Leaving" not in _main(viewer, "/n/alpha/members/?q=Robin")
    assert "Robin Leaving" not in _main(viewer, "/n/alpha/members/")


def test_each_class_is_served_its_own_rendering_of_the_directory(world: World) -> None:
    """The youth cohort's directory lists its minors for everyone there, with their city and
    never their region; the steward's, the youth members' and the adult members' are three
    renderings, each reused within its class only."""
    with scopes_disabled():
        MembershipFactory(
            network=world.youth,
            role=Role.YOUTH_MEMBER,
            user__full_name="Tess Teen",
            user__age_band=AgeBand.AGE_16_17,
            user__city="Tulsa",
            user__region="Oklahoma",
        )
    adult = MembershipFactory(network=world.youth, user=UserFactory(full_name="Ada Adult")).user
    second_youth = MembershipFactory(
        network=world.youth, role=Role.YOUTH_MEMBER, user__age_band=AgeBand.AGE_13_15
    ).user
    pages = []
    kept = []
    for person in (world.personas["steward"], world.personas["youth_member"], adult, second_youth):
        pages.append(_main(client_for(person), "/n/alpha-youth/members/"))
        kept.append(_kept("directory"))

    for page in pages:
        assert ("Tess Teen" in page, "Tulsa" in page, "Oklahoma" in page) == (True, True, False)
    # A new rendering for each new class, none for the second youth member.
    assert kept == [1, 2, 3, 3]


def test_parameters_the_directory_does_not_read_share_its_kept_part(world: World) -> None:
    """The directory's key is its filters and page, normalised: `?x=1`, `?x=2`... each made
    a part of its own (a loop of them flooded the cache with cold renders), and the junk
    rode along in the pager's links."""
    viewer = client_for(world.personas["member"])
    _main(viewer, "/n/alpha/members/")
    _main(viewer, "/n/alpha/members/?q=Robin")
    assert _kept("directory") == 2

    for junk in (
        "?x=1",
        "?x=2",
        "?utm_source=digest",
        "?page=1",
        "?page=abc",
        "?page=0",
        "?q=&category=",
        "?q=Robin&x=1",
        "?q=+Robin+",
    ):
        page = _main(viewer, f"/n/alpha/members/{junk}")
        assert ("x=1" in page, "utm_source" in page) == (False, False), junk

    assert _kept("directory") == 2
    # A page past the end shows the last one and is not kept under its number.
    assert "member" in _main(viewer, "/n/alpha/members/?page=99")
    assert _kept("directory") == 2
