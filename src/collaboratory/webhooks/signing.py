"""Signing and checking webhook payloads: pure (no Django), so receivers and tests can use
the same few lines the docs show.

The signature header is `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">` keyed with
the webhook's secret; during a rotation's grace window a second `v1=` signs with the
secret it replaced. The timestamp is inside the signed text, so an old request replayed
later fails the tolerance window even with its signature intact.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Sequence

TOLERANCE_SECONDS = 300


class SignatureError(ValueError):
    """The header is missing, malformed, too old or does not match."""


def signature(secret: str, timestamp: int, body: bytes) -> str:
    """The hex HMAC-SHA256 of `<timestamp>.<body>` under `secret`."""
    message = str(timestamp).encode() + b"." + body
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def sign(secret: str, timestamp: int, body: bytes) -> str:
    """The value of the `Collaboratory-Signature` header."""
    return sign_all([secret], timestamp, body)


def sign_all(secrets: Sequence[str], timestamp: int, body: bytes) -> str:
    """The header with one `v1=` per secret, in order (the new secret first, then the one a
    rotation replaced, during its grace window): a receiver holding either accepts."""
    return ",".join([f"t={timestamp}", *(f"v1={signature(s, timestamp, body)}" for s in secrets)])


def verify(
    secret: str,
    header: str,
    body: bytes,
    *,
    now: float,
    tolerance: int = TOLERANCE_SECONDS,
) -> int:
    """The signed timestamp when `header` signs `body` with `secret` within `tolerance`
    seconds of `now`; SignatureError otherwise. Several `v1=` values (a rotation) are
    accepted when any matches; comparison is constant-time."""
    timestamp: int | None = None
    candidates: list[str] = []
    for part in header.split(","):
        key, _sep, value = part.strip().partition("=")
        if key == "t":
            try:
                timestamp = int(value)
            except ValueError:
                raise SignatureError("the timestamp is not a whole number") from None
        elif key == "v1":
            candidates.append(value)
    if timestamp is None or not candidates:
        raise SignatureError("the header needs t= and v1=")
    if abs(now - timestamp) > tolerance:
        raise SignatureError("the timestamp is outside the tolerance window")
    expected = signature(secret, timestamp, body)
    if not any(hmac.compare_digest(expected, c) for c in candidates):
        raise SignatureError("the signature does not match")
    return timestamp
