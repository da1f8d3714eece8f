"""What a steward meets walking the roster: a search that finds one person among thousands
(an adult's address, never a minor's), statuses only a steward decides, and ending one's own
membership without a bare "not found" after it."""

from __future__ import annotations

from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.networks.models import Membership, MembershipStatus, Role
from tests.conftest import World, client_for
from tests.factories import MembershipFactory


def _audited(membership: Membership, action: str) -> int:
    with scopes_disabled():
        return AuditEvent.objects.filter(action=action, target_id=str(membership.pk)).count()


def _status_of(membership: Membership) -> str:
    with scopes_disabled():
        membership.refresh_from_db()
    return membership.status


def test_the_roster_finds_people_by_name_address_or_organization(world: World) -> None:
    with scopes_disabled():
        for n in range(3):
            MembershipFactory(network=world.alpha, user__full_name=f"Zora Quill {n}")
        MembershipFactory(
            network=world.alpha, user__full_name="Pat Plain", user__email="pq@unique.example"
        )
    client = client_for(world.personas["steward"])

    by_name = client.get("/n/alpha/roster/", {"q": "  zora   QUILL "}).content.decode()
    by_address = client.get("/n/alpha/roster/", {"q": "unique.example"}).content.decode()
    by_organization = client.get("/n/alpha/roster/", {"q": "alpha works"}).content.decode()
    none = client.get("/n/alpha/roster/", {"q": "nobody-like-this"}).content.decode()

    assert all(f">Zora Quill {n}</a>" in by_name for n in range(3))
    assert 'value="zora QUILL"' in by_name
    assert "Pat Plain" not in by_name
    assert "Pat Plain" in by_address
    assert "Zora Quill" not in by_address
    assert world.personas["member"].full_name in by_organization  # works at Alpha Works
    assert "No one on the roster matches." in none


def test_a_control_character_in_the_search_is_a_space(world: World) -> None:
    """A NUL in the search answered 500 on PostgreSQL (it cannot hold one): control
    characters are spaces, as in every other search box."""
    with scopes_disabled():
        MembershipFactory(network=world.alpha, user__full_name="Zora Quill")
    client = client_for(world.personas["steward"])

    response = client.get("/n/alpha/roster/", {"q": "zora\x00quill"})

    assert response.status_code == 200
    assert 'value="zora quill"' in response.content.decode()


def test_a_minors_address_finds_no_one(world: World) -> None:
    client = client_for(world.personas["steward"])
    youth = world.personas["youth_member"]

    page = client.get("/n/alpha-youth/roster/", {"q": "youth@alpha"}).content.decode()

    assert youth.full_name not in page
    assert "No one on the roster matches." in page


def test_the_pager_keeps_the_search_and_the_filter(world: World) -> None:
    with scopes_disabled():
        for n in range(101):
            MembershipFactory(network=world.alpha, user__full_name=f"Many Mee {n:03}")
    client = client_for(world.personas["steward"])

    page = client.get("/n/alpha/roster/", {"q": "many mee", "status": "active"}).content.decode()

    assert 'href="?q=many+mee&amp;status=active&amp;page=2"' in page


def test_a_steward_sets_no_invitation_or_consent_status(world: World) -> None:
    """The menu offered "Invited" and "Waiting for guardian consent": a steward put an
    adult member in a consent wait no guardian would end, or parked a suspended student
    where coming of age would admit them without a guardian or a steward."""
    with scopes_disabled():
        member = Membership.objects.get(network=world.alpha, user=world.personas["member"])
    client = client_for(world.personas["steward"])

    page = client.get("/n/alpha/roster/").content.decode()
    for status in (MembershipStatus.PENDING_CONSENT, MembershipStatus.INVITED):
        refused = client.post(
            f"/n/alpha/roster/{member.pk}/status/",
            {"status": status, "note": "testing"},
            follow=True,
        )
        assert "Choose one of the listed statuses." in refused.content.decode()
        assert _status_of(member) == MembershipStatus.ACTIVE
    menu = page[page.index(f'id="status-{member.pk}"') :]
    menu = menu[: menu.index("</select>")]
    assert 'value="pending_consent"' not in menu
    assert 'value="invited"' not in menu
    assert 'value="alumni"' in menu
    # The filter still lists every status.
    assert '<option value="pending_consent"' in page[: page.index("<table")]


def test_a_steward_who_ends_their_own_membership_lands_on_the_front_door(world: World) -> None:
    with scopes_disabled():
        MembershipFactory(network=world.alpha, role=Role.STEWARD)
        own = Membership.objects.get(network=world.alpha, user=world.personas["steward"])
    client = client_for(world.personas["steward"])

    done = client.post(
        f"/n/alpha/roster/{own.pk}/status/",
        {"status": "alumni", "note": "Stepping back", "confirm": "yes"},
    )

    assert done["Location"] == "/"
    assert _status_of(own) == MembershipStatus.ALUMNI


def test_ending_ones_own_membership_twice_says_it_ended_and_changes_nothing(
    world: World,
) -> None:
    """A double tap, or a retry on bad wifi: the second request came after the membership
    had ended, and the network's middleware answered a bare "not found". It now lands on the
    front door saying what happened, as does a later visit to any of the network's pages."""
    with scopes_disabled():
        MembershipFactory(network=world.alpha, role=Role.STEWARD)
        own = Membership.objects.get(network=world.alpha, user=world.personas["steward"])
    client = client_for(world.personas["steward"])
    url = f"/n/alpha/roster/{own.pk}/status/"
    sent = {"status": "alumni", "note": "Stepping back", "confirm": "yes"}

    first = client.post(url, sent, follow=True)
    overrides = _audited(own, "membership.status_overridden")
    again = client.post(url, {**sent, "note": "Stepping back for good"}, follow=True)
    later = client.get("/n/alpha/roster/", follow=True)

    ended = "Your membership of Alpha Collaboratory has ended."
    assert first.content.decode().count(ended) == 1
    for answer in (again, later):
        assert answer.redirect_chain[0] == ("/", 302)
        assert answer.status_code == 200
        assert ended in answer.content.decode()
    with scopes_disabled():
        own.refresh_from_db()
    assert (own.status, own.status_note) == (MembershipStatus.ALUMNI, "Stepping back")
    assert _audited(own, "membership.status_overridden") == overrides == 1


def test_ending_a_membership_on_the_roster_asks_first_and_errors_sit_beside_the_field(
    world: World,
) -> None:
    """ "Removed" or "Alumni" and Set ended a membership at once, with no second look; a
    missing note came back as a line at the top of a long roster, far from the row."""
    with scopes_disabled():
        member = Membership.objects.get(network=world.alpha, user=world.personas["member"])
    client = client_for(world.personas["steward"])
    url = f"/n/alpha/roster/{member.pk}/status/"

    asked = client.post(url, {"status": "removed", "note": "No longer in the region"})
    blank = client.post(url, {"status": "removed", "note": "  "})
    kept_active = _status_of(member)
    done = client.post(
        url, {"status": "removed", "note": "No longer in the region", "confirm": "yes"}
    )

    page = asked.content.decode()
    assert asked.status_code == 200
    assert kept_active == MembershipStatus.ACTIVE
    assert world.personas["member"].full_name in page
    assert 'name="confirm" value="yes"' in page
    assert 'value="No longer in the region"' in page
    assert "no longer be a member" in page
    # The note's error is on the note field, with the form kept.
    blank_page = blank.content.decode()
    assert blank.status_code == 200
    assert 'id="id_note_error"' in blank_page or "errorlist" in blank_page
    assert blank_page.index("errorlist") > blank_page.index('for="id_status"')
    assert done["Location"] == "/n/alpha/roster/"
    assert _status_of(member) == MembershipStatus.REMOVED


def test_two_taps_before_any_page_loads_say_it_once(world: World) -> None:
    """The second tap is sent before the first's answer is shown: the front door says the
    membership ended once, not twice."""
    with scopes_disabled():
        MembershipFactory(network=world.alpha, role=Role.STEWARD)
        own = Membership.objects.get(network=world.alpha, user=world.personas["steward"])
    client = client_for(world.personas["steward"])
    url = f"/n/alpha/roster/{own.pk}/status/"
    sent = {"status": "alumni", "note": "Stepping back", "confirm": "yes"}

    taps = [client.post(url, sent)["Location"] for _ in range(2)]
    home = client.get("/", follow=True).content.decode()

    assert taps == ["/", "/"]
    assert home.count("Your membership of Alpha Collaboratory has ended.") == 1
