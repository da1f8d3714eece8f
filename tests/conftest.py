"""Shared fixtures: the personas every view test uses.

`world` builds two unrelated national networks. Alpha is "ours": a member, a steward and a
youth cohort with a youth member. Bravo is foreign: its steward is the outsider persona, and
both networks carry canary strings that must never reach someone outside them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.gatherings.models import Gathering, GatheringFormat
from collaboratory.gatherings.services import gathering_create
from collaboratory.networks.models import Network, NetworkKind, Role
from collaboratory.people.models import AgeBand, User
from tests.factories import PASSWORD, MembershipFactory, NetworkFactory, UserFactory

CANARIES = {
    "alpha": (
        "CANARY-ALPHA-TAGLINE",
        "Canaryalpha Person",
        "CANARY-ALPHA-ORG",
        "CANARY-ALPHA-GATHERING",
    ),
    "youth": ("CANARY-YOUTH-TAGLINE", "Canaryyouth Person", "CANARY-YOUTH-GATHERING"),
    "bravo": (
        "CANARY-BRAVO-TAGLINE",
        "Canarybravo Person",
        "CANARY-BRAVO-ORG",
        "CANARY-BRAVO-GATHERING",
    ),
}


FAR_FUTURE = (timezone.now() + timedelta(days=700)).replace(microsecond=0)


@dataclass
class World:
    alpha: Network
    youth: Network
    bravo: Network
    personas: dict[str, User | None] = field(default_factory=dict)
    # One gathering per network (far in the future, so it never crowds "coming up" lists).
    gatherings: dict[str, Gathering] = field(default_factory=dict)

    def network(self, key: str) -> Network:
        return {"alpha": self.alpha, "youth": self.youth, "bravo": self.bravo}[key]


@pytest.fixture
def world(db: None) -> World:
    with scopes_disabled():
        alpha = NetworkFactory(
            slug="alpha", name="Alpha Collaboratory", tagline=CANARIES["alpha"][0]
        )
        youth = NetworkFactory(
            slug="alpha-youth",
            name="Alpha Youth",
            kind=NetworkKind.YOUTH,
            parent=alpha,
            tagline=CANARIES["youth"][0],
        )
        bravo = NetworkFactory(
            slug="bravo", name="Bravo Collaboratory", tagline=CANARIES["bravo"][0]
        )

        member = MembershipFactory(
            network=alpha, user__email="member@alpha.example", organization_name="Alpha Works"
        ).user
        steward = MembershipFactory(
            network=alpha, user__email="steward@alpha.example", role=Role.STEWARD
        ).user
        MembershipFactory(network=youth, user=steward, role=Role.STEWARD)
        youth_member = MembershipFactory(
            network=youth,
            role=Role.YOUTH_MEMBER,
            user__email="youth@alpha.example",
            user__age_band=AgeBand.AGE_16_17,
        ).user
        foreign_steward = MembershipFactory(
            network=bravo, user__email="steward@bravo.example", role=Role.STEWARD
        ).user
        platform_admin = UserFactory(email="admin@platform.example", is_platform_admin=True)

        # Canary people and organizations inside each network.
        MembershipFactory(
            network=alpha,
            user__full_name=CANARIES["alpha"][1],
            organization_name=CANARIES["alpha"][2],
        )
        MembershipFactory(
            network=youth,
            role=Role.YOUTH_MEMBER,
            user__full_name=CANARIES["youth"][1],
            user__age_band=AgeBand.AGE_13_15,
        )
        MembershipFactory(
            network=bravo,
            user__full_name=CANARIES["bravo"][1],
            organization_name=CANARIES["bravo"][2],
        )
        gatherings = {
            key: gathering_create(
                network=network,
                title=f"{CANARIES[key][-1]} far future",
                format=GatheringFormat.IN_PERSON,
                city="Canary City",
                parts=[("Meeting", FAR_FUTURE, FAR_FUTURE + timedelta(hours=7))],
            )
            for key, network in (("alpha", alpha), ("youth", youth), ("bravo", bravo))
        }
    return World(
        alpha=alpha,
        youth=youth,
        bravo=bravo,
        personas={
            "anonymous": None,
            "member": member,
            "youth_member": youth_member,
            "steward": steward,
            "foreign_steward": foreign_steward,
            "platform_admin": platform_admin,
        },
        gatherings=gatherings,
    )


def client_for(user: User | None) -> Client:
    """A client signed in as `user` (None: anonymous)."""
    client = Client()
    if user is not None:
        client.force_login(user, backend="allauth.account.auth_backends.AuthenticationBackend")
    return client


@pytest.fixture
def password() -> str:
    return PASSWORD


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings) -> None:  # type: ignore[no-untyped-def]
    """Production hashing costs ~0.3 s a password; tests create dozens of accounts."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def run_tasks():  # type: ignore[no-untyped-def]
    """Run every queued background task now, in this process and transaction, as
    `collaboratory worker` would (the worker itself closes connections between tasks, which
    a test's transaction cannot survive). A failing task fails the test."""
    from django_tasks_db.models import DBTaskResult

    def run() -> int:
        count = 0
        while (result := DBTaskResult.objects.ready().order_by("enqueued_at").first()) is not None:
            result.claim("tests")
            call = result.task_result
            try:
                value = result.task.call(*call.args, **call.kwargs)
            except Exception as error:
                result.set_failed(error)
                raise
            result.set_successful(value)
            count += 1
        return count

    return run
