from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from collaboratory.backups.service import BackupError, backup_restore


class Command(BaseCommand):
    help = "Replace the database's contents with a backup. Stop the server and worker first."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("source", help="a file written by `collaboratory backup`")
        parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    def handle(self, *args: Any, source: str, yes: bool = False, **options: Any) -> None:
        if not yes:
            answer = input("This replaces every row in the database. Type 'restore' to go on: ")
            if answer.strip() != "restore":
                raise CommandError("Nothing was restored.")
        try:
            backup_restore(source=Path(source))
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Restored from {source}.")
