"""`{{ amount|money }}`: an amount as `collaboratory.money.money_text` prints it in the active
language ("$1,180.50", "1.180,50 US$"), for templates; translated sentences take it whole as
a placeholder."""

from __future__ import annotations

from decimal import Decimal

from django import template
from django.utils.translation import get_language

from collaboratory.money import money_text

register = template.Library()


@register.filter
def money(amount: Decimal | int | str | None) -> str:
    return "" if amount is None or amount == "" else money_text(amount, get_language())
