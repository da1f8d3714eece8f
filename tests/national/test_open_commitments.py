"""Commitments still open (offered, acknowledged, waiting for an adjustment) count once
among those made, as in the network's own insights: the national figures agree with what
each local network sees."""

from __future__ import annotations

from django_scopes import scopes_disabled

from collaboratory.commitments.models import Commitment, CommitmentStatus
from collaboratory.insights.selectors import insights_figures
from collaboratory.national.selectors import national_rollup
from tests.factories import CommitmentFactory, MembershipFactory


def test_open_commitments_count_once_among_those_made(national, build_local) -> None:  # type: ignore[no-untyped-def]
    tulsa = build_local("Tulsa", kept=1, lapsed=1)
    with scopes_disabled():
        proposal = Commitment.objects.filter(network=tulsa).first().proposal
        for status in (
            CommitmentStatus.OFFERED,
            CommitmentStatus.ACKNOWLEDGED,
            CommitmentStatus.ADJUST_REQUESTED,
            CommitmentStatus.IN_PROGRESS,
        ):
            committer = MembershipFactory(network=tulsa).user
            CommitmentFactory(proposal=proposal, committer=committer, status=status)

    rollup = national_rollup(national=national)

    local = rollup.locals[0]
    assert (local.made, local.kept, local.lapsed) == (6, 1, 1)
    assert rollup.totals.made == 6
    with scopes_disabled():
        figures = insights_figures(network=tulsa)
    assert figures.result.total.total == local.made
