"""`{{ ask|ask_quantity }}`: how much an ask asks for, as every page shows it.

An ask's quantity is free text ("3 introductions", "$2,000"); a bare number ("3") says
nothing on its own beside the category ("Social · 3"), so it is labelled ("amount: 3").
One filter for the boards, the proposal page, the offer page and the console alike."""

from __future__ import annotations

import re
from typing import Any

from django import template
from django.utils.translation import gettext as _

register = template.Library()

_BARE_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


@register.filter
def ask_quantity(ask: Any) -> str:
    """The ask's quantity with its unit as written, a bare number labelled, or ""."""
    quantity = (ask.quantity or "").strip()
    if _BARE_NUMBER.fullmatch(quantity):
        return _("amount: %(amount)s") % {"amount": quantity}
    return quantity
