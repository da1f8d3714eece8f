"""How long a 10,000-row roster CSV takes to check and import (the issue asks for < 30 s).

Runs in a fresh SQLite data dir (the embedded default, durable settings) through the same
functions the import page calls: read_csv, minor_account_emails, validate_rows,
roster_import. Every row becomes an invitation, so "write" includes 10,000 tokens and
their emails (rendered into Django's in-memory mail backend, not sent).

    .venv/bin/python bench/roster_import.py [--rows 10000]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile

SCRIPT = """
import time
from django.core import mail
from django_scopes import scopes_disabled
from collaboratory.networks.models import Invitation, Membership, NetworkKind, Sector
from collaboratory.networks.roster_csv import guess_mapping, read_csv, validate_rows
from collaboratory.networks.services import network_create, roster_import
from collaboratory.people.models import MINOR_AGE_BANDS, AgeBand
from collaboratory.people.selectors import minor_account_emails
from collaboratory.people.services import user_create

ROWS = {rows}
lines = ["Email,Name,Organization,Title,Sector,City,Region,Age band"]
sectors = ["Nonprofit", "Business", "Government", "Faith"]
for i in range(ROWS):
    lines.append(
        f"person{{i}}@import.example,Person {{i}},Org {{i % 700}},Director,"
        f"{{sectors[i % 4]}},Tulsa,Plains,{{['18-29', '30-44', '45-64', '65+'][i % 4]}}"
    )
data = ("\\n".join(lines) + "\\n").encode()
with scopes_disabled():
    network = network_create(slug="bench", name="Bench", kind=NetworkKind.NATIONAL)
    steward = user_create(email="steward@bench.example", full_name="Steward")
    started = time.perf_counter()
    headers, rows = read_csv(data)
    clean, errors = validate_rows(
        rows,
        guess_mapping(headers),
        sectors=Sector.objects.filter(network=network).values_list("name", flat=True),
        age_bands=AgeBand.values,
        minor_age_bands=MINOR_AGE_BANDS,
        member_emails=Membership.objects.filter(network=network).values_list(
            "user__email", flat=True
        ),
        minor_emails=minor_account_emails(emails=(row[0] for row in rows)),
    )
    checked = time.perf_counter()
    assert errors == [], errors[:3]
    roster_import(network=network, rows=clean, actor=steward)
    done = time.perf_counter()
    invited = Invitation.objects.filter(network=network).count()
    members = Membership.objects.filter(network=network).count()
print(f"rows {{ROWS}}  check {{checked - started:.2f}} s  write {{done - checked:.2f}} s  "
      f"total {{done - started:.2f}} s  invitations {{invited}}  emails {{len(mail.outbox)}}  "
      f"memberships {{members}}")
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=10000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data_dir:
        env = {
            **os.environ,
            "COLLABORATORY_DATA_DIR": data_dir,
            "COLLABORATORY_EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        }
        env.pop("DATABASE_URL", None)
        cli = [sys.executable, "-m", "collaboratory.cli"]
        subprocess.run([*cli, "migrate", "-v", "0"], env=env, check=True)
        subprocess.run([*cli, "shell", "-c", SCRIPT.format(rows=args.rows)], env=env, check=True)


if __name__ == "__main__":
    main()
