"""A move in the run of show that names no direction changes nothing and says so: the page
read any value but "up" as "down", so a hand-made or truncated post moved a presenter
later in the run the whole room reads."""

from __future__ import annotations

import pytest
from django_scopes import scopes_disabled

from collaboratory.creditclub.selectors import run_of_show
from tests.conftest import client_for
from tests.creditclub.conftest import Club


def _run(club: Club) -> list[str]:
    with scopes_disabled():
        return list(run_of_show(gathering=club.upcoming).values_list("title", flat=True))


@pytest.mark.parametrize("posted", [{"direction": "sideways"}, {"direction": ""}, {}])
def test_a_move_without_up_or_down_is_refused_and_moves_nobody(
    club: Club, posted: dict[str, str]
) -> None:
    _a, b, _c = club.three_announced()
    before = _run(club)

    response = client_for(club.steward).post(
        f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/run-of-show/",
        {"proposal": b.pk, **posted},
        follow=True,
    )

    assert _run(club) == before == ["A", "B", "C"]
    assert [str(m) for m in response.context["messages"]] == ["Move a presenter up or down."]
