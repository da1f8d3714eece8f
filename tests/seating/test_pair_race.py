"""Two rules for one pair saved at once (two stewards, two tabs) store the first and refuse
the second with the reason. Each add checked for an existing rule before its transaction,
so both found none and the second insert hit the unique constraint: a server error page."""

from __future__ import annotations

import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django_scopes import scopes_disabled

from collaboratory.seating.models import PairKind, SeatingPair
from collaboratory.seating.services import seating_pair_add
from tests.seating.conftest import make_room
from tests.seating.races import before_statement

pytestmark = pytest.mark.django_db(transaction=True)


def test_two_rules_for_one_pair_saved_at_once_store_one_and_the_second_is_told_why() -> None:
    room = make_room()
    first, second = room.people[0], room.people[1]
    outcomes: list[BaseException] = []

    def add(kind: str = PairKind.APART) -> None:
        seating_pair_add(
            network=room.network,
            kind=kind,
            first=first,
            second=second,
            reason="",
            actor=room.steward,
        )

    def other_click() -> None:
        try:
            add(PairKind.TOGETHER)
        except Exception as error:  # whatever it is, the test reports it
            outcomes.append(error)

    started: list[threading.Thread] = []
    with (
        scopes_disabled(),
        connection.execute_wrapper(
            before_statement('INSERT INTO "SEATING_SEATINGPAIR"', other_click, started)
        ),
    ):
        add()
    started[0].join()

    with scopes_disabled():
        assert SeatingPair.objects.count() == 1
    assert [type(error) for error in outcomes] == [ValidationError]
    assert "already have a rule" in " ".join(outcomes[0].messages)  # type: ignore[attr-defined]
