"""Request values that name an object by number (a hidden input, a button's value, a query
parameter) are parsed here, not with int() in each view: junk gets a 400 that says what to do,
never a 500. Typed values go through forms instead."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from django.core.exceptions import BadRequest
from django.utils.translation import gettext as _

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

# ASCII digits only (str.isdigit() admits "²", which int() refuses), at most 18 of them so the
# value fits a 64-bit database integer.
_WHOLE = re.compile(r"[0-9]{1,18}")


class BadParameter(BadRequest):
    """A request value the page itself would never send; the 400 page shows the message."""


def parse_id(raw: object) -> int | None:
    """The whole number in `raw`, or None when it is not one (empty, junk, too long)."""
    text = raw.strip() if isinstance(raw, str) else ""
    return int(text) if _WHOLE.fullmatch(text) else None


def id_param(raw: object, *, field: StrOrPromise, required: bool = True) -> int | None:
    """An object's number from a request value; BadParameter (400) naming `field` when it is
    not one. Empty is None unless `required`. `field` is what the person chose, as they read
    it: a translated word (`_("stipend")`), never the request's field name
    (tests/networks/test_param_names_translated.py)."""
    if not required and (raw is None or (isinstance(raw, str) and not raw.strip())):
        return None
    value = parse_id(raw)
    if value is None:
        raise BadParameter(
            _(
                "“%(field)s” must be the number of one of the page's choices: reload the page "
                "and choose again."
            )
            % {"field": field}
        )
    return value
