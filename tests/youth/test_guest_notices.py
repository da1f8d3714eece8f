"""Youth guests hear of a host gathering as members do (architecture.md, "Youth guests"):
the announcement, the RSVP reminder and the reminder before it, once each, in their own
language; a gathering youth do not take part in tells them nothing. The notices carry no
adult's contact details (safeguards.md: none visible to adults... nor to minors by mail)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.gatherings.services import gathering_announce, notices_send_due, rsvp_submit
from collaboratory.people.models import User
from tests.conftest import World
from tests.factories import GatheringFactory

pytestmark = pytest.mark.django_db

START = (timezone.now() + timedelta(days=60)).replace(microsecond=0)
DEADLINE = START - timedelta(days=21)


def _gathering(world: World, *, youth: bool, title: str):  # type: ignore[no-untyped-def]
    gathering = GatheringFactory(
        network=world.alpha,
        title=title,
        first_part_at=START,
        rsvp_deadline=DEADLINE,
        parts=1,
    )
    with scopes_disabled():
        type(gathering).objects.filter(pk=gathering.pk).update(youth_take_part=youth)
        gathering.refresh_from_db()
        gathering_announce(
            gathering=gathering, actor=world.personas["steward"], now=START - timedelta(days=40)
        )
    return gathering


def _send(world: World, now):  # type: ignore[no-untyped-def]
    with scopes_disabled():
        return notices_send_due(network=world.alpha, now=now)


def _to(user: User) -> list[mail.EmailMessage]:
    return [m for m in mail.outbox if user.email in m.to]


def test_a_youth_guest_gets_the_gatherings_notices_once_each_in_their_language(
    world: World,
) -> None:
    youth = world.personas["youth_member"]
    assert youth is not None
    with scopes_disabled():
        User.objects.filter(pk=youth.pk).update(language="es")
    shared = _gathering(world, youth=True, title="Shared summer gathering")
    _gathering(world, youth=False, title="Members only gathering")
    mail.outbox.clear()

    _send(world, START - timedelta(days=40))
    _send(world, START - timedelta(days=39))  # again: nothing twice
    announced = _to(youth)
    mail.outbox.clear()
    _send(world, DEADLINE - timedelta(days=14))
    _send(world, DEADLINE - timedelta(days=13))
    reminded = _to(youth)
    with scopes_disabled():
        rsvp_submit(gathering=shared, user=youth, answer="yes", now=DEADLINE - timedelta(days=2))
    mail.outbox.clear()
    _send(world, START - timedelta(days=2))
    _send(world, START - timedelta(days=1))
    soon = _to(youth)

    assert [m.subject for m in announced] == ["Estás invitado: Shared summer gathering"]
    assert f"/n/alpha/gatherings/{shared.pk}/" in announced[0].body
    assert len(reminded) == 1
    assert f"/n/alpha/gatherings/{shared.pk}/" in reminded[0].body
    assert len(soon) == 1
    assert "Shared summer gathering" in soon[0].subject
    steward = world.personas["steward"]
    assert steward is not None
    for message in announced + reminded + soon:
        assert "Members only" not in message.subject
        assert steward.email not in message.body
