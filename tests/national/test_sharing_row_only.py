"""A local network's sharing page shows the row the national team sees of it, nothing else:
its roll-up read the breakdowns of people (sector, generation) and the network's bridging,
which needs the insights engine on a cold cache, and threw them away. It reads the row
alone now, in fewer queries, with the same figures as the national view."""

from __future__ import annotations

from django.core.cache import cache

from collaboratory.national.report import local_row
from collaboratory.national.selectors import national_rollup, national_rollup_of
from collaboratory.networks.models import Network
from tests.national.conftest import BuildLocal

# Measured on SQLite: 31 queries cold (the engine's reads for bridging, the first read of
# k writing the settings row) and 14 warm before; 10 either way now (network, national,
# four fingerprints, active, gatherings, commitments, partnerships).
ROW_QUERIES = 10


def test_the_row_alone_is_read_in_a_fixed_number_of_queries(
    national: Network, build_local: BuildLocal, django_assert_num_queries
) -> None:  # type: ignore[no-untyped-def]
    tulsa = build_local("Tulsa", sectors={"Faith": 4}, kept=3, lapsed=1, partnership="Tools")
    build_local("Fresno", kept=7)
    cache.clear()  # a first view: nothing of the engine's figures cached

    with django_assert_num_queries(ROW_QUERIES):
        cold = national_rollup_of(tulsa)
    with django_assert_num_queries(ROW_QUERIES):
        national_rollup_of(tulsa)

    assert cold is not None
    national_view = national_rollup(national=national)
    [theirs] = [x for x in national_view.locals if x.network_id == tulsa.pk]
    assert local_row(cold.locals[0]) == local_row(theirs)
    assert cold.breakdowns is False
    assert (cold.k, cold.bridging, cold.sectors.labels, cold.generations.labels) == (
        None,
        (),
        (),
        (),
    )
    assert national_view.breakdowns is True
