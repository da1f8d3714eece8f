from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from collaboratory.periodic.registry import registered, run_due


class Command(BaseCommand):
    help = "Enqueue the periodic tasks that are due (the worker does this every minute)."

    def handle(self, *args: Any, **options: Any) -> None:
        names = run_due()
        listed = ", ".join(names) or "-"
        self.stdout.write(f"Enqueued {len(names)} of {len(registered())} periodic tasks: {listed}")
