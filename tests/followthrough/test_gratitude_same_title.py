"""The gratitude roll call thanks each project's own presenter: two projects that happen to
share a title are two groups, each under its presenter, never one group under the first."""

from __future__ import annotations

from django_scopes import scopes_disabled

from collaboratory.commitments import lifecycle as lc
from collaboratory.creditclub.models import ProposalState
from tests.conftest import client_for
from tests.factories import MembershipFactory, PresentedProposalFactory
from tests.followthrough.conftest import Project


def test_two_projects_with_one_title_are_thanked_under_their_own_presenters(
    project: Project,
) -> None:
    gathering = project.world.gatherings["alpha"]
    with scopes_disabled():
        erin = MembershipFactory(network=project.world.alpha, user__full_name="Erin Ek").user
        twin = PresentedProposalFactory(
            gathering=gathering, proposer=erin, title=project.proposal.title
        )
        twin.state = ProposalState.PRESENTED
        twin.save(update_fields=["state"])
        twin_ask = twin.asks.get()
    for proposal, ask, presenter, what in (
        (project.proposal, project.ask, project.presenter, "I will bring 5 volunteers by April 1"),
        (twin, twin_ask, erin, "I will review your plan for 4 hours by May 1"),
    ):
        commitment = project.commit(proposal=proposal, ask=ask, what=what)
        project.move(commitment, project.dana, lc.DONE)
        project.move(commitment, presenter, lc.KEPT)

    body = (
        client_for(project.steward)
        .get(f"/n/alpha/follow-through/gatherings/{gathering.pk}/gratitude/")
        .content.decode()
    )

    title = project.proposal.title
    assert body.count(f"{title}, presented by {project.presenter.full_name}") == 1
    assert body.count(f"{title}, presented by Erin Ek") == 1
