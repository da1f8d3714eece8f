"""The review board and the presenter's pages once the gathering has begun or ended, as a
steward and a presenter walked them: the board counted a decision staged and never announced
as a filled slot after the end; the pack said "It begins on" a gathering under way or past,
and asked for an acknowledgement of duties for a gathering that had taken place."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.creditclub import services
from collaboratory.creditclub.models import Proposal
from collaboratory.gatherings.models import Gathering
from tests.conftest import client_for
from tests.creditclub.conftest import Club

pytestmark = pytest.mark.django_db


def _dates(club: Club, *, ended: bool) -> None:
    """Under way (began an hour ago) or ended (two days ago)."""
    now = timezone.now()
    if ended:
        starts, ends = now - timedelta(days=2, hours=2), now - timedelta(days=2)
    else:
        starts, ends = now - timedelta(hours=1), now + timedelta(hours=1)
    with scopes_disabled():
        Gathering.objects.filter(pk=club.upcoming.pk).update(
            starts_at=starts, ends_at=ends, proposal_deadline=starts - timedelta(days=28)
        )
        club.upcoming.parts.update(starts_at=starts, ends_at=ends)
    club.upcoming.refresh_from_db()


def _selected(club: Club) -> Proposal:
    proposal = club.proposal()
    with scopes_disabled():
        services.proposal_stage_decision(proposal=proposal, decision="selected", actor=club.steward)
        services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)
        proposal.refresh_from_db()
    return proposal


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_an_ended_boards_tally_leaves_out_what_was_staged_and_never_announced(club: Club) -> None:
    _selected(club)
    staged = club.proposal(club.new_member("Second Proposer"))
    with scopes_disabled():
        services.proposal_stage_decision(proposal=staged, decision="selected", actor=club.steward)
    _dates(club, ended=True)

    page = _text(
        client_for(club.steward)
        .get(f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/board/")
        .content.decode()
    )

    assert "1 of 3 presenter slots were filled." in page
    assert "2 of 3" not in page
    assert "staged to be selected" not in page
    assert "Decisions stay private until you announce them" not in page
    assert "decisions still staged were never announced" in page


@pytest.mark.parametrize(("ended", "says"), [(False, "It began on"), (True, "It took place on")])
def test_the_pack_says_when_in_the_tense_of_the_day(club: Club, ended: bool, says: str) -> None:
    proposal = _selected(club)
    _dates(club, ended=ended)

    page = _text(
        client_for(club.member)
        .get(f"/n/alpha/creditclub/proposals/{proposal.pk}/pack/")
        .content.decode()
    )

    assert says in page
    assert "It begins on" not in page


def test_before_the_gathering_the_pack_says_it_begins(club: Club) -> None:
    proposal = _selected(club)

    page = _text(
        client_for(club.member)
        .get(f"/n/alpha/creditclub/proposals/{proposal.pk}/pack/")
        .content.decode()
    )

    assert "It begins on" in page
    assert "I will do these things" in page


def test_after_the_end_the_pack_asks_for_nothing_and_the_service_refuses(club: Club) -> None:
    proposal = _selected(club)
    _dates(club, ended=True)
    member = client_for(club.member)

    pack = _text(member.get(f"/n/alpha/creditclub/proposals/{proposal.pk}/pack/").content.decode())
    detail = _text(member.get(f"/n/alpha/creditclub/proposals/{proposal.pk}/").content.decode())
    with scopes_disabled(), pytest.raises(ValidationError, match="has taken place"):
        services.presenter_pack_acknowledge(proposal=proposal, actor=club.member)

    assert "I will do these things" not in pack
    assert "Read and acknowledge your presenter pack" not in detail
    assert "Your presenter pack" in detail
    with scopes_disabled():
        assert Proposal.objects.get(pk=proposal.pk).pack_acknowledged_at is None


def test_on_the_day_the_pack_can_still_be_acknowledged(club: Club) -> None:
    """In the room before their turn, a presenter may still read and acknowledge it."""
    proposal = _selected(club)
    _dates(club, ended=False)

    with scopes_disabled():
        services.presenter_pack_acknowledge(proposal=proposal, actor=club.member)

    with scopes_disabled():
        assert Proposal.objects.get(pk=proposal.pk).pack_acknowledged_at is not None
