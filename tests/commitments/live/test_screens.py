"""The live room's screens: the facilitator console, the projection board, the phone view,
the guard's "assess" endpoint and the presenter's follow-up list."""

from __future__ import annotations

import uuid
from html.parser import HTMLParser
from typing import Any

import pytest
from django.db import connection
from django.http import HttpResponse
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django_scopes import scopes_disabled

from collaboratory.commitments.models import Commitment, LiveSession
from collaboratory.commitments.selectors import commitments_shown
from collaboratory.commitments.services import (
    commitment_create,
    commitment_window_open,
    presentation_start,
)
from collaboratory.creditclub.models import Proposal
from collaboratory.gatherings.models import Attendance, DecisionStatus, Gathering, Substitution
from collaboratory.gatherings.services import attendance_bulk_record
from collaboratory.networks.models import Membership, MembershipStatus
from collaboratory.people.models import User
from tests.authz.objects import live_gathering_pk, proposal_pk
from tests.commitments.conftest import FIRM, Room, next_month
from tests.commitments.screens_helpers import check_in, second_presenter
from tests.conftest import CANARIES, World, client_for
from tests.factories import MembershipFactory


def url(room: Room, name: str, **extra: Any) -> str:
    kwargs = {
        "network_slug": room.world.alpha.slug,
        "gathering_id": room.proposal.gathering_id,
        **extra,
    }
    return reverse(f"live:{name}", kwargs=kwargs)


def start(room: Room) -> None:
    with scopes_disabled():
        presentation_start(
            gathering=room.proposal.gathering, proposal=room.proposal, actor=room.steward
        )


def shown(room: Room) -> list[tuple[str, int, int | None]]:
    with scopes_disabled():
        return [
            (c.what, c.committer_id, c.entered_by_id)
            for c in Commitment.objects.filter(hidden_at=None, undone_at=None)
        ]


# --- Console ---------------------------------------------------------------------------------


def test_the_console_shows_the_run_of_show_with_asks_and_controls(room: Room) -> None:
    body = client_for(room.facilitator).get(url(room, "console")).content.decode()

    assert f"<strong>{room.presenter.full_name}</strong>: {room.proposal.title}" in body
    assert room.ask.what in body
    assert f"Start {room.presenter.full_name}'s presentation" in body
    assert f"Open commitments for {room.presenter.full_name}" in body
    assert "Nobody is presenting yet" in body


def test_the_console_starts_and_stops_a_presentation_and_opens_the_window(room: Room) -> None:
    client = client_for(room.facilitator)
    action = url(room, "console_action")

    started = client.post(action, {"action": "start", "proposal": room.proposal.pk})
    opened = client.post(action, {"action": "window_open", "proposal": room.proposal.pk})
    stopped = client.post(action, {"action": "stop"})

    assert [r.status_code for r in (started, opened, stopped)] == [302, 302, 302]
    with scopes_disabled():
        session = LiveSession.objects.get()
    assert session.current_proposal_id == room.proposal.pk
    assert session.window_proposal_id == room.proposal.pk
    assert session.started_at is not None
    assert session.stopped_at is not None
    page = client.get(url(room, "console")).content.decode()
    assert f"Close commitments for {room.presenter.full_name}" in page
    assert "data-state" not in page.split("data-timer")[0][-20:]  # the timer renders server-side


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"action": "start", "proposal": "999999"}, "Choose a presenter from this gathering"),
        ({"action": "start", "proposal": "abc"}, "Choose a presenter from this gathering"),
        ({"action": "timer", "minutes": "12"}, "The timer runs 5 to 7 minutes"),
        ({"action": "stop"}, "No presentation is running: start one first."),
        ({"action": "hide", "commitment": "999999", "reason": "x"}, "not in this room"),
        ({"action": "launch"}, "Unknown action"),
    ],
)
def test_bad_console_actions_say_what_to_fix_and_change_nothing(
    room: Room, data: dict[str, str], message: str
) -> None:
    client = client_for(room.steward)

    response = client.post(url(room, "console_action"), data, follow=True)

    assert message in response.content.decode()
    with scopes_disabled():
        assert LiveSession.objects.count() == 0


def test_a_member_cannot_use_the_console(room: Room) -> None:
    client = client_for(room.dana)
    page = client.get(url(room, "console"))
    action = client.post(url(room, "console_action"), {"action": "start", "proposal": 1})
    assert (page.status_code, action.status_code) == (403, 403)
    with scopes_disabled():
        assert LiveSession.objects.count() == 0


def scribe_data(room: Room, **overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "action": "scribe",
        "idempotency_key": str(uuid.uuid4()),
        "committer": room.dana.pk,
        "proposal": room.proposal.pk,
        "ask": room.ask.pk,
        "capital": "social",
        "what": FIRM,
        "amount": "3",
        "unit": "introductions",
        "due_on": next_month().isoformat(),
    }
    data.update(overrides)
    return data


def test_a_scribe_enters_a_commitment_for_someone_once(room: Room) -> None:
    client = client_for(room.facilitator)
    data = scribe_data(room)

    first = client.post(url(room, "console_action"), data)
    again = client.post(url(room, "console_action"), data)

    assert (first.status_code, again.status_code) == (302, 302)
    assert shown(room) == [(FIRM, room.dana.pk, room.facilitator.pk)]
    # The console's script forgets what it kept for this key only when told it was saved.
    saved = f"{url(room, 'console')}?saved={data['idempotency_key']}"
    assert first["Location"] == again["Location"] == saved


def test_a_scribe_entry_sent_again_on_bad_wifi_says_it_was_already_saved(room: Room) -> None:
    """The same form sent twice (a retry after a lost answer) said "Saved for Dana..." both
    times, which read as two commitments: the second says nothing was stored twice."""
    client = client_for(room.facilitator)
    data = scribe_data(room)

    first = client.post(url(room, "console_action"), data, follow=True).content.decode()
    again = client.post(url(room, "console_action"), data, follow=True).content.decode()

    assert f"Saved for {room.dana.full_name}." in first
    assert "Already saved: nothing was stored twice." not in first
    assert "Already saved: nothing was stored twice." in again
    assert f"Saved for {room.dana.full_name}." not in again
    assert len(shown(room)) == 1


def test_a_vague_scribe_entry_shows_the_hint_and_saves_when_insisted(room: Room) -> None:
    client = client_for(room.facilitator)
    data = scribe_data(room, what="Happy to help", amount="", unit="")

    refused = client.post(url(room, "console_action"), data)
    body = refused.content.decode()

    assert refused.status_code == 422
    assert "Save it anyway, as they said it" in body
    assert "Not saved yet" in body
    assert "Happy to help</textarea>" in body
    assert shown(room) == []
    kept = client.post(url(room, "console_action"), {**data, "accept_vague": "1"})
    assert kept.status_code == 302
    assert shown(room) == [("Happy to help", room.dana.pk, room.facilitator.pk)]


@pytest.mark.parametrize(
    "what", ["I will host\x00 you on 3 May", "I will lend our hall on Saturdays " + "x" * 1000]
)
def test_the_console_offers_save_it_anyway_only_for_the_guards_hint(room: Room, what: str) -> None:
    """Beside a control character or a text too long, ticking the box would bring the same
    refusal back: the box answers the guard's hint alone."""
    client = client_for(room.facilitator)

    refused = client.post(url(room, "console_action"), scribe_data(room, what=what))

    assert refused.status_code == 422
    assert "Save it anyway" not in refused.content.decode()
    assert shown(room) == []


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"committer": ""}, "Search for the person by name and choose them from the list."),
        ({"committer": "abc"}, "Search for the person by name and choose them from the list."),
        ({"proposal": "999999"}, "Choose a presenter from this gathering"),
        ({"ask": "999999"}, "Choose one of this presenter"),
        ({"due_on": "soon"}, "Give the date as YYYY-MM-DD."),
        ({"capital": "gold"}, "Choose a kind of capital"),
        ({"amount": "lots"}, "The amount must be a number"),
        ({"idempotency_key": "nope"}, "The submission key must be a UUID"),
    ],
)
def test_bad_scribe_entries_are_named_and_nothing_is_stored(
    room: Room, overrides: dict[str, str], message: str
) -> None:
    response = client_for(room.facilitator).post(
        url(room, "console_action"), scribe_data(room, **overrides)
    )
    assert response.status_code == 422
    assert message in response.content.decode()
    assert shown(room) == []


class Tags(HTMLParser):
    """Each element's attributes by its id, and the text of each list with an id."""

    def __init__(self) -> None:
        super().__init__()
        self.attrs: dict[str, dict[str, str]] = {}
        self.text: dict[str, str] = {}
        self._open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if "id" in a:
            self.attrs[a["id"]] = a
            self.text[a["id"]] = ""
            if tag == "ul":
                self._open.append(a["id"])

    def handle_endtag(self, tag: str) -> None:
        if tag == "ul" and self._open:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        for name in self._open:
            self.text[name] += data


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"committer": ""}, "people-q", "Search for the person by name"),
        ({"proposal": "999999"}, "scribe-proposal", "Choose a presenter from this gathering"),
        ({"ask": "999999"}, "scribe-ask", "Choose one of this presenter"),
        ({"capital": "gold"}, "scribe-capital", "Choose a kind of capital"),
        ({"what": ""}, "scribe-what", "what"),
        ({"amount": "lots"}, "scribe-amount", "The amount must be a number"),
        ({"unit": ""}, "scribe-unit", "Say what the amount counts"),
        ({"due_on": "soon"}, "scribe-due", "Give the date as YYYY-MM-DD."),
    ],
)
def test_each_refused_scribe_field_has_its_problem_beside_it(
    room: Room, overrides: dict[str, str], field: str, message: str
) -> None:
    """The console listed every problem in one box above the form, which said "fix what
    is marked below" while nothing below was marked: the scribe hunted for the field."""
    response = client_for(room.facilitator).post(
        url(room, "console_action"), scribe_data(room, **overrides)
    )
    assert response.status_code == 422
    tags = Tags()
    tags.feed(response.content.decode())
    described = tags.attrs[field].get("aria-describedby", "").split()
    problems = [name for name in described if name.endswith("-errors")]
    assert tags.attrs[field].get("aria-invalid") == "true"
    assert len(problems) == 1
    assert message.lower() in tags.text[problems[0]].lower()
    assert shown(room) == []


def test_a_scribe_naming_another_networks_person_hears_what_an_unknown_number_gets(
    room: Room,
) -> None:
    """The scribe's form posted with a user id of another network said "Only admitted
    members of this network can make commitments here.", where a number nobody has said
    "Search for the person...": the difference told the scribe that the account exists."""
    client = client_for(room.facilitator)
    outsider = room.world.personas["foreign_steward"]

    foreign = client.post(url(room, "console_action"), scribe_data(room, committer=outsider.pk))
    unknown = client.post(url(room, "console_action"), scribe_data(room, committer=99_999_999))

    message = "Search for the person by name and choose them from the list."
    bodies = [r.content.decode() for r in (foreign, unknown)]
    assert [r.status_code for r in (foreign, unknown)] == [422, 422]
    assert [message in body for body in bodies] == [True, True]
    assert ["Only admitted members" in body for body in bodies] == [False, False]
    assert outsider.full_name not in bodies[0]
    assert shown(room) == []


def test_the_scribe_can_undo_and_a_facilitator_hides_with_a_reason(room: Room) -> None:
    client = client_for(room.facilitator)
    client.post(url(room, "console_action"), scribe_data(room))
    with scopes_disabled():
        first = Commitment.objects.get()
    page = client.get(url(room, "console")).content.decode()
    assert ">Undo</button>" in page

    client.post(url(room, "console_action"), {"action": "undo", "commitment": first.pk})
    assert shown(room) == []

    mine = room.commit(what="I will host you on May 3 for 40 people", amount="40", unit="people")
    no_reason = client.post(
        url(room, "console_action"), {"action": "hide", "commitment": mine.pk}, follow=True
    )
    assert "Say why it is hidden, in a few words." in no_reason.content.decode()
    assert len(shown(room)) == 1
    client.post(
        url(room, "console_action"),
        {"action": "hide", "commitment": mine.pk, "reason": "a question, not an offer"},
    )
    assert shown(room) == []


def test_the_name_search_finds_people_in_the_room_and_lists_substitutes(room: Room) -> None:
    MembershipFactory(network=room.world.alpha, user__full_name="Dana Absent")
    with scopes_disabled():
        Substitution.objects.create(
            network=room.world.alpha,
            gathering=room.proposal.gathering,
            member=room.presenter,
            name="Danielle Standin",
            email="standin@example.org",
            reason="travel",
            status=DecisionStatus.APPROVED,
            requested_at=room.proposal.gathering.starts_at,
        )

    body = (
        client_for(room.facilitator)
        .get(url(room, "people"), {"q": "dan"}, HTTP_HX_REQUEST="true")
        .content.decode()
    )

    assert f'value="{room.dana.pk}"' in body
    assert "Dana Absent" not in body
    assert "Danielle Standin (substitute for" in body
    assert "has no account" in body


def test_a_withdrawn_or_stopped_substitute_is_not_offered_to_the_scribe(room: Room) -> None:
    """The door list drops a pass a steward withdrew, or one whose member was removed; the
    scribe's list of people in the room listed them still."""
    gathering = room.proposal.gathering
    with scopes_disabled():
        for name, member, status in (
            ("Danielle Withdrawn", room.presenter, DecisionStatus.REVOKED),
            ("Dora Stopped", MembershipFactory(network=room.world.alpha).user, None),
        ):
            Substitution.objects.create(
                network=room.world.alpha,
                gathering=gathering,
                member=member,
                name=name,
                email=f"{name.split()[1].lower()}@example.org",
                reason="travel",
                status=status or DecisionStatus.APPROVED,
                requested_at=gathering.starts_at,
            )
            stopped = member
        Membership.objects.filter(network=room.world.alpha, user=stopped).update(
            status=MembershipStatus.REMOVED
        )

    body = (
        client_for(room.facilitator)
        .get(url(room, "people"), {"q": "d"}, HTTP_HX_REQUEST="true")
        .content.decode()
    )

    assert "Danielle Withdrawn" not in body
    assert "Dora Stopped" not in body


def test_the_scribe_finds_a_youth_guest_in_the_room_where_youth_take_part(room: Room) -> None:
    """A youth guest checked in at a host gathering where youth take part may commit (the
    service takes them): the scribe's search finds them there, and nowhere else."""
    youth = room.world.personas["youth_member"]
    assert youth is not None
    check_in(room, youth)

    def search() -> str:
        return (
            client_for(room.facilitator)
            .get(url(room, "people"), {"q": youth.full_name}, HTTP_HX_REQUEST="true")
            .content.decode()
        )

    without_youth = search()
    with scopes_disabled():
        Gathering.objects.filter(pk=room.proposal.gathering_id).update(youth_take_part=True)
    with_youth = search()

    assert f'value="{youth.pk}"' not in without_youth
    assert f'value="{youth.pk}"' in with_youth


@pytest.mark.parametrize("count", [1, 3])
def test_the_console_runs_a_fixed_number_of_queries(room: Room, count: int) -> None:
    for i in range(count):
        room.commit(what=f"I will host you on May {i + 3} for 40 people", amount="4", unit="people")
    start(room)
    client = client_for(room.steward)
    client.get(url(room, "console"))
    room.commit(what="I will host you on May 20 for 30 people", amount="30", unit="people")

    with CaptureQueriesContext(connection) as rendered:
        response = client.get(url(room, "console"))
    with CaptureQueriesContext(connection) as kept:
        again = client.get(url(room, "console"))

    assert response.content.decode().count('class="console-commitment"') == count + 1
    assert again.content.decode().count('class="console-commitment"') == count + 1
    # The first view after a commitment (a new live event): the middleware's four, the
    # gathering's last event id, the content versions, the shared part's look-up, the
    # gathering, the session, the run of show and its asks, the commitments, the money
    # waiting for a guardian, the part stored (five with the database cache).
    assert len(rendered) == 18
    # Then the part comes from this process's memory: the event id and the versions.
    assert len(kept) == 6


# --- Board -----------------------------------------------------------------------------------


def test_the_board_shows_the_presenter_asks_and_commitments_by_ask(room: Room) -> None:
    room.commit()
    room.commit(ask=None, what="I will host you on May 3 for 40 people", amount="40", unit="people")
    hidden = room.commit(what="Have you thought about grants?", accept_vague=True)
    with scopes_disabled():
        from collaboratory.commitments.services import commitment_hide

        commitment_hide(commitment=hidden, actor=room.steward, reason="a question")
        commitment_window_open(
            gathering=room.proposal.gathering, proposal=room.proposal, actor=room.steward
        )
    start(room)

    body = client_for(room.dana).get(url(room, "board")).content.decode()

    assert f'<h1 class="board-presenter">{room.presenter.full_name}</h1>' in body
    assert "Commitments are open" in body
    assert "2 commitments" in body
    newest, older = body.split("I will host you on May 3", 1)
    assert FIRM not in newest  # newest first
    assert FIRM in older
    assert '<span class="board-for">General help</span>' in older.split(FIRM)[0]
    assert f'<span class="board-for">{room.ask.what}</span>' in older
    assert "Have you thought about grants?" not in body
    assert url(room, "join_qr") in body
    assert f"/n/alpha/live/{room.proposal.gathering_id}/" in body


def test_the_board_shows_the_newest_in_full_and_condenses_the_rest(room: Room) -> None:
    """A board must fit the projected screen at any count."""
    for i in range(11):
        room.commit(what=f"I will host you on May {i + 3} for 40 people", amount="4", unit="people")
    start(room)

    body = client_for(room.dana).get(url(room, "board")).content.decode()

    assert body.count('class="board-commitment"') == 8
    assert "May 13" in body  # the newest
    assert "May 5 for" not in body  # the third oldest is condensed
    assert "And 3 earlier commitments, from Dana Doe." in body
    assert "11 commitments" in body


def test_the_board_fragment_is_the_body_alone(room: Room) -> None:
    start(room)
    room.commit()
    body = client_for(room.dana).get(url(room, "board"), {"fragment": "body"}).content.decode()
    assert FIRM in body
    assert "<html" not in body
    assert "board-join" not in body


def test_the_join_code_is_an_svg(room: Room) -> None:
    response = client_for(room.dana).get(url(room, "join_qr"))
    assert response["Content-Type"] == "image/svg+xml"
    body = response.content.decode()
    # A document of its own (namespace included), or browsers will not draw it as an <img>.
    assert body.startswith("<?xml")
    assert 'xmlns="http://www.w3.org/2000/svg"' in body


@pytest.mark.parametrize("count", [1, 3])
def test_the_board_runs_a_fixed_number_of_queries(room: Room, count: int) -> None:
    for i in range(count):
        room.commit(what=f"I will host you on May {i + 3} for 40 people", amount="4", unit="people")
    start(room)
    client = client_for(room.dana)
    client.get(url(room, "board"))

    with CaptureQueriesContext(connection) as queries:
        response = client.get(url(room, "board"))

    assert response.content.decode().count('class="board-commitment"') == count
    assert len(queries) == 10


# --- Phone view ------------------------------------------------------------------------------


def test_a_checked_in_member_gets_the_form_with_the_open_presenter_chosen(room: Room) -> None:
    pat = second_presenter(room)
    with scopes_disabled():
        commitment_window_open(gathering=room.proposal.gathering, proposal=pat, actor=room.steward)

    body = client_for(room.dana).get(url(room, "phone")).content.decode()

    assert "Commitments are open for Pat Presenter." in body
    assert f'name="proposal" value="{pat.pk}" data-presenter="Pat Presenter" checked' in body
    assert "Ten volunteers for Saturdays" in body
    assert 'data-submit-url="' + url(room, "submit") + '"' in body


def test_someone_not_checked_in_is_told_how_to_join_and_cannot_submit(room: Room) -> None:
    outsider = MembershipFactory(network=room.world.alpha, user__full_name="Olive Outside").user
    client = client_for(outsider)

    page = client.get(url(room, "phone")).content.decode()
    refused = client.post(
        url(room, "submit"),
        {
            "proposal": room.proposal.pk,
            "capital": "social",
            "what": FIRM,
            "due_on": next_month().isoformat(),
            "idempotency_key": str(uuid.uuid4()),
        },
    )

    assert "check in to the gathering first" in page
    assert 'id="commit-form"' not in page
    assert refused.status_code == 403
    assert refused.json()["errors"]["__all__"] == [
        "Check in to the gathering first; then your commitments can be saved here."
    ]
    assert shown(room) == []


def youth_room(room: Room) -> tuple[Proposal, User]:
    """The youth cohort's gathering and its selected proposal, with the youth member persona
    checked in."""
    youth = room.world.personas["youth_member"]
    assert youth is not None
    with scopes_disabled():
        proposal = Proposal.objects.get(pk=proposal_pk(room.world, "youth"))
        attendance_bulk_record(
            network=room.world.youth,
            entries=[(proposal.gathering.parts.get().pk, youth.pk)],
            source=Attendance.Source.DOOR_LIST,
        )
    return proposal, youth


def youth_url(room: Room, name: str, **extra: Any) -> str:
    gathering_id = room.world.gatherings["youth"].pk
    return reverse(
        f"live:{name}",
        kwargs={"network_slug": room.world.youth.slug, "gathering_id": gathering_id, **extra},
    )


def send_youth_money(room: Room, client: Client, proposal: Proposal) -> HttpResponse:
    """$50 committed from the youth member's phone: money that waits for the guardian."""
    return client.post(
        youth_url(room, "submit"),
        {
            "proposal": proposal.pk,
            "capital": "financial",
            "what": "I will give $50 by March 1",
            "amount": "50",
            "unit": "dollars",
            "due_on": next_month().isoformat(),
            "idempotency_key": str(uuid.uuid4()),
        },
    )


def test_a_youth_members_money_waits_for_the_guardian_and_the_phone_says_so(room: Room) -> None:
    proposal, youth = youth_room(room)
    client = client_for(youth)

    page = client.get(youth_url(room, "phone")).content.decode()
    waiting = send_youth_money(room, client, proposal)

    assert 'id="commit-form"' in page
    assert "A money commitment from a youth member waits for your guardian's approval" in page
    assert waiting.status_code == 201
    assert waiting.json()["awaiting_guardian"] is True
    # Stored, but on no board until the guardian approves.
    assert shown(room) == [("I will give $50 by March 1", youth.pk, youth.pk)]
    with scopes_disabled():
        on_board = list(commitments_shown(gathering=room.world.gatherings["youth"]))
    assert on_board == []


def test_the_console_lists_a_youth_members_money_waiting_for_the_guardian(room: Room) -> None:
    """The console listed only what counts, so the steward running the room could not see
    that a youth member's money commitment was made (it waits for the guardian) and asked
    again. It is listed, marked as waiting and out of the count; the board still omits it."""
    proposal, youth = youth_room(room)
    with scopes_disabled():
        presentation_start(gathering=proposal.gathering, proposal=proposal, actor=room.steward)
    made = send_youth_money(room, client_for(youth), proposal)
    steward = client_for(room.steward)

    console = steward.get(youth_url(room, "console")).content.decode()
    fragment = steward.get(youth_url(room, "console") + "?fragment=commitments").content.decode()
    board = steward.get(youth_url(room, "board")).content.decode()

    assert made.status_code == 201
    for page in (console, fragment):
        assert "0 commitments on the board." in page
        waiting = page.split('class="console-awaiting"', 1)[1]
        assert "I will give $50 by March 1" in waiting
        assert youth.full_name in waiting
        assert "Waiting for the guardian's approval" in waiting
    assert "I will give $50 by March 1" not in board
    assert "0 commitments" in board


def test_the_name_search_labels_youth_members(room: Room) -> None:
    _proposal, youth = youth_room(room)
    body = (
        client_for(room.steward)
        .get(youth_url(room, "people"), {"q": youth.full_name[:4]})
        .content.decode()
    )
    assert f'value="{youth.pk}"' in body
    assert "youth member" in body


# --- Assess ----------------------------------------------------------------------------------


def test_assess_gives_the_guards_verdict_and_hint(room: Room) -> None:
    client = client_for(room.dana)
    firm = client.get(url(room, "assess"), {"text": FIRM}).json()
    vague = client.post(url(room, "assess"), {"text": "Happy to help, let me know"}).json()

    assert (firm["firm"], firm["problems"]) == (True, [])
    assert vague["firm"] is False
    assert vague["hint"] != ""
    assert vague["problems"] != []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Type what you will deliver, then check it."),
        ("   ", "Type what you will deliver, then check it."),
        ("x" * 1001, "Keep it under 1000 characters: what, how much, by when."),
    ],
)
def test_assess_names_bad_input(room: Room, text: str, message: str) -> None:
    response = client_for(room.dana).post(url(room, "assess"), {"text": text})
    assert (response.status_code, response.json()) == (422, {"errors": {"text": [message]}})


# --- Follow-up -------------------------------------------------------------------------------


def test_the_presenter_and_stewards_see_every_committers_email(room: Room) -> None:
    room.commit()
    followup = url(room, "followup", proposal_id=room.proposal.pk)

    body = client_for(room.presenter).get(followup).content.decode()
    steward_body = client_for(room.steward).get(followup).content.decode()
    other = client_for(room.dana).get(followup)

    assert 'href="mailto:dana@private.example"' in body
    assert FIRM in body
    assert 'href="mailto:dana@private.example"' in steward_body
    assert other.status_code == 403
    assert "dana@private.example" not in other.content.decode()


def test_a_youth_members_contact_details_are_never_listed(room: Room) -> None:
    proposal, youth = youth_room(room)
    with scopes_disabled():
        commitment_create(
            proposal=proposal,
            ask=None,
            committer=youth,
            entered_by=youth,
            what="I will make 20 flyers by March 1",
            capital="social",
            amount="20",
            unit="other",
            due_on=next_month(),
            idempotency_key=uuid.uuid4(),
        )

    body = (
        client_for(room.steward)
        .get(youth_url(room, "followup", proposal_id=proposal.pk))
        .content.decode()
    )

    assert "I will make 20 flyers by March 1" in body
    assert youth.email not in body
    assert "Through a steward (youth member)" in body


# --- The stream under a page server ----------------------------------------------------------


def test_under_wsgi_the_stream_answers_what_was_missed_and_ends(room: Room) -> None:
    """Gunicorn and the test server cannot hold a stream: EventSource polls instead, with
    Last-Event-ID, every second."""
    room.commit()
    room.commit(what="I will host you on May 3 for 40 people", amount="40", unit="people")
    client = client_for(room.dana)

    everything = client.get(url(room, "events")).content.decode()
    after_one = client.get(url(room, "events"), HTTP_LAST_EVENT_ID="1").content.decode()

    assert everything.startswith("retry: 1000\n\n")
    assert everything.count("event: commitment.created") == 2
    assert after_one.count("event: commitment.created") == 1
    assert "id: 2\n" in after_one


def test_the_gathering_page_links_the_live_screens_for_those_who_run_the_room(room: Room) -> None:
    page = reverse(
        "gatherings:detail",
        kwargs={"network_slug": room.world.alpha.slug, "pk": room.proposal.gathering_id},
    )
    facilitator = client_for(room.facilitator).get(page).content.decode()
    member = client_for(room.presenter).get(page).content.decode()

    assert f'href="{url(room, "console")}"' in facilitator
    assert f'href="{url(room, "board")}"' in facilitator
    # Before check-in opens a member has nothing to do in the live room yet.
    assert url(room, "phone") not in member


def test_the_matrix_board_carries_its_own_networks_canary(world: World) -> None:
    """So the matrix's canary check on the board means something: its own network's
    canary commitment is on it, and no other network's is."""
    gathering_id = live_gathering_pk(world, "bravo")
    board = reverse(
        "live:board", kwargs={"network_slug": world.bravo.slug, "gathering_id": gathering_id}
    )
    body = client_for(world.personas["foreign_steward"]).get(board).content.decode()
    assert CANARIES["bravo"][1] in body
    assert CANARIES["alpha"][1] not in body


def test_the_presenter_finds_the_follow_up_list_from_their_proposal(room: Room) -> None:
    page = reverse(
        "creditclub:proposal",
        kwargs={"network_slug": room.world.alpha.slug, "proposal_id": room.proposal.pk},
    )
    body = client_for(room.presenter).get(page).content.decode()
    assert f'href="{url(room, "followup", proposal_id=room.proposal.pk)}"' in body


def test_the_follow_up_list_links_each_commitment_and_thanks_in_place(room: Room) -> None:
    """The presenter's list leads to each commitment and accepts it with thanks from the list
    (the follow-through service's acknowledge move), coming back to the list."""
    commitment = room.commit()
    followup = url(room, "followup", proposal_id=room.proposal.pk)
    client = client_for(room.presenter)
    act = f"/n/alpha/follow-through/commitments/{commitment.pk}/act/"

    before = client.get(followup).content.decode()
    answer = client.post(act, {"to": "acknowledged", "next": followup})
    after = client.get(followup).content.decode()

    assert f'href="/n/alpha/follow-through/commitments/{commitment.pk}/"' in before
    assert f'action="{act}"' in before
    assert "Thank and accept" in before
    assert answer["Location"] == followup
    with scopes_disabled():
        assert Commitment.objects.get(pk=commitment.pk).status == "acknowledged"
    assert "Thank and accept" not in after
    assert "Acknowledged" in after


@pytest.mark.parametrize("gathering_id", ["99999999999999999999", "9223372036854775808"])
def test_the_console_of_a_gathering_number_past_64_bits_is_not_found(
    room: Room, gathering_id: str
) -> None:
    response = client_for(room.steward).get(f"/n/alpha/live/{gathering_id}/console/")

    assert response.status_code == 404


def test_a_youth_guest_presenter_opens_their_own_follow_up_list_within_the_minors_rules(
    world: World,
) -> None:
    """A youth cohort's member who presented a Power Project at the host's shared gathering
    got a 404 on their own follow-up list (no guest route). They see the commitments made
    to it, never an adult's email (safeguards.md), and no one else's list."""
    from tests.authz.objects import shared_gathering

    shared = shared_gathering(world)
    youth, member = world.personas["youth_member"], world.personas["member"]
    with scopes_disabled():
        power = Proposal.objects.get(pk=shared["power_project"])
        commitment_create(
            proposal=power,
            ask=None,
            committer=member,
            entered_by=member,
            what="I will introduce you to 2 youth organizers by June 1",
            capital="social",
            amount="2",
            unit="introductions",
            due_on=next_month(),
            idempotency_key=uuid.uuid4(),
        )

    def followup(proposal_id: int) -> str:
        return reverse(
            "live:followup",
            kwargs={
                "network_slug": world.alpha.slug,
                "gathering_id": shared["gathering"],
                "proposal_id": proposal_id,
            },
        )

    client = client_for(youth)
    own = client.get(followup(shared["power_project"]))
    others = client.get(followup(shared["proposal"]))

    body = own.content.decode()
    assert own.status_code == 200
    assert "I will introduce you to 2 youth organizers by June 1" in body
    assert member.email not in body
    # The committer is an adult: "(youth member)" beside their name was untrue.
    assert "Through a steward" in body
    assert "Through a steward (youth member)" not in body
    # The suggestions of who else could help are a members' page the guest cannot open.
    assert "/suggestions" not in body
    assert others.status_code == 404
    # Without them the page hid the asks too: it lists them and says who follows them up
    # (they are off the host's asks board), where the stewards still see the suggestions.
    assert "Five volunteers on Saturdays" in body
    assert f"the stewards of {world.alpha.name} follow them up" in body
    steward = client_for(world.personas["steward"]).get(followup(shared["power_project"]))
    assert "Who else could help" in steward.content.decode()
