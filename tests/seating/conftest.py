"""A gathering with a dinner and small groups, twelve people coming and a steward."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta

import pytest
from django.utils import timezone
from django_scopes import scope

from collaboratory.gatherings.models import AgendaItem, AgendaKind, Attendance, Gathering
from collaboratory.gatherings.services import (
    attendance_bulk_record,
    gathering_update,
    rsvp_submit,
)
from collaboratory.networks.models import Network, Role
from collaboratory.people.models import User
from collaboratory.seating.models import SeatingPlan
from collaboratory.seating.services import plan_generate, plan_publish, seating_pair_add
from tests.factories import GatheringFactory, MembershipFactory, NetworkFactory


@dataclass
class Room:
    network: Network
    steward: User
    people: list[User]
    gathering: Gathering
    dinner: AgendaItem
    groups: AgendaItem


def room_gathering(network: Network, people: list[User], *, days: int = 30) -> Gathering:
    """A gathering `days` from now (negative: past) where `people` said yes."""
    start = (timezone.now() + timedelta(days=days)).replace(microsecond=0)
    gathering = GatheringFactory(network=network, first_part_at=start)
    with scope(network=network):
        gathering_update(
            gathering=gathering,
            agenda=[
                (start + timedelta(hours=1), "Dinner together", AgendaKind.MEAL),
                (start + timedelta(hours=15), "Small groups", AgendaKind.SMALL_GROUPS),
                (start + timedelta(hours=17), "Rotating Credit Club", AgendaKind.CREDIT_CLUB),
            ],
        )
        if days > 0:
            for user in people:
                rsvp_submit(gathering=gathering, user=user, answer="yes", both_parts=True)
        else:  # over: who came is in the attendance ledger
            attendance_bulk_record(
                network=network,
                entries=[(part.pk, u.pk) for part in gathering.parts.all() for u in people],
                source=Attendance.Source.HISTORY,
            )
    return gathering


def make_room() -> Room:
    network = NetworkFactory(slug="seats", name="Seats Collaboratory")
    steward = MembershipFactory(
        network=network, role=Role.STEWARD, user__full_name="Stella Steward"
    ).user
    people = [
        MembershipFactory(
            network=network,
            user__full_name=f"Member {chr(65 + i)}",
            user__region=("North", "South", "East")[i % 3],
            organization_name=f"Org {i % 4}",
        ).user
        for i in range(12)
    ]
    gathering = room_gathering(network, people)
    with scope(network=network):
        items = {i.kind: i for i in AgendaItem.objects.filter(gathering=gathering)}
    return Room(
        network=network,
        steward=steward,
        people=people,
        gathering=gathering,
        dinner=items[AgendaKind.MEAL],
        groups=items[AgendaKind.SMALL_GROUPS],
    )


def add_rule(room: Room, kind: str, first: User, second: User) -> None:
    """The steward's keep-apart or keep-together rule between two people of the room."""
    seating_pair_add(
        network=room.network, kind=kind, first=first, second=second, reason="", actor=room.steward
    )


def small_groups_plan(
    room: Room, *, table_sizes: list[int], publish: bool = False, rounds: int = 1
) -> SeatingPlan:
    """A plan of the room's small groups (one round unless told; a short search), published
    if asked."""
    plan = plan_generate(
        gathering=room.gathering,
        agenda_item=room.groups,
        rounds=rounds,
        table_sizes=table_sizes,
        actor=room.steward,
        time_limit=0.2,
    )
    if publish:
        plan_publish(plan=plan, actor=room.steward)
    return plan


def published_dinner(room: Room) -> SeatingPlan:
    """A published one-round plan of the room's dinner at two tables of 6 (a short search)."""
    plan = plan_generate(
        gathering=room.gathering,
        agenda_item=room.dinner,
        rounds=1,
        table_sizes=[6, 6],
        actor=room.steward,
        time_limit=0.2,
    )
    return plan_publish(plan=plan, actor=room.steward)


@pytest.fixture
def room(db: None) -> Iterator[Room]:
    """The room, with its network's scope active (as a request's would be)."""
    made = make_room()
    with scope(network=made.network):
        yield made
