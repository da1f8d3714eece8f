"""Amounts of money as every page and message prints them, and as people type them. Pure: no
Django (the caller names the language; `gatherings.templatetags.money` reads the active one).

Networks keep their money in US dollars; only the writing follows the reader's language. In
English "$1,180.50": the sign first, thousands grouped with commas, a decimal point. In
Spanish "1.180,50 US$": thousands with a period, a decimal comma and the currency after the
number, as Spanish style guides and CLDR write it ("US$", since a bare "$" reads as pesos to
most Spanish readers). It was "$1,180.50" in every language, which a Spanish reader takes
for one dollar and eighteen cents. Translated sentences take the whole text as a placeholder
("You asked for %(amount)s"), never a sign of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation


@dataclass(frozen=True)
class MoneyStyle:
    group: str  # thousands separator
    decimal: str  # decimal separator
    pattern: str  # where the number ({n}) and the sign go


NBSP = "\u00a0"  # keeps "1.180,50" and "US$" on one line
STYLES = {
    "en": MoneyStyle(group=",", decimal=".", pattern="${n}"),
    "es": MoneyStyle(group=".", decimal=",", pattern="{n}" + NBSP + "US$"),
}
CURRENCY_SIGN = "$"


def _style(language: str | None) -> MoneyStyle:
    base = (language or "en").lower().replace("_", "-").split("-")[0]
    return STYLES.get(base, STYLES["en"])


def _digits(value: Decimal, style: MoneyStyle, *, grouped: bool) -> str:
    whole, cents = f"{abs(value):,.2f}".split(".")
    if not grouped:
        whole = whole.replace(",", "")
    return whole.replace(",", style.group) + style.decimal + cents


def money_text(amount: Decimal | int | str, language: str | None = "en") -> str:
    """ "$1,180.50" in English, "1.180,50 US$" in Spanish: the amount in dollars and cents,
    with its sign; a minus before it all below zero."""
    value = Decimal(amount)
    style = _style(language)
    text = style.pattern.format(n=_digits(value, style, grouped=True))
    return ("-" if value < 0 else "") + text


def money_input_text(amount: Decimal | int | str, language: str | None = "en") -> str:
    """An amount as a form shows it to be edited: "1180.50" in English, "1180,50" in
    Spanish; no sign and no grouping, so it reads back as it was."""
    value = Decimal(amount)
    return ("-" if value < 0 else "") + _digits(value, _style(language), grouped=False)


class NotAnAmount(ValueError):
    """Typed text that is no amount of money; forms answer it with their own words."""


_SHAPE = re.compile(r"-?[0-9][0-9.,]*")
_GROUPED = re.compile(r"[0-9]{1,3}(?:[.,][0-9]{3})+")


def money_parse(text: str, language: str | None = "en") -> Decimal:
    """What a person typed, read in their language: "1.180,50", "1180,50" and "180.50" in
    Spanish; "1,180.50" and "180.50" in English; with or without a "$" or "US$". Raises
    NotAnAmount for anything else ("1e3", "12abc", "1,2,3"): junk is refused, never guessed.

    A separator that is the language's grouping is read as grouping only where it groups
    (threes after it); a single one followed by one or two digits is a decimal point
    whatever the language, as phone keypads often offer only "."."""
    style = _style(language)
    cleaned = re.sub(r"\s", "", text)
    for sign in ("US$", "USD", "$"):
        if cleaned.upper().startswith(sign):
            cleaned = cleaned[len(sign) :]
        elif cleaned.upper().endswith(sign):
            cleaned = cleaned[: -len(sign)]
    negative = cleaned.startswith("-")
    body = cleaned[1:] if negative else cleaned
    if not _SHAPE.fullmatch(cleaned) or body[-1] in ".,":
        raise NotAnAmount(text)
    separators = [c for c in body if c in ".,"]
    if not separators:
        number = body
    elif len(set(separators)) == 2:
        # Both kinds: the last one is the decimal point, the others must group.
        point = separators[-1]
        whole, _sep, cents = body.rpartition(point)
        if point in whole or not _GROUPED.fullmatch(whole):
            raise NotAnAmount(text)
        number = re.sub(r"[.,]", "", whole) + "." + cents
    else:
        mark = separators[0]
        whole, _sep, last = body.rpartition(mark)
        if mark == style.decimal and len(separators) == 1:
            number = whole + "." + last
        elif mark == style.group and _GROUPED.fullmatch(body):
            number = body.replace(mark, "")
        elif len(separators) == 1 and len(last) <= 2:
            number = whole + "." + last
        else:
            raise NotAnAmount(text)
    try:
        value = Decimal(number)
    except InvalidOperation as error:  # pragma: no cover - the shapes above are numbers
        raise NotAnAmount(text) from error
    return -value if negative else value
