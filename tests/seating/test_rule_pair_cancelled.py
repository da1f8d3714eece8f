"""Someone in a keep-apart or keep-together rule cancels after a plan seated them. The
plan's figures are scored on the people still coming, and the rule naming the one who left
reached the cost with only one of its two people seated: the solver refused it and the
seating page and the plan's page answered 500, so the steward could not even Refresh."""

from __future__ import annotations

import pytest

from collaboratory.gatherings.services import rsvp_submit
from collaboratory.seating.models import PairKind
from tests.conftest import client_for
from tests.seating.conftest import Room, add_rule, small_groups_plan


@pytest.mark.parametrize("kind", [PairKind.APART, PairKind.TOGETHER])
def test_the_pages_open_after_someone_in_a_rule_cancels(room: Room, kind: str) -> None:
    first, second = room.people[0], room.people[1]
    add_rule(room, kind, first, second)
    plan = small_groups_plan(room, table_sizes=[6, 6], publish=True)
    rsvp_submit(gathering=room.gathering, user=first, answer="no")
    client = client_for(room.steward)
    slug = room.network.slug

    listing = client.get(f"/n/{slug}/seating/gatherings/{room.gathering.pk}/")
    page = client.get(f"/n/{slug}/seating/plans/{plan.pk}/")

    assert listing.status_code == 200
    assert page.status_code == 200
    assert first.full_name in page.content.decode()  # on the board, tagged no longer coming
    assert "no longer coming" in page.content.decode()

    refreshed = client.post(f"/n/{slug}/seating/plans/{plan.pk}/refresh/", follow=True)

    assert refreshed.status_code == 200
    assert "1 cancellation removed" in refreshed.content.decode()
