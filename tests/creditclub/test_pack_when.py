"""The presenter pack is "the run of show and your checklist", yet it never said when the
gathering is: a presenter reading it on a phone had to look the day up elsewhere. It now
gives the gathering's first day and time on the network's clock."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from django.utils import dateformat
from django_scopes import scopes_disabled

from collaboratory.creditclub import services
from tests.conftest import client_for
from tests.creditclub.conftest import Club

pytestmark = pytest.mark.django_db


def test_the_pack_says_when_the_gathering_is_on_the_networks_clock(club: Club) -> None:
    proposal = club.proposal()
    with scopes_disabled():
        services.proposal_stage_decision(proposal=proposal, decision="selected", actor=club.steward)
        services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)
    starts = club.upcoming.starts_at.astimezone(ZoneInfo(club.network.time_zone))

    page = client_for(club.member).get(f"/n/alpha/creditclub/proposals/{proposal.pk}/pack/")

    assert dateformat.format(starts, "l j F Y, H:i") in page.content.decode()
