"""The engine on a five-member example whose every figure is worked out by hand below."""

from __future__ import annotations

import numpy as np
import pytest

from collaboratory.insights import engine as E
from tests.insights.helpers import commitments, ties

A, B, C, D, EVE = range(5)


def roster() -> E.Members:
    return E.Members(
        ids=np.array([10, 20, 30, 40, 50]),
        attributes=(
            E.Attribute.from_values("sector", ["x", "x", "y", "y", None]),
            E.Attribute.from_values("generation", ["old", "young", "old", "young", "old"]),
            E.Attribute.from_values(
                "ideology", ["left", "right", "left", None, "right"], sensitive=True
            ),
        ),
    )


def example() -> E.Commitments:
    # (committer, recipient, ask, kind, status, created day, kept day, gathering)
    return commitments(
        [
            (A, B, 1, "social", "kept", 0, 2, 0),
            (B, A, 2, "intellectual", "kept", 0, 4, 0),
            (B, C, 3, "social", "made", 1, None, 1),
            (C, A, 4, "financial", "lapsed", 1, None, 1),
            (C, D, 4, "social", "in_progress", 1, None, 1),
            (D, B, 5, "institutional", "released", 2, None, 2),
            (D, A, 5, "social", "kept", 2, 12, 2),
            (A, C, 6, "social", "kept", 3, 5, -1),
            (EVE, EVE, 7, "social", "made", 3, None, 0),
            (A, B, 3, "social", "kept", 4, 10, 2),
        ]
    )


def attendance() -> E.Attendance:
    # gathering 0: A, B, C; gathering 1: A, B; gathering 2: C, D, Eve.
    return E.Attendance(
        gathering=np.array([0, 0, 0, 1, 1, 2, 2, 2]),
        member=np.array([A, B, C, A, B, C, D, EVE]),
    )


@pytest.fixture(scope="module")
def result() -> E.Insights:
    return E.compute(roster(), example(), asks=range(1, 9), attendance=attendance(), draws=0, k=6)


def test_tallies_by_kind_of_capital(result: E.Insights) -> None:
    assert result.tallies == (
        E.Tally("social", total=7, open=3, kept=4, released=0, lapsed=0, kept_rate=1.0),
        E.Tally("intellectual", total=1, open=0, kept=1, released=0, lapsed=0, kept_rate=1.0),
        E.Tally("institutional", total=1, open=0, kept=0, released=1, lapsed=0, kept_rate=0.0),
        E.Tally("financial", total=1, open=0, kept=0, released=0, lapsed=1, kept_rate=0.0),
    )
    assert result.total == E.Tally(
        "all", total=10, open=3, kept=5, released=1, lapsed=1, kept_rate=5 / 7
    )


def test_asks_with_a_commitment_leave_out_self_commitments(result: E.Insights) -> None:
    # Asks 1-6 have a commitment from someone else; 7 only Eve's own; 8 none.
    assert result.asks == E.AskCoverage(asks=8, with_commitment=6, share=0.75)


def test_time_to_keep(result: E.Insights) -> None:
    # Kept after 2, 4, 10, 2 and 6 days: sorted 2, 2, 4, 6, 10.
    assert result.time_to_keep == E.TimeToKeep(kept=5, median_days=4.0, p75_days=6.0)


def test_reciprocity_and_cycles(result: E.Insights) -> None:
    # Ties: A>B (twice), B>A, B>C, C>D, D>A, A>C (C>A lapsed and D>B released do not count;
    # Eve's self-commitment is ignored). A<>B is the one mutual pair; A>C>D>A the 3-cycle;
    # A>B>C>D>A the 4-cycle.
    assert result.reciprocity == E.Reciprocity(
        ties=6, reciprocated_ties=2, share=2 / 6, mutual_pairs=1, cycles3=1, cycles4=1
    )
    assert result.self_commitments_ignored == 1


def test_given_and_received(result: E.Insights) -> None:
    f = result.flows
    assert f.ids.tolist() == [10, 20, 30, 40, 50]
    assert f.given.tolist() == [3, 2, 2, 2, 0]
    assert f.received.tolist() == [3, 3, 2, 1, 0]
    assert f.given_kept.tolist() == [3, 1, 0, 1, 0]
    assert f.received_kept.tolist() == [2, 2, 1, 0, 0]
    assert f.helped.tolist() == [2, 2, 1, 1, 0]
    assert f.helped_by.tolist() == [2, 1, 2, 1, 0]


def test_bridging_by_hand(result: E.Insights) -> None:
    sector, generation, ideology = result.bridging
    # Sector x = {A, B}, y = {C, D}: within A>B, B>A, C>D; across B>C, D>A, A>C.
    # Mixing (x,x)=2 (x,y)=2 (y,x)=1 (y,y)=1 of 6: trace 1/2, a=(4,2)/6, b=(3,3)/6,
    # sum(ab)=1/2, so r = (1/2 - 1/2) / (1 - 1/2) = 0.
    assert (sector.ties_known, sector.crossing) == (6, 3)
    assert sector.share_crossing is not None
    assert sector.ei_index is not None
    assert sector.share_crossing.observed == 0.5
    assert sector.ei_index.observed == 0.0
    assert sector.assortativity is not None
    assert sector.assortativity.observed == pytest.approx(0.0)
    # Generation old = {A, C, Eve}, young = {B, D}: only A>C is within, 5 cross.
    # Mixing (o,o)=1 (o,y)=2 (y,o)=3 (y,y)=0: trace 1/6, a=(3,3)/6, b=(4,2)/6, sum(ab)=1/2,
    # r = (1/6 - 1/2) / (1/2) = -2/3.
    assert (generation.ties_known, generation.crossing) == (6, 5)
    assert generation.share_crossing is not None
    assert generation.ei_index is not None
    assert generation.share_crossing.observed == pytest.approx(5 / 6)
    assert generation.ei_index.observed == pytest.approx(4 / 6)
    assert generation.assortativity is not None
    assert generation.assortativity.observed == pytest.approx(-2 / 3)
    assert generation.share_crossing.draws == 0
    # Ideology groups of 2 and 2 are below k = 6: nothing about them is published.
    assert ideology.withheld is not None
    assert ideology == E.Bridging("ideology", None, None, None, None, None, ideology.withheld)
    assert ideology.withheld == (
        "withheld: some ideology groups have fewer than 6 members, so figures about them "
        "could identify people"
    )


def test_compounding_curve(result: E.Insights) -> None:
    # Pairs first helping: {A,B} at 0; {B,C}, {C,D} at 1; {A,D} at 2 (A>C was made outside
    # gatherings, C>A lapsed, D>B released). Met: AB, AC, BC at 0; nothing new at 1; CD, CE,
    # DE at 2.
    curve = result.compounding
    assert curve.gatherings == 3
    assert curve.new_pairs == (1, 2, 1)
    assert curve.helping_pairs == (1, 3, 4)
    assert curve.cross_pairs == {"sector": (0, 1, 2), "generation": (1, 3, 4)}
    assert curve.met_pairs == (3, 3, 6)


def test_roster_diversity(result: E.Insights) -> None:
    sector, generation, ideology = result.diversity
    assert sector == E.Diversity("sector", known=4, blau=0.5, counts=(("x", 2), ("y", 2)))
    # 3 old, 2 young of 5: 1 - (9 + 4) / 25.
    assert generation.blau == pytest.approx(12 / 25)
    assert generation.counts == (("old", 3), ("young", 2))
    assert ideology.blau is None
    assert ideology.counts == E.privacy.CountTable(
        attribute="ideology",
        labels=("left", "right"),
        counts=(None, None),
        total=None,
        k=6,
    )


def test_no_commitments_at_all() -> None:
    result = E.compute(roster(), E.Commitments.empty(), asks=[1, 2], draws=5)
    assert result.total == E.Tally("all", 0, 0, 0, 0, 0, None)
    assert result.asks == E.AskCoverage(asks=2, with_commitment=0, share=0.0)
    assert result.time_to_keep == E.TimeToKeep(0, None, None)
    assert result.reciprocity == E.Reciprocity(0, 0, None, 0, 0, 0)
    assert result.bridging[0].ties_known == 0
    assert result.bridging[0].share_crossing == E.Baseline(None, None, None, None, None, None, 0)
    assert result.compounding == E.Compounding(0, (), (), {"sector": (), "generation": ()}, ())
    assert result.brokers == ()
    assert result.pagerank.tolist() == [0.2] * 5


def test_a_single_member_committing_to_themself() -> None:
    members = E.Members(ids=np.array([7]), attributes=())
    result = E.compute(members, ties([(0, 0)]), asks=[0], draws=10)
    assert result.self_commitments_ignored == 1
    assert result.total.kept == 1  # a commitment still, in the tallies
    assert result.asks.with_commitment == 0
    assert result.reciprocity.ties == 0
    assert result.compounding.helping_pairs == (0,)
    assert result.pagerank.tolist() == [1.0]
    assert result.brokers == ()


def test_no_asks_given_means_no_share() -> None:
    result = E.compute(roster(), example(), draws=0, k=6)
    assert result.asks == E.AskCoverage(asks=0, with_commitment=0, share=None)


def test_k_below_six_is_refused() -> None:
    with pytest.raises(E.privacy.PrivacyError, match="at least 6"):
        E.compute(roster(), example(), k=5)


def test_commitments_naming_unknown_positions_are_refused() -> None:
    with pytest.raises(ValueError, match="outside the roster"):
        E.compute(roster(), ties([(0, 9)]))


def test_an_empty_roster() -> None:
    members = E.Members(ids=np.array([], dtype=np.int64), attributes=())
    result = E.compute(members, E.Commitments.empty(), asks=[], draws=5)
    assert (result.members, result.commitments) == (0, 0)
    assert result.asks == E.AskCoverage(asks=0, with_commitment=0, share=None)
    assert result.flows.given.tolist() == []
    assert result.brokers == ()
    assert result.circulation == ()
