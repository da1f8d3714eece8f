"""Once a gathering is over its seating is history: the pages say it happened (where you sat,
who was seated), keep every plan readable, and refuse what would rewrite it (a new plan, a
refresh, a move, a lock, publishing a draft) with a message that says why. The pages used to
speak as if people were still to sit ("Your table", "a steward will seat you", Generate),
and a steward could publish a new version after the event, which changed the history the
next gathering's plan learns from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from collaboratory.gatherings.models import Gathering
from collaboratory.gatherings.services import substitution_decide, substitution_request
from collaboratory.seating.models import LockedTable, PlanStatus, Seat, SeatingPlan
from collaboratory.seating.selectors import person_key, plan_grid
from collaboratory.seating.services import (
    plan_generate,
    plan_publish,
    plan_refresh,
    plan_replan,
    seat_move,
    table_lock_set,
)
from tests.conftest import client_for
from tests.seating.conftest import Room, room_gathering, small_groups_plan

OVER = "This gathering is over"


@dataclass
class Past:
    gathering: Gathering
    published: SeatingPlan
    draft: SeatingPlan


def _past(room: Room) -> Past:
    """A gathering held 60 days ago (everyone checked in), seated by a plan published two
    days before it, and a later draft that was never published."""
    gathering = room_gathering(room.network, room.people, days=-60)
    before = gathering.starts_at - timedelta(days=2)
    made = {
        seed: plan_generate(
            gathering=gathering,
            agenda_item=None,
            rounds=1,
            table_sizes=[6, 6],
            actor=room.steward,
            time_limit=0.2,
            seed=seed,
            now=before,
        )
        for seed in (0, 1)
    }
    plan_publish(plan=made[0], actor=room.steward, now=before)
    return Past(gathering=gathering, published=made[0], draft=made[1])


def _refused(call: object) -> str:
    with pytest.raises(ValidationError) as refused:
        call()  # type: ignore[operator]
    return " ".join(refused.value.messages)


def test_nothing_rewrites_the_seating_of_a_gathering_that_is_over(room: Room) -> None:
    past = _past(room)
    seats = sorted(Seat.objects.values_list("plan_id", "round", "table", "user_id"))
    person = plan_grid(plan=past.draft)[0][0][0]
    other_table = 1

    refusals = [
        _refused(
            lambda: plan_generate(
                gathering=past.gathering,
                agenda_item=None,
                rounds=1,
                table_sizes=[6, 6],
                actor=room.steward,
                time_limit=0.2,
            )
        ),
        _refused(lambda: plan_replan(plan=past.published, actor=room.steward)),
        _refused(lambda: plan_refresh(plan=past.draft, actor=room.steward)),
        _refused(lambda: plan_publish(plan=past.draft, actor=room.steward)),
        _refused(
            lambda: seat_move(
                plan=past.draft,
                round_=0,
                person=person,
                table=other_table,
                actor=room.steward,
            )
        ),
        _refused(
            lambda: table_lock_set(
                plan=past.draft, round_=0, table=0, locked=True, actor=room.steward
            )
        ),
    ]

    for text in refusals:
        assert text.startswith(f"{OVER}: its seating is kept as the record of who sat where")
    assert SeatingPlan.objects.count() == 2
    assert dict(SeatingPlan.objects.values_list("pk", "status")) == {
        past.published.pk: PlanStatus.PUBLISHED,
        past.draft.pk: PlanStatus.DRAFT,
    }
    assert sorted(Seat.objects.values_list("plan_id", "round", "table", "user_id")) == seats
    assert not LockedTable.objects.exists()


def test_the_stewards_pages_keep_the_plans_readable_as_history(room: Room) -> None:
    past = _past(room)
    steward = client_for(room.steward)
    base = f"/n/{room.network.slug}/seating"

    listing = steward.get(f"{base}/gatherings/{past.gathering.pk}/").content.decode()
    assert OVER in listing
    assert "12 people came (checked in)." in listing
    assert "are coming" not in listing
    assert ">Generate</button>" not in listing
    assert f"{base}/plans/{past.published.pk}/" in listing

    generate = steward.post(
        f"{base}/gatherings/{past.gathering.pk}/", {"rounds": 1, "table_sizes": "6x2"}, follow=True
    )
    assert f"{OVER}: its seating is kept as the record of who sat where" in (
        generate.content.decode()
    )
    assert SeatingPlan.objects.count() == 2

    for plan in (past.published, past.draft):
        page = steward.get(f"{base}/plans/{plan.pk}/").content.decode()
        assert OVER in page
        for tool in ("Publish to members", "Refresh from RSVPs", 'draggable="true"', "Lock table"):
            assert tool not in page
        first = room.people[0]
        assert first.full_name in page

    published = steward.get(f"{base}/plans/{past.published.pk}/").content.decode()
    assert "members had this seating at the gathering" in published
    draft = steward.get(f"{base}/plans/{past.draft.pk}/").content.decode()
    assert "never published: members never saw it" in draft

    publish = steward.post(f"{base}/plans/{past.draft.pk}/publish/", follow=True)
    assert f"{OVER}: its seating is kept" in publish.content.decode()
    past.draft.refresh_from_db()
    assert past.draft.status == PlanStatus.DRAFT


def test_a_member_reads_where_they_sat(room: Room) -> None:
    past = _past(room)
    me = room.people[0]
    grid = plan_grid(plan=past.published)
    table = next(t for t, seated in enumerate(grid[0]) if person_key(me.pk) in seated)

    page = (
        client_for(me)
        .get(f"/n/{room.network.slug}/seating/gatherings/{past.gathering.pk}/my-table/")
        .content.decode()
    )

    assert "Where you sat" in page
    assert "Your table" not in page
    assert f"Table {table + 1}" in page
    assert "You sat with" in page


def test_a_substitute_approved_after_the_gathering_leaves_its_seating_as_it_was(
    room: Room,
) -> None:
    """A request left pending until after the event and approved then: the member's seat in
    the published plan used to pass to the substitute, so the history said a person who
    was never there sat at that table."""
    plan = small_groups_plan(room, table_sizes=[6, 6], publish=True)
    request = substitution_request(
        gathering=room.gathering,
        member=room.people[0],
        name="Sam Substitute",
        email="sam@example.org",
        reason="Travelling for work",
    )
    seats = list(
        Seat.objects.filter(plan=plan)
        .order_by("pk")
        .values_list("round", "table", "user_id", "substitution_id")
    )
    ended = timezone.now() - timedelta(hours=1)
    Gathering.objects.filter(pk=room.gathering.pk).update(
        starts_at=ended - timedelta(hours=20), ends_at=ended
    )
    request.gathering.refresh_from_db()

    substitution_decide(substitution=request, approve=True, actor=room.steward)

    assert (
        list(
            Seat.objects.filter(plan=plan)
            .order_by("pk")
            .values_list("round", "table", "user_id", "substitution_id")
        )
        == seats
    )
    assert not Seat.objects.filter(substitution=request).exists()
