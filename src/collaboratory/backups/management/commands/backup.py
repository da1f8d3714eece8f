from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from collaboratory.backups.service import BackupError, backup_create


class Command(BaseCommand):
    help = "Back up the database while it serves (SQLite online backup, or pg_dump)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument(
            "destination",
            nargs="?",
            help="file to write (default: var/backups/collaboratory-<UTC time>.backup)",
        )

    def handle(self, *args: Any, destination: str | None = None, **options: Any) -> None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        path = Path(destination or settings.DATA_DIR / "backups" / f"collaboratory-{stamp}.backup")
        try:
            written = backup_create(destination=path)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Backup written to {written} ({written.stat().st_size} bytes).")
