"""The demo's seating: history for the past gatherings and plans for the next one."""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest
from django_scopes import scopes_disabled

from collaboratory.demo.generator import generate_demo
from collaboratory.seating.models import PlanStatus, SeatingPair, SeatingPlan
from collaboratory.seating.selectors import (
    person_key,
    plan_grid,
    seated_keys,
    seated_people,
    solver_inputs,
)
from tests.demo.test_generator import ANCHOR


@pytest.fixture
def demo(db: None) -> None:
    generate_demo(anchor=ANCHOR)


def test_past_gatherings_have_published_plans_and_the_next_one_a_draft(demo: None) -> None:
    with scopes_disabled():
        past = SeatingPlan.objects.filter(gathering__starts_at__date__lt=ANCHOR)
        upcoming = SeatingPlan.objects.filter(gathering__starts_at__date__gt=ANCHOR)

        assert past.count() == 3
        assert set(past.values_list("status", flat=True)) == {PlanStatus.PUBLISHED}
        assert sorted(upcoming.values_list("agenda_item__title", "status")) == [
            ("Dinner together", PlanStatus.PUBLISHED),
            ("Small-group discussions", PlanStatus.DRAFT),
        ]
        assert SeatingPair.objects.count() == 2
        for plan in (*past, *upcoming):
            assert plan.violations == 0
            coming = sorted(seated_keys(gathering=plan.gathering))
            for tables in plan_grid(plan=plan):
                assert sorted(p for table in tables for p in table) == coming
        # The demo is built on its anchor day, at any hour: what it says was done is done
        # before that day began (the plans read as made in the future until noon).
        began = datetime.combine(ANCHOR, time(0), ZoneInfo("America/New_York"))
        stamps = [
            *SeatingPlan.objects.values_list("created_at", flat=True),
            *SeatingPlan.objects.exclude(published_at=None).values_list("published_at", flat=True),
            *SeatingPair.objects.values_list("created_at", flat=True),
        ]
        assert max(stamps) < began


def test_the_next_plan_learns_from_the_history(demo: None) -> None:
    with scopes_disabled():
        draft = SeatingPlan.objects.get(status=PlanStatus.DRAFT)
        people = [person_key(u.pk) for u in seated_people(gathering=draft.gathering)]

        inputs = solver_inputs(
            gathering=draft.gathering, agenda_item=draft.agenda_item, people=people
        )

    # The three past plans and the published dinner all count.
    assert sum(inputs.met.values()) > 0
