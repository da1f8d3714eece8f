"""Announcement and reminders: sent when due, each exactly once, retried after a failure.
The clock moves by passing `now=`."""

from __future__ import annotations

import smtplib
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.gatherings.models import NoticeSent
from collaboratory.gatherings.selectors import gathering_settings_for
from collaboratory.gatherings.services import gathering_announce, notices_send_due, rsvp_submit
from collaboratory.periodic.registry import registered
from tests.conftest import World
from tests.factories import GatheringFactory, MembershipFactory

START = (timezone.now() + timedelta(days=60)).replace(microsecond=0)
DEADLINE = START - timedelta(days=21)


class FailingBackend(BaseEmailBackend):
    """An SMTP server that is down."""

    def send_messages(self, email_messages):  # type: ignore[no-untyped-def]
        raise ConnectionRefusedError("smtp down")


class SilentBackend(BaseEmailBackend):
    """An SMTP server that takes the connection and never answers: each try waits out the
    timeout (30 s in production), counted here instead of waited."""

    tries = 0

    def send_messages(self, email_messages):  # type: ignore[no-untyped-def]
        SilentBackend.tries += 1
        raise TimeoutError("timed out")


class RefusingBackend(BaseEmailBackend):
    """A server that refuses one mailbox and takes the rest."""

    def send_messages(self, email_messages):  # type: ignore[no-untyped-def]
        if email_messages[0].to == ["member@alpha.example"]:
            raise smtplib.SMTPRecipientsRefused({"member@alpha.example": (550, b"no")})
        mail.outbox.extend(email_messages)
        return len(email_messages)


@pytest.fixture
def announced(world: World):  # type: ignore[no-untyped-def]
    gathering = GatheringFactory(
        network=world.alpha, title="Summer Gathering", first_part_at=START, rsvp_deadline=DEADLINE
    )
    with scopes_disabled():
        gathering_announce(
            gathering=gathering, actor=world.personas["steward"], now=START - timedelta(days=40)
        )
    return gathering


def send(world: World, now):  # type: ignore[no-untyped-def]
    with scopes_disabled():
        return notices_send_due(network=world.alpha, now=now)


def subjects() -> list[str]:
    return sorted({m.subject for m in mail.outbox})


def test_the_announcement_goes_to_every_member_once(world: World, announced) -> None:  # type: ignore[no-untyped-def]
    first = send(world, START - timedelta(days=40))
    second = send(world, START - timedelta(days=39))

    # Alpha: member, steward, canary person.
    assert (first, second) == (3, 0)
    assert subjects() == ["You are invited: Summer Gathering"]
    assert f"/n/alpha/gatherings/{announced.pk}/" in mail.outbox[0].body


def test_the_rsvp_reminder_waits_for_its_offset_and_skips_those_who_answered(
    world: World,
    announced,  # type: ignore[no-untyped-def]
) -> None:
    with scopes_disabled():
        rsvp_submit(
            gathering=announced,
            user=world.personas["member"],
            answer="no",
            now=START - timedelta(days=40),
        )
    send(world, START - timedelta(days=40))
    mail.outbox.clear()

    too_early = send(world, DEADLINE - timedelta(days=15))
    due = send(world, DEADLINE - timedelta(days=14))
    again = send(world, DEADLINE - timedelta(days=1))

    assert (too_early, due, again) == (0, 2, 0)
    assert world.personas["member"].email not in [m.to[0] for m in mail.outbox]
    assert subjects() == ["Will you come to Summer Gathering?"]


def test_the_gathering_reminder_goes_to_those_coming_two_days_before(
    world: World,
    announced,  # type: ignore[no-untyped-def]
) -> None:
    with scopes_disabled():
        rsvp_submit(
            gathering=announced,
            user=world.personas["member"],
            answer="yes",
            both_parts=True,
            now=START - timedelta(days=30),
        )
    send(world, START - timedelta(days=25))
    mail.outbox.clear()

    early = send(world, START - timedelta(days=3))
    due = send(world, START - timedelta(days=2))
    again = send(world, START - timedelta(hours=1))

    assert (early, due, again) == (0, 1, 0)
    assert [m.to for m in mail.outbox] == [[world.personas["member"].email]]
    assert subjects() == ["Soon: Summer Gathering"]


def test_a_failed_send_is_retried_on_the_next_run_and_then_sent_once(
    world: World,
    announced,
    settings,  # type: ignore[no-untyped-def]
) -> None:
    settings.EMAIL_BACKEND = "tests.gatherings.test_notices.FailingBackend"
    failed = send(world, START - timedelta(days=40))
    with scopes_disabled():
        logged_after_failure = NoticeSent.objects.count()
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

    retried = send(world, START - timedelta(days=39))
    later = send(world, START - timedelta(days=38))

    assert (failed, logged_after_failure, retried, later) == (0, 0, 3, 0)
    assert len(mail.outbox) == 3


def test_a_mail_server_that_never_answers_is_tried_once_per_run_not_once_per_member(
    world: World,
    announced,
    settings,  # type: ignore[no-untyped-def]
) -> None:
    """Each try at a silent server waits out the timeout: tried once per member, a run
    held the worker 30 s a member (an hour and more for a national network), and every
    other task waited behind it. The run stops at the first such failure; the next sends."""
    settings.EMAIL_BACKEND = "tests.gatherings.test_notices.SilentBackend"
    SilentBackend.tries = 0
    failed = send(world, START - timedelta(days=40))
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    retried = send(world, START - timedelta(days=39))

    assert (failed, SilentBackend.tries, retried) == (0, 1, 3)


def test_a_refused_mailbox_does_not_stop_the_others_notices(
    world: World,
    announced,
    settings,  # type: ignore[no-untyped-def]
) -> None:
    settings.EMAIL_BACKEND = "tests.gatherings.test_notices.RefusingBackend"
    sent = send(world, START - timedelta(days=40))

    assert sent == 2
    assert "member@alpha.example" not in {m.to[0] for m in mail.outbox}


def test_someone_promoted_from_the_waitlist_is_told_once(world: World) -> None:
    gathering = GatheringFactory(network=world.alpha, capacity=1, first_part_at=START)
    seated, waiting = (MembershipFactory(network=world.alpha).user for _ in range(2))
    now = START - timedelta(days=30)
    with scopes_disabled():
        gathering_announce(gathering=gathering, actor=world.personas["steward"], now=now)
        for user in (seated, waiting):
            rsvp_submit(gathering=gathering, user=user, answer="yes", both_parts=True, now=now)
        rsvp_submit(gathering=gathering, user=seated, answer="no", now=now)
    send(world, now)

    promoted = [m.to for m in mail.outbox if m.subject.startswith("A seat opened")]

    assert promoted == [[waiting.email]]
    assert send(world, now + timedelta(hours=1)) == 0


def test_the_sender_is_a_registered_periodic_task() -> None:
    names = [p.name for p in registered()]

    assert "collaboratory.gatherings.tasks.gathering_notices_send" in names


def test_promotion_is_told_even_when_the_gathering_was_never_announced_in_the_app(
    world: World,
) -> None:
    """Stewards may announce a gathering their own way; the waitlist page still promises
    "you will get an email if a seat opens", and that email answers the member's RSVP."""
    gathering = GatheringFactory(network=world.alpha, capacity=1, first_part_at=START)
    seated, waiting = (MembershipFactory(network=world.alpha).user for _ in range(2))
    now = START - timedelta(days=30)
    with scopes_disabled():
        for user in (seated, waiting):
            rsvp_submit(gathering=gathering, user=user, answer="yes", both_parts=True, now=now)
        rsvp_submit(gathering=gathering, user=seated, answer="no", now=now)
    send(world, now)

    promoted = [m.to for m in mail.outbox if m.subject.startswith("A seat opened")]

    assert promoted == [[waiting.email]]
    assert not [m for m in mail.outbox if m.subject.startswith("You are invited")]


def _options(world: World, **values: int) -> None:
    with scopes_disabled():
        options = gathering_settings_for(network=world.alpha)
        for name, value in values.items():
            setattr(options, name, value)
        options.save()


def test_the_rsvp_reminder_goes_on_its_calendar_day_across_the_change_of_clocks(
    world: World,
) -> None:
    """The deadline, 23:59 on 14 November in New York (after the clocks went back), less 14
    days of 24 hours fell at 00:59 on 1 November: a day late. It is due on 31 October."""
    zone = ZoneInfo("America/New_York")
    gathering = GatheringFactory(
        network=world.alpha,
        title="Autumn Gathering",
        first_part_at=datetime(2030, 11, 21, 18, tzinfo=zone),
        rsvp_deadline=datetime(2030, 11, 14, 23, 59, tzinfo=zone),
    )
    with scopes_disabled():
        gathering_announce(
            gathering=gathering,
            actor=world.personas["steward"],
            now=datetime(2030, 10, 1, tzinfo=zone),
        )
    send(world, datetime(2030, 10, 1, 12, tzinfo=zone))
    mail.outbox.clear()

    day_before = send(world, datetime(2030, 10, 30, 23, 30, tzinfo=zone))
    on_the_day = send(world, datetime(2030, 10, 31, 9, tzinfo=zone))

    assert (day_before, on_the_day) == (0, 3)
    assert subjects() == ["Will you come to Autumn Gathering?"]


def test_a_reminder_set_to_0_days_goes_on_the_gathering_s_own_day(world: World) -> None:
    """0 is offered by the settings form, but "from 0 days before the start until the
    start" is no time at all: the reminder never went."""
    _options(world, gathering_reminder_days=0, rsvp_reminder_days=0)
    zone = ZoneInfo("America/New_York")
    gathering = GatheringFactory(
        network=world.alpha,
        title="Same Day Gathering",
        first_part_at=datetime(2030, 6, 6, 18, tzinfo=zone),
        rsvp_deadline=datetime(2030, 6, 1, 23, 59, tzinfo=zone),
    )
    with scopes_disabled():
        gathering_announce(
            gathering=gathering,
            actor=world.personas["steward"],
            now=datetime(2030, 5, 1, tzinfo=zone),
        )
        rsvp_submit(
            gathering=gathering,
            user=world.personas["member"],
            answer="yes",
            both_parts=True,
            now=datetime(2030, 5, 2, tzinfo=zone),
        )
    send(world, datetime(2030, 5, 2, 12, tzinfo=zone))
    mail.outbox.clear()

    before_deadline_day = send(world, datetime(2030, 5, 31, 12, tzinfo=zone))
    deadline_day = send(world, datetime(2030, 6, 1, 8, tzinfo=zone))
    before_the_day = send(world, datetime(2030, 6, 5, 12, tzinfo=zone))
    the_day = send(world, datetime(2030, 6, 6, 8, tzinfo=zone))

    assert (before_deadline_day, deadline_day, before_the_day, the_day) == (0, 2, 0, 1)
    assert [(m.to, m.subject) for m in mail.outbox][-1] == (
        [world.personas["member"].email],
        "Soon: Same Day Gathering",
    )


def _promoted_told(world: World, now) -> list[list[str]]:  # type: ignore[no-untyped-def]
    send(world, now)
    told = [m.to for m in mail.outbox if m.subject.startswith("A seat opened")]
    mail.outbox.clear()
    return told


def test_someone_waitlisted_again_is_told_of_their_second_seat(world: World) -> None:
    """The page promises the email each time they wait; the sent-log of the first seat
    kept the second from going out."""
    gathering = GatheringFactory(network=world.alpha, capacity=1, first_part_at=START)
    ana, ben = (MembershipFactory(network=world.alpha).user for _ in range(2))
    now = START - timedelta(days=30)

    def answer(user, value: str) -> None:  # type: ignore[no-untyped-def]
        with scopes_disabled():
            rsvp_submit(gathering=gathering, user=user, answer=value, both_parts=True, now=now)

    answer(ana, "yes")
    answer(ben, "yes")
    answer(ana, "no")
    first = _promoted_told(world, now)
    answer(ben, "no")
    answer(ana, "yes")
    answer(ben, "yes")
    answer(ana, "no")
    second = _promoted_told(world, now + timedelta(hours=1))

    assert (first, second) == ([[ben.email]], [[ben.email]])


def test_a_seat_given_up_before_the_email_went_is_not_announced_later(world: World) -> None:
    """Promoted, then "no" before the sender ran, then "yes" to a free seat: they were told
    "you are off the waitlist", about a seat they had taken themselves."""
    gathering = GatheringFactory(network=world.alpha, capacity=2, first_part_at=START)
    ana, ben, cy = (MembershipFactory(network=world.alpha).user for _ in range(3))
    now = START - timedelta(days=30)
    with scopes_disabled():
        for user in (ana, cy, ben):
            rsvp_submit(gathering=gathering, user=user, answer="yes", both_parts=True, now=now)
        rsvp_submit(gathering=gathering, user=ana, answer="no", now=now)  # ben promoted
        rsvp_submit(gathering=gathering, user=ben, answer="no", now=now)
        rsvp_submit(gathering=gathering, user=ben, answer="yes", both_parts=True, now=now)

    assert _promoted_told(world, now) == []


def test_the_announcement_says_which_network_when_where_and_the_rsvp_deadline(
    world: World,
) -> None:
    """The announcement read only "<title> is open for RSVPs": a member of two networks, or
    one reading it on a phone, had to open the page to learn when and where it is."""
    start = datetime(START.year + 1, 3, 4, 23, 30, tzinfo=ZoneInfo("UTC"))
    world.alpha.time_zone = "America/Chicago"
    world.alpha.save()
    gathering = GatheringFactory(
        network=world.alpha,
        title="Summer Gathering",
        city="Tulsa",
        first_part_at=start,
        rsvp_deadline=start - timedelta(days=21),
    )
    with scopes_disabled():
        gathering_announce(
            gathering=gathering, actor=world.personas["steward"], now=start - timedelta(days=40)
        )
    send(world, start - timedelta(days=40))

    body = " ".join(mail.outbox[0].body.split())
    assert "Alpha Collaboratory invites you to Summer Gathering" in body
    # 23:30 UTC is 17:30 in Chicago, on the network's calendar day.
    day, deadline = start.date(), start.date() - timedelta(days=21)
    assert f"{day:%A} 4 March {day.year}, 17:30, Tulsa." in body
    assert f"Please answer by {deadline:%A} {deadline.day} {deadline:%B} {deadline.year}:" in body
