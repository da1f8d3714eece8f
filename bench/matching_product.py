"""Suggestions as the product serves them: "who can meet this ask" with the network's knowledge,
on SQLite, for a network of N members (default 10,000) seeded by the demo generator.

A gathering held yesterday has 300 people checked in and three presenters with six distinct
asks each (18 asks). Vectors are stored (the demo computes them, the sweep stores the new
asks'); nothing else is warm: each ask is ranked from the database as its fragment would be.

Prints, in one run:
- the room (facilitator console): every ask ranked among the 300 checked in, all asks in one
  read (`suggestions_for_asks`) and one fragment per ask (`suggestions_for_ask`, as the
  pages load them today);
- the review board: the same among the whole network;
- the baseline: all of it again with the language model switched off (BM25 over the words);
- the cold cost a server process pays once: loading the model.

    .venv/bin/python bench/matching_product.py [--members 10000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]  # the project, and tests.factories

ROOM = 300
ASKS = (
    (
        ("space", "institutional", "A hall for 150 people on a Friday night"),
        ("volunteers", "institutional", "Ushers and greeters for the opening night"),
        ("amplification", "social", "A mention on local radio the week before"),
        ("funding", "financial", "Catering for the first three events"),
        ("intro_people", "social", "Introductions to the city's arts commissioners"),
        ("expertise", "intellectual", "Someone to check our event insurance"),
    ),
    (
        ("intro_organizations", "social", "Introductions to credit unions in the valley"),
        ("expertise", "intellectual", "Bookkeeping help to set up the co-op's ledger"),
        ("space", "institutional", "Office space for two staff, three days a week"),
        ("funding", "financial", "Seed money for the first 20 loans"),
        ("amplification", "social", "Stories about our members in the regional paper"),
        ("volunteers", "institutional", "Retired bankers to mentor borrowers"),
    ),
    (
        ("intro_people", "social", "A school principal willing to pilot the program"),
        ("expertise", "intellectual", "Advice on designing lessons for teenagers"),
        ("volunteers", "institutional", "College students to tutor on weekday afternoons"),
        ("space", "institutional", "Classrooms after school hours"),
        ("funding", "financial", "Bus passes for 40 students"),
        ("other", "institutional", "A van to take students to the state capitol"),
    ),
)


def timed(work: Callable[[], object], repeat: int) -> list[float]:
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        runs.append(time.perf_counter() - started)
    return runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    data_dir = tempfile.mkdtemp(prefix="matching-product-bench-")
    os.environ["COLLABORATORY_DATA_DIR"] = data_dir
    os.environ["COLLABORATORY_DEBUG"] = "false"
    os.environ["COLLABORATORY_EMAIL_BACKEND"] = "django.core.mail.backends.locmem.EmailBackend"
    os.environ["DJANGO_SETTINGS_MODULE"] = "collaboratory.config.settings"
    import django

    django.setup()
    # After setup: models and services need the app registry.
    from django.core.management import call_command
    from django.utils import timezone
    from django_scopes import scopes_disabled
    from tests.factories import PresentedProposalFactory

    from collaboratory.creditclub.models import Ask
    from collaboratory.demo.generator import NATIONAL_SLUG, generate_demo
    from collaboratory.gatherings.models import Attendance, GatheringFormat
    from collaboratory.gatherings.services import attendance_bulk_record, gathering_create
    from collaboratory.matching import engine
    from collaboratory.matching.models import AskVector, OfferVector
    from collaboratory.matching.ranking import suggestions_for_ask, suggestions_for_asks
    from collaboratory.matching.services import vectors_sweep
    from collaboratory.networks.models import ADMITTED_STATUSES, Membership, Network
    from collaboratory.people.models import MINOR_AGE_BANDS, User

    started = time.perf_counter()
    encoder = engine.load_encoder()
    load_ms = (time.perf_counter() - started) * 1000
    print(f"model: {encoder.name if encoder else 'not installed'} (loaded in {load_ms:.0f} ms)")

    print(f"seeding the demo with {args.members:,} members into {data_dir} ...", flush=True)
    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    generate_demo(members=args.members)
    print(f"seeded in {time.perf_counter() - started:.1f} s (vectors included)")

    now = timezone.now()
    with scopes_disabled():
        network = Network.objects.get(slug=NATIONAL_SLUG)
        gathering = gathering_create(
            network=network,
            title="Bench gathering",
            format=GatheringFormat.IN_PERSON,
            parts=[("Meeting", now - timedelta(days=1, hours=8), now - timedelta(days=1))],
        )
        people = list(
            Membership.objects.filter(network=network, status__in=ADMITTED_STATUSES)
            .exclude(user__age_band__in=MINOR_AGE_BANDS)
            .order_by("pk")
            .values_list("user_id", flat=True)[: ROOM + 3]
        )
        presenters, room = people[:3], people[3:]
        part = gathering.parts.get()
        attendance_bulk_record(
            network=network,
            entries=[(part.pk, user_id) for user_id in room],
            source=Attendance.Source.DOOR_LIST,
        )
        proposals = [
            PresentedProposalFactory(
                gathering=gathering, proposer=User.objects.get(pk=presenter), asks=asks
            )
            for presenter, asks in zip(presenters, ASKS, strict=True)
        ]
        started = time.perf_counter()
        stored = vectors_sweep()
        sweep_ms = (time.perf_counter() - started) * 1000
        asks = list(
            Ask.objects.select_related("proposal", "network").filter(proposal__in=proposals)
        )
        offers = OfferVector.objects.count()
        print(
            f"{len(asks)} distinct asks, {ROOM} people checked in, {offers:,} offer vectors "
            f"stored, {AskVector.objects.count()} ask vectors (the sweep stored {stored} new "
            f"ones in {sweep_ms:.0f} ms)\n"
        )

        def one_by_one(among: object) -> None:
            for ask in asks:
                suggestions_for_ask(ask=ask, among=among)  # type: ignore[arg-type]

        def together(among: object) -> None:
            suggestions_for_asks(asks=asks, among=among)  # type: ignore[arg-type]

        def report(label: str, work: Callable[[object], None], among: object) -> None:
            runs = timed(lambda: work(among), args.repeat)
            print(
                f"{label:<58} best {min(runs) * 1000:6.0f} ms, "
                f"median {statistics.median(runs) * 1000:6.0f} ms"
            )

        first = time.perf_counter()
        together(gathering)
        print(
            f"first view of the room, all {len(asks)} asks in one read (nothing ranked before "
            f"in this process): {(time.perf_counter() - first) * 1000:.0f} ms\n"
        )
        print(f"all {len(asks)} asks:")
        for name, switch in (("by meaning", ""), ("baseline, by words (model off)", "off")):
            os.environ[engine.SWITCH] = switch
            report(f"room, {name}: one read for all asks", together, gathering)
            report(f"room, {name}: one fragment per ask", one_by_one, gathering)
            report(f"board (whole network), {name}: one read", together, None)
            report(f"board (whole network), {name}: per ask", one_by_one, None)
        os.environ[engine.SWITCH] = ""
        sample = suggestions_for_ask(ask=asks[0], among=gathering)
        print(f"\n{asks[0].what} ->")
        for suggestion in sample.items[:3]:
            print(f"  {suggestion.name}: {'; '.join(suggestion.reasons)}")


if __name__ == "__main__":
    main()
