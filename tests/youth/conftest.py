"""A small youth cohort: a steward, an adult facilitator (vetted), two youth members and
an open program cycle. Lighter than the authorization world."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import pytest
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from collaboratory.networks.models import Membership, Network, NetworkKind, Role
from collaboratory.networks.services.memberships import membership_status_override
from collaboratory.people.models import AgeBand, User
from collaboratory.youth.models import CohortSession, ProgramCycle
from collaboratory.youth.services import cycle_create, session_save, vetted_adult_save
from tests.factories import MembershipFactory, NetworkFactory


@dataclass
class Cohort:
    network: Network
    steward: User
    adult: User
    youth: User
    youth2: User
    cycle: ProgramCycle

    def session(self, *, days: int = -1, title: str = "Session") -> CohortSession:
        """A session `days` from now (past by default), facilitated by the vetted adult."""
        return session_save(
            network=self.network,
            title=title,
            starts_at=timezone.now() + timedelta(days=days),
            video_link="https://video.example/room",
            recording_link="https://video.example/rec",
            facilitator=self.adult,
            actor=self.steward,
        )


@pytest.fixture
def cohort(db: None) -> Cohort:
    return make_cohort()


def make_cohort() -> Cohort:
    with scopes_disabled():
        national = NetworkFactory(slug="nat", name="National")
        network = NetworkFactory(
            slug="cohort", name="Youth Cohort", kind=NetworkKind.YOUTH, parent=national
        )
        steward = MembershipFactory(
            network=network, role=Role.STEWARD, user__email="steward@cohort.example"
        ).user
        adult = MembershipFactory(
            network=network, user__email="adult@cohort.example", user__full_name="Ada Adult"
        ).user
        youth, youth2 = (
            MembershipFactory(
                network=network,
                role=Role.YOUTH_MEMBER,
                user__email=f"youth{i}@cohort.example",
                user__full_name=f"Yara Youth{i}",
                user__age_band=AgeBand.AGE_16_17,
            ).user
            for i in (1, 2)
        )
        today = timezone.localdate()
        vetted_adult_save(
            network=network,
            user=adult,
            background_check_on=today - timedelta(days=30),
            training_on=today - timedelta(days=10),
            actor=steward,
        )
        now = timezone.now()
        cycle = cycle_create(
            network=network,
            name="Spring",
            priority_deadline=now + timedelta(days=10),
            final_deadline=now + timedelta(days=20),
            actor=steward,
        )
    return Cohort(network, steward, adult, youth, youth2, cycle)


def youth_leaves(cohort: Cohort, status: str, note: str) -> Membership:
    """The cohort's youth member leaves it as a steward records (graduated, suspended when
    consent is withdrawn, removed), through the service and its hooks."""
    with scope(network=cohort.network):
        membership = Membership.objects.get(network=cohort.network, user=cohort.youth)
    return membership_status_override(
        membership=membership, status=status, note=note, actor=cohort.steward
    )
