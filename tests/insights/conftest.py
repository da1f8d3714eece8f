"""A small network whose every insights figure is worked out by hand.

Alpha (the world's "own" network) gets four adult members in known sectors, a youth member
(a minor) and two past gatherings, the first in an earlier year than the second:

- at gathering 1 Ann presents: Ben commits (kept), Cat (done, awaiting confirmation), Dan
  (offered), and the member persona (released);
- at gathering 2 Ben presents: Ann commits (kept), Cat (lapsed), the minor (acknowledged).

In the engine's words: 7 commitments, 2 kept, 1 released, 1 lapsed, 3 open; help ties
Ben->Ann, Cat->Ann, Dan->Ann, Ann->Ben, minor->Ben (released and lapsed help did not flow);
Ann and Ben helped each other (2 of 5 ties reciprocated); 3 pairs after gathering 1, 4 after
gathering 2; 2 of them across sectors (Ann-Ben, Ann-Cat; Dan shares Ann's sector and the
minor has none); 2 of the 3 asks received a commitment.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.commitments.models import CommitmentStatus
from collaboratory.creditclub.models import Proposal
from collaboratory.gatherings.models import Attendance, Gathering
from collaboratory.gatherings.services import attendance_bulk_record
from collaboratory.networks.models import Network, Sector
from collaboratory.people.models import AgeBand, User
from tests.conftest import World
from tests.factories import (
    CommitmentFactory,
    GatheringFactory,
    MembershipFactory,
    PresentedProposalFactory,
)


@dataclass
class HelpNet:
    network: Network
    steward: User
    member: User
    ann: User
    ben: User
    cat: User
    dan: User
    minor: User
    first: Gathering
    second: Gathering
    ann_proposal: Proposal
    ben_proposal: Proposal

    def year_of(self, gathering: Gathering) -> int:
        return gathering.starts_at.astimezone(ZoneInfo(self.network.time_zone)).year


def _person(network: Network, name: str, sector: str | None, **user: object) -> User:
    with scopes_disabled():
        sector_row = Sector.objects.get(network=network, name=sector) if sector else None
        return MembershipFactory(
            network=network,
            user__full_name=name,
            sector=sector_row,
            **{f"user__{k}": v for k, v in user.items()},
        ).user


@pytest.fixture
def helpnet(world: World) -> HelpNet:
    network = world.alpha
    now = timezone.now()
    # Two gatherings in different calendar years, both well in the past.
    first_at = datetime(now.year - 2, 4, 16, 18, 0, tzinfo=ZoneInfo(network.time_zone))
    second_at = datetime(now.year - 1, 10, 15, 18, 0, tzinfo=ZoneInfo(network.time_zone))
    ann = _person(network, "Ann Able", "Nonprofit")
    ben = _person(network, "Ben Baker", "Business")
    cat = _person(network, "Cat Carter", "Government")
    dan = _person(network, "Dan Dunn", "Nonprofit")
    minor = _person(network, "Mia Minor", None, age_band=AgeBand.AGE_16_17)
    member, steward = world.personas["member"], world.personas["steward"]
    assert member is not None
    assert steward is not None
    first = GatheringFactory(network=network, title="Spring Gathering", first_part_at=first_at)
    second = GatheringFactory(network=network, title="Fall Gathering", first_part_at=second_at)
    ann_proposal = PresentedProposalFactory(
        gathering=first,
        proposer=ann,
        title="Tool Library",
        asks=(
            ("space", "institutional", "A storefront open on Saturdays"),
            ("intro_people", "social", "Introductions to hardware stores"),
        ),
    )
    ben_proposal = PresentedProposalFactory(gathering=second, proposer=ben, title="Dinners")
    S = CommitmentStatus
    CommitmentFactory(proposal=ann_proposal, committer=ben, status=S.KEPT, kept_after_days=4)
    CommitmentFactory(proposal=ann_proposal, committer=cat, status=S.DONE, capital="intellectual")
    CommitmentFactory(proposal=ann_proposal, committer=dan, capital="institutional")
    CommitmentFactory(
        proposal=ann_proposal, committer=member, status=S.RELEASED, capital="financial"
    )
    CommitmentFactory(proposal=ben_proposal, committer=ann, status=S.KEPT, kept_after_days=10)
    CommitmentFactory(proposal=ben_proposal, committer=cat, status=S.LAPSED)
    CommitmentFactory(proposal=ben_proposal, committer=minor, status=S.ACKNOWLEDGED)
    with scopes_disabled():
        parts = {g.pk: list(g.parts.values_list("pk", flat=True)) for g in (first, second)}
        attendance_bulk_record(
            network=network,
            entries=[(parts[first.pk][1], u.pk) for u in (ann, ben, cat, dan, member)]
            + [(parts[second.pk][1], u.pk) for u in (ann, ben, cat, minor)],
            source=Attendance.Source.HISTORY,
        )
    return HelpNet(
        network,
        steward,
        member,
        ann,
        ben,
        cat,
        dan,
        minor,
        first,
        second,
        ann_proposal,
        ben_proposal,
    )


def add_past_gathering(network: Network, title: str, days_ago: int) -> Gathering:
    return GatheringFactory(
        network=network, title=title, first_part_at=timezone.now() - timedelta(days=days_ago)
    )
