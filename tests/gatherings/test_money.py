"""Amounts of money on the gathering pages come from one formatter (`collaboratory.money`),
written as the reader's language writes them: "$1,180.50" in English, "1.180,50 US$" in
Spanish (it was "$1,180.50" in Spanish too, one dollar eighteen to a Spanish reader); and
the forms read what people type in their language. The sign used to be typed into each
translatable sentence ("Budget $%(budget)s"), with the number as stored ("$1500.00")."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from django_scopes import scopes_disabled

from collaboratory.gatherings.models import Gathering, StipendRequest
from collaboratory.gatherings.services import (
    rsvp_submit,
    stipend_decide,
    stipend_request_submit,
)
from collaboratory.money import NotAnAmount, money_input_text, money_parse, money_text
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


NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (Decimal("1500"), f"1.500,00{NBSP}US$"),
        (Decimal("180.5"), f"180,50{NBSP}US$"),
        (Decimal("0"), f"0,00{NBSP}US$"),
        (1000000, f"1.000.000,00{NBSP}US$"),
        (Decimal("-5"), f"-5,00{NBSP}US$"),
    ],
)
def test_money_text_in_spanish(amount: Decimal, text: str) -> None:
    assert money_text(amount, "es") == text
    assert money_text(amount, "es-mx") == text


@pytest.mark.parametrize(
    ("language", "typed", "amount"),
    [
        ("en", "1,180.50", "1180.50"),
        ("en", "1180.5", "1180.5"),
        ("en", "$250", "250"),
        ("en", "1,000,000", "1000000"),
        ("en", " 180.50 ", "180.50"),
        ("es", "1.180,50", "1180.50"),
        ("es", "1180,50", "1180.50"),
        ("es", "1.180", "1180"),
        ("es", "1.000.000", "1000000"),
        ("es", "180.50", "180.50"),  # a phone keypad's only point, two decimals after it
        ("es", "250 US$", "250"),
        ("es", "-5", "-5"),
    ],
)
def test_amounts_are_read_as_each_language_writes_them(
    language: str, typed: str, amount: str
) -> None:
    assert money_parse(typed, language) == Decimal(amount)


@pytest.mark.parametrize(
    "junk", ["1e3", "12abc", "1,2,3", "1.2.3", "", "$", "1,", "١٢٣", "1.180,50,2", "0x10", "--5"]
)
@pytest.mark.parametrize("language", ["en", "es"])
def test_junk_is_refused_never_guessed(language: str, junk: str) -> None:
    with pytest.raises(NotAnAmount):
        money_parse(junk, language)


@pytest.mark.parametrize("amount", ["1180.50", "0", "999999.99", "12"])
@pytest.mark.parametrize("language", ["en", "es"])
def test_an_amount_shown_for_editing_reads_back_as_it_was(language: str, amount: str) -> None:
    assert money_parse(money_input_text(Decimal(amount), language), language) == Decimal(amount)


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

    assert "Presupuesto 1.500,00 US$; aprobado 1.180,50 US$; disponible 319,50 US$." in manage
    assert f"<td>1.180,50{NBSP}US$</td>" in (
        client_for(world.personas["steward"])
        .get(f"/n/alpha/gatherings/{gathering.pk}/manage/")
        .content.decode()
    )
    assert "Pediste 1.180,50 US$: Aprobada." in mine


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

    assert f"Escribe una cantidad menor de 1.000.000,00{NBSP}US$." in page.content.decode()


def _ask_through_the_page(world: World, language: str, typed: str):  # type: ignore[no-untyped-def]
    gathering = GatheringFactory(network=world.alpha, stipend_budget=Decimal(5000), parts=1)
    member = MembershipFactory(network=world.alpha).user
    with scopes_disabled():
        rsvp_submit(gathering=gathering, user=member, answer="yes")
    user_language_set(user=member, language=language)
    page = client_for(member).post(
        f"/n/alpha/gatherings/{gathering.pk}/",
        {
            "action": "stipend",
            "stipend-amount": typed,
            "stipend-reason": "Flight",
            "stipend-no_institutional_support": "on",
        },
    )
    with scopes_disabled():
        stored = list(
            StipendRequest.objects.filter(gathering=gathering).values_list("amount", flat=True)
        )
    return page, stored


@pytest.mark.parametrize(
    ("language", "typed"), [("es", "1.180,50"), ("es", "1180,50"), ("en", "1,180.50")]
)
def test_the_stipend_form_reads_the_amount_as_the_member_writes_it(
    world: World, language: str, typed: str
) -> None:
    page, stored = _ask_through_the_page(world, language, typed)

    assert page.status_code == 302
    assert stored == [Decimal("1180.50")]


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("es", "Escribe la cantidad como número, como 250 o 180,50."),
        ("en", "Enter the amount as a number, like 250 or 180.50."),
    ],
)
def test_junk_in_the_stipend_form_is_named_beside_the_field_and_nothing_stored(
    world: World, language: str, message: str
) -> None:
    page, stored = _ask_through_the_page(world, language, "12abc")

    body = page.content.decode()
    assert page.status_code == 200
    assert stored == []
    # Beside the amount's box, tied to it for a screen reader.
    field = body[
        body.index('name="stipend-amount"') - 400 : body.index('name="stipend-amount"') + 600
    ]
    assert message in field
    assert 'value="12abc"' in field
