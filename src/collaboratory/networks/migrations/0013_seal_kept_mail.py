"""Email kept for a retry is sealed at rest from now on (networks.sealed): seal the rows
kept in the clear before, so the retry opens them and no working link stays readable."""

import base64

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings
from django.db import migrations

PURPOSE = "mail-retry"


def _keys() -> MultiFernet:
    """A frozen copy of `networks.sealed`'s key for `networks.mail.SEALED_FOR` (a migration
    carries what it runs; tests/mail/test_retry.py holds the two to the same key)."""
    secrets = (settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", ()))
    keys = []
    for secret in secrets:
        derived = HKDF(
            algorithm=hashes.SHA256(),
            length=32,
            salt=None,
            info=f"collaboratory.sealed:{PURPOSE}".encode(),
        ).derive(secret.encode())
        keys.append(Fernet(base64.urlsafe_b64encode(derived)))
    return MultiFernet(keys)


def seal_kept(apps, schema_editor) -> None:  # type: ignore[no-untyped-def]
    MailRetry = apps.get_model("networks", "MailRetry")
    keys = _keys()
    for row in MailRetry.objects.all().iterator():
        try:
            keys.decrypt(row.body.encode("ascii"))
            continue  # sealed already
        except (InvalidToken, UnicodeError):
            pass
        row.subject = keys.encrypt(row.subject.encode()).decode("ascii")
        row.body = keys.encrypt(row.body.encode()).decode("ascii")
        row.html = keys.encrypt(row.html.encode()).decode("ascii") if row.html else ""
        row.save(update_fields=["subject", "body", "html"])


class Migration(migrations.Migration):
    dependencies = [
        ("networks", "0012_mail_retry_witness"),
    ]

    operations = [
        migrations.RunPython(seal_kept, migrations.RunPython.noop, elidable=True),
    ]
