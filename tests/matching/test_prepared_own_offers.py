"""The asks board's "You offered" read is prepared (`networks.prepared`): on the demo, for
every person who offered on an ask anywhere and every network, `own_offers` equals what the
ORM reads, page by page of ask ids mixed from every network; another network's rows never
come back, and a minor's offer awaiting the guardian is theirs while a declined one is not."""

from __future__ import annotations

import pytest
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from collaboratory.commitments.models import Commitment, GuardianApproval
from collaboratory.demo.generator import DemoSummary
from collaboratory.matching.selectors_asks import ASKS_PAGE_SIZE, own_offers
from collaboratory.networks.models import Network
from collaboratory.people.models import AgeBand, User
from tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db


def _orm_offers(network: Network, user: User, ask_ids: list[int]) -> dict[int, list[int]]:
    rows = (
        Commitment.objects.filter(
            network=network, committer=user, ask_id__in=ask_ids, undone_at__isnull=True
        )
        .exclude(guardian_approval=GuardianApproval.DECLINED)
        .order_by("created_at", "pk")
    )
    found: dict[int, list[int]] = {}
    for commitment in rows:
        found.setdefault(commitment.ask_id, []).append(commitment.pk)  # type: ignore[arg-type]
    return found


def test_own_offers_equal_the_orms_on_the_demo(demo: DemoSummary) -> None:
    with scopes_disabled():
        on_asks = Commitment.objects.filter(ask__isnull=False).order_by("pk")
        # What the board leaves out, and what it keeps, among the demo's own rows.
        undone, declined, awaiting = list(on_asks[:3])
        Commitment.objects.filter(pk=undone.pk).update(undone_at=timezone.now())
        Commitment.objects.filter(pk=declined.pk).update(
            guardian_approval=GuardianApproval.DECLINED
        )
        # A youth member's money offer awaiting their guardian: theirs on the board.
        minor = MembershipFactory(network=awaiting.network, user__age_band=AgeBand.AGE_16_17).user
        Commitment.objects.filter(pk=awaiting.pk).update(
            guardian_approval=GuardianApproval.AWAITING, committer=minor
        )
        ask_ids = sorted(set(on_asks.values_list("ask_id", flat=True)))
        committers = list(User.objects.filter(pk__in=on_asks.values("committer")).order_by("pk"))
        networks = list(Network.objects.order_by("pk"))
    pages = [ask_ids[i : i + ASKS_PAGE_SIZE] for i in range(0, len(ask_ids), ASKS_PAGE_SIZE)]
    assert len({network.pk for network in networks}) > 1
    assert len(pages) > 1
    compared = found_rows = minors = 0
    seen: set[int] = set()
    for network in networks:
        with scope(network=network):
            for user in committers:
                minors += user.is_minor
                for page in pages:
                    got = own_offers(network=network, user=user, ask_ids=page)
                    assert {a: [c.pk for c in cs] for a, cs in got.items()} == _orm_offers(
                        network, user, page
                    )
                    for commitments in got.values():
                        for commitment in commitments:
                            assert commitment.network_id == network.pk
                            assert commitment.committer_id == user.pk
                            seen.add(commitment.pk)
                    found_rows += sum(len(cs) for cs in got.values())
                    compared += 1
    assert compared > 100
    assert found_rows > 50
    assert minors > 0
    assert awaiting.pk in seen
    assert undone.pk not in seen
    assert declined.pk not in seen


def test_own_offers_read_no_other_networks_rows(demo: DemoSummary) -> None:
    with scopes_disabled():
        mine = Commitment.objects.filter(ask__isnull=False).select_related("committer").first()
        assert mine is not None
        elsewhere = Network.objects.exclude(pk=mine.network_id).first()
        home = Network.objects.get(pk=mine.network_id)
    assert elsewhere is not None
    with scope(network=elsewhere):
        assert own_offers(network=elsewhere, user=mine.committer, ask_ids=[mine.ask_id]) == {}
    with scope(network=home):
        got = own_offers(network=home, user=mine.committer, ask_ids=[mine.ask_id])
    assert mine.pk in [c.pk for c in got[mine.ask_id]]  # type: ignore[index]


def test_own_offers_on_no_asks_read_nothing(demo: DemoSummary) -> None:
    """A board whose every ask is the viewer's own asks for none (the ORM cannot compile
    `IN ()`)."""
    with scopes_disabled():
        network = Network.objects.order_by("pk").first()
        user = User.objects.order_by("pk").first()
    assert network is not None
    assert user is not None
    with scope(network=network):
        assert own_offers(network=network, user=user, ask_ids=[]) == {}
