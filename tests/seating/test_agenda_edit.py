"""Editing a gathering keeps its sessions' seating plans. The edit form sends the whole
agenda back on every save, and the agenda used to be deleted and written again, so changing
only the venue deleted every plan of a meal or small groups (a plan belongs to its agenda
item): the published seating members read, the drafts and the seating history."""

from __future__ import annotations

from datetime import timedelta

from collaboratory.gatherings.models import AgendaItem, AgendaKind
from collaboratory.gatherings.services import gathering_update
from collaboratory.seating.models import PlanStatus, Seat, SeatingPlan
from tests.seating.conftest import Room, small_groups_plan


def _agenda(room: Room) -> list[tuple]:
    return [
        (i.starts_at, i.title, i.kind) for i in AgendaItem.objects.filter(gathering=room.gathering)
    ]


def test_saving_the_gathering_with_only_a_new_venue_keeps_the_plans(room: Room) -> None:
    plan = small_groups_plan(room, table_sizes=[6, 6], publish=True)

    # As the edit form saves it: every field, the agenda unchanged.
    gathering_update(gathering=room.gathering, agenda=_agenda(room), venue="The big hall")

    plan.refresh_from_db()
    assert plan.status == PlanStatus.PUBLISHED
    assert plan.agenda_item_id == room.groups.pk
    assert Seat.objects.filter(plan=plan).count() == 12


def test_a_session_moved_or_renamed_keeps_its_plans(room: Room) -> None:
    plan = small_groups_plan(room, table_sizes=[6, 6])
    agenda = _agenda(room)
    moved = [
        (at + timedelta(minutes=30), title, kind)
        if kind == AgendaKind.SMALL_GROUPS
        else (at, title, kind)
        for at, title, kind in agenda
    ]

    gathering_update(gathering=room.gathering, agenda=moved)
    renamed = [
        (at, "Small groups by table", kind) if kind == AgendaKind.SMALL_GROUPS else (at, t, kind)
        for at, t, kind in moved
    ]
    gathering_update(gathering=room.gathering, agenda=renamed)

    assert SeatingPlan.objects.filter(pk=plan.pk, agenda_item=room.groups).exists()
    groups = AgendaItem.objects.get(pk=room.groups.pk)
    assert groups.title == "Small groups by table"
    assert groups.starts_at == room.groups.starts_at + timedelta(minutes=30)
    assert _agenda(room) == renamed


def test_a_session_taken_off_the_agenda_goes_and_a_new_one_comes(room: Room) -> None:
    agenda = _agenda(room)
    lunch = (agenda[0][0] + timedelta(hours=18), "Lunch", AgendaKind.MEAL)
    without_groups = [row for row in agenda if row[2] != AgendaKind.SMALL_GROUPS]

    gathering_update(gathering=room.gathering, agenda=[*without_groups, lunch])

    assert _agenda(room) == sorted([*without_groups, lunch])
    assert not AgendaItem.objects.filter(pk=room.groups.pk).exists()
    assert AgendaItem.objects.filter(pk=room.dinner.pk).exists()


def test_a_session_whose_kind_is_corrected_keeps_its_plans(room: Room) -> None:
    plan = small_groups_plan(room, table_sizes=[6, 6])
    corrected = [
        (at, title, AgendaKind.MEAL if kind == AgendaKind.SMALL_GROUPS else kind)
        for at, title, kind in _agenda(room)
    ]

    gathering_update(gathering=room.gathering, agenda=corrected)

    assert SeatingPlan.objects.filter(pk=plan.pk, agenda_item=room.groups).exists()
    assert AgendaItem.objects.get(pk=room.groups.pk).kind == AgendaKind.MEAL
