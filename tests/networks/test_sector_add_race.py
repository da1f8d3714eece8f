"""Two stewards add the same sector at once ("Health" and "health"). The list was read and
checked outside the write's transaction, so both passed the check: two rows differing only
in case (or, spelled alike, a 500 on the unique constraint). Read under the network's lock,
the second is refused with the usual message. Failed on the old code (two rows)."""

from __future__ import annotations

import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django_scopes import scopes_disabled

from collaboratory.networks.models import Network, Role, Sector
from collaboratory.networks.services.memberships import sector_add
from tests.factories import MembershipFactory, NetworkFactory
from tests.seating.races import before_statement

pytestmark = pytest.mark.django_db(transaction=True)


def test_two_stewards_adding_one_sector_at_once_add_it_once() -> None:
    network = NetworkFactory()
    stewards = [MembershipFactory(network=network, role=Role.STEWARD).user for _ in range(2)]
    refusals: list[ValidationError] = []

    def second_steward() -> None:
        try:
            sector_add(network=Network.objects.get(pk=network.pk), name="health", actor=stewards[1])
        except ValidationError as error:
            refusals.append(error)

    started: list[threading.Thread] = []
    with connection.execute_wrapper(
        before_statement('INSERT INTO "NETWORKS_SECTOR"', second_steward, started)
    ):
        sector_add(network=network, name="Health", actor=stewards[0])
    started[0].join()

    with scopes_disabled():
        added = [s.name for s in Sector.objects.filter(network=network, name__iexact="health")]
    assert added == ["Health"]
    assert len(refusals) == 1
    assert "already on the list" in " ".join(refusals[0].messages)
