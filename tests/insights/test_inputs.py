"""Building the engine's inputs from the tuples a Django values_list query returns."""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
import pytest

from collaboratory.insights import engine as E


def members() -> E.Members:
    return E.Members.from_rows(
        [
            (101, "health", "north", "ideology-left"),
            (102, "", "south", None),
            (103, "arts", "north", "ideology-left"),
        ],
        ["sector", "region", "ideology"],
        sensitive=["ideology"],
    )


def test_members_from_rows_factorize_values_and_mark_unknowns() -> None:
    roster = members()
    sector, region, ideology = roster.attributes
    assert roster.ids.tolist() == [101, 102, 103]
    assert (sector.labels, sector.codes.tolist()) == (("arts", "health"), [1, -1, 0])
    assert (region.labels, region.codes.tolist()) == (("north", "south"), [0, 1, 0])
    assert (ideology.sensitive, ideology.codes.tolist()) == (True, [0, -1, 0])
    assert roster.positions([103, 101]).tolist() == [2, 0]


def test_unknown_member_ids_are_refused_with_the_ids() -> None:
    with pytest.raises(ValueError, match=r"ids \[999\] are not members"):
        members().positions([101, 999])


def test_duplicate_member_ids_are_refused() -> None:
    with pytest.raises(ValueError, match="unique"):
        E.Members(ids=np.array([1, 1]))


def test_commitments_from_rows_map_ids_kinds_statuses_dates_and_gatherings() -> None:
    day1 = datetime(2026, 3, 1, 18, 0, tzinfo=UTC)
    day4 = datetime(2026, 3, 4, 6, 0, tzinfo=UTC)
    rows = [
        (101, 103, 7, "social", "kept", day1, day4, 55),
        (103, 102, 8, "financial", "made", day1, None, None),
    ]
    c = E.Commitments.from_rows(rows, members(), gatherings=[54, 55])
    assert c.committer.tolist() == [0, 2]
    assert c.recipient.tolist() == [2, 1]
    assert c.ask.tolist() == [7, 8]
    assert c.kind.tolist() == [0, 3]
    assert c.status.tolist() == [E.KEPT, E.MADE]
    assert c.gathering.tolist() == [1, -1]
    assert (c.kept_at[0] - c.created[0]) / E.SECONDS_PER_DAY == 2.5
    assert np.isnan(c.kept_at[1])


def test_unknown_kind_or_status_is_refused_naming_the_value() -> None:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    with pytest.raises(ValueError, match="unknown kind of capital 'moral'"):
        E.Commitments.from_rows([(101, 102, 1, "moral", "made", now, None, None)], members())
    with pytest.raises(ValueError, match="unknown status 'done'"):
        E.Commitments.from_rows([(101, 102, 1, "social", "done", now, None, None)], members())


def test_attendance_from_rows_skips_gatherings_out_of_scope() -> None:
    att = E.Attendance.from_rows([(54, 101), (55, 102), (99, 103)], members(), gatherings=[54, 55])
    assert att.gathering.tolist() == [0, 1]
    assert att.member.tolist() == [0, 1]
