"""On the day, a member who is checked in is in the room: the gathering page asks them
nothing more and offers nobody in their place. Found on the demo (2026-12-06): someone
checked in whose RSVP was "maybe" or "no" still got the RSVP form ("Answer yes first" for a
stipend, too), and a member who checked in during the two hours before the start was
offered "Ask to send a substitute", which the service then stored."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.gatherings.models import Gathering, Rsvp, RsvpStatus, Substitution
from collaboratory.gatherings.selectors import check_in_code_for
from collaboratory.gatherings.services import (
    attendance_check_in,
    attendance_door_check_in,
    rsvp_submit,
    substitution_decide,
    substitution_request,
)
from tests.conftest import World, client_for
from tests.factories import GatheringFactory, MembershipFactory

HERE = (
    "You are checked in, so you are here whatever you answered before: there is nothing to answer."
)
NO_STIPEND = (
    "A travel stipend is asked for with a yes before the gathering. "
    "You came without one: if you need a stipend, ask a steward."
)
NO_SUBSTITUTE = (
    "You are checked in to this gathering, so nobody can come in your place. "
    "If you must leave, tell a steward."
)


def starting_at(world: World, at: datetime, capacity: int | None = None) -> Gathering:
    """A two-part gathering with no RSVP deadline: only its end closes the RSVPs."""
    return GatheringFactory(
        network=world.alpha, first_part_at=at.replace(microsecond=0), capacity=capacity
    )


def local_day(gathering: Gathering, at: datetime) -> date:
    return at.astimezone(ZoneInfo(gathering.network.time_zone)).date()


def check_in(gathering: Gathering, member) -> None:  # type: ignore[no-untyped-def]
    """With the room's code of the reception's day, as the member's phone does."""
    with scopes_disabled():
        part = gathering.parts.get(title="Welcome reception and dinner")
        code = check_in_code_for(gathering=gathering, day=local_day(gathering, part.starts_at))
        attendance_check_in(gathering=gathering, user=member, code=code)


def answer(gathering: Gathering, member, said: str) -> None:  # type: ignore[no-untyped-def]
    with scopes_disabled():
        rsvp_submit(
            gathering=gathering,
            user=member,
            answer=said,
            both_parts=True,
            now=gathering.starts_at - timedelta(days=2),
        )


def main(client, url: str) -> str:  # type: ignore[no-untyped-def]
    page = client.get(url, HTTP_HOST="127.0.0.1").content.decode()
    return page[page.index("<main") : page.index("</main>")]


def yes_then_check_in(world: World, starts_in: timedelta) -> tuple[Gathering, str, str]:
    """The member says yes, then checks in: the gathering and its page before and after."""
    gathering = starting_at(world, timezone.now() + starts_in)
    member = world.personas["member"]
    answer(gathering, member, "yes")
    client = client_for(member)
    url = f"/n/alpha/gatherings/{gathering.pk}/"
    before = main(client, url)
    check_in(gathering, member)
    return gathering, before, main(client, url)


def ask_for_sam(gathering: Gathering, member, **when: datetime) -> Substitution:  # type: ignore[no-untyped-def]
    with scopes_disabled():
        return substitution_request(
            gathering=gathering,
            member=member,
            name="Sam Stand-In",
            email="sam@example.org",
            reason="Called away.",
            **when,
        )


@pytest.mark.parametrize("said", ["maybe", "no", "waitlisted"])
def test_checked_in_after_a_maybe_or_no_is_asked_nothing(world: World, said: str) -> None:
    """Someone checked in whose answer is not a seated "yes" is treated as attending, as one
    checked in without any answer already was."""
    gathering = starting_at(
        world, timezone.now() - timedelta(hours=1), capacity=1 if said == "waitlisted" else None
    )
    member = world.personas["member"]
    if said == "waitlisted":
        answer(gathering, MembershipFactory(network=world.alpha).user, "yes")
    answer(gathering, member, "yes" if said == "waitlisted" else said)
    client = client_for(member)
    url = f"/n/alpha/gatherings/{gathering.pk}/"
    before = main(client, url)

    with scopes_disabled():
        part = gathering.parts.get(title="Welcome reception and dinner")
        attendance_door_check_in(part=part, user_id=member.pk, actor=world.personas["steward"])
    after = main(client, url)

    assert "Save my answer" in before
    assert HERE in after
    for offer in ("Save my answer", "Will you come?", "Answer yes first", "on the waitlist"):
        assert offer not in after, offer
    assert NO_STIPEND in after
    assert "Ask to send a substitute" not in after


def test_checked_in_before_the_start_is_offered_no_substitute_or_new_answer(
    world: World,
) -> None:
    """Check-in opens two hours before the start; once in, neither the substitute form nor
    the RSVP form is offered (a "no" then gave the seat of someone in the room away)."""
    _, before, after = yes_then_check_in(world, timedelta(hours=1))

    assert ("Ask to send a substitute" in before, "Save my answer" in before) == (True, True)
    assert "You are checked in to Welcome reception and dinner." in after
    assert "Your answer: Coming" in after
    assert "Ask to send a substitute" not in after
    assert NO_SUBSTITUTE in after
    assert "Save my answer" not in after
    assert "RSVPs are closed" not in after
    assert "Ask for a stipend" in after  # a seated "yes" may still ask, as before


def test_the_service_refuses_a_substitute_for_someone_checked_in(world: World) -> None:
    gathering = starting_at(world, timezone.now() + timedelta(hours=1))
    member = world.personas["member"]
    answer(gathering, member, "yes")
    check_in(gathering, member)

    with pytest.raises(ValidationError) as refused:
        ask_for_sam(gathering, member)

    assert refused.value.messages == [NO_SUBSTITUTE]
    with scopes_disabled():
        assert not Substitution.objects.filter(gathering=gathering).exists()


def test_a_substitute_posted_from_a_page_left_open_is_refused_in_its_section(
    world: World,
) -> None:
    gathering = starting_at(world, timezone.now() + timedelta(hours=1))
    member = world.personas["member"]
    answer(gathering, member, "yes")
    check_in(gathering, member)

    response = client_for(member).post(
        f"/n/alpha/gatherings/{gathering.pk}/",
        {
            "action": "substitute",
            "sub_name": "Sam Stand-In",
            "sub_email": "sam@example.org",
            "sub_reason": "Called away.",
        },
        HTTP_HOST="127.0.0.1",
    )

    page = response.content.decode()
    section = page[page.index('id="substitute"') :]
    assert NO_SUBSTITUTE in section
    with scopes_disabled():
        assert not Substitution.objects.filter(gathering=gathering).exists()


def test_the_service_refuses_a_new_answer_from_someone_checked_in(world: World) -> None:
    """A "no" from someone in the room freed their seat for the waitlist while they sat in
    it. Refused with the reason, and nothing changes."""
    gathering = starting_at(world, timezone.now() - timedelta(hours=1))
    member = world.personas["member"]
    answer(gathering, member, "yes")
    check_in(gathering, member)

    with scopes_disabled(), pytest.raises(ValidationError) as refused:
        rsvp_submit(gathering=gathering, user=member, answer="no")

    assert refused.value.messages == [
        "You are checked in to Welcome reception and dinner, so your answer no longer "
        "changes. If you must leave, tell a steward."
    ]
    with scopes_disabled():
        assert Rsvp.objects.get(gathering=gathering, user=member).status == RsvpStatus.CONFIRMED


def test_between_the_parts_the_answer_may_change_again(world: World) -> None:
    """Checked in to the reception, a member who cannot come to the meeting the next day
    may still say so once the reception is over: the refusal holds while the part they are
    checked in to is under way."""
    gathering = starting_at(world, timezone.now() - timedelta(hours=1))
    member = world.personas["member"]
    answer(gathering, member, "yes")
    check_in(gathering, member)

    with scopes_disabled():
        rsvp = rsvp_submit(
            gathering=gathering,
            user=member,
            answer="no",
            now=gathering.starts_at + timedelta(hours=5),
        )

    assert rsvp.status == RsvpStatus.DECLINED


def test_make_a_commitment_is_offered_once_checked_in(world: World) -> None:
    """The live room takes commitments only from people checked in: the gathering page
    offered "Make a commitment" to everyone while check-in was open (even to a "no"), where
    the check-in page and the home offer it only once they are in."""
    gathering, before, after = yes_then_check_in(world, timedelta(hours=-1))

    link = f'href="/n/alpha/live/{gathering.pk}/">Make a commitment</a>'
    assert (link in before, link in after) == (False, True)
    assert "Commitments board" in before  # the room's board is for everyone to follow


def test_a_substitute_asked_for_before_the_member_checked_in_is_not_approved(
    world: World,
) -> None:
    """Asked for the day before, then the member came after all and checked in: approving
    gave the substitute a pass to the seat of someone in the room. The check-in closes the
    request itself (below), so the steward's approval finds it decided, and nothing changes."""
    gathering = starting_at(world, timezone.now() + timedelta(hours=1))
    member = world.personas["member"]
    answer(gathering, member, "yes")
    asked = ask_for_sam(gathering, member, now=gathering.starts_at - timedelta(days=1))
    check_in(gathering, member)

    with scopes_disabled(), pytest.raises(ValidationError) as refused:
        substitution_decide(substitution=asked, approve=True, actor=world.personas["steward"])

    assert refused.value.messages == ["This request has already been decided."]
    with scopes_disabled():
        asked.refresh_from_db()
        assert asked.status == "denied"
        assert asked.pass_digest == ""
        assert Rsvp.objects.get(gathering=gathering, user=member).status == RsvpStatus.CONFIRMED


CLOSED = (
    "You are checked in, so nobody comes in your place: your request for Sam Stand-In is closed."
)


@pytest.mark.parametrize("where", ["phone", "door"])
def test_checking_in_closes_a_waiting_substitute_request(
    world: World,
    where: str,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    """A request still waiting when its member checked in (on their phone or at the door)
    stayed in the stewards' queue, "Waiting for a steward", until one denied it (approval
    is refused). The check-in now closes it as denied, once, on the record with its reason,
    and sends no email (a steward's deny sends none); the member's page and the stewards'
    list say why. Failed on the old code: the request stayed pending."""
    gathering = starting_at(world, timezone.now() + timedelta(hours=1))
    member, steward = world.personas["member"], world.personas["steward"]
    answer(gathering, member, "yes")
    asked = ask_for_sam(gathering, member, now=gathering.starts_at - timedelta(days=1))
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        if where == "phone":
            check_in(gathering, member)
        else:
            with scopes_disabled():
                part = gathering.parts.get(title="Welcome reception and dinner")
                # As it starts: an hour before, after 23:00 local, is the day before its
                # first day, when the door list is closed (CI at 04:00 UTC).
                attendance_door_check_in(
                    part=part, user_id=member.pk, actor=steward, now=gathering.starts_at
                )

    with scopes_disabled():
        asked.refresh_from_db()
        closed = list(
            AuditEvent.objects.filter(
                action="substitution.denied", target_id=str(asked.pk)
            ).values_list("actor_id", "data")
        )
    assert asked.status == "denied"
    assert asked.decided_at is not None
    assert closed == [
        ((member if where == "phone" else steward).pk, {"reason": "member_checked_in"})
    ]
    assert mail.outbox == []
    page = main(client_for(member), f"/n/alpha/gatherings/{gathering.pk}/")
    assert CLOSED in page
    assert "Waiting for a steward" not in page
    manage = client_for(steward).get(f"/n/alpha/gatherings/{gathering.pk}/manage/").content
    assert "is checked in, so nobody comes in their place" in manage.decode()
    assert 'value="substitution_approve"' not in manage.decode()


FULL = (
    "The gathering is full and you hold no seat in it, so a substitute could not come in "
    "your place. Ask again if a seat frees up."
)


@pytest.mark.parametrize("said", [None, "maybe", "no"])
def test_a_full_gathering_offers_no_substitute_to_someone_without_a_seat(
    world: World, said: str | None
) -> None:
    """Found on the demo's next gathering (50 of 50 taken): the form was offered to every
    member without a seat, and `substitution_request` refused what it sent. The page now
    says the refusal where the form was; the member holding the seat keeps the form."""
    gathering = starting_at(world, timezone.now() + timedelta(days=10), capacity=1)
    seated = MembershipFactory(network=world.alpha).user
    answer(gathering, seated, "yes")
    member = world.personas["member"]
    if said is not None:
        answer(gathering, member, said)
    url = f"/n/alpha/gatherings/{gathering.pk}/"

    page = main(client_for(member), url)
    theirs = main(client_for(seated), url)

    assert "Ask to send a substitute" not in page
    assert FULL in page
    assert "Ask to send a substitute" in theirs
    with pytest.raises(ValidationError) as refused:
        ask_for_sam(gathering, member)
    assert refused.value.messages == [FULL]  # the page says what the service says


def test_checked_in_at_the_door_before_the_window_is_offered_no_substitute(
    world: World,
) -> None:
    """The door list checks people in from the gathering's first day, hours before the
    two-hour window: the ledger had them, `substitution_request` refused them, and the page,
    which asked the ledger only in the window, still offered the form. Their answer may
    change until the window (the rule `rsvp_submit` keeps), so the RSVP form stays."""
    now = timezone.now()
    # A zone where it is morning now, so a start four hours on falls on the same day.
    world.alpha.time_zone = next(
        zone
        for zone in (
            "Pacific/Kiritimati",
            "Asia/Tokyo",
            "Europe/London",
            "America/Chicago",
            "Pacific/Honolulu",
            "Etc/GMT+12",
        )
        if now.astimezone(ZoneInfo(zone)).hour < 15
    )
    world.alpha.save(update_fields=["time_zone"])
    gathering = starting_at(world, now + timedelta(hours=4))
    member = world.personas["member"]
    answer(gathering, member, "yes")
    with scopes_disabled():
        part = gathering.parts.get(title="Welcome reception and dinner")
        attendance_door_check_in(part=part, user_id=member.pk, actor=world.personas["steward"])

    page = main(client_for(member), f"/n/alpha/gatherings/{gathering.pk}/")

    assert "Ask to send a substitute" not in page
    assert NO_SUBSTITUTE in page
    assert "Save my answer" in page
