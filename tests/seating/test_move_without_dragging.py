"""The keyboard's way to move someone: the "Move someone (without dragging)" form.

Found by using the board with the keyboard only: the form sat after every table's lock
button (57 tab stops in the demo, with no way to skip there), a refused move came back as a
line at the top of the page with the form emptied (the person, round and table chosen again
from scratch, 57 stops away), and the refusal for a full table said "drop X on someone",
which a keyboard user cannot do."""

from __future__ import annotations

import re

from collaboratory.seating.selectors import names_by_key, plan_grid
from tests.conftest import client_for
from tests.seating.conftest import Room, small_groups_plan


def _section(body: str) -> str:
    """The "Move someone" section of the plan page."""
    match = re.search(r'<section[^>]*id="move-someone".*?</section>', body, flags=re.S)
    assert match is not None, "no section with id move-someone"
    return match.group(0)


def test_a_refused_move_keeps_the_form_and_says_why_beside_it(room: Room) -> None:
    plan = small_groups_plan(room, table_sizes=[4, 4, 4])  # twelve people: every table full
    grid = plan_grid(plan=plan)
    person = grid[0][0][0]
    name = names_by_key(keys=[person], gathering=plan.gathering)[person]

    answer = client_for(room.steward).post(
        f"/n/{room.network.slug}/seating/plans/{plan.pk}/move/",
        {"person": person, "round": "1", "table": "2", "swap_with": ""},
    )

    assert answer.status_code == 400
    section = _section(answer.content.decode())
    # The refusal stands at the form, in words a keyboard user can act on...
    assert (
        f"Table 2 is full: swap {name} with someone there (drop them on a name, or choose "
        "that person under “Swap with”)." in section.replace("&#x27;", "'")
    )
    # ...and what was chosen is still chosen.
    assert re.search(rf'<option value="{person}" selected>', section)
    assert re.search(r'name="table" value="2"', section)
    assert plan_grid(plan=plan) == grid


def test_a_move_from_the_form_comes_back_to_the_form_with_its_outcome(room: Room) -> None:
    plan = small_groups_plan(room, table_sizes=[5, 5, 5])
    grid = plan_grid(plan=plan)
    person = grid[0][0][0]
    to = next(t for t, table in enumerate(grid[0]) if len(table) < 5 and person not in table)
    name = names_by_key(keys=[person], gathering=plan.gathering)[person]
    client = client_for(room.steward)

    answer = client.post(
        f"/n/{room.network.slug}/seating/plans/{plan.pk}/move/",
        {"person": person, "round": "1", "table": str(to + 1), "swap_with": ""},
    )

    assert answer.status_code == 302
    assert answer["Location"] == f"/n/{room.network.slug}/seating/plans/{plan.pk}/#move-someone"
    page = client.get(answer["Location"]).content.decode()
    assert f"{name} moved to table {to + 1} in round 1." in _section(page)


def test_the_board_links_to_the_form_before_its_tables(room: Room) -> None:
    plan = small_groups_plan(room, table_sizes=[4, 4, 4])

    body = (
        client_for(room.steward)
        .get(f"/n/{room.network.slug}/seating/plans/{plan.pk}/")
        .content.decode()
    )

    link = body.find('href="#move-someone"')
    assert 0 < link < body.find('data-testid="table-1-1"')
    assert f'action="/n/seats/seating/plans/{plan.pk}/move/#move-someone"' in body


def test_a_move_on_a_plan_published_since_the_page_was_drawn_says_why(room: Room) -> None:
    """The form is not drawn on a published plan, so its refusal cannot stand beside it:
    it comes back at the top of the plan's page, as before."""
    plan = small_groups_plan(room, table_sizes=[5, 5, 5], publish=True)
    grid = plan_grid(plan=plan)

    answer = client_for(room.steward).post(
        f"/n/{room.network.slug}/seating/plans/{plan.pk}/move/",
        {"person": grid[0][0][0], "round": "1", "table": "2", "swap_with": ""},
        follow=True,
    )

    assert "This plan is published and stays as members saw it" in answer.content.decode()
    assert plan_grid(plan=plan) == grid


def test_the_forms_answer_is_shown_once_beside_the_form(room: Room) -> None:
    """The answer stood beside the form and again at the top of the page (base.html prints
    every flash message): "X already sits at table 1." twice for one press."""
    plan = small_groups_plan(room, table_sizes=[5, 5, 5])
    grid = plan_grid(plan=plan)
    person = grid[0][0][0]
    to = next(t for t, table in enumerate(grid[0]) if len(table) < 5 and person not in table)
    name = names_by_key(keys=[person], gathering=plan.gathering)[person]
    client = client_for(room.steward)
    move = {"person": person, "round": "1", "table": str(to + 1), "swap_with": ""}
    url = f"/n/{room.network.slug}/seating/plans/{plan.pk}/move/"

    moved = client.get(client.post(url, move)["Location"]).content.decode()
    again = client.get(client.post(url, move)["Location"]).content.decode()
    later = client.get(f"/n/{room.network.slug}/seating/plans/{plan.pk}/").content.decode()

    done = f"{name} moved to table {to + 1} in round 1."
    assert moved.count(done) == 1
    assert done in _section(moved)
    already = f"{name} already sits at table {to + 1}."
    assert again.count(already) == 1
    assert already in _section(again)
    assert done not in later
    assert already not in later


def test_round_and_table_stop_at_the_plans_own(room: Room) -> None:
    """The number fields went up to 8 rounds and 60 tables whatever the plan: the arrow
    keys walked past the last round and table, and only sending the form said so."""
    plan = small_groups_plan(room, table_sizes=[4, 4, 4])

    body = client_for(room.steward).get(f"/n/{room.network.slug}/seating/plans/{plan.pk}/")
    form = _section(body.content.decode())

    assert re.search(r'<input type="number" name="round"[^>]* max="1"', form)
    assert re.search(r'<input type="number" name="table"[^>]* max="3"', form)
