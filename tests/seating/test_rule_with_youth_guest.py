"""A steward may keep a youth guest (a member of a youth cohort under the network) apart from
a named adult, or together with one: safeguarding is one of the reasons a keep-apart rule
exists. The rules could name only the network's own members, so no rule could protect a
young person who comes as a guest. The rule and its reason stay with the host network's
stewards; the youth guest is tagged.

The form then listed every student of every cohort under the network, by full name, to
every steward of the host. It lists only the youth guests coming to one of the network's
gatherings (the only ones its plans seat), by first name and cohort."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django_scopes import scope, scopes_disabled

from collaboratory.gatherings.models import Gathering
from collaboratory.gatherings.services import rsvp_submit
from collaboratory.networks.models import NetworkKind, Role
from collaboratory.people.models import AgeBand, User
from collaboratory.seating.models import PairKind, SeatingPair
from collaboratory.seating.selectors import person_key, plan_grid
from collaboratory.seating.services import plan_generate, seating_pair_add
from tests.authz.objects import shared_gathering
from tests.conftest import CANARIES, World, client_for
from tests.factories import MembershipFactory, NetworkFactory


def _people(world: World) -> tuple[User, User, User]:
    youth, steward, member = (
        world.personas["youth_member"],
        world.personas["steward"],
        world.personas["member"],
    )
    assert youth is not None
    assert steward is not None
    assert member is not None
    return youth, steward, member


def _coming(world: World, youth: User) -> None:
    """The youth guest says yes to Alpha's gathering where youth take part."""
    with scopes_disabled():
        gathering = Gathering.objects.get(pk=shared_gathering(world)["gathering"])
    with scope(network=world.alpha):
        rsvp_submit(gathering=gathering, user=youth, answer="yes", both_parts=True)


def test_a_steward_keeps_a_youth_guest_apart_from_an_adult(world: World) -> None:
    youth, steward, member = _people(world)
    _coming(world, youth)
    client = client_for(steward)
    url = f"/n/{world.alpha.slug}/seating/rules/"

    form = client.get(url).content.decode()
    response = client.post(
        url,
        {"kind": PairKind.APART, "first": youth.pk, "second": member.pk, "reason": "Concern"},
    )

    assert f'value="{youth.pk}"' in form
    assert response.status_code == 302
    with scope(network=world.alpha):
        pair = SeatingPair.objects.get()
    assert {pair.first_id, pair.second_id} == {youth.pk, member.pk}
    page = client.get(url).content.decode()
    first_name = youth.full_name.split()[0]
    assert f"{first_name} (youth guest, {world.youth.name})" in form
    assert first_name in page
    assert youth.full_name not in form
    assert youth.full_name not in page
    assert '<span class="tag">youth guest</span>' in page
    assert youth.email not in page


def test_the_form_lists_only_the_youth_guests_coming(world: World) -> None:
    """A student who said yes to none of the host's gatherings is not listed, nor any
    student of a cohort at all until one is coming; a rule naming one is refused with the
    form's error, and nothing is saved."""
    youth, steward, member = _people(world)
    with scopes_disabled():
        other = User.objects.get(full_name=CANARIES["youth"][1])
    client = client_for(steward)
    url = f"/n/{world.alpha.slug}/seating/rules/"

    before = client.get(url).content.decode()
    _coming(world, youth)
    after = client.get(url).content.decode()
    refused = client.post(
        url, {"kind": PairKind.APART, "first": other.pk, "second": member.pk, "reason": ""}
    )

    for page in (before, after):
        assert CANARIES["youth"][1] not in page
        assert f'value="{other.pk}"' not in page
    assert f'value="{youth.pk}"' not in before
    assert f'value="{youth.pk}"' in after
    assert refused.status_code == 400
    assert "Choose a member of this network from the list." in refused.content.decode()
    with scope(network=world.alpha):
        assert not SeatingPair.objects.exists()


def test_the_plan_keeps_the_youth_guest_apart(world: World) -> None:
    youth, steward, member = _people(world)
    with scopes_disabled():
        gathering = Gathering.objects.get(pk=shared_gathering(world)["gathering"])
    with scope(network=world.alpha):
        adults = [member, *(MembershipFactory(network=world.alpha).user for _ in range(4))]
        for user in (*adults, youth):
            rsvp_submit(gathering=gathering, user=user, answer="yes", both_parts=True)
        seating_pair_add(
            network=world.alpha,
            kind=PairKind.APART,
            first=member,
            second=youth,
            reason="",
            actor=steward,
        )
        plan = plan_generate(
            gathering=gathering,
            agenda_item=None,
            rounds=1,
            table_sizes=[3, 3],
            actor=steward,
            time_limit=0.2,
        )
        tables = plan_grid(plan=plan)[0]

    (theirs,) = [t for t in tables if person_key(youth.pk) in t]
    assert person_key(member.pk) not in theirs


def test_a_young_person_of_another_networks_cohort_cannot_be_named(world: World) -> None:
    _youth, steward, member = _people(world)
    with scopes_disabled():
        elsewhere = NetworkFactory(kind=NetworkKind.YOUTH, parent=world.bravo)
        stranger = MembershipFactory(
            network=elsewhere, role=Role.YOUTH_MEMBER, user__age_band=AgeBand.AGE_16_17
        ).user

    with scope(network=world.alpha), pytest.raises(ValidationError):
        seating_pair_add(
            network=world.alpha,
            kind=PairKind.APART,
            first=member,
            second=stranger,
            reason="",
            actor=steward,
        )
    response = client_for(steward).post(
        f"/n/{world.alpha.slug}/seating/rules/",
        {"kind": PairKind.APART, "first": stranger.pk, "second": member.pk, "reason": ""},
    )
    assert response.status_code == 400
    with scope(network=world.alpha):
        assert not SeatingPair.objects.exists()
