"""A nomination sent twice at once (a double click reaching two server processes) is stored
once: the second request waits for the first and is told it is already in."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django_scopes import scopes_disabled

from collaboratory.networks.models import Nomination, Sector
from collaboratory.networks.services import nomination_create
from tests.conftest import World
from tests.races import second_after_first_reads

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_nomination_sent_twice_at_once_is_stored_once(world: World) -> None:
    """The duplicate check read outside any transaction: the second request, landing
    between the first one's check and its write, found nothing and stored a second card."""
    member = world.personas["member"]
    with scopes_disabled():
        sector = Sector.objects.filter(network=world.alpha).first()

    def nominate() -> None:
        nomination_create(
            network=world.alpha,
            nominator=member,  # type: ignore[arg-type]
            nominee_name="Twice Person",
            nominee_email="twice@elsewhere.example",
            organization_name="Elsewhere Trust",
            sector=sector,  # type: ignore[arg-type]
            reasons="Convenes people across the region and keeps every promise.",
        )

    refused: list[Exception] = []

    def second() -> None:
        try:
            with scopes_disabled():
                nominate()
        except ValidationError as error:
            refused.append(error)

    second_after_first_reads(
        nominate, second, reads=lambda sql: 'AS "a" FROM "networks_nomination"' in sql
    )

    with scopes_disabled():
        assert Nomination.objects.filter(nominee_email="twice@elsewhere.example").count() == 1
    assert [e.messages for e in refused] == [
        ["You have already nominated twice@elsewhere.example; the stewards will review it."]
    ]
