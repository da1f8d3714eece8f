"""A national network with local networks under it: `build_local` gives a local network
members by sector, a past gathering with a presented project and commitments, and a
published partnership, so the roll-up has something to add up."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import timedelta

import pytest
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.commitments.models import CommitmentStatus
from collaboratory.followthrough.models import Partnership
from collaboratory.followthrough.services import partnership_publish, partnership_record
from collaboratory.networks.models import Network, NetworkKind, Role, Sector
from collaboratory.people.models import User
from tests.factories import (
    CommitmentFactory,
    GatheringFactory,
    MembershipFactory,
    NetworkFactory,
    PresentedProposalFactory,
)

LOCAL_CANARY_NAME = "Zebulon Localmember-Canary"
LOCAL_CANARY_EMAIL = "zebulon.canary@local.example"


@pytest.fixture
def national(db: None) -> Network:
    return NetworkFactory(slug="usa", name="National Collaboratory")


@pytest.fixture
def national_steward(national: Network) -> User:
    return MembershipFactory(network=national, role=Role.STEWARD).user


BuildLocal = Callable[..., Network]


@pytest.fixture
def build_local(national: Network) -> BuildLocal:
    def build(
        name: str,
        *,
        sectors: dict[str, int] | None = None,
        kept: int = 1,
        lapsed: int = 0,
        partnership: str | None = None,
    ) -> Network:
        with scopes_disabled():
            local = NetworkFactory(
                name=name,
                slug=name.lower().replace(" ", "-"),
                kind=NetworkKind.LOCAL,
                parent=national,
            )
            steward = MembershipFactory(
                network=local,
                role=Role.STEWARD,
                user__full_name=f"Steward of {name}",
                user__email=f"steward@{local.slug}.example",
            ).user
            for sector_name, n in (sectors or {}).items():
                sector = Sector.objects.get(network=local, name=sector_name)
                for _i in range(n):
                    MembershipFactory(network=local, sector=sector)
            nonprofit = Sector.objects.get(network=local, name="Nonprofit")
            business = Sector.objects.get(network=local, name="Business")
            canary = MembershipFactory(
                network=local,
                sector=nonprofit,
                user__full_name=LOCAL_CANARY_NAME,
                user__email=f"{local.slug}.{LOCAL_CANARY_EMAIL}",
            ).user
            gathering = GatheringFactory(
                network=local,
                first_part_at=timezone.now() - timedelta(days=20),
            )
            proposal = PresentedProposalFactory(gathering=gathering, proposer=canary)
            # Committers alternate between sectors, so some help ties cross sectors.
            statuses = [CommitmentStatus.KEPT] * kept + [CommitmentStatus.LAPSED] * lapsed
            for i, status in enumerate(statuses):
                committer = MembershipFactory(
                    network=local, sector=business if i % 2 == 0 else nonprofit
                ).user
                CommitmentFactory(proposal=proposal, committer=committer, status=status)
            if partnership:
                recorded = partnership_record(
                    network=local,
                    recorded_by=steward,
                    kind=Partnership.Kind.PARTNERSHIP,
                    title=partnership,
                    story="Met in the room; now run a summer program together.",
                    member_ids=[canary.pk],
                    idempotency_key=uuid.uuid4(),
                )
                partnership_publish(partnership=recorded, actor=steward, published=True)
        return local

    return build
