"""What a reader of the national report could compute that was a local network's count
below k, each found with small networks where the number is concrete:

- the help ties crossing were plain sums over the networks: a steward of Fresno read
  Tulsa's crossing ties as the national count minus Fresno's own (its dashboard), and the
  ties within (known minus crossing) were shown by the pair even when below k;
- a national steward who was a member of a local network (alumni, removed, suspended) or
  is about to be (invited) knows its roster, but only the networks they were admitted to
  today were taken away in the check;
- two national stewards who pool what they know subtract both their networks.
"""

from __future__ import annotations

import pytest
from django_scopes import scopes_disabled

from collaboratory.commitments.models import CommitmentStatus
from collaboratory.creditclub.models import Proposal
from collaboratory.insights.privacy import SUPPRESSED
from collaboratory.insights.selectors import insights_figures
from collaboratory.national.report import bridging_rows, count_rows
from collaboratory.national.selectors import (
    POOLED_SETS_LISTED,
    _rest_small_counts,
    _steward_sets,
    national_rollup,
)
from collaboratory.networks.models import Membership, MembershipStatus, Network, Role, Sector
from tests.factories import CommitmentFactory, MembershipFactory

K = 11


def crossing_sector(local: Network) -> tuple[int, int]:
    """What a member of `local` reads on its own dashboard: (ties crossing sector, ties
    with both sectors known)."""
    with scopes_disabled():
        figures = insights_figures(network=local)
    (b,) = (b for b in figures.result.bridging if b.attribute == "sector")
    return b.crossing or 0, b.ties_known or 0


def own_count(local: Network, sector: str) -> int:
    """What a member of `local` reads on its roster: its members of `sector`."""
    with scopes_disabled():
        return Membership.objects.filter(
            network=local, sector__name=sector, status=MembershipStatus.ACTIVE
        ).count()


def add_crossing_ties(local: Network, n: int) -> None:
    """`n` more kept commitments from members of Business to the presenter (Nonprofit)."""
    with scopes_disabled():
        proposal = Proposal.objects.get(gathering__network=local)
        business = Sector.objects.get(network=local, name="Business")
        for _i in range(n):
            committer = MembershipFactory(network=local, sector=business).user
            CommitmentFactory(proposal=proposal, committer=committer, status=CommitmentStatus.KEPT)


def national_steward_of(national: Network, local: Network) -> None:
    with scopes_disabled():
        steward = Membership.objects.get(network=local, role=Role.STEWARD).user
        MembershipFactory(network=national, user=steward, role=Role.STEWARD)


def sector_bridging(national: Network) -> list[str]:
    rollup = national_rollup(national=national)
    rows = zip(bridging_rows(rollup), rollup.bridging, strict=True)
    (row,) = (r for r, b in rows if b.attribute == "sector")
    return row[1:]


def test_a_locals_crossing_ties_are_not_the_national_count_minus_anothers(
    national, build_local
) -> None:  # type: ignore[no-untyped-def]
    """Fresno: 12 ties crossing sector of 24; Tulsa: 3 of 6. Nationally "15 of 30", and
    Fresno's steward, a national steward too, took away Fresno's 12 and 24: Tulsa's 3 of 6."""
    fresno = build_local("Fresno", kept=24)
    tulsa = build_local("Tulsa", kept=6)
    national_steward_of(national, fresno)
    assert crossing_sector(fresno) == (12, 24)
    assert crossing_sector(tulsa) == (3, 6)

    crossing, known, share = sector_bridging(national)

    mine_crossing, mine_known = crossing_sector(fresno)
    if crossing != SUPPRESSED:
        rest = int(crossing) - mine_crossing
        assert not 0 < rest < K, f"Tulsa's crossing ties recovered: {rest}"
    if known != SUPPRESSED:
        rest = int(known) - mine_known
        assert not 0 < rest < K, f"Tulsa's known ties recovered: {rest}"
    assert (crossing, known, share) == (SUPPRESSED, SUPPRESSED, SUPPRESSED)


def test_ties_within_below_k_are_not_the_known_minus_the_crossing(national, build_local) -> None:  # type: ignore[no-untyped-def]
    """No steward subtracts anything here: "14 of 16 cross" told the national team the 2
    ties within sector, a count below k. One of the pair is hidden with the 2."""
    tulsa = build_local("Tulsa", kept=4)
    add_crossing_ties(tulsa, 12)
    assert crossing_sector(tulsa) == (14, 16)

    crossing, known, share = sector_bridging(national)

    if SUPPRESSED not in (crossing, known):
        within = int(known) - int(crossing)
        assert not 0 < within < K, f"ties within sector recovered: {within}"
    assert crossing == SUPPRESSED
    assert share == SUPPRESSED
    assert known == "16"  # the total survives: its complement was the smaller cell


def test_crossing_ties_no_one_can_take_apart_are_shown(national, build_local) -> None:  # type: ignore[no-untyped-def]
    build_local("Fresno", kept=24)
    build_local("Tulsa", kept=22)

    assert sector_bridging(national) == ["23", "46", "50%"]


@pytest.mark.parametrize(
    "status",
    [
        MembershipStatus.ALUMNI,
        MembershipStatus.REMOVED,
        MembershipStatus.SUSPENDED,
        MembershipStatus.INVITED,
    ],
)
def test_a_national_steward_who_was_or_will_be_a_locals_member_cannot_subtract_it(
    national, national_steward, build_local, status
) -> None:  # type: ignore[no-untyped-def]
    """The national steward was a member of Fresno (its roster showed its 12 of faith),
    or is invited there: "Faith: 13" nationally minus Fresno's 12 was Tulsa's one. Only
    the networks they were admitted to today were taken away."""
    fresno = build_local("Fresno", sectors={"Faith": 12, "Labor": 12}, kept=0)
    build_local("Tulsa", sectors={"Faith": 1, "Labor": 12}, kept=0)
    with scopes_disabled():
        MembershipFactory(network=fresno, user=national_steward, status=status)

    rows = dict(count_rows(national_rollup(national=national).sectors))

    mine = own_count(fresno, "Faith")
    assert mine == 12
    if rows["Faith"] != SUPPRESSED:
        rest = int(rows["Faith"]) - mine
        assert not 0 < rest < K, f"Tulsa's members of faith recovered: {rest}"
    assert rows["Faith"] == SUPPRESSED


def test_two_national_stewards_pooling_their_networks_cannot_subtract_both(
    national, build_local
) -> None:  # type: ignore[no-untyped-def]
    """6 of faith in each of three networks: "Faith: 18". The steward of Fresno alone
    leaves 12, the steward of Tulsa alone 12; together they take away 6 + 6 and read
    Boise's 6."""
    fresno, tulsa, _boise = (
        build_local(name, sectors={"Faith": 6, "Labor": 12}, kept=0)
        for name in ("Fresno", "Tulsa", "Boise")
    )
    national_steward_of(national, fresno)
    national_steward_of(national, tulsa)

    rows = dict(count_rows(national_rollup(national=national).sectors))

    pooled = own_count(fresno, "Faith") + own_count(tulsa, "Faith")
    if rows["Faith"] != SUPPRESSED:
        rest = int(rows["Faith"]) - pooled
        assert not 0 < rest < K, f"Boise's members of faith recovered: {rest}"
    assert rows["Faith"] == SUPPRESSED


def test_past_the_listed_unions_every_known_network_pooled_decides() -> None:
    """With more distinct sets held than `POOLED_SETS_LISTED`, the unions are not listed:
    a count is shown only when at least k are left outside every network known, which
    covers every union of them."""
    n = POOLED_SETS_LISTED + 2
    ids = list(range(100, 100 + n))
    held = [{ids[i]} for i in range(POOLED_SETS_LISTED + 1)]  # all networks but the last
    readers = _steward_sets(ids, held)
    assert not readers.exact
    assert readers.pooled == (1 << (POOLED_SETS_LISTED + 1)) - 1
    last = 1 << (n - 1)
    # 6 in each known network and 12 in the last: 12 are left whatever is taken away.
    assert not _rest_small_counts({1 << i: 6 for i in range(n - 1)} | {last: 12}, readers, K)
    # 6 in the last: everything known taken away leaves them.
    assert _rest_small_counts({1 << i: 6 for i in range(n - 1)} | {last: 6}, readers, K)
    # None in the last, 6 in the others: two stewards pooled leave... hidden, conservatively.
    assert _rest_small_counts({1 << i: 6 for i in range(n - 1)}, readers, K)
    # Nobody at all: 0 is shown.
    assert not _rest_small_counts({}, readers, K)
    # Listed exactly up to the limit: every union of 12 single networks but the whole.
    exact = _steward_sets(ids[:POOLED_SETS_LISTED], held[:POOLED_SETS_LISTED])
    assert exact.exact
    assert len(exact.sets) == 2**POOLED_SETS_LISTED - 2
