"""A youth member's guardians hear where their child will be: once per answer, and again
when a seat opens for a child who was on the waitlist."""

from __future__ import annotations

from django.core import mail
from django_scopes import scopes_disabled

from collaboratory.gatherings.models import Gathering, Rsvp, RsvpStatus
from collaboratory.gatherings.services import rsvp_submit, substitution_decide, substitution_request
from collaboratory.people.models import User
from tests.conftest import World, client_for
from tests.factories import GatheringFactory, MembershipFactory

GUARDIAN = "guardian@alpha.example"


def _youth(world: World) -> User:
    user = world.personas["youth_member"]
    assert user is not None
    return user


def _told() -> list[tuple[str, str]]:
    return [(m.subject, m.body) for m in mail.outbox if m.to == [GUARDIAN]]


def _answer(gathering: Gathering, user: User, answer: str) -> int:
    response = client_for(user).post(
        f"/n/alpha/gatherings/{gathering.pk}/",
        {"action": "rsvp", "answer": answer, "both_parts": "on"},
    )
    return response.status_code


def test_an_answer_sent_twice_tells_the_guardian_once(world: World) -> None:
    """A double tap, or a retry on bad wifi, sent the guardian the same email twice."""
    gathering = GatheringFactory(network=world.alpha, youth_take_part=True, parts=1)
    mail.outbox.clear()

    assert [_answer(gathering, _youth(world), "yes") for _ in range(2)] == [302, 302]

    assert len(_told()) == 1


def test_a_changed_answer_tells_the_guardian_again(world: World) -> None:
    gathering = GatheringFactory(network=world.alpha, youth_take_part=True, parts=1)
    mail.outbox.clear()

    _answer(gathering, _youth(world), "yes")
    _answer(gathering, _youth(world), "no")

    assert [body.split("\n")[0].rsplit(": ", 1)[1] for _subject, body in _told()] == [
        "Coming.",
        "Not coming.",
    ]


def test_the_guardian_is_told_when_the_youth_gets_a_seat_off_the_waitlist(
    world: World,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    """The guardian last read "On the waitlist"; the seat that opened later, and with it
    where the child will be, reached the youth (the notice task) but never the guardian."""
    gathering = GatheringFactory(
        network=world.alpha, youth_take_part=True, parts=1, capacity=1, title="Full Gathering"
    )
    adult = MembershipFactory(network=world.alpha).user
    with scopes_disabled():
        rsvp_submit(gathering=gathering, user=adult, answer="yes")
    _answer(gathering, _youth(world), "yes")
    name = _youth(world).full_name
    assert [s for s, _body in _told()] == [f"{name} answered the RSVP for Full Gathering"]
    mail.outbox.clear()

    with scopes_disabled(), django_capture_on_commit_callbacks(execute=True):
        rsvp_submit(gathering=gathering, user=adult, answer="no")

    with scopes_disabled():
        assert Rsvp.objects.get(gathering=gathering, user=_youth(world)).status == (
            RsvpStatus.CONFIRMED
        )
    told = _told()
    assert [s for s, _body in told] == [f"A seat opened for {name} at Full Gathering"]
    assert "now has a seat: Coming." in told[0][1]
    assert "When: " in told[0][1]


def test_an_adult_promoted_off_the_waitlist_sends_no_guardian_email(
    world: World,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    gathering = GatheringFactory(network=world.alpha, parts=1, capacity=1)
    seated, waiting = (MembershipFactory(network=world.alpha).user for _ in range(2))
    with scopes_disabled():
        for user in (seated, waiting):
            rsvp_submit(gathering=gathering, user=user, answer="yes")
        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            rsvp_submit(gathering=gathering, user=seated, answer="no")

    assert mail.outbox == []


def test_the_guardian_is_told_when_a_substitute_takes_the_youths_seat(
    world: World,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    """Approving a substitute turns the member's "yes" into "no". For a youth member the
    guardian last read "Coming" and was never told otherwise."""
    gathering = GatheringFactory(network=world.youth, parts=1, title="Cohort Retreat")
    youth = _youth(world)
    with scopes_disabled():
        rsvp_submit(gathering=gathering, user=youth, answer="yes")
        substitution = substitution_request(
            gathering=gathering,
            member=youth,
            name="Sam Standin",
            email="sam@example.org",
            reason="Exams that week",
        )
    mail.outbox.clear()

    with scopes_disabled(), django_capture_on_commit_callbacks(execute=True):
        substitution_decide(
            substitution=substitution, approve=True, actor=world.personas["steward"]
        )

    told = _told()
    assert [subject for subject, _body in told] == [
        f"{youth.full_name} will not be at Cohort Retreat"
    ]
    assert "Sam Standin" not in told[0][1]  # a stranger's name is not the guardian's business
    assert "Not coming." in told[0][1]
