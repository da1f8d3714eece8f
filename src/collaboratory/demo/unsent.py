"""Mail the demo's seeding would send goes nowhere: its people and their guardians are
invented. Scoped to the writes that would send it (a `with` block, never a setting a real
install could leave on), so every caller of the generator is quiet, not only `seed_demo`."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from django.test.utils import override_settings

# Takes every message and sends none: the services still record what they would tell.
DISCARD = "django.core.mail.backends.dummy.EmailBackend"


@contextmanager
def unsent_mail() -> Iterator[None]:
    """Within the block, email is handed to a backend that drops it."""
    with override_settings(EMAIL_BACKEND=DISCARD):
        yield
