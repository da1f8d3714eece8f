"""Amounts of money as every page and message prints them. Pure: no Django.

One place for the sign and the shape: networks keep their money in US dollars, and people
type amounts as digits with a point (the stipend form refuses anything else), so an amount
reads "$1,180.50" in every language: the sign, the thousands grouped with commas, two
decimals. Translated sentences take the whole text as a placeholder ("You asked for
%(amount)s"), never a "$" of their own.
"""

from __future__ import annotations

from decimal import Decimal

CURRENCY_SIGN = "$"


def money_text(amount: Decimal | int | str) -> str:
    """ "$1,180.50": the amount in dollars and cents, with its sign; "-$5.00" below zero."""
    value = Decimal(amount)
    sign = "-" if value < 0 else ""
    return f"{sign}{CURRENCY_SIGN}{abs(value):,.2f}"
