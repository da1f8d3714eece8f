"""Two invitations to one address sent at once (a double click reaching two server
processes, or two stewards) make one invitation: the second waits for the first, then is
refused as "already waiting", unless it is the same steward's "Invite" of a nomination
again, which lands on the first's invitation."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django_scopes import scopes_disabled

from collaboratory.networks.models import Invitation, Nomination
from collaboratory.networks.services import invitation_create, nomination_decide
from tests.conftest import World
from tests.races import second_after_first_reads

pytestmark = pytest.mark.django_db(transaction=True)


def test_an_invitation_sent_twice_at_once_is_made_once(world: World) -> None:
    """The check for a waiting invitation read without a lock, and nothing in the schema
    keeps one waiting invitation per address: on PostgreSQL the second request, reading
    before the first committed, found none and sent a second link."""
    steward = world.personas["steward"]
    refused: list[ValidationError] = []

    def invite() -> Invitation:
        return invitation_create(
            network=world.alpha, email="ana@race.example", full_name="Ana", actor=steward
        )[0]

    def second() -> None:
        try:
            invite()
        except ValidationError as error:
            refused.append(error)

    second_after_first_reads(invite, second, reads=lambda sql: 'FROM "networks_invitation"' in sql)

    with scopes_disabled():
        made = Invitation.objects.filter(email="ana@race.example").count()
    assert made == 1
    assert len(refused) == 1
    assert "is already waiting" in refused[0].message_dict["email"][0]


def test_a_nominations_invite_pressed_twice_at_once_lands_on_one_invitation(world: World) -> None:
    """The same steward's "Invite" twice at once: the second waits for the first's lock,
    then finds its invitation and lands as it did, instead of "already waiting"."""
    steward = world.personas["steward"]
    with scopes_disabled():
        nomination = Nomination.objects.select_related("network").get(
            pk=world.objects[("alpha", "nomination")]
        )
    nomination_decide(nomination=nomination, accept=True, note="", actor=steward)
    seconds: list[Invitation] = []

    def invite() -> Invitation:
        return invitation_create(
            network=world.alpha, email="", full_name="", nomination=nomination, actor=steward
        )[0]

    first = second_after_first_reads(
        invite,
        lambda: seconds.append(invite()),
        reads=lambda sql: 'FROM "networks_invitation"' in sql,
    )

    with scopes_disabled():
        made = Invitation.objects.filter(nomination=nomination).count()
    assert made == 1
    assert [s.pk for s in seconds] == [first.pk]
