"""Secrets in links, one scheme for all of them. Pure: no Django.

A secret is 256 bits from `secrets`, URL-safe (43 characters). Only its SHA-256 digest is
stored, so a copy of the database does not hold a usable link.

- Single-use links (invitations, guardian consent) carry the bare token and are found by
  digest (`token_digest`), which is unique.
- Standing links (calendar feeds, substitute passes) look like `<id>.<secret>`: the row is
  found by id and its digest compared in constant time (`keyed_token_parse`,
  `digests_match`), so a guessed id reveals nothing.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

# Compared against when no row was found, so a miss costs what a hit costs.
NO_DIGEST = "0" * 64


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def keyed_token(pk: int, secret: str) -> str:
    """The `<id>.<secret>` form of a standing link."""
    return f"{pk}.{secret}"


def keyed_token_parse(token: str) -> tuple[int | None, str]:
    """The id (None unless ASCII digits that fit a 64-bit integer) and the secret."""
    pk, _sep, secret = token.partition(".")
    if pk.isascii() and pk.isdigit() and len(pk) <= 18:
        return int(pk), secret
    return None, secret


def digests_match(secret: str, stored: str | None) -> bool:
    """Whether `secret` hashes to `stored`, in constant time (None: no row, never a match)."""
    same = hmac.compare_digest(token_digest(secret), stored or NO_DIGEST)
    return same and stored is not None
