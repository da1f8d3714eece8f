"""The follow-up list says "Through a steward" wherever contact between an adult and a minor
goes through the stewards (safeguards.md): until 2026-12-06 it never said which steward, so
a youth presenter (or an adult with a youth committer) had no one to ask. It names the
network's admitted stewards, by name only, and says so plainly when there is none."""

from __future__ import annotations

from django_scopes import scopes_disabled

from collaboratory.networks.models import Membership, MembershipStatus, Role
from tests.authz.objects import shared_commitment, shared_gathering
from tests.conftest import World, client_for
from tests.networks.test_youth_guests import _promised_to_the_power_project, _url, _youth


def _contact_cells(body: str) -> list[str]:
    return [cell.split("</td>", 1)[0] for cell in body.split('<td data-label="Contact">')[1:]]


def _youth_followup(world: World, shared: dict, **headers: str) -> str:
    """The youth guest's own follow-up list of her Power Project at the host."""
    url = _url(
        world,
        "live:followup",
        gathering_id=shared["gathering"],
        proposal_id=shared["power_project"],
    )
    return client_for(_youth(world)).get(url, **headers).content.decode()


def test_a_youth_presenter_reads_which_steward_to_go_through(world: World) -> None:
    shared, _commitment = _promised_to_the_power_project(world)
    steward = world.personas["steward"]
    assert steward is not None

    body = _youth_followup(world, shared)

    assert _contact_cells(body) == [f"Through a steward: {steward.full_name}"]
    assert steward.email not in body
    spanish = _youth_followup(world, shared, HTTP_ACCEPT_LANGUAGE="es")
    assert f"A través de un coordinador: {steward.full_name}" in spanish


def test_an_adult_presenter_reads_which_steward_to_go_through_for_a_youth_committer(
    world: World,
) -> None:
    """The youth guest commits to the member's project: the member's list names the
    steward beside "(youth member)", and never the youth's address."""
    shared_commitment(world)
    member, steward = world.personas["member"], world.personas["steward"]
    assert member is not None
    assert steward is not None
    shared = shared_gathering(world)

    body = (
        client_for(member)
        .get(
            _url(
                world,
                "live:followup",
                gathering_id=shared["gathering"],
                proposal_id=shared["proposal"],
            )
        )
        .content.decode()
    )

    assert f"Through a steward (youth member): {steward.full_name}" in _contact_cells(body)
    assert _youth(world).email not in body


def test_with_no_admitted_steward_the_list_says_so(world: World) -> None:
    shared, _commitment = _promised_to_the_power_project(world)
    with scopes_disabled():  # Alpha's stewards are suspended: nobody to go through now
        Membership.objects.filter(network=world.alpha, role=Role.STEWARD).update(
            status=MembershipStatus.SUSPENDED
        )

    body = _youth_followup(world, shared)

    assert _contact_cells(body) == [
        f"Through a steward, but {world.alpha.name} has no steward right now."
    ]


def test_a_young_committer_reads_by_first_name_to_the_presenter_in_full_to_the_stewards(
    world: World,
) -> None:
    """The youth guest commits to the member's project: the presenter's list named the
    young person in full, while the room, the board and its roll call name them by first
    name. The stewards, who follow the young person up, keep the full name."""
    shared_commitment(world)
    member, steward = world.personas["member"], world.personas["steward"]
    assert member is not None
    assert steward is not None
    shared = shared_gathering(world)
    url = _url(
        world, "live:followup", gathering_id=shared["gathering"], proposal_id=shared["proposal"]
    )
    youth = _youth(world)
    first = youth.full_name.split()[0]
    assert first != youth.full_name

    presenter = client_for(member).get(url).content.decode()
    stewards = client_for(steward).get(url).content.decode()

    assert f'<td data-label="Who">{first}</td>' in presenter
    assert youth.full_name not in presenter
    assert f'<td data-label="Who">{youth.full_name}</td>' in stewards
