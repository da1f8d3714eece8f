"""`collaboratory seed_demo`: build the deterministic demo network (see demo.generator)."""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django_scopes import scopes_disabled
from tqdm import tqdm

from collaboratory.demo.followthrough import seed_more_commitments
from collaboratory.demo.generator import (
    DEMO_LOGINS,
    DEMO_PASSWORD,
    NATIONAL_SLUG,
    PHASES,
    generate_demo,
)
from collaboratory.demo.unsent import unsent_mail
from collaboratory.networks.models import Network
from collaboratory.networks.scoping import date_in


class Command(BaseCommand):
    help = "Seed the demo national network, its youth cohort and three local networks."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--members", type=int, default=120, help="adult members (>= 10)")
        parser.add_argument("--youth", type=int, default=20, help="youth members")
        parser.add_argument("--seed", type=int, default=2011)
        parser.add_argument(
            "--commitments",
            type=int,
            default=0,
            help="demo only, for the benches: this many more commitments in the national "
            "network, bulk-inserted (added to an existing demo too)",
        )
        parser.add_argument(
            "--if-empty", action="store_true", help="do nothing if the demo is already there"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        with scopes_disabled():
            exists = Network.objects.filter(slug=NATIONAL_SLUG).exists()
        if exists and options["commitments"] > 0:
            self._more_commitments(options["commitments"], options["seed"])
            return
        if exists:
            if options["if_empty"]:
                self.stdout.write("The demo network is already seeded.")
                self._print_logins()
                return
            raise CommandError(
                "A network with the demo's slug already exists; seed into an empty database."
            )
        started = time.perf_counter()
        with tqdm(total=len(PHASES), desc="Seeding demo", unit="step", leave=False) as bar:

            def progress(phase: str) -> None:
                bar.set_postfix_str(phase)
                bar.update(1)

            # The demo's people are invented: emails the seeding sends (a substitute's pass,
            # say) go nowhere, so they do not bury the logins printed below.
            with unsent_mail():
                summary = generate_demo(
                    members=options["members"],
                    youth=options["youth"],
                    seed=options["seed"],
                    progress=progress,
                )
        elapsed = time.perf_counter() - started
        self.stdout.write(
            f"Seeded {summary.adults} adult members, {summary.youth} youth members, "
            f"{summary.gatherings} national gatherings, {summary.attendance_rows} attendance "
            f"records, {summary.proposals} proposals, {summary.commitments} commitments and "
            f"{summary.seating_plans} seating plans across "
            f"{len(summary.networks)} networks in {elapsed:.1f} s."
        )
        if options["commitments"] > 0:
            self._more_commitments(options["commitments"], options["seed"])
        self._print_logins()

    def _more_commitments(self, count: int, seed: int) -> None:
        started = time.perf_counter()
        with scopes_disabled():
            network = Network.objects.get(slug=NATIONAL_SLUG)
            made = seed_more_commitments(
                network=network, count=count, seed=seed, anchor=date_in(network, timezone.now())
            )
        self.stdout.write(
            f"Added {made} commitments to {network.name} in {time.perf_counter() - started:.1f} s."
        )

    def _print_logins(self) -> None:
        self.stdout.write(f"Log in as (password for all: {DEMO_PASSWORD}):")
        for role, email in DEMO_LOGINS:
            self.stdout.write(f"  {role:<15} {email}")
