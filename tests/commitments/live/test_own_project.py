"""A presenter's phone does not offer their own project: help comes from the rest of the
room, and the service refuses a commitment to one's own project (`presents`), so offering
it only led to a refusal after the presenter had typed the whole commitment."""

from __future__ import annotations

import re
from decimal import Decimal

from django.utils import translation
from django_scopes import scopes_disabled

from collaboratory.commitments.models import amount_text
from collaboratory.commitments.services import commitment_window_open
from tests.commitments.conftest import Room
from tests.commitments.live.test_screens import url
from tests.commitments.screens_helpers import check_in, second_presenter
from tests.conftest import World, client_for
from tests.networks.test_youth_guests import (
    _checked_in,
    _promised_to_the_power_project,
    _url,
    _youth,
)


def offered(body: str) -> list[str]:
    return re.findall(r'<input type="radio" name="proposal" value="(\d+)"', body)


def test_a_presenters_phone_lists_the_other_presenters_not_their_own(room: Room) -> None:
    pat = second_presenter(room)
    check_in(room, room.presenter)
    with scopes_disabled():
        # Hands go up for the presenter's own project: her phone still chooses another.
        commitment_window_open(
            gathering=room.proposal.gathering, proposal=room.proposal, actor=room.steward
        )

    body = client_for(room.presenter).get(url(room, "phone")).content.decode()

    assert offered(body) == [str(pat.pk)]
    assert f'value="{pat.pk}" data-presenter="{pat.proposer.full_name}" checked' in body
    assert f'data-asks-for="{room.proposal.pk}"' not in body
    # The script does not reload the page for a window it leaves out on purpose.
    assert f'data-own="{room.proposal.pk}"' in body
    # Everyone else still sees both presenters.
    other = client_for(room.dana).get(url(room, "phone")).content.decode()
    assert offered(other) == [str(room.proposal.pk), str(pat.pk)]


def test_a_presenter_alone_on_the_run_of_show_is_told_why_there_is_no_form(room: Room) -> None:
    check_in(room, room.presenter)

    body = client_for(room.presenter).get(url(room, "phone")).content.decode()

    assert offered(body) == []
    assert 'id="commit-form"' not in body
    assert "No presenter is selected" not in body
    assert "your own project" in body


def test_an_amount_of_another_unit_says_it_counts_units() -> None:
    """Until 2026-12-06 an amount whose unit is "other" read as a bare number: "Our
    library's meeting room for 3 Saturday trainings next month (3)"."""
    assert amount_text(Decimal(3), "other") == "3 units"
    assert amount_text(Decimal(1), "other") == "1 unit"
    with translation.override("es"):
        assert amount_text(Decimal(3), "other") == "3 unidades"


def test_the_follow_up_list_shows_another_units_amount_with_its_word(room: Room) -> None:
    room.commit(
        what="Our library's meeting room for 3 Saturday trainings", amount="3", unit="other"
    )

    body = client_for(room.presenter).get(url(room, "followup", proposal_id=room.proposal.pk))

    assert "3 Saturday trainings</a> (3 units)" in body.content.decode()


def test_a_youth_guest_presenter_is_not_offered_her_power_project(world: World) -> None:
    """The same rule for a youth guest presenting her Power Project at the host's room; her
    follow-up list, cards on a phone, does not send her to "the table above"."""
    shared, _ = _promised_to_the_power_project(world)
    youth = _youth(world)
    _checked_in(world, shared["gathering"], youth)
    client = client_for(youth)

    phone = client.get(_url(world, "live:phone", gathering_id=shared["gathering"]))
    followup = client.get(
        _url(
            world,
            "live:followup",
            gathering_id=shared["gathering"],
            proposal_id=shared["power_project"],
        )
    )

    assert offered(phone.content.decode()) == [str(shared["proposal"])]
    body = followup.content.decode()
    assert "Your asks" in body
    assert "table" not in body.split("Your asks", 1)[1]
    assert "What they offer shows above, with the other commitments to your project." in body


def _window_note(body: str) -> str:
    return body.split("data-phone-window", 1)[1].split("</p>", 1)[0]


def test_a_presenters_phone_says_the_window_is_open_for_her_own_project(room: Room) -> None:
    """Hands go up for her project while she holds her phone: it said "Commitments are open
    for <her own name>.", as if she were someone else. It says the room commits to her, and
    the script has the same sentence for a window that opens while the page is open."""
    second_presenter(room)
    check_in(room, room.presenter)
    with scopes_disabled():
        commitment_window_open(
            gathering=room.proposal.gathering, proposal=room.proposal, actor=room.steward
        )

    note = _window_note(client_for(room.presenter).get(url(room, "phone")).content.decode())
    other = _window_note(client_for(room.dana).get(url(room, "phone")).content.decode())

    own_text = "Commitments are open for your project: the room is committing to you now."
    assert note.endswith(own_text)
    assert f"Commitments are open for {room.presenter.full_name}" not in note
    assert f'data-text-open-own="{own_text}"' in note
    assert f'data-own="{room.proposal.pk}"' in note
    assert other.endswith(f"Commitments are open for {room.presenter.full_name}.")


def test_a_presenter_alone_on_the_run_of_show_reads_the_same(room: Room) -> None:
    """With no form (nobody else presents) the note is still hers, and still followed live."""
    check_in(room, room.presenter)
    with scopes_disabled():
        commitment_window_open(
            gathering=room.proposal.gathering, proposal=room.proposal, actor=room.steward
        )

    body = client_for(room.presenter).get(url(room, "phone")).content.decode()

    assert 'id="commit-form"' not in body
    assert _window_note(body).endswith(
        "Commitments are open for your project: the room is committing to you now."
    )
    assert f'data-own="{room.proposal.pk}"' in _window_note(body)
