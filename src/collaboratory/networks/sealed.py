"""Text kept at rest sealed: authenticated encryption (Fernet: AES-128-CBC with an
HMAC-SHA256) under a key derived from Django's SECRET_KEY for one purpose.

Why: email kept for a retry (`MailRetry`) can carry single-use links (an invitation, a
guardian's consent, a substitute's pass), whose tokens the database otherwise holds only as
digests (safeguards.md), and someone's words. The database and its backups then hold no
token that works; the key lives in the settings, which a backup does not copy. Keys in
SECRET_KEY_FALLBACKS still open what they sealed, so rotating the key loses nothing kept;
a text that no key opens (the key it was sealed under is gone, or the row was altered)
opens as None, and its reader gives it up."""

from __future__ import annotations

import base64
from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings


def _key(secret: str, purpose: str) -> Fernet:
    derived = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=None,
        info=f"collaboratory.sealed:{purpose}".encode(),
    ).derive(secret.encode())
    return Fernet(base64.urlsafe_b64encode(derived))


@lru_cache(maxsize=8)
def _keys(secrets: tuple[str, ...], purpose: str) -> MultiFernet:
    return MultiFernet([_key(secret, purpose) for secret in secrets])


def _current(purpose: str) -> MultiFernet:
    secrets = (settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", ()))
    return _keys(tuple(secrets), purpose)


def seal(text: str, *, purpose: str) -> str:
    """`text` sealed under the current key for `purpose` (ASCII, longer than the text)."""
    return _current(purpose).encrypt(text.encode()).decode("ascii")


def unseal(sealed: str, *, purpose: str) -> str | None:
    """The text `seal` sealed, or None when no key (current or fallback) opens it."""
    try:
        return _current(purpose).decrypt(sealed.encode("ascii")).decode()
    except (InvalidToken, UnicodeError):
        return None
