"""The insights selectors on the hand-worked network of conftest.py: the status adapter, the
engine's inputs from the database, the figures, filters by year and gathering, the cache."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.commitments.models import Commitment, CommitmentStatus
from collaboratory.insights import engine
from collaboratory.insights.selectors import (
    ENGINE_STATUS,
    Scope,
    engine_inputs,
    engine_status,
    insights_figures,
    reporting_years,
)
from collaboratory.people.services import self_description_set
from tests.conftest import CACHE_READ_QUERIES
from tests.factories import CommitmentFactory, GatheringFactory
from tests.insights.conftest import HelpNet


def test_every_commitment_status_maps_to_one_engine_status() -> None:
    assert sorted(ENGINE_STATUS) == sorted(CommitmentStatus.values)
    assert {s: engine_status(s) for s in CommitmentStatus.values} == {
        "offered": "made",
        "acknowledged": "made",
        "adjust_requested": "made",
        "in_progress": "in_progress",
        "done": "in_progress",
        "disputed": "in_progress",
        "kept": "kept",
        "partly_kept": "kept",
        "released": "released",
        "lapsed": "lapsed",
    }
    assert set(ENGINE_STATUS.values()) == set(engine.STATUSES)


def test_an_unknown_status_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="'promised'"):
        engine_status("promised")


def test_inputs_come_from_six_queries_and_name_the_members(helpnet: HelpNet) -> None:
    """Six (the sixth: every period's youth-adult ties), and two more when the network has
    former members (the guard on them)."""
    with CaptureQueriesContext(connection) as queries:
        inputs = engine_inputs(network=helpnet.network, scope=Scope(), k=11)

    assert len(queries) == 6
    # A period's figures know nothing of ideology or race (they come from snapshots).
    assert [a.name for a in inputs.members.attributes] == [
        "sector",
        "region",
        "generation",
        "organization",
    ]
    assert inputs.commitments.size == 7
    assert [g[1] for g in inputs.gatherings] == ["Spring Gathering", "Fall Gathering"]
    with scopes_disabled():
        asks = [*helpnet.ann_proposal.asks.values_list("pk", flat=True)]
        asks.append(helpnet.ben_proposal.asks.get().pk)
    assert sorted(inputs.asks) == sorted(asks)
    # The minor appears without a name (alpha is not a youth cohort) and without a region.
    assert inputs.people[helpnet.minor.pk].name is None
    assert inputs.people[helpnet.ann.pk].name == "Ann Able"
    position = int(inputs.members.positions([helpnet.minor.pk])[0])
    region = next(a for a in inputs.members.attributes if a.name == "region")
    assert region.codes[position] == -1


def test_figures_match_the_hand_worked_example(helpnet: HelpNet) -> None:
    figures = insights_figures(network=helpnet.network)
    r = figures.result

    assert (r.total.total, r.total.kept, r.total.released, r.total.lapsed, r.total.open) == (
        7,
        2,
        1,
        1,
        3,
    )
    assert r.total.kept_rate == 0.5
    assert (r.reciprocity.ties, r.reciprocity.reciprocated_ties) == (5, 2)
    assert r.compounding.helping_pairs == (3, 4)
    assert r.compounding.cross_pairs["sector"] == (2, 2)
    # 5 attendees at the first (10 pairs), the minor met 3 more at the second.
    assert r.compounding.met_pairs == (10, 13)
    assert (r.asks.asks, r.asks.with_commitment) == (3, 2)
    assert r.time_to_keep.median_days == 7.0
    assert figures.admitted == 8
    flows = dict(zip(r.flows.ids.tolist(), r.flows.received.tolist(), strict=True))
    assert flows[helpnet.ann.pk] == 4
    assert flows[helpnet.ben.pk] == 3


def test_a_year_covers_only_its_gatherings(helpnet: HelpNet) -> None:
    assert reporting_years(network=helpnet.network) == [
        helpnet.year_of(helpnet.second),
        helpnet.year_of(helpnet.first),
    ]

    figures = insights_figures(
        network=helpnet.network, scope=Scope(year=helpnet.year_of(helpnet.first))
    )

    assert [g[1] for g in figures.gatherings] == ["Spring Gathering"]
    assert (figures.result.total.total, figures.result.total.kept) == (4, 1)
    assert figures.result.compounding.helping_pairs == (3,)


def test_a_gathering_covers_its_own_commitments(helpnet: HelpNet) -> None:
    figures = insights_figures(network=helpnet.network, scope=Scope(gathering_id=helpnet.second.pk))

    assert (figures.result.total.total, figures.result.total.lapsed) == (3, 1)
    assert figures.result.compounding.helping_pairs == (2,)


def test_hidden_and_undone_commitments_do_not_count(helpnet: HelpNet) -> None:
    with scopes_disabled():
        Commitment.objects.filter(committer=helpnet.dan).update(hidden_at=timezone.now())

    assert insights_figures(network=helpnet.network).result.total.total == 6


def test_the_cache_serves_until_something_changes(
    helpnet: HelpNet, django_assert_num_queries
) -> None:  # type: ignore[no-untyped-def]
    first = insights_figures(network=helpnet.network)
    # Warm: the settings row, the four fingerprint aggregates and the cache read, no
    # recomputation.
    with django_assert_num_queries(5 + CACHE_READ_QUERIES):
        again = insights_figures(network=helpnet.network)
    assert again.computed_at == first.computed_at

    CommitmentFactory(proposal=helpnet.ben_proposal, committer=helpnet.dan)

    after = insights_figures(network=helpnet.network)
    assert after.result.total.total == 8


def test_a_status_change_refreshes_the_figures(helpnet: HelpNet) -> None:
    assert insights_figures(network=helpnet.network).result.total.kept == 2
    with scopes_disabled():
        # What the follow-through service will do: the status and its change time.
        Commitment.objects.filter(committer=helpnet.dan).update(
            status=CommitmentStatus.KEPT,
            status_changed_at=timezone.now(),
            kept_at=timezone.now(),
        )

    assert insights_figures(network=helpnet.network).result.total.kept == 3


def test_self_descriptions_never_reach_the_figures_of_a_period(helpnet: HelpNet) -> None:
    before = insights_figures(network=helpnet.network)

    self_description_set(user=helpnet.ann, ideology=2, race_ethnicity=["black"])

    after = insights_figures(network=helpnet.network)
    # Same cache entry: nothing computed per period depends on a self-description.
    assert after.computed_at == before.computed_at
    assert [d.attribute for d in after.result.diversity] == [
        "sector",
        "region",
        "generation",
        "organization",
    ]
    assert [b.attribute for b in after.result.bridging] == [
        "sector",
        "region",
        "generation",
        "organization",
    ]


def test_a_gathering_that_begins_is_counted_at_once(helpnet: HelpNet, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Nothing is written when a gathering begins, yet it joins every period's figures then
    (they count gatherings that have begun): cached figures must not outlive that moment.
    They did, for up to an hour, until a commitment or check-in changed the fingerprint."""
    now = timezone.now()
    upcoming = GatheringFactory(
        network=helpnet.network,
        first_part_at=(now + timedelta(minutes=10)).replace(microsecond=0),
        parts=1,
    )
    before = insights_figures(network=helpnet.network)
    assert upcoming.pk not in [pk for pk, _t, _s in before.gatherings]

    later = now + timedelta(minutes=20)
    monkeypatch.setattr(timezone, "now", lambda: later)
    after = insights_figures(network=helpnet.network)

    assert upcoming.pk in [pk for pk, _t, _s in after.gatherings]
    assert len(after.gatherings) == len(before.gatherings) + 1
