"""Two invitations to one address sent at once (a double click reaching two server
processes, or two stewards) make one invitation: the second waits for the first, then is
refused as "already waiting"."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django_scopes import scopes_disabled

from collaboratory.networks.models import Invitation
from collaboratory.networks.services import invitation_create
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
