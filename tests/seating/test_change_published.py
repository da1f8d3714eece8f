"""A steward changes a published seating by hand (a member asks to sit elsewhere, two people
who should not meet). The published plan takes no moves, and the refusal said to "refresh
it from the RSVPs to get a new draft you can change"; but Refresh with nobody changed was
refused ("Nobody changed since this plan was made"), so the only way left was "Re-plan
everyone", which changes every member's table. Refresh of a published plan now makes a
draft with the same seats, where the steward moves people, then publishes that."""

from __future__ import annotations

from collaboratory.seating.models import PlanStatus, SeatingPlan
from collaboratory.seating.selectors import plan_grid
from collaboratory.seating.services import plan_publish, seat_move
from tests.conftest import client_for
from tests.seating.conftest import Room, published_dinner


def page_then_refresh(room: Room, plan: SeatingPlan) -> tuple[str, str]:
    """The published plan's page as the steward reads it, then the page Refresh leads to."""
    client = client_for(room.steward)
    url = f"/n/{room.network.slug}/seating/plans/{plan.pk}/"
    page = client.get(url).content.decode()
    refreshed = client.post(f"{url}refresh/", follow=True)
    return page, refreshed.content.decode()


def test_refresh_of_a_published_plan_gives_a_draft_to_change_by_hand(room: Room) -> None:
    plan = published_dinner(room)

    page, body = page_then_refresh(room, plan)

    # The published page says how to change it by hand.
    assert "To change it by hand, “Refresh from RSVPs” makes a draft of it" in page
    assert "Nobody changed since this plan was made" not in body
    assert "Version 2: a draft with the same seats, everyone kept their seat." in body
    draft = SeatingPlan.objects.get(made_from=plan)
    assert draft.status == PlanStatus.DRAFT
    assert plan_grid(plan=draft) == plan_grid(plan=plan)
    # Members keep the published version until the draft is published.
    assert SeatingPlan.objects.get(pk=plan.pk).status == PlanStatus.PUBLISHED
    grid = plan_grid(plan=draft)
    seat_move(
        plan=draft,
        round_=0,
        person=grid[0][0][0],
        table=1,
        swap_with=grid[0][1][0],
        actor=room.steward,
    )
    plan_publish(plan=draft, actor=room.steward)
    assert SeatingPlan.objects.get(pk=plan.pk).status == PlanStatus.SUPERSEDED


def test_a_second_refresh_opens_the_draft_already_made(room: Room) -> None:
    plan = published_dinner(room)
    page_then_refresh(room, plan)

    _, again = page_then_refresh(room, plan)

    assert "Version 2 was already made from this plan: open it." in again
    assert SeatingPlan.objects.count() == 2


def test_refresh_of_an_unchanged_draft_still_says_nobody_changed(room: Room) -> None:
    """A draft is changed where it is: a copy of it would only be another version."""
    plan = published_dinner(room)
    client = client_for(room.steward)
    slug = room.network.slug
    client.post(f"/n/{slug}/seating/plans/{plan.pk}/refresh/")
    draft = SeatingPlan.objects.get(made_from=plan)

    refreshed = client.post(f"/n/{slug}/seating/plans/{draft.pk}/refresh/", follow=True)

    assert "Nobody changed since this plan was made" in refreshed.content.decode()
    assert not SeatingPlan.objects.filter(made_from=draft).exists()
