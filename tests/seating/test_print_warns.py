"""The print pages (table cards, the list by name for the door) say what the printed paper
leaves out: someone coming without a seat in this plan (a late "yes" or a check-in after it
was made), and that a draft or a replaced version is not what members see."""

from __future__ import annotations

import re

from collaboratory.gatherings.services import rsvp_submit
from collaboratory.people.models import AgeBand
from collaboratory.seating.selectors import person_key, plan_grid
from collaboratory.seating.services import plan_publish, plan_replan
from tests.conftest import client_for
from tests.factories import MembershipFactory
from tests.seating.conftest import Room, small_groups_plan


def _print_pages(room: Room, plan_id: int) -> list[str]:
    steward = client_for(room.steward)
    return [
        steward.get(f"/n/{room.network.slug}/seating/plans/{plan_id}/{page}/").content.decode()
        for page in ("cards", "names")
    ]


def test_the_print_pages_name_who_is_coming_without_a_seat(room: Room) -> None:
    plan = small_groups_plan(room, table_sizes=[6, 6], publish=True)
    late = MembershipFactory(network=room.network, user__full_name="Late Lucia").user
    rsvp_submit(gathering=room.gathering, user=late, answer="yes", both_parts=True)

    for body in _print_pages(room, plan.pk):
        assert "Not on this paper: coming without a seat: Late Lucia." in body
        assert "Refresh from RSVPs" in body


def test_printing_a_draft_says_members_see_the_published_version(room: Room) -> None:
    first = small_groups_plan(room, table_sizes=[6, 6], publish=True)
    draft = plan_replan(plan=first, actor=room.steward)

    for body in _print_pages(room, draft.pk):
        assert (
            "Version 2 is a draft: members see version 1, the published plan. Publish this "
            "one before printing it, or print the published one."
        ) in body
    for body in _print_pages(room, first.pk):
        assert "members see" not in body


def test_printing_a_replaced_version_or_an_unpublished_draft_says_so(room: Room) -> None:
    first = small_groups_plan(room, table_sizes=[6, 6])

    for body in _print_pages(room, first.pk):
        assert "Version 1 is a draft: members do not see any table yet." in body

    second = plan_replan(plan=first, actor=room.steward)
    plan_publish(plan=second, actor=room.steward)
    third = plan_replan(plan=second, actor=room.steward)
    plan_publish(plan=third, actor=room.steward)

    for body in _print_pages(room, second.pk):
        assert "Version 2 was replaced: members see version 3, the published plan." in body


def test_the_print_pages_say_which_rule_the_plan_now_breaks(room: Room) -> None:
    """Cancellations since publishing left a young person with one adult: the cards would
    seat them so at the door, and the print pages said only who was left off."""
    youth = MembershipFactory(
        network=room.network, user__full_name="Young Yara", user__age_band=AgeBand.AGE_13_15
    ).user
    rsvp_submit(gathering=room.gathering, user=youth, answer="yes", both_parts=True)
    plan = small_groups_plan(room, table_sizes=[5, 5, 5], publish=True)
    table = next(
        t for t, seated in enumerate(plan_grid(plan=plan)[0]) if person_key(youth.pk) in seated
    )
    adults = [u for u in room.people if person_key(u.pk) in plan_grid(plan=plan)[0][table]]
    for user in adults[1:]:
        rsvp_submit(gathering=room.gathering, user=user, answer="no")

    for body in _print_pages(room, plan.pk):
        assert (
            f"This plan breaks a hard rule now: Table {table + 1}, round 1: Young, a young "
            f"person, has only one adult at the table, {adults[0].full_name} (two are "
            "needed). Fix it on the plan (refresh it from the RSVPs, or move "
            "people) and publish before printing."
        ) in body


def _printed(body: str) -> str:
    """What reaches the paper: the page without its screen-only notes (`no-print`)."""
    return re.sub(r'<p class="[^"]*no-print[^"]*"[^>]*>.*?</p>', "", body, flags=re.S)


def test_the_paper_itself_names_its_version_and_a_draft(room: Room) -> None:
    """The notes that a draft is not what members see are screen-only, and the paper named
    no version: cards printed from a draft, or before a Refresh and a new publish, could not
    be told at the door from the cards of the seating members have."""
    first = small_groups_plan(room, table_sizes=[6, 6], publish=True)
    draft = plan_replan(plan=first, actor=room.steward)

    for body in _print_pages(room, draft.pk):
        assert "Version 2, a draft: not the seating members see." in _printed(body)
    for body in _print_pages(room, first.pk):
        printed = _printed(body)
        assert "Version 1" in printed
        assert "a draft" not in printed
