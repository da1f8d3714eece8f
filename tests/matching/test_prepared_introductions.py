"""A profile's "your requests to meet them" read is prepared (`networks.prepared`): for every
requester and member, in each of two networks, `introductions_asked` equals what the ORM
reads (newest first, at most ASKED_SHOWN), and another network's requests never come back."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from collaboratory.matching.models import IntroductionRequest
from collaboratory.matching.selectors_profiles import ASKED_SHOWN, introductions_asked
from collaboratory.matching.services_profiles import (
    introduction_consent_set,
    introduction_request,
)
from collaboratory.networks.models import Network
from tests.factories import MembershipFactory, NetworkFactory

pytestmark = pytest.mark.django_db


def _orm_asked(network: Network, requester_id: int, target_id: int) -> list[tuple[int, str]]:
    rows = IntroductionRequest.objects.filter(
        network=network, requester=requester_id, target_id=target_id
    )[:ASKED_SHOWN]
    return [(r.pk, r.status) for r in rows]


def test_introductions_asked_equal_the_orms() -> None:
    start = timezone.now() - timedelta(days=200)
    with scopes_disabled():
        networks = [NetworkFactory(), NetworkFactory()]
        people = []
        for network in networks:
            askers = [MembershipFactory(network=network) for _ in range(2)]
            targets = [MembershipFactory(network=network) for _ in range(2)]
            for target in targets:
                introduction_consent_set(network=network, user=target.user, consent=True)
            # More requests than a profile lists, a week and a day apart (DIRECT_REST).
            for asker in askers:
                for day in range(ASKED_SHOWN + 2):
                    introduction_request(
                        network=network,
                        requester=asker.user,
                        target=targets[0].user,
                        note=f"Hello {asker.pk} {day}.",
                        share_email=False,
                        idempotency_key=uuid.uuid4(),
                        now=start + timedelta(days=8 * day),
                    )
            introduction_request(
                network=network,
                requester=askers[0].user,
                target=targets[1].user,
                note="Hello once.",
                share_email=False,
                idempotency_key=uuid.uuid4(),
                now=start,
            )
            people += [m.user for m in askers + targets]
    compared = listed = 0
    for network in networks:
        with scope(network=network):
            for requester in people:
                for target in people:
                    got = introductions_asked(
                        network=network, requester=requester, target_id=target.pk
                    )
                    assert [(r.pk, r.status) for r in got] == _orm_asked(
                        network, requester.pk, target.pk
                    )
                    assert all(r.network_id == network.pk for r in got)
                    compared += 1
                    listed += len(got)
    assert compared == 2 * len(people) ** 2
    # Two askers of the first target in each network, ASKED_SHOWN each; one more request.
    assert listed == 2 * (2 * ASKED_SHOWN + 1)
