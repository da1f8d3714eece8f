"""A move in the run of show that names no direction changes nothing and says so: the page
read any value but "up" as "down", so a hand-made or truncated post moved a presenter
later in the run the whole room reads."""

from __future__ import annotations

import pytest
from django_scopes import scopes_disabled

from collaboratory.creditclub import services
from collaboratory.creditclub.models import Proposal
from collaboratory.creditclub.selectors import creditclub_settings_for, run_of_show
from tests.conftest import client_for
from tests.creditclub.conftest import Club


def _run(club: Club) -> list[str]:
    with scopes_disabled():
        return list(run_of_show(gathering=club.upcoming).values_list("title", flat=True))


def _selected(club: Club) -> list[Proposal]:
    with scopes_disabled():
        settings = creditclub_settings_for(network=club.network)
        settings.presenter_slots = 3
        settings.save()
    proposals = [club.proposal(club.new_member(name), title=name) for name in ("A", "B", "C")]
    with scopes_disabled():
        for proposal in proposals:
            services.proposal_stage_decision(
                proposal=proposal, decision="selected", actor=club.steward
            )
        services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)
    return proposals


@pytest.mark.parametrize("posted", [{"direction": "sideways"}, {"direction": ""}, {}])
def test_a_move_without_up_or_down_is_refused_and_moves_nobody(
    club: Club, posted: dict[str, str]
) -> None:
    _a, b, _c = _selected(club)
    before = _run(club)

    response = client_for(club.steward).post(
        f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/run-of-show/",
        {"proposal": b.pk, **posted},
        follow=True,
    )

    assert _run(club) == before == ["A", "B", "C"]
    assert [str(m) for m in response.context["messages"]] == ["Move a presenter up or down."]
