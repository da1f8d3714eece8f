"""Amounts of money on the gathering pages come from one formatter (`collaboratory.money`):
the dollar sign, two decimals and the thousands grouping, the same in every language and
in the form people type amounts in. The sign used to be typed into each translatable
sentence ("Budget $%(budget)s"), with the number as stored ("$1500.00")."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from django_scopes import scopes_disabled

from collaboratory.gatherings.models import Gathering
from collaboratory.gatherings.services import (
    rsvp_submit,
    stipend_decide,
    stipend_request_submit,
)
from collaboratory.money import money_text
from collaboratory.people.models import User
from collaboratory.people.services import user_language_set
from tests.conftest import World, client_for
from tests.factories import GatheringFactory, MembershipFactory


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (Decimal("1500"), "$1,500.00"),
        (Decimal("180.5"), "$180.50"),
        (Decimal("0"), "$0.00"),
        (1000000, "$1,000,000.00"),
        (Decimal("999999.99"), "$999,999.99"),
    ],
)
def test_money_text(amount: Decimal, text: str) -> None:
    assert money_text(amount) == text


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def _asked(world: World) -> tuple[Gathering, User]:
    gathering = GatheringFactory(network=world.alpha, stipend_budget=Decimal(1500), parts=1)
    member = MembershipFactory(network=world.alpha).user
    steward = world.personas["steward"]
    with scopes_disabled():
        rsvp_submit(gathering=gathering, user=member, answer="yes")
        stipend = stipend_request_submit(
            gathering=gathering,
            user=member,
            reason="Flight",
            amount=Decimal("1180.50"),
            no_institutional_support=True,
        )
        stipend_decide(stipend=stipend, approve=True, actor=steward)
    for person in (member, steward):
        user_language_set(user=person, language="es")
    return gathering, member


def test_the_spanish_pages_show_amounts_from_the_one_formatter(world: World) -> None:
    gathering, member = _asked(world)

    manage = _text(
        client_for(world.personas["steward"])
        .get(f"/n/alpha/gatherings/{gathering.pk}/manage/")
        .content.decode()
    )
    mine = _text(client_for(member).get(f"/n/alpha/gatherings/{gathering.pk}/").content.decode())

    assert "Presupuesto $1,500.00; aprobado $1,180.50; disponible $319.50." in manage
    assert "<td>$1,180.50</td>" in (
        client_for(world.personas["steward"])
        .get(f"/n/alpha/gatherings/{gathering.pk}/manage/")
        .content.decode()
    )
    assert "Pediste $1,180.50: Aprobada." in mine


def test_the_over_the_budget_refusal_names_dollars(world: World) -> None:
    gathering = GatheringFactory(network=world.alpha, stipend_budget=Decimal(1000), parts=1)
    member = MembershipFactory(network=world.alpha).user
    with scopes_disabled():
        rsvp_submit(gathering=gathering, user=member, answer="yes")
        stipend = stipend_request_submit(
            gathering=gathering,
            user=member,
            reason="Flight",
            amount=Decimal("1200"),
            no_institutional_support=True,
        )
    page = client_for(world.personas["steward"]).post(
        f"/n/alpha/gatherings/{gathering.pk}/manage/",
        {"action": "stipend_approve", "stipend": stipend.pk},
        follow=True,
    )

    assert (
        "Approving $1,200.00 would exceed the budget: $1,000.00 remains." in page.content.decode()
    )


def test_a_too_large_amount_is_refused_in_the_member_s_language(world: World) -> None:
    gathering = GatheringFactory(network=world.alpha, stipend_budget=Decimal(1000), parts=1)
    member = MembershipFactory(network=world.alpha).user
    with scopes_disabled():
        rsvp_submit(gathering=gathering, user=member, answer="yes")
    user_language_set(user=member, language="es")

    page = client_for(member).post(
        f"/n/alpha/gatherings/{gathering.pk}/",
        {
            "action": "stipend",
            "stipend-amount": "1000000",
            "stipend-reason": "Flight",
            "stipend-no_institutional_support": "on",
        },
    )

    assert "Escribe una cantidad menor de $1,000,000.00." in page.content.decode()
