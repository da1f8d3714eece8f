"""A keep-apart rule saved after the seating was published (a concern raised about a young
guest) that the published plan breaks. The board, the plans list and the print pages said
so, and the print page said to "refresh it from the RSVPs, or move people"; but a
published plan takes no moves, and Refresh answered "Nobody changed since this plan was
made" and made nothing. Only "Re-plan everyone" was left, which changes every member's
table. Refresh now makes a draft of it to fix by hand, naming the rule it breaks."""

from __future__ import annotations

from collaboratory.people.models import User
from collaboratory.seating.models import PairKind, PlanStatus, SeatingPlan
from collaboratory.seating.selectors import person_pk, plan_grid
from collaboratory.seating.services import plan_publish, seat_move
from tests.conftest import client_for
from tests.seating.conftest import Room, add_rule, published_dinner
from tests.seating.test_change_published import page_then_refresh


def test_refresh_gives_a_draft_to_fix_a_rule_the_published_plan_breaks(room: Room) -> None:
    plan = published_dinner(room)
    table = plan_grid(plan=plan)[0][0]
    first, second = (User.objects.get(pk=person_pk(key)) for key in table[:2])
    add_rule(room, PairKind.APART, first, second)

    page, body = page_then_refresh(room, plan)

    assert "Members see this plan, and it breaks a hard rule" in page
    assert "Nobody changed since this plan was made" not in body
    assert "It still breaks 1 hard rule" in body
    # Said as what it is, not "0 newcomers seated, 0 cancellations removed".
    assert "Version 2: a draft with the same seats, everyone kept their seat." in body
    assert "0 newcomers seated" not in body
    draft = SeatingPlan.objects.get(made_from=plan)
    assert draft.status == PlanStatus.DRAFT
    assert plan_grid(plan=draft) == plan_grid(plan=plan)  # everyone keeps their seat
    # The steward moves one of the two, and the fixed draft publishes.
    other = plan_grid(plan=draft)[0][1][0]
    seat_move(plan=draft, round_=0, person=table[0], table=1, swap_with=other, actor=room.steward)
    plan_publish(plan=draft, actor=room.steward)


def test_saving_a_rule_the_published_seating_breaks_says_so(room: Room) -> None:
    """ "Rule saved: the next plan follows it." was all the steward read, while the
    published dinner still seated the two at one table."""
    plan = published_dinner(room)
    table = plan_grid(plan=plan)[0][0]
    first, second = (User.objects.get(pk=person_pk(key)) for key in table[:2])
    client = client_for(room.steward)

    saved = client.post(
        f"/n/{room.network.slug}/seating/rules/",
        {"kind": PairKind.APART, "first": first.pk, "second": second.pk, "reason": ""},
        follow=True,
    )

    body = saved.content.decode()
    assert "Rule saved" in body
    assert "The published seating of <a href=" in body
    assert "breaks it: open the plan" in body
    # Apart at two tables already: nothing to say.
    other = User.objects.get(pk=person_pk(plan_grid(plan=plan)[0][1][0]))
    again = client.post(
        f"/n/{room.network.slug}/seating/rules/",
        {"kind": PairKind.APART, "first": first.pk, "second": other.pk, "reason": ""},
        follow=True,
    )
    assert "breaks it" not in again.content.decode()


def test_the_warning_links_to_the_plan_the_rule_breaks(room: Room) -> None:
    """The warning named the session and said to open the plan, with no way to open it
    from there: the steward went back to the gathering's seating to find it."""
    plan = published_dinner(room)
    first, second = (User.objects.get(pk=person_pk(key)) for key in plan_grid(plan=plan)[0][0][:2])

    body = (
        client_for(room.steward)
        .post(
            f"/n/{room.network.slug}/seating/rules/",
            {"kind": PairKind.APART, "first": first.pk, "second": second.pk, "reason": ""},
            follow=True,
        )
        .content.decode()
    )

    link = f'<a href="/n/{room.network.slug}/seating/plans/{plan.pk}/">Dinner together ('
    assert f"The published seating of {link}" in body
    assert "breaks it: open the plan" in body
