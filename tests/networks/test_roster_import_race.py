"""A roster import sent twice at once (a double click on Import reaching two server
processes) invites each person once: the second waits for the first, then is refused by
line because the invitations it would send are already waiting."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django_scopes import scopes_disabled

from collaboratory.networks.models import Invitation
from collaboratory.networks.roster_csv import RosterRow
from collaboratory.networks.services import roster_import
from tests.conftest import World
from tests.races import second_after_first_reads

pytestmark = pytest.mark.django_db(transaction=True)


def test_an_import_sent_twice_at_once_invites_each_person_once(world: World) -> None:
    """The re-check inside the transaction read the waiting invitations without a lock:
    on PostgreSQL the second request, reading before the first committed, found none and
    invited everyone again (two links, two emails each)."""
    steward = world.personas["steward"]
    rows = [
        RosterRow(line=2, email="one@race.example", full_name="One Person"),
        RosterRow(line=3, email="two@race.example", full_name="Two Person"),
    ]
    refused: list[ValidationError] = []

    def second() -> None:
        try:
            roster_import(network=world.alpha, rows=rows, actor=steward)
        except ValidationError as error:
            refused.append(error)

    imported = second_after_first_reads(
        lambda: roster_import(network=world.alpha, rows=rows, actor=steward),
        second,
        reads=lambda sql: 'FROM "networks_invitation"' in sql,
    )
    assert imported == 2

    with scopes_disabled():
        invited = sorted(
            Invitation.objects.filter(email__endswith="@race.example").values_list(
                "email", flat=True
            )
        )
    assert invited == ["one@race.example", "two@race.example"]
    assert [e.messages for e in refused] == [
        ["Lines 2, 3 can no longer be imported: check the file again."]
    ]
