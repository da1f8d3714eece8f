"""A youth guest in what the host network's stewards read of the seating: the list by name
for the door, the board and the notes above the prints name them as the host's door list
does (`gatherings.selectors.youth_guests_at_door`: first name and initials, their cohort and
its stewards), never with their family name, sorted by the name shown. They named them in
full. Adults, and the network's own young members (tests/seating/test_minor_names.py), are
named as before. The rules page's refusals name a guest by first name, as the page does."""

from __future__ import annotations

import re

from django_scopes import scope, scopes_disabled

from collaboratory.gatherings.models import Gathering
from collaboratory.gatherings.services import rsvp_submit
from collaboratory.people.models import User
from collaboratory.seating.models import PairKind, PlanStatus, SeatingPlan
from collaboratory.seating.selectors import person_key, plan_grid
from collaboratory.seating.services import plan_generate
from tests.authz.objects import shared_gathering
from tests.conftest import World, client_for
from tests.seating.test_youth_guest import published_plan_with_the_guest

FAMILY = "Guestling"


def _plan_with_the_guest(world: World) -> tuple[Gathering, SeatingPlan, User, list[User]]:
    """The youth guest "Yara Zoe Guestling" (door name "Yara Z. G.") at one table with five
    adults of Alpha, one of them "Yara Zoe Adams": in full the adult comes first, by the
    names shown the guest does."""
    youth = world.personas["youth_member"]
    assert youth is not None
    youth.full_name = f"Yara Zoe {FAMILY}"
    youth.save(update_fields=["full_name"])
    gathering, emails = published_plan_with_the_guest(world)
    with scope(network=world.alpha):
        adults = [User.objects.get(email=email) for email in emails]
        adults[0].full_name = "Yara Zoe Adams"
        adults[0].save(update_fields=["full_name"])
        plan = SeatingPlan.objects.get(gathering=gathering, status=PlanStatus.PUBLISHED)
    return gathering, plan, youth, adults


def _get(world: World, plan: SeatingPlan, page: str = "") -> str:
    response = client_for(world.personas["steward"]).get(
        f"/n/{world.alpha.slug}/seating/plans/{plan.pk}/{page}"
    )
    assert response.status_code == 200
    return response.content.decode()


def test_the_list_by_name_names_a_youth_guest_as_the_door_does(world: World) -> None:
    _gathering, plan, _youth, adults = _plan_with_the_guest(world)

    names = _get(world, plan, "names/")

    assert FAMILY not in names
    rows = re.findall(r'<th scope="row">(.*?)</th>', names, flags=re.S)
    guest = f"Yara Z. G. <small>Youth guest of {world.youth.name}; cohort stewards: "
    shown = [row.split(" <small>")[0] for row in rows]
    assert [r for r in rows if r.startswith(guest)] != []
    # Sorted by the name shown: the guest before "Yara Zoe Adams".
    assert shown.index("Yara Z. G.") + 1 == shown.index("Yara Zoe Adams")
    assert sorted(shown) == sorted(["Yara Z. G.", *(a.full_name for a in adults)])
    # The list names no young person in full: it does not say it does.
    assert "names young people in full" not in names


def test_the_board_its_move_form_and_a_move_name_a_youth_guest_as_the_door_does(
    world: World,
) -> None:
    gathering, _published, youth, adults = _plan_with_the_guest(world)
    with scope(network=world.alpha):
        draft = plan_generate(
            gathering=gathering,
            agenda_item=None,
            rounds=1,
            table_sizes=[3, 3],
            actor=world.personas["steward"],
            time_limit=0.2,
        )
        grid = plan_grid(plan=draft)[0]
    to = 1 - _table_of(grid, youth)
    other = grid[to][0]

    board = _get(world, draft)
    moved = client_for(world.personas["steward"]).post(
        f"/n/{world.alpha.slug}/seating/plans/{draft.pk}/move/",
        {"person": person_key(youth.pk), "round": "1", "table": str(to + 1), "swap_with": other},
        follow=True,
    )

    assert FAMILY not in board
    assert re.search(
        rf'data-person="p{youth.pk}">Yara Z\. G\. <span class="tag">Youth guest of '
        rf"{re.escape(world.youth.name)};",
        board,
    )
    # The form's choice carries the cohort, so two guests of one name read apart there too.
    assert f'<option value="p{youth.pk}">Yara Z. G. · {world.youth.name}</option>' in board
    assert all(f">{a.full_name}</li>" in board for a in adults)  # adults in full
    assert all(f">{a.full_name}</option>" in board for a in adults)
    answer = moved.content.decode()
    assert moved.status_code == 200
    assert "Yara Z. G. and " in answer
    assert FAMILY not in answer


def _table_of(grid: list[list[str]], user: User) -> int:
    return next(t for t, table in enumerate(grid) if person_key(user.pk) in table)


def test_a_youth_guest_who_cancelled_is_named_above_the_prints_as_at_the_door(
    world: World,
) -> None:
    gathering, plan, youth, _adults = _plan_with_the_guest(world)
    with scope(network=world.alpha):
        rsvp_submit(gathering=gathering, user=youth, answer="no", both_parts=True)

    pages = [_get(world, plan, page) for page in ("names/", "cards/", "")]

    for body in pages:
        assert FAMILY not in body
    assert "Yara Z. G." in pages[0]


def test_a_refused_rule_names_a_youth_guest_as_the_rules_page_does(world: World) -> None:
    """The rules page names a youth guest by first name (its form tags the cohort); its
    refusal ("already have a rule") named them in full."""
    youth, member = world.personas["youth_member"], world.personas["member"]
    assert youth is not None
    assert member is not None
    youth.full_name = f"Yara Zoe {FAMILY}"
    youth.save(update_fields=["full_name"])
    with scopes_disabled():
        gathering = Gathering.objects.get(pk=shared_gathering(world)["gathering"])
    with scope(network=world.alpha):
        rsvp_submit(gathering=gathering, user=youth, answer="yes", both_parts=True)
    client = client_for(world.personas["steward"])
    url = f"/n/{world.alpha.slug}/seating/rules/"
    rule = {"first": youth.pk, "second": member.pk, "reason": "Concern"}

    assert client.post(url, {**rule, "kind": PairKind.APART}).status_code == 302
    refused = client.post(url, {**rule, "kind": PairKind.TOGETHER})

    assert refused.status_code == 400
    body = refused.content.decode()
    assert FAMILY not in body
    pair = {f"Yara and {member.full_name}", f"{member.full_name} and Yara"}  # by account id
    assert [p for p in pair if f"{p} already have a rule" in body] != []
