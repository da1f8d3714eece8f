"""What a member reads of their own part once they came, and why a substitute request was
closed. Found on review (2026-12-07): after a gathering, someone checked in whose answer was
"maybe", "no" or a place on the waitlist still read "Your answer: Maybe"; a request a
steward denied read "is checked in, so nobody comes in their place" once its member came;
and a member checked in as someone else's substitute left their own request waiting."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.gatherings.models import Gathering, Rsvp, RsvpStatus, Substitution
from collaboratory.gatherings.services import (
    attendance_check_in,
    attendance_door_check_in,
    substitution_check_in,
    substitution_decide,
)
from tests.conftest import World, client_for
from tests.factories import GatheringFactory, MembershipFactory, NetworkFactory, UserFactory
from tests.gatherings.test_check_in import thursday_code
from tests.gatherings.test_checked_in_answers import answer as _answer
from tests.gatherings.test_checked_in_answers import ask_for_sam, starting_at
from tests.gatherings.test_checked_in_answers import main as _main
from tests.gatherings.test_named_substitute_check_in import _named
from tests.migrations import migrate_to

CAME = "You came: you were checked in to this gathering."
CLOSED = (
    "You are checked in, so nobody comes in your place: your request for Sam Stand-In is closed."
)
CLOSED_FOR_STEWARDS = "is checked in, so nobody comes in their place"


def _door(gathering: Gathering, user, steward) -> None:  # type: ignore[no-untyped-def]
    """At the door, now or, for a gathering still to come, as it starts: the list opens on
    its first local day, which "an hour away" is not after 23:00 there (CI at 04:00 UTC)."""
    with scopes_disabled():
        part = gathering.parts.get(title="Welcome reception and dinner")
        at = max(timezone.now(), gathering.starts_at)
        attendance_door_check_in(part=part, user_id=user.pk, actor=steward, now=at)


def _ask_for_sam(gathering: Gathering, member) -> Substitution:  # type: ignore[no-untyped-def]
    return ask_for_sam(gathering, member, now=gathering.starts_at - timedelta(days=1))


def _two_pages(world: World, gathering: Gathering) -> tuple[str, str]:
    """The member's gathering page and the stewards' management page."""
    page = _main(client_for(world.personas["member"]), f"/n/alpha/gatherings/{gathering.pk}/")
    manage = client_for(world.personas["steward"]).get(
        f"/n/alpha/gatherings/{gathering.pk}/manage/"
    )
    return page, manage.content.decode()


# --- 1. After the gathering, one who came reads that they came ------------------------------


@pytest.mark.parametrize("said", ["maybe", "no", "waitlisted", None])
def test_after_the_gathering_one_who_came_reads_that_they_came(
    world: World, said: str | None
) -> None:
    """Checked in at the door after the end (the steward putting the ledger right), so the
    page was kept in the cache before: what it says must follow the ledger. The stored
    answer, and so every seat count, stays as it was."""
    gathering = starting_at(
        world, timezone.now() - timedelta(days=10), capacity=1 if said == "waitlisted" else None
    )
    member, steward = world.personas["member"], world.personas["steward"]
    if said == "waitlisted":
        _answer(gathering, MembershipFactory(network=world.alpha).user, "yes")
    if said is not None:
        _answer(gathering, member, "yes" if said == "waitlisted" else said)
    client = client_for(member)
    url = f"/n/alpha/gatherings/{gathering.pk}/"
    before = _main(client, url)

    _door(gathering, member, steward)
    after = _main(client, url)

    assert CAME not in before
    assert CAME in after
    for stale in ("Your answer:", "on the waitlist", "RSVPs are closed"):
        assert stale not in after, stale
    with scopes_disabled():
        stored = Rsvp.objects.filter(gathering=gathering, user=member).values_list(
            "status", flat=True
        )
        kept = {"waitlisted": RsvpStatus.WAITLISTED, "no": RsvpStatus.DECLINED}
        assert list(stored) == ([] if said is None else [kept.get(said, said)])


def test_after_the_gathering_a_yes_who_did_not_come_still_reads_their_answer(
    world: World,
) -> None:
    gathering = starting_at(world, timezone.now() - timedelta(days=10))
    member = world.personas["member"]
    _answer(gathering, member, "maybe")

    page = _main(client_for(member), f"/n/alpha/gatherings/{gathering.pk}/")

    assert "Your answer: Maybe" in page
    assert CAME not in page


def test_after_the_gathering_its_calendar_file_says_they_came(world: World) -> None:
    """The page still offers the gathering's .ics: after a "no" and a check-in it said
    "Not coming" of a gathering they came to."""
    gathering = starting_at(world, timezone.now() - timedelta(days=10))
    member = world.personas["member"]
    _answer(gathering, member, "no")
    _door(gathering, member, world.personas["steward"])

    ics = client_for(member).get(f"/n/alpha/gatherings/{gathering.pk}/gathering.ics")

    body = ics.content.decode()
    assert "Your RSVP: Came (checked in)" in body
    assert "Not coming" not in body


# --- 2. Why a request was closed ------------------------------------------------------------


def _waiting_request(world: World) -> tuple[Gathering, Substitution]:
    """The member said yes and asked for Sam the day before a gathering an hour away."""
    gathering = starting_at(world, timezone.now() + timedelta(hours=1))
    _answer(gathering, world.personas["member"], "yes")
    return gathering, _ask_for_sam(gathering, world.personas["member"])


def test_a_request_a_steward_denied_keeps_its_wording_once_the_member_comes(
    world: World,
) -> None:
    """Denied by a steward for a reason of their own, then the member came after all: the
    member's page and the stewards' list said the check-in had closed it."""
    gathering, asked = _waiting_request(world)
    with scopes_disabled():
        substitution_decide(substitution=asked, approve=False, actor=world.personas["steward"])
    _door(gathering, world.personas["member"], world.personas["steward"])

    page, manage = _two_pages(world, gathering)

    with scopes_disabled():
        asked.refresh_from_db()
    assert (asked.status, asked.closed_by) == ("denied", Substitution.ClosedBy.STEWARD)
    assert "Substitute Sam Stand-In: Denied." in page
    assert CLOSED not in page
    assert CLOSED_FOR_STEWARDS not in manage


def test_a_request_closed_by_the_check_in_says_so(world: World) -> None:
    gathering, asked = _waiting_request(world)
    _door(gathering, world.personas["member"], world.personas["steward"])

    page, manage = _two_pages(world, gathering)

    with scopes_disabled():
        asked.refresh_from_db()
    assert (asked.status, asked.closed_by) == ("denied", Substitution.ClosedBy.CHECK_IN)
    assert CLOSED in page
    assert CLOSED_FOR_STEWARDS in manage


# --- 3. Checked in on someone else's pass closes one's own waiting request ------------------


def _olga_named_with_her_own_request(world: World):  # type: ignore[no-untyped-def]
    """Olga, named as the member's substitute (approved), answered "maybe" (no seat) and
    asked for Sam to come in her place (a free seat)."""
    gathering, named, olga = _named(world)
    _answer(gathering, olga, "maybe")
    return gathering, named, olga, _ask_for_sam(gathering, olga)


@pytest.mark.parametrize("path", ["phone", "door member row", "door pass row"])
def test_checking_in_on_a_pass_closes_ones_own_waiting_request(world: World, path: str) -> None:
    gathering, named, olga, own = _olga_named_with_her_own_request(world)
    steward = world.personas["steward"]
    with scopes_disabled():
        if path == "phone":
            attendance_check_in(gathering=gathering, user=olga, code=thursday_code(gathering))
        elif path == "door member row":
            _door(gathering, olga, steward)
        else:
            substitution_check_in(substitution=named, actor=steward)
        own.refresh_from_db()
        named.refresh_from_db()

    assert named.checked_in_at is not None
    assert (own.status, own.closed_by) == ("denied", Substitution.ClosedBy.CHECK_IN)
    assert own.decided_at is not None


# --- 2b. Old rows: filled from the audit log ------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_old_denied_rows_take_why_from_the_audit_log(at_head: None) -> None:
    """gatherings 0011: a denied request whose audit row says the check-in closed it is
    "check_in"; every other denied one (no such row, and before stop 56 only stewards
    denied) is "steward"; a request not denied stays blank."""
    network = NetworkFactory()
    with scopes_disabled():
        gathering = GatheringFactory(network=network)
    old = migrate_to([("gatherings", "0010_one_pass_per_email"), ("audit", "0001_initial")])
    substitution = old.get_model("gatherings", "Substitution")
    audit = old.get_model("audit", "AuditEvent")
    now = timezone.now()
    rows = {}
    for name, status in (("by door", "denied"), ("by steward", "denied"), ("waiting", "pending")):
        rows[name] = substitution.objects.create(
            network_id=network.pk,
            gathering_id=gathering.pk,
            member_id=UserFactory().pk,
            name=name,
            email=f"{name.replace(' ', '')}@example.org",
            reason="Away",
            status=status,
            requested_at=now,
        ).pk
    audit.objects.create(
        action="substitution.denied",
        network_id=network.pk,
        target_type="gatherings.substitution",
        target_id=str(rows["by door"]),
        data={"reason": "member_checked_in"},
    )
    audit.objects.create(
        action="substitution.denied",
        network_id=network.pk,
        target_type="gatherings.substitution",
        target_id=str(rows["by steward"]),
    )

    new = migrate_to([("gatherings", "0011_substitution_closed_by"), ("audit", "0001_initial")])

    stored = new.get_model("gatherings", "Substitution").objects
    assert {name: stored.get(pk=pk).closed_by for name, pk in rows.items()} == {
        "by door": "check_in",
        "by steward": "steward",
        "waiting": "",
    }
