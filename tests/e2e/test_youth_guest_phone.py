"""A youth guest in the room (issue 14): the youth member of Alpha's youth cohort RSVPs to
Alpha's shared gathering on a 390 px phone (their guardian is told), then, checked in, commits
from the phone and the steward's projection board shows it without a reload; the board shows
the youth's first name, never their full name or email. Seated in a published plan, the
guest finds their table on the gathering page."""

from __future__ import annotations

import pytest
from django.core import mail
from django_scopes import scopes_disabled
from playwright.sync_api import Browser, expect

from collaboratory.commitments.models import Commitment
from collaboratory.commitments.services import commitment_window_open
from collaboratory.creditclub.models import Proposal
from collaboratory.creditclub.selectors import minor_name
from collaboratory.gatherings.models import Attendance, Gathering
from collaboratory.gatherings.services import attendance_bulk_record
from collaboratory.people.models import User
from tests.authz.objects import member_commits_to_power_project, shared_gathering
from tests.conftest import World
from tests.e2e.test_live_room import PHONE, commit, signed_in
from tests.seating.test_youth_guest import published_plan_with_the_guest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

OFFER = "I will introduce you to 2 student council presidents by May 1"


def _in_the_room(world: World) -> tuple[User, User, Gathering]:
    """The youth guest checked in at Alpha's shared gathering, commitments open for the
    member's project: the youth, the steward and the gathering."""
    shared = shared_gathering(world)
    youth, steward = world.personas["youth_member"], world.personas["steward"]
    assert youth is not None
    assert steward is not None
    with scopes_disabled():
        gathering = Gathering.objects.get(pk=shared["gathering"])
        proposal = Proposal.objects.get(pk=shared["proposal"])
        attendance_bulk_record(
            network=world.alpha,
            entries=[(gathering.parts.get().pk, youth.pk)],
            source=Attendance.Source.DOOR_LIST,
        )
        commitment_window_open(gathering=gathering, proposal=proposal, actor=steward)
    return youth, steward, gathering


def test_a_youth_guest_commits_from_the_phone_and_the_board_shows_it(
    browser: Browser,
    live_server,  # type: ignore[no-untyped-def]
    world: World,
) -> None:
    youth, steward, gathering = _in_the_room(world)
    board_context = signed_in(browser, live_server, steward, {"width": 1600, "height": 900})
    phone_context = signed_in(browser, live_server, youth, PHONE)
    board, phone = board_context.new_page(), phone_context.new_page()
    base = f"{live_server.url}/n/{world.alpha.slug}/live/{gathering.pk}"
    board.goto(f"{base}/board/")
    # First the RSVP, from the gathering page on the phone: the guardian is told.
    mail.outbox.clear()
    phone.goto(f"{live_server.url}/n/{world.alpha.slug}/gatherings/{gathering.pk}/")
    # Her project's follow-up link is a secondary link: outlined, not a second main button
    # (app.css styled only <button class="secondary"> until 2026-12-06).
    follow_up = phone.get_by_role("link", name="Commitments made to you, to follow up")
    assert follow_up.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(255, 255, 255)"
    assert follow_up.evaluate("e => getComputedStyle(e).borderTopWidth") == "2px"
    phone.get_by_label("Yes").check()
    phone.get_by_role("button", name="Save my answer").click()
    expect(phone.locator(".status.rsvp-confirmed")).to_be_visible()
    assert [m.to for m in mail.outbox if "guardian@alpha.example" in m.to] != []
    phone.goto(f"{base}/")

    commit(phone, OFFER, "2", "introductions")
    phone.get_by_role("button", name="Commit").click()

    expect(phone.locator(".queue-item[data-state=saved]")).to_contain_text(OFFER)
    expect(board.locator(".board-commitment")).to_contain_text(OFFER, timeout=10_000)
    # The room reads a young person by first name only (`live.selectors.room_name`).
    expect(board.locator(".board-commitment strong")).to_have_text(minor_name(youth.full_name))
    assert youth.full_name not in board.content()
    assert youth.email not in board.content()
    # The guest's phone is 390 px wide and nothing overflows it.
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    board_context.close()
    phone_context.close()


def test_a_youth_guest_finds_their_table_on_the_gathering_page(
    browser: Browser,
    live_server,  # type: ignore[no-untyped-def]
    world: World,
) -> None:
    gathering, emails = published_plan_with_the_guest(world)
    youth = world.personas["youth_member"]
    phone_context = signed_in(browser, live_server, youth, PHONE)
    phone = phone_context.new_page()

    phone.goto(f"{live_server.url}/n/{world.alpha.slug}/gatherings/{gathering.pk}/")

    mine = phone.locator("#my-table")
    expect(mine).to_contain_text("Your table")
    expect(mine).to_contain_text("Table 1")
    body = phone.content()
    assert [e for e in emails if e in body] == []
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    phone_context.close()


def test_a_youth_guests_money_on_the_phone_says_it_waits_for_the_guardian(
    browser: Browser,
    live_server,  # type: ignore[no-untyped-def]
    world: World,
) -> None:
    """With script the phone said only "Saved" for a youth's money, which counts nowhere
    until a guardian approves it; the page without script already said so."""
    youth, _steward, gathering = _in_the_room(world)
    phone_context = signed_in(browser, live_server, youth, PHONE)
    phone = phone_context.new_page()
    phone.goto(f"{live_server.url}/n/{world.alpha.slug}/live/{gathering.pk}/")

    commit(phone, "I will give $40 from our car wash by June 1", "40", "dollars")
    phone.get_by_role("button", name="Commit").click()

    waiting = phone.locator(".queue-item[data-state=awaiting]")
    expect(waiting).to_contain_text("waits for your guardian")
    expect(waiting).to_contain_text("I will give $40 from our car wash by June 1")
    with scopes_disabled():
        assert Commitment.objects.get(committer=youth).guardian_approval == "awaiting"
    phone_context.close()


def test_a_guest_presenter_reads_her_follow_up_list_on_a_phone(
    browser: Browser,
    live_server,  # type: ignore[no-untyped-def]
    world: World,
) -> None:
    """From the host's gathering page she opens her Power Project's follow-up list. On a
    390 px phone its six-column table shrank every column below a word ("Mi/gu/el"), one
    letter a line: each commitment is a card now, each value full width and labelled."""
    youth, member = world.personas["youth_member"], world.personas["member"]
    assert youth is not None
    assert member is not None
    gathering = member_commits_to_power_project(
        world, "I will coach your team on a one-page pitch for two hours"
    )
    phone_context = signed_in(browser, live_server, youth, PHONE)
    phone = phone_context.new_page()
    phone.goto(f"{live_server.url}/n/{world.alpha.slug}/gatherings/{gathering.pk}/")

    phone.get_by_role("link", name="Commitments made to you, to follow up").click()

    who = phone.locator("table.followup tbody td").nth(1)
    expect(who).to_contain_text(member.full_name)
    widths = phone.locator("table.followup tbody td").evaluate_all(
        "cells => cells.map(c => c.getBoundingClientRect().width)"
    )
    assert min(widths) > PHONE["width"] / 2, widths
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    phone_context.close()
