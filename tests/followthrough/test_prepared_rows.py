"""My commitments reads its rows prepared (`networks.prepared`): they must equal the ORM's
for every party, filter and limit, stay in the network and the viewer's own, and cost the
same number of queries however much there is."""

from __future__ import annotations

import itertools

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_scopes import scope

from collaboratory.commitments import lifecycle as lc
from collaboratory.followthrough.selectors import (
    commitment_rows,
    commitment_rows_owed,
    commitment_rows_to_me,
    commitments_owed,
    commitments_to_me_query,
)
from collaboratory.gatherings.selectors import gatherings_upcoming, next_gathering_brief
from tests.followthrough.conftest import Project
from tests.followthrough.test_row_shapes import _many_shapes

STATUSES = ["", lc.OFFERED, lc.DONE, lc.RELEASED]
CAPITALS = ["", "social", "financial"]


def test_rows_equal_the_orms_for_every_party_filter_and_limit(project: Project) -> None:
    _many_shapes(project)
    project.commit(project.steward)  # another committer to the same project
    network = project.proposal.network
    people = [project.dana, project.presenter, project.steward]
    with scope(network=network):
        for user, status, capital, limit in itertools.product(
            people, STATUSES, CAPITALS, [1, 3, 26]
        ):
            owed = commitments_owed(network=network, user=user, status=status, capital=capital)
            assert commitment_rows_owed(
                network=network, user=user, status=status, capital=capital, limit=limit
            ) == commitment_rows(owed, limit)
            to_me = commitments_to_me_query(
                network=network, user=user, status=status, capital=capital
            )
            expected = [] if to_me.query.is_empty() else commitment_rows(to_me, limit)
            assert (
                commitment_rows_to_me(
                    network=network, user=user, status=status, capital=capital, limit=limit
                )
                == expected
            )
        presenter_rows = commitment_rows_to_me(network=network, user=project.presenter, limit=50)
        dana_rows = commitment_rows_owed(network=network, user=project.dana, limit=50)
    # `_many_shapes` gained a late row (Dana's, to the presenter) with the overdue mark.
    assert len(presenter_rows) == 11
    assert len(dana_rows) == 10
    assert {r.proposer_id for r in presenter_rows} == {project.presenter.pk}
    assert {r.committer_id for r in dana_rows} == {project.dana.pk}


def test_no_other_networks_rows(project: Project) -> None:
    _many_shapes(project)
    bravo = project.world.bravo
    with scope(network=bravo):
        assert commitment_rows_owed(network=bravo, user=project.dana, limit=50) == []
        assert commitment_rows_to_me(network=bravo, user=project.presenter, limit=50) == []


def test_the_next_gathering_equals_the_orms(project: Project) -> None:
    for network in (project.world.alpha, project.world.bravo):
        with scope(network=network):
            first = gatherings_upcoming(network=network, limit=1).first()
            brief = next_gathering_brief(network=network)
        assert first is not None
        assert brief is not None
        assert (brief.pk, brief.title) == (first.pk, first.title)


def test_queries_constant_in_data_size(project: Project) -> None:
    network = project.proposal.network

    def count() -> int:
        with scope(network=network), CaptureQueriesContext(connection) as queries:
            commitment_rows_owed(network=network, user=project.dana, limit=26)
            commitment_rows_to_me(network=network, user=project.presenter, limit=26)
            commitment_rows_to_me(network=network, user=project.dana, limit=26)
            next_gathering_brief(network=network)
        return len(queries)

    few = count()
    _many_shapes(project)
    for _ in range(3):
        project.commit()
    assert count() == few == 5
