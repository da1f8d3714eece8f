"""A form sent twice is stored once: the submission key every such form carries, and the
one way a service stores a row under it.

A phone in a room with bad wifi sends again what it already sent when the answer was lost,
and a double tap sends twice at once. Each form carries a key made when the page was drawn;
the row is stored with it under a unique constraint, so the second send finds the first row
(or, when both race, loses the constraint and then finds it) and nothing is done twice.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TypeVar

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.functional import Promise

T = TypeVar("T")


def submission_key(value: object, message: str | Promise) -> uuid.UUID:
    """The form's key as a UUID, or a ValidationError on the key's field with ``message``
    (what the person should do: reload, send again...)."""
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise ValidationError({"idempotency_key": [message]}) from None


def stored_once(
    *, stored: Callable[[], T | None], create: Callable[[], T], same: Callable[[T], T]
) -> T:
    """The row stored under a form's key: ``stored()`` finds it, ``create()`` writes it (in a
    transaction of its own, with whatever must happen with it, and under the key's unique
    constraint), ``same(row)`` checks an earlier row is this form's and returns it (or raises
    for a key sent again with another form)."""
    existing = stored()
    if existing is not None:
        return same(existing)
    try:
        with transaction.atomic():
            return create()
    except IntegrityError:
        # A concurrent send of the same form won the unique constraint: return its row.
        existing = stored()
        if existing is None:
            raise
        return same(existing)
