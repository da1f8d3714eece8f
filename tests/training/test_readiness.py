"""The readiness checklist (pure): every item must be done, and only then is it ready."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from collaboratory.training.readiness import Facts, checklist, is_ready


@given(
    total=st.integers(0, 5),
    accepted=st.integers(0, 5),
    held=st.integers(0, 2),
    planned=st.booleans(),
    roster=st.integers(0, 3),
)
def test_ready_exactly_when_every_item_is_done(
    total: int, accepted: int, held: int, planned: bool, roster: int
) -> None:
    facts = Facts(total, min(accepted, total), held, planned, roster)
    items = {item.code: item.done for item in checklist(facts)}
    assert list(items) == ["assignments", "practice", "first_gathering", "roster"]
    assert items == {
        "assignments": accepted >= total,
        "practice": held > 0,
        "first_gathering": planned,
        "roster": roster > 0,
    }
    assert is_ready(facts) == all(items.values())
