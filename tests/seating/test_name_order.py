"""Names sort as people read them, on the board, the cards and the list by name: "Ángela"
with the A's and "zoe" with the Z's, not after every plain capital."""

from __future__ import annotations

import re

import pytest

from collaboratory.gatherings.services import rsvp_submit
from collaboratory.seating.services import plan_generate
from tests.conftest import client_for
from tests.factories import MembershipFactory
from tests.seating.conftest import Room

# In reading order; by code point "zoe" would come last anyway, "Ángela" after "Member".
NAMES = ["Ángela Álvarez", "Bruno Baker", "Member A", "zoe Zapata"]


@pytest.mark.parametrize("page", ["", "cards/", "names/"])
def test_names_sort_without_case_or_accents(room: Room, page: str) -> None:
    for name in ("zoe Zapata", "Ángela Álvarez", "Bruno Baker"):
        user = MembershipFactory(network=room.network, user__full_name=name).user
        rsvp_submit(gathering=room.gathering, user=user, answer="yes", both_parts=True)
    plan = plan_generate(
        gathering=room.gathering,
        agenda_item=room.groups,
        rounds=1,
        table_sizes=[15],
        actor=room.steward,
        time_limit=0.2,
    )

    body = (
        client_for(room.steward)
        .get(f"/n/{room.network.slug}/seating/plans/{plan.pk}/{page}")
        .content.decode()
    )

    seen = [m[0] for m in re.finditer("|".join(map(re.escape, NAMES)), body)]
    assert seen
    assert seen == NAMES * (len(seen) // len(NAMES))
