"""Power Projects (issue 14): a youth member's proposal takes its own path (idea, shaped with
adults at the first gathering, reflection at the second), shown on the proposal and review
pages; stewards move it on, one step at a time."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.creditclub.models import Proposal
from collaboratory.creditclub.services import power_project_advance, proposal_mark_presented
from collaboratory.gatherings.models import Gathering
from collaboratory.people.models import User
from tests.authz.objects import shared_gathering
from tests.conftest import World, client_for
from tests.creditclub.test_views import form_data


def _power(world: World) -> Proposal:
    with scopes_disabled():
        return Proposal.objects.get(pk=shared_gathering(world)["power_project"])


def _steward(world: World) -> User:
    steward = world.personas["steward"]
    assert steward is not None
    return steward


def test_a_youth_members_proposal_starts_as_a_power_project_and_an_adults_does_not(
    world: World,
) -> None:
    shared = shared_gathering(world)

    with scopes_disabled():
        stages = dict(
            Proposal.objects.filter(gathering_id=shared["gathering"]).values_list(
                "title", "power_stage"
            )
        )

    assert stages == {"Member's project": "", "Youth Power Project": "idea"}


def test_the_path_runs_idea_shaped_reflection_and_ends(world: World) -> None:
    power = _power(world)
    steward = _steward(world)

    with scopes_disabled():
        with pytest.raises(ValidationError) as not_presented:
            power_project_advance(proposal=power, actor=steward)
        proposal_mark_presented(proposal=power, actor=steward, now=power.gathering.starts_at)
        power.refresh_from_db()
        shaped = power_project_advance(proposal=power, actor=steward).power_stage
        reflection = power_project_advance(proposal=power, actor=steward).power_stage
        with pytest.raises(ValidationError) as ended:
            power_project_advance(proposal=power, actor=steward)
        moves = list(
            AuditEvent.objects.filter(action="proposal.power_stage")
            .order_by("pk")
            .values_list("data", flat=True)
        )

    assert "mark it presented first" in not_presented.value.messages[0]
    assert (shaped, reflection) == ("shaped", "reflection")
    assert "path ends" in ended.value.messages[0]
    assert moves == [{"from": "idea", "to": "shaped"}, {"from": "shaped", "to": "reflection"}]


def test_only_stewards_move_a_power_project_and_adults_projects_have_no_path(
    world: World,
) -> None:
    power = _power(world)
    with scopes_disabled():
        adults = Proposal.objects.get(pk=shared_gathering(world)["proposal"])

        with pytest.raises(PermissionDenied):
            power_project_advance(proposal=power, actor=world.personas["member"])  # type: ignore[arg-type]
        with pytest.raises(ValidationError):
            power_project_advance(proposal=adults, actor=_steward(world))
        power.refresh_from_db()

    assert power.power_stage == "idea"


def test_the_proposal_and_review_pages_show_the_path(world: World) -> None:
    power = _power(world)
    client = client_for(_steward(world))
    slug = world.alpha.slug

    page = client.get(
        reverse("creditclub:proposal", kwargs={"network_slug": slug, "proposal_id": power.pk})
    )
    board = client.get(
        reverse(
            "creditclub:board", kwargs={"network_slug": slug, "gathering_id": power.gathering_id}
        )
    )

    body = page.content.decode()
    assert page.status_code == 200
    assert "Power Project" in body
    assert '<li aria-current="step"><strong>Idea</strong></li>' in body
    assert "Move to the next stage" in body
    assert "Power Project</span> Idea" in board.content.decode()


def test_the_steward_moves_it_on_from_the_proposal_page(world: World) -> None:
    power = _power(world)
    with scopes_disabled():
        proposal_mark_presented(
            proposal=power, actor=_steward(world), now=power.gathering.starts_at
        )

    response = client_for(_steward(world)).post(
        reverse(
            "creditclub:power_advance",
            kwargs={"network_slug": world.alpha.slug, "proposal_id": power.pk},
        )
    )

    assert response.status_code == 302
    power.refresh_from_db()
    assert power.power_stage == "shaped"


def test_a_youth_guest_proposes_a_power_project_through_the_form(club: Any, world: World) -> None:
    """From the shared gathering's page a youth guest opens the form, saves a draft and
    submits it: a Power Project at the idea stage, on the host network's gathering. The same
    form for a gathering where youth do not take part stays 404."""
    youth = world.personas["youth_member"]
    with scopes_disabled():
        Gathering.objects.filter(pk=club.upcoming.pk).update(youth_take_part=True)
    client = client_for(youth)
    page = client.get(f"/n/alpha/gatherings/{club.upcoming.pk}/")
    url = f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/propose/"

    created = client.post(url, form_data(title="Our school garden"))
    with scopes_disabled():
        proposal = Proposal.objects.get(title="Our school garden")
    submitted = client.post(
        f"/n/alpha/creditclub/proposals/{proposal.pk}/edit/",
        form_data(title="Our school garden", submit="1"),
    )
    elsewhere = client.get(f"/n/alpha/creditclub/gatherings/{club.later.pk}/propose/")

    assert url in page.content.decode()
    assert created.status_code == 302
    assert submitted["Location"] == f"/n/alpha/creditclub/proposals/{proposal.pk}/"
    proposal.refresh_from_db()
    assert (proposal.proposer, proposal.state, proposal.power_stage) == (
        youth,
        "submitted",
        "idea",
    )
    assert elsewhere.status_code == 404
