"""The gratitude roll call names young people as the network's other pages do (safeguards.md,
minors): to an adult who is not a steward, a youth guest who presented at the host network
reads "A youth member" (as on the project pages) and a young committer by first name only (as
on the table cards). The stewards read full names. The room's board is read by everyone in the
room, so its roll call names them as an adult member reads them."""

from __future__ import annotations

from django_scopes import scopes_disabled

from collaboratory.commitments import lifecycle as lc
from collaboratory.creditclub.models import ProposalState
from collaboratory.people.models import AgeBand
from tests.conftest import client_for
from tests.factories import MembershipFactory, PresentedProposalFactory, UserFactory
from tests.followthrough.conftest import Project


def _kept_by_minors(project: Project) -> tuple[str, str]:
    """A project presented by a young guest and a commitment kept by a young committer;
    returns both full names."""
    gathering = project.world.gatherings["alpha"]
    with scopes_disabled():
        mei = UserFactory(full_name="Mei Alvarez", age_band=AgeBand.AGE_16_17)
        ada = MembershipFactory(
            network=project.world.alpha,
            user__full_name="Ada Schmidt",
            user__age_band=AgeBand.AGE_13_15,
        ).user
        guest = PresentedProposalFactory(
            gathering=gathering, proposer=mei, title="Teen-run repair cafe"
        )
        guest.state = ProposalState.PRESENTED
        guest.save(update_fields=["state"])
        ask = guest.asks.get()
    commitment = project.commit(
        committer=ada, proposal=guest, ask=ask, what="I will bring 3 volunteers by April 1"
    )
    project.move(commitment, ada, lc.DONE)
    project.move(commitment, project.steward, lc.KEPT)
    return mei.full_name, ada.full_name


def _roll_call(project: Project, viewer: object) -> str:
    gathering = project.world.gatherings["alpha"]
    return (
        client_for(viewer)
        .get(f"/n/alpha/follow-through/gatherings/{gathering.pk}/gratitude/")
        .content.decode()
    )


def test_an_adult_member_reads_a_youth_member_and_a_first_name(project: Project) -> None:
    presenter, committer = _kept_by_minors(project)

    body = _roll_call(project, project.dana)

    assert "Teen-run repair cafe, presented by A youth member" in body
    assert "<strong>Ada</strong>" in body
    assert presenter not in body
    assert committer not in body
    assert "Alvarez" not in body
    assert "Schmidt" not in body


def test_the_stewards_read_full_names(project: Project) -> None:
    presenter, committer = _kept_by_minors(project)

    body = _roll_call(project, project.steward)

    assert f"Teen-run repair cafe, presented by {presenter}" in body
    assert f"<strong>{committer}</strong>" in body


def test_the_rooms_board_names_them_as_an_adult_member_reads_them(project: Project) -> None:
    presenter, committer = _kept_by_minors(project)
    gathering = project.world.gatherings["alpha"]

    body = client_for(project.steward).get(f"/n/alpha/live/{gathering.pk}/board/").content.decode()

    assert "<strong>A youth member</strong> (Teen-run repair cafe) thanks" in body
    assert " Ada" in body
    assert presenter not in body
    assert committer not in body
