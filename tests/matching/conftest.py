"""A venue ask in a fresh network, and a way to add members with offers around it.

The presenter asks for "a room for 60 people on a Saturday evening" at a gathering that took
place; members are added with their offers (kind, category, words) as each test needs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from django_scopes import scopes_disabled

from collaboratory.creditclub.models import Ask, Proposal
from collaboratory.gatherings.models import Attendance, Gathering
from collaboratory.gatherings.services import attendance_bulk_record
from collaboratory.matching import engine
from collaboratory.networks.models import Network, Sector
from collaboratory.people.models import AgeBand, User
from collaboratory.people.services import offered_asset_add
from tests.factories import (
    GatheringFactory,
    MembershipFactory,
    NetworkFactory,
    PresentedProposalFactory,
)

VENUE_ASK = "A room for 60 people on a Saturday evening"
HALL = ("institutional", "other", "Our community hall seats 80")
INTRODUCTIONS = ("social", "intro_people", "Introductions to city council staff")
GRANT_REVIEW = ("intellectual", "expertise", "Two hours of grant-writing review")
NEWSLETTER = ("social", "amplification", "A newsletter read by 8,000 neighbors")


@dataclass
class Scene:
    network: Network
    gathering: Gathering
    proposal: Proposal
    ask: Ask
    presenter: User

    def check_in(self, user: User) -> None:
        """At the door of the scene's gathering, as a steward would tap them in."""
        with scopes_disabled():
            part = self.gathering.parts.first()
        assert part is not None
        attendance_bulk_record(
            network=self.network, entries=[(part.pk, user.pk)], source=Attendance.Source.DOOR_LIST
        )

    def sector(self, name: str) -> Sector:
        return sector_of(self.network, name)

    def member(
        self,
        name: str,
        *offers: tuple[str, str, str],
        network: Network | None = None,
        region: str = "",
        age_band: str = AgeBand.AGE_30_44,
        **membership: Any,
    ) -> User:
        user = MembershipFactory(
            network=network or self.network,
            user__full_name=name,
            user__region=region,
            user__age_band=age_band,
            **membership,
        ).user
        for kind, category, text in offers:
            offered_asset_add(user=user, kind=kind, category=category, description=text)
        return user


def sector_of(network: Network, name: str) -> Sector:
    with scopes_disabled():
        return Sector.objects.get_or_create(network=network, name=name)[0]


def make_scene(
    network: Network | None = None, ask: str = VENUE_ASK, presenter_sector: str = ""
) -> Scene:
    network = network or NetworkFactory()
    gathering = GatheringFactory(network=network)
    sector = sector_of(network, presenter_sector) if presenter_sector else None
    with scopes_disabled():
        presenter = MembershipFactory(
            network=network, user__full_name="Pat Presenter", sector=sector
        ).user
    proposal = PresentedProposalFactory(
        gathering=gathering, proposer=presenter, asks=(("space", "institutional", ask),)
    )
    with scopes_disabled():
        the_ask = Ask.objects.select_related("proposal", "network").get(proposal=proposal)
    return Scene(network, gathering, proposal, the_ask, presenter)


@pytest.fixture
def scene(db: None) -> Scene:
    return make_scene()


@pytest.fixture
def words_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The language model switched off, as on a machine without it (the engine's switch)."""
    monkeypatch.setenv(engine.SWITCH, "off")


def names(suggestions: Any) -> list[str]:
    return [s.name for s in suggestions.items]
