"""Amounts read without trailing zeros ("2.5 hours", not "2.50 hours"), and money as the
product writes money everywhere else (`collaboratory.money`: "$12.50", "12,50 US$"), in the
reader's language. Until 2026-12-06 a count kept the field's two decimals ("2.50 hours",
"0.50 people") and money read "12.50 dollars", unlike a stipend's "$12.50"."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.utils import translation
from hypothesis import given
from hypothesis import strategies as st

from collaboratory.commitments.models import amount_text
from collaboratory.money import money_text
from tests.commitments.conftest import Room
from tests.commitments.live.test_screens import url
from tests.conftest import client_for

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("language", "amount", "unit", "shown"),
    [
        ("en", "2.50", "hours", "2.5 hours"),
        ("en", "3.00", "hours", "3 hours"),
        ("en", "3.0", "other", "3 units"),
        ("en", "2.25", "hours", "2.25 hours"),
        ("en", "1.00", "hours", "1 hour"),
        ("en", "0.50", "people", "0.5 people"),
        ("en", "100", "introductions", "100 introductions"),
        ("en", "1", "introductions", "1 introduction"),
        ("en", "12.50", "dollars", "$12.50"),
        ("en", "12", "dollars", "$12.00"),
        ("en", "1180.5", "dollars", "$1,180.50"),
        ("es", "2.50", "hours", "2,5 horas"),
        ("es", "3.00", "hours", "3 horas"),
        ("es", "2.25", "hours", "2,25 horas"),
        ("es", "1", "hours", "1 hora"),
        ("es", "3.0", "other", "3 unidades"),
        # One date's use of a venue: "fecha de local" was English word for word.
        ("es", "1", "venue_date", "1 día de sala"),
        ("es", "2", "venue_date", "2 días de sala"),
        ("es", "12.50", "dollars", f"12,50{NBSP}US$"),
        ("es", "1180.5", "dollars", f"1.180,50{NBSP}US$"),
    ],
)
def test_an_amount_reads_without_trailing_zeros_and_money_as_money(
    language: str, amount: str, unit: str, shown: str
) -> None:
    with translation.override(language):
        assert amount_text(Decimal(amount), unit) == shown


@given(
    st.decimals(min_value=Decimal("0.01"), max_value=Decimal("9999999999.99"), places=2),
    st.sampled_from(["en", "es"]),
)
def test_a_count_never_ends_in_a_zero_decimal_and_reads_back_as_its_value(
    amount: Decimal, language: str
) -> None:
    with translation.override(language):
        number = amount_text(amount, "hours").split(" ", 1)[0]
        money = amount_text(amount, "dollars")
    point = "," if language == "es" else "."
    if point in number:
        assert not number.endswith("0")
    assert Decimal(number.replace(point, ".")) == amount
    assert money == money_text(amount, language)


def test_the_follow_up_list_shows_a_half_hour_and_money_as_money(room: Room) -> None:
    room.commit(what="I will mentor your treasurer for 2.5 hours", amount="2.50", unit="hours")
    room.commit(
        what="I will give $12.50 for the raffle by Friday",
        capital="financial",
        amount="12.50",
        unit="dollars",
    )
    client = client_for(room.presenter)

    body = client.get(url(room, "followup", proposal_id=room.proposal.pk)).content.decode()
    spanish = client.get(
        url(room, "followup", proposal_id=room.proposal.pk), HTTP_ACCEPT_LANGUAGE="es"
    ).content.decode()

    assert "treasurer for 2.5 hours</a> (2.5 hours)" in body
    assert "raffle by Friday</a> ($12.50)" in body
    assert "(2,5 horas)" in spanish
    assert f"(12,50{NBSP}US$)" in spanish
