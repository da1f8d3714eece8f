"""Single-use link tokens (invitations, guardian consent). Pure: no Django.

A token is 256 bits from `secrets`, URL-safe (43 characters). Only its SHA-256 digest is
stored, so a copy of the database does not hold a usable link.
"""

from __future__ import annotations

import hashlib
import secrets


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
