"""A youth guest's Power Project, presented at a host network's gathering, is listed on the
host network's project pages. Its adult members read "A youth member" where the minor's
name was (the weekly digest, the asks board and the directory already kept it from them);
the network's stewards and the presenter read the name. The project itself stays shown:
it is what members help with."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from collaboratory.creditclub.models import Proposal, ProposalState
from collaboratory.people.models import User
from tests.authz.objects import shared_gathering
from tests.conftest import World, client_for
from tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db


def _presented(world: World) -> Proposal:
    ids = shared_gathering(world)
    with scopes_disabled():
        Proposal.objects.filter(pk__in=[ids["power_project"], ids["proposal"]]).update(
            state=ProposalState.PRESENTED
        )
        return Proposal.objects.select_related("proposer").get(pk=ids["power_project"])


def _pages(world: World, reader: User, power: Proposal) -> list[str]:
    client = client_for(reader)
    urls = [
        reverse("creditclub:projects", kwargs={"network_slug": "alpha"}),
        reverse("creditclub:proposal", kwargs={"network_slug": "alpha", "proposal_id": power.pk}),
    ]
    pages = []
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        pages.append(response.content.decode())
    return pages


def test_an_adult_member_reads_the_project_but_not_the_minors_name(world: World) -> None:
    power = _presented(world)
    with scopes_disabled():
        adult = MembershipFactory(network=world.alpha).user

    for page in _pages(world, adult, power):
        assert "Youth Power Project" in page
        assert power.proposer.full_name not in page
        assert "A youth member" in page


def test_the_stewards_and_the_presenter_read_the_name(world: World) -> None:
    power = _presented(world)
    steward = world.personas["steward"]
    assert steward is not None

    for page in _pages(world, steward, power):
        assert power.proposer.full_name in page
    youth_page = client_for(power.proposer).get(
        reverse("creditclub:proposal", kwargs={"network_slug": "alpha", "proposal_id": power.pk})
    )
    assert power.proposer.full_name in youth_page.content.decode()


def test_an_adult_presenters_name_is_shown_to_everyone(world: World) -> None:
    power = _presented(world)
    member = world.personas["member"]
    assert member is not None
    with scopes_disabled():
        adult = MembershipFactory(network=world.alpha).user

    (projects, _detail) = _pages(world, adult, power)
    assert member.full_name in projects
    assert "A youth member" in projects  # the guest's project, beside the adult's name


def test_a_fellow_presenters_pack_does_not_name_the_minor(world: World) -> None:
    """The presenter pack lists the run of show with each presenter's name: an adult member
    presenting beside a youth guest read the minor's full name there, the one page of the
    host network that still showed it to an adult member. The youth presenter's own pack
    names them."""
    ids = shared_gathering(world)
    member = world.personas["member"]
    assert member is not None
    with scopes_disabled():
        power = Proposal.objects.select_related("proposer").get(pk=ids["power_project"])

    def pack(reader: User, proposal_id: int) -> str:
        url = reverse(
            "creditclub:pack", kwargs={"network_slug": "alpha", "proposal_id": proposal_id}
        )
        response = client_for(reader).get(url)
        assert response.status_code == 200
        return response.content.decode()

    adults = pack(member, ids["proposal"])
    own = pack(power.proposer, power.pk)

    assert "Youth Power Project" in adults
    assert power.proposer.full_name not in adults
    assert "A youth member" in adults
    assert member.full_name in adults
    assert power.proposer.full_name in own
