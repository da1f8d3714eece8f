"""Seating pages: stewards generate, move (with and without JavaScript), lock, publish and
print; members see their own table only; outsiders get 404; junk gets a specific answer."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from django.db import connection
from django.http import HttpResponse
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django_scopes import scope

from collaboratory.gatherings.services import rsvp_submit
from collaboratory.networks.models import Role
from collaboratory.people.services import user_language_set
from collaboratory.seating.models import PairKind, PlanStatus, Seat, SeatingPair, SeatingPlan
from collaboratory.seating.selectors import person_key, person_pk, plan_grid
from collaboratory.seating.services import plan_generate, plan_publish
from tests.conftest import client_for
from tests.factories import MembershipFactory, NetworkFactory
from tests.seating.conftest import Room


def _plan(room: Room, **kwargs: object) -> SeatingPlan:
    options: dict[str, object] = {
        "gathering": room.gathering,
        "agenda_item": room.groups,
        "rounds": 1,
        "table_sizes": [5, 5, 5],
        "actor": room.steward,
        "time_limit": 0.2,
    }
    options.update(kwargs)
    return plan_generate(**options)  # type: ignore[arg-type]


def _url(room: Room, path: str) -> str:
    return f"/n/{room.network.slug}/seating/{path}"


def _post_rule(
    client: Client, room: Room, kind: str, first: int, second: int, reason: str = "", **kw: Any
) -> HttpResponse:
    data = {"kind": kind, "first": first, "second": second, "reason": reason}
    return client.post(_url(room, "rules/"), data, **kw)


def test_a_steward_generates_a_plan_from_the_form(room: Room) -> None:
    client = client_for(room.steward)
    page = client.get(_url(room, f"gatherings/{room.gathering.pk}/"))
    assert "12 people are coming" in page.content.decode()
    assert "A new plan starts with no locked table." in page.content.decode()
    assert 'value="2x8"' in page.content.decode()

    response = client.post(
        _url(room, f"gatherings/{room.gathering.pk}/"),
        {
            "session": str(room.groups.pk),
            "rounds": "2",
            "table_sizes": "3x4",
            "token": str(uuid.uuid4()),
        },
    )

    plan = SeatingPlan.objects.get()
    assert response.status_code == 302
    assert response["Location"] == _url(room, f"plans/{plan.pk}/")
    assert (plan.rounds, plan.table_sizes, plan.agenda_item) == (2, [4, 4, 4], room.groups)
    body = client.get(response["Location"]).content.decode()
    assert all(u.full_name in body for u in room.people)
    assert "Round 2" in body


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"table_sizes": "eight"}, "“eight” is not a table size"),
        ({"table_sizes": "1x4"}, "12 people are coming but the tables seat 4: add 8 seats."),
        # One seat short said "add 1 seats".
        ({"table_sizes": "5, 6"}, "12 people are coming but the tables seat 11: add 1 seat."),
        ({"table_sizes": "4x1"}, "Each table seats between 2 and 20 people."),
        # A table of 100 read as "not a table size", as if the way of writing it were wrong.
        ({"table_sizes": "100"}, "Each table seats between 2 and 20 people."),
        ({"table_sizes": "2x25"}, "Each table seats between 2 and 20 people."),
        ({"table_sizes": "999x8"}, "At most 60 tables."),
        ({"rounds": "0"}, "Ensure this value is greater than or equal to 1."),
        # A session gone from the agenda since the page was drawn: in words, not its id.
        ({"session": "999999"}, "This session is no longer on the gathering&#x27;s agenda"),
    ],
)
def test_a_bad_generate_form_says_what_is_wrong(
    room: Room, fields: dict[str, str], message: str
) -> None:
    data = {
        "session": "whole",
        "rounds": "1",
        "table_sizes": "3x4",
        "token": str(uuid.uuid4()),
        **fields,
    }

    response = client_for(room.steward).post(_url(room, f"gatherings/{room.gathering.pk}/"), data)

    assert response.status_code == 400
    assert message in response.content.decode()
    assert not SeatingPlan.objects.exists()


def test_a_drag_posts_a_move_and_gets_the_board_with_the_cost(room: Room) -> None:
    plan = _plan(room)
    grid = plan_grid(plan=plan)
    person = grid[0][0][0]
    target = next(t for t in (1, 2) if len(grid[0][t]) < 5)

    response = client_for(room.steward).post(
        _url(room, f"plans/{plan.pk}/move/"),
        {"person": person, "round": "1", "table": str(target + 1), "swap_with": ""},
        headers={"HX-Request": "true"},
    )

    body = response.content.decode()
    assert response.status_code == 200
    assert body.startswith('\n<div id="seating-board"') or body.lstrip().startswith(
        '<div id="seating-board"'
    )
    assert f"moved to table {target + 1} in round 1." in body
    assert 'data-figure="repeats"' in body
    assert plan_grid(plan=plan)[0][target].count(person) == 1


def test_the_fallback_form_moves_and_a_refusal_comes_back_beside_it(room: Room) -> None:
    plan = _plan(room, table_sizes=[6, 6])
    grid = plan_grid(plan=plan)
    client = client_for(room.steward)

    full = client.post(
        _url(room, f"plans/{plan.pk}/move/"),
        {"person": grid[0][0][0], "round": "1", "table": "2"},
        follow=True,
    )

    assert full.status_code == 400
    assert "Table 2 is full: swap" in full.content.decode()
    assert plan_grid(plan=plan) == grid


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"person": "abc", "round": "1", "table": "1"},
        {"person": "1", "round": "x", "table": "1"},
        {"person": "999999", "round": "1", "table": "99"},
    ],
)
def test_junk_moves_change_nothing_and_say_why(room: Room, data: dict[str, str]) -> None:
    plan = _plan(room)
    grid = plan_grid(plan=plan)

    response = client_for(room.steward).post(
        _url(room, f"plans/{plan.pk}/move/"), data, headers={"HX-Request": "true"}
    )

    assert response.status_code == 200
    assert 'class="error" role="alert" id="board-message"' in response.content.decode()
    assert plan_grid(plan=plan) == grid


def test_lock_and_publish_from_the_page(room: Room) -> None:
    plan = _plan(room)
    client = client_for(room.steward)

    locked = client.post(
        _url(room, f"plans/{plan.pk}/lock/"),
        {"round": "1", "table": "2", "locked": "1"},
        headers={"HX-Request": "true"},
    )
    published = client.post(_url(room, f"plans/{plan.pk}/publish/"), follow=True)

    assert "Unlock table 2" in locked.content.decode()
    assert set(plan.locks.values_list("round", "table")) == {(0, 1)}
    plan.refresh_from_db()
    assert plan.status == PlanStatus.PUBLISHED
    assert "Published: members now see their table." in published.content.decode()


def test_print_pages_list_every_table_and_every_name(room: Room) -> None:
    plan = _plan(room, rounds=2, table_sizes=[6, 6])
    client = client_for(room.steward)

    cards = client.get(_url(room, f"plans/{plan.pk}/cards/")).content.decode()
    names = client.get(_url(room, f"plans/{plan.pk}/names/")).content.decode()

    assert cards.count('class="table-card"') == 4
    first = room.people[0]
    tables = [
        1 + next(t for t, table in enumerate(r) if person_key(first.pk) in table)
        for r in plan_grid(plan=plan)
    ]
    row = names[names.index(f'<th scope="row">{first.full_name}</th>') :].split("</tr>")[0]
    assert row.count("<td>") == 2
    assert [f"Table {t}" in row for t in tables] == [True, True]


def test_a_member_sees_their_table_and_nobody_elses(room: Room) -> None:
    plan = _plan(room)
    me = room.people[0]
    client = client_for(me)
    before = client.get(_url(room, f"gatherings/{room.gathering.pk}/my-table/")).content.decode()
    plan_publish(plan=plan, actor=room.steward)

    page = client.get(_url(room, f"gatherings/{room.gathering.pk}/my-table/")).content.decode()
    fragment = client.get(
        _url(room, f"gatherings/{room.gathering.pk}/my-table/"), headers={"HX-Request": "true"}
    ).content.decode()

    assert "No table yet" in before
    grid = plan_grid(plan=plan)
    mine = next(t for t, table in enumerate(grid[0]) if person_key(me.pk) in table)
    names = {person_key(u.pk): u.full_name for u in room.people}
    assert f"<strong>Table {mine + 1}</strong>" in page
    for t, table in enumerate(grid[0]):
        for person in table:
            if person != person_key(me.pk):
                assert (names[person] in page) == (t == mine)
    assert "Your table" in fragment
    assert "<html" not in fragment


def test_the_gathering_page_has_nothing_until_a_table_is_published(room: Room) -> None:
    response = client_for(room.people[0]).get(
        _url(room, f"gatherings/{room.gathering.pk}/my-table/"), headers={"HX-Request": "true"}
    )

    assert response.content == b""


def test_members_cannot_open_plans_and_outsiders_get_404(room: Room) -> None:
    plan = _plan(room)
    other = NetworkFactory(slug="elsewhere")
    outsider = MembershipFactory(network=other, role=Role.STEWARD).user

    member = client_for(room.people[0]).get(_url(room, f"plans/{plan.pk}/"))
    foreign = client_for(outsider).get(f"/n/elsewhere/seating/plans/{plan.pk}/")

    assert member.status_code == 403
    assert foreign.status_code == 404
    assert room.people[1].full_name not in foreign.content.decode()


def test_pairs_are_saved_with_a_reason_only_stewards_see(room: Room) -> None:
    a, b = room.people[:2]
    client = client_for(room.steward)

    response = _post_rule(client, room, PairKind.TOGETHER, a.pk, b.pk, "Interpreter", follow=True)
    duplicate = _post_rule(client, room, PairKind.APART, b.pk, a.pk)

    assert "Interpreter" in response.content.decode()
    assert "already have a rule (Keep together)" in duplicate.content.decode()
    with scope(network=room.network):
        assert SeatingPair.objects.get().kind == PairKind.TOGETHER
    assert client_for(a).get(_url(room, "rules/")).status_code == 403


@pytest.mark.parametrize("count", [1, 3])
def test_the_plans_list_runs_a_fixed_number_of_queries(room: Room, count: int) -> None:
    for seed in range(count):
        _plan(room, seed=seed)
    client = client_for(room.steward)
    client.get(_url(room, f"gatherings/{room.gathering.pk}/"))

    with CaptureQueriesContext(connection) as queries:
        client.get(_url(room, f"gatherings/{room.gathering.pk}/"))

    # A fixed number: the approved substitutes (seated like anyone coming), and every
    # plan's figures as they stand (all grids at once, the inputs once per session).
    assert len(queries) == 16


def test_the_plan_page_says_who_changed_since(room: Room) -> None:
    plan = _plan(room)
    rsvp_submit(gathering=room.gathering, user=room.people[0], answer="no")

    body = client_for(room.steward).get(_url(room, f"plans/{plan.pk}/")).content.decode()

    assert "Since this plan was made: 0 more coming" in body
    assert "1 no longer coming." in body


def test_refresh_and_replan_from_the_page(room: Room) -> None:
    plan = _plan(room)
    client = client_for(room.steward)

    unchanged = client.post(_url(room, f"plans/{plan.pk}/refresh/"), follow=True)
    replanned = client.post(_url(room, f"plans/{plan.pk}/refresh/"), {"everyone": "1"})

    assert "Nobody changed since this plan was made" in unchanged.content.decode()
    new = SeatingPlan.objects.get(version=2)
    assert replanned["Location"] == _url(room, f"plans/{new.pk}/")
    assert (new.agenda_item, new.rounds, new.table_sizes) == (room.groups, 1, [5, 5, 5])


def test_someone_no_longer_coming_sees_no_table_and_is_left_off_the_print(room: Room) -> None:
    plan = _plan(room, table_sizes=[6, 6])
    plan_publish(plan=plan, actor=room.steward)
    gone = room.people[0]
    rsvp_submit(gathering=room.gathering, user=gone, answer="no")
    url = _url(room, f"gatherings/{room.gathering.pk}/my-table/")
    steward = client_for(room.steward)

    page = client_for(gone).get(url).content.decode()
    fragment = client_for(gone).get(url, headers={"HX-Request": "true"}).content
    cards = steward.get(_url(room, f"plans/{plan.pk}/cards/")).content.decode()
    names = steward.get(_url(room, f"plans/{plan.pk}/names/")).content.decode()
    board = steward.get(_url(room, f"plans/{plan.pk}/")).content.decode()

    assert "Table " not in page
    assert "Your RSVP says you are not coming, so you have no table." in page
    assert fragment == b""
    left_off = f"Left off: no longer coming: {gone.full_name}."
    for body in (cards, names):
        assert left_off in body
        assert body.count(gone.full_name) == 1
    assert f'{gone.full_name} <span class="tag">no longer coming</span>' in board


def test_publishing_an_out_of_date_plan_is_refused_with_who_changed(room: Room) -> None:
    plan = _plan(room)
    rsvp_submit(gathering=room.gathering, user=room.people[0], answer="no")
    client = client_for(room.steward)

    page = client.get(_url(room, f"plans/{plan.pk}/")).content.decode()
    response = client.post(_url(room, f"plans/{plan.pk}/publish/"), follow=True)

    assert f"No longer coming: {room.people[0].full_name}." in page
    assert "This plan is out of date" in response.content.decode()
    plan.refresh_from_db()
    assert plan.status == PlanStatus.DRAFT


def test_a_contradicting_rule_is_refused_on_the_page(room: Room) -> None:
    a, b, c = room.people[:3]
    client = client_for(room.steward)
    for first, second in ((a, b), (b, c)):
        _post_rule(client, room, PairKind.TOGETHER, first.pk, second.pk, follow=True)

    response = _post_rule(client, room, PairKind.APART, c.pk, a.pk)

    body = response.content.decode()
    assert response.status_code == 400
    assert f"{c.full_name} and {a.full_name} cannot be kept apart" in body
    assert "Rule saved" not in body
    with scope(network=room.network):
        assert SeatingPair.objects.filter(kind=PairKind.APART).count() == 0


def test_the_board_says_in_plain_words_who_sits_together_again_and_what_mixes(
    room: Room,
) -> None:
    first = _plan(room, agenda_item=room.dinner, table_sizes=[6, 6])
    plan_publish(plan=first, actor=room.steward)
    # The small groups, after dinner, at the same tables as the published dinner: everyone
    # sits with the same five people again (2 x 15 pairs). (The dinner, before them, counts
    # none of these: a pair is counted by the later session.)
    again = _plan(room, table_sizes=[6, 6])
    grid = plan_grid(plan=first)
    with scope(network=room.network):
        Seat.objects.filter(plan=again).delete()
        Seat.objects.bulk_create(
            Seat(network=room.network, plan=again, round=0, table=t, user_id=person_pk(p))
            for t, table in enumerate(grid[0])
            for p in table
        )

    body = client_for(room.steward).get(_url(room, f"plans/{again.pk}/")).content.decode()

    assert "30 pairs sit together again:" in body
    assert "No rule broken." in body
    assert "0 new contacts" in body
    assert "gap" not in body
    assert "lower bound" not in body
    assert "diversity at tables" not in body
    assert "ideology" not in body.lower()


def test_the_plans_list_counts_rule_breaks_as_the_plan_page_does(room: Room) -> None:
    plan = _plan(room, table_sizes=[6, 6])
    grid = plan_grid(plan=plan)
    a, b = (person_pk(grid[0][t][0]) for t in (0, 1))
    client = client_for(room.steward)
    # A rule added after the plan was made: the plan now breaks it.
    _post_rule(client, room, PairKind.TOGETHER, a, b)

    listed = client.get(_url(room, f"gatherings/{room.gathering.pk}/")).content.decode()
    page = client.get(_url(room, f"plans/{plan.pk}/")).content.decode()

    assert '<td data-figure="violations">1</td>' in listed
    assert '<span class="figure" data-figure="violations">1</span>' in page


def test_tables_typed_with_spaces_are_read(room: Room) -> None:
    response = client_for(room.steward).post(
        _url(room, f"gatherings/{room.gathering.pk}/"),
        {
            "session": "whole",
            "rounds": "1",
            "table_sizes": "2 x 4, 1 X 4",
            "token": str(uuid.uuid4()),
        },
    )

    assert response.status_code == 302
    assert SeatingPlan.objects.get().table_sizes == [4, 4, 4]


def test_refresh_says_what_it_did_in_the_singular_too(room: Room) -> None:
    plan = _plan(room)
    late = MembershipFactory(network=room.network).user
    rsvp_submit(gathering=room.gathering, user=late, answer="yes", both_parts=True)

    body = (
        client_for(room.steward)
        .post(_url(room, f"plans/{plan.pk}/refresh/"), follow=True)
        .content.decode()
    )

    assert "Version 2: 1 newcomer seated, 0 cancellations removed; everyone else kept" in body


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"round": "1", "table": "1", "locked": "maybe"}, "Table lock: Choose lock or unlock."),
        ({"round": "1", "locked": "1"}, "Table: This field is required."),
    ],
)
def test_a_bad_lock_says_which_field_and_changes_nothing(
    room: Room, data: dict[str, str], message: str
) -> None:
    plan = _plan(room)

    response = client_for(room.steward).post(
        _url(room, f"plans/{plan.pk}/lock/"), data, headers={"HX-Request": "true"}
    )

    body = response.content.decode()
    assert message in body
    assert "None:" not in body
    assert not plan.locks.exists()


def test_a_replaced_plan_says_it_was_replaced_not_that_it_is_published(room: Room) -> None:
    first = _plan(room)
    plan_publish(plan=first, actor=room.steward)
    plan_publish(plan=_plan(room, seed=1), actor=room.steward)

    response = client_for(room.steward).post(
        _url(room, f"plans/{first.pk}/lock/"),
        {"round": "1", "table": "1", "locked": "1"},
        headers={"HX-Request": "true"},
    )

    body = response.content.decode()
    assert "This plan was replaced by a later published version" in body
    assert "This plan is published" not in body


def test_table_cards_of_large_tables_use_smaller_names_in_two_columns(
    room: Room,
) -> None:
    for _ in range(10):
        late = MembershipFactory(network=room.network).user
        rsvp_submit(gathering=room.gathering, user=late, answer="yes", both_parts=True)
    plan = _plan(room, table_sizes=[20, 2])

    cards = client_for(room.steward).get(_url(room, f"plans/{plan.pk}/cards/")).content.decode()

    assert cards.count('class="table-card is-large"') == 1
    assert cards.count('class="table-card"') == 1


def test_a_plan_at_one_table_says_1_table(room: Room) -> None:
    """The plan's heading said "1 round · 1 tables"."""
    plan = _plan(room, table_sizes=[12])

    body = client_for(room.steward).get(_url(room, f"plans/{plan.pk}/")).content.decode()

    assert "1 round · 1 table</p>" in " ".join(body.split())


def test_the_plans_out_of_date_notice_reads_right_in_spanish_for_one_person(room: Room) -> None:
    """ "1 más vienen ... 1 ya no vienen" was wrong Spanish: the counts now follow labels."""
    plan = _plan(room)
    rsvp_submit(gathering=room.gathering, user=room.people[0], answer="no")
    late = MembershipFactory(network=room.network).user
    rsvp_submit(gathering=room.gathering, user=late, answer="yes", both_parts=True)
    user_language_set(user=room.steward, language="es")

    body = client_for(room.steward).get(_url(room, f"plans/{plan.pk}/")).content.decode()

    assert "más vienen" not in body
    assert "se suman: 1 (un «sí» tardío o una llegada registrada); ya no vienen: 1." in body


def test_save_rule_pressed_twice_answers_the_second_press_with_the_rule_saved(room: Room) -> None:
    """A double click on "Save rule": the browser shows the second answer, which said in
    red that the two "already have a rule" although the first press had saved it."""
    a, b = room.people[:2]
    client = client_for(room.steward)

    first = _post_rule(client, room, PairKind.APART, a.pk, b.pk, "Ex-partners")
    second = _post_rule(client, room, PairKind.APART, a.pk, b.pk, "Ex-partners", follow=True)

    assert first.status_code == 302
    assert second.status_code == 200
    body = second.content.decode()
    assert "Rule saved" in body
    assert "already have a rule" not in body
    with scope(network=room.network):
        assert SeatingPair.objects.count() == 1


def test_a_move_pressed_twice_answers_the_second_time_without_an_error(room: Room) -> None:
    """The fallback form's second press said in red that the person already sits there, as
    if the steward's move had failed; it had been made by the first press."""
    plan = _plan(room, table_sizes=[8, 8])
    grid = plan_grid(plan=plan)
    person = next(p for p in grid[0][0])
    client = client_for(room.steward)
    move = {"person": person, "round": "1", "table": "2"}
    # Make room at table 2 first, so the move itself is allowed.
    with scope(network=room.network):
        Seat.objects.filter(plan=plan, round=0, table=1).exclude(
            pk__in=Seat.objects.filter(plan=plan, round=0, table=1).values("pk")[:4]
        ).update(table=0)

    client.post(_url(room, f"plans/{plan.pk}/move/"), move)
    again = client.post(_url(room, f"plans/{plan.pk}/move/"), move, follow=True)

    body = again.content.decode()
    assert 'class="error"' not in body
    assert "already sits at table 2" in body
    assert person in plan_grid(plan=plan)[0][1]


def test_a_refresh_that_raises_repeats_says_so_and_what_to_do(room: Room) -> None:
    """Refreshes keep everyone's seat, so latecomers take what is left and repeats creep up
    (the guide's walk on the demo saw 4, then 7, then 18, each refresh seating people who
    answered late): the page now says by how much and to re-plan. Twelve at three tables of
    four over two rounds at the bound (3 repeats) put someone of every first-round table at
    every second-round table, so each of three latecomers, at a table grown by a seat in
    each round, sits with someone again."""
    plan = _plan(room, rounds=2, table_sizes=[4, 4, 4], time_limit=4.0)
    assert plan.repeats == plan.lower_bound == 3
    for _ in range(3):
        late = MembershipFactory(network=room.network).user
        rsvp_submit(gathering=room.gathering, user=late, answer="yes", both_parts=True)

    body = (
        client_for(room.steward)
        .post(_url(room, f"plans/{plan.pk}/refresh/"), follow=True)
        .content.decode()
    )

    with scope(network=room.network):
        new = SeatingPlan.objects.get(made_from=plan)
    assert new.repeats >= 6
    assert (
        f"Refreshing seated 3 people in the room the kept seats left: repeats rose from 3 to "
        f"{new.repeats}. Re-plan everyone except locked tables to spread them again."
    ) in body


def test_a_refresh_that_keeps_repeats_says_nothing_of_them(room: Room) -> None:
    """One cancellation and nobody new: repeats cannot rise, and no advice to re-plan."""
    plan = _plan(room, rounds=2, table_sizes=[4, 4, 4], time_limit=4.0)
    rsvp_submit(gathering=room.gathering, user=room.people[0], answer="no")

    body = (
        client_for(room.steward)
        .post(_url(room, f"plans/{plan.pk}/refresh/"), follow=True)
        .content.decode()
    )

    assert "Version 2: 0 newcomers seated, 1 cancellation removed" in body
    assert "repeats rose" not in body


def test_the_rules_button_names_the_page_it_opens(room: Room) -> None:
    """The button said "Keep apart / keep together" and opened "Keep apart, keep together"
    (found walking the guide): one name for both."""
    client = client_for(room.steward)
    seating = client.get(_url(room, f"gatherings/{room.gathering.pk}/")).content.decode()
    rules = client.get(_url(room, "rules/")).content.decode()

    link = f'<a class="button" href="{_url(room, "rules/")}">Keep apart, keep together</a>'
    assert (link in seating, "<h1>Keep apart, keep together</h1>" in rules) == (True, True)
