"""Member profiles and the asks board on a large demo: time and queries per page, in process,
beside two baselines (`/healthz`, and a bare signed-in network view that only this process's
URLconf has) and the member directory, measured in the same run.

Runs against an existing data dir (seed one first) and signs in as the demo member through
Django's test client (the full middleware stack, no network). The profile is the member with
the most commitments in the national network (given or received), so its help table and
shared gatherings are as full as the demo gets.

    export COLLABORATORY_DATA_DIR=/tmp/perfdata COLLABORATORY_DEBUG=false
    .venv/bin/collaboratory migrate && .venv/bin/collaboratory seed_demo --members 10000
    .venv/bin/python bench/matching_pages.py [--repeat 200]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ["DJANGO_SETTINGS_MODULE"] = "bench_settings"

import django

django.setup()

from django.db.models import Count  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402
from django_scopes import scopes_disabled  # noqa: E402

from collaboratory.commitments.models import Commitment  # noqa: E402
from collaboratory.matching.selectors_asks import AskFilters, open_asks  # noqa: E402
from collaboratory.networks.models import Membership, Network  # noqa: E402
from collaboratory.people.models import User  # noqa: E402
from inprocess import timed  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument("--email", default="member@example.org")
    args = parser.parse_args()

    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(User.objects.get(email=args.email))
    with scopes_disabled():
        network = Network.objects.get(slug="national")
        busiest = (
            Commitment.objects.filter(network=network)
            .values("committer")
            .annotate(n=Count("pk"))
            .order_by("-n")
            .first()
        )
        assert busiest is not None, "seed a demo first"
        member = Membership.objects.get(network=network, user_id=busiest["committer"])
        asks = open_asks(network=network, filters=AskFilters(), today=timezone.localdate())
        ask = asks.first()
        total_asks = asks.count()
        members = Membership.objects.filter(network=network).count()
    slug = network.slug
    urls = {
        "/healthz (no session)": "/healthz",
        "bare signed-in network view": f"/n/{slug}/bench-bare/",
        "directory (first page)": f"/n/{slug}/members/",
        "asks board": f"/n/{slug}/asks/",
        "asks board ?kind": f"/n/{slug}/asks/?capital=social",
        "member profile (busiest)": f"/n/{slug}/members/{member.pk}/",
    }
    if ask is not None:
        urls["offer help (form)"] = f"/n/{slug}/asks/{ask.pk}/offer/"
    print(f"{members} memberships in {slug}, {total_asks} open asks, repeat {args.repeat}")
    print(f"{'page':<30} {'mean ms':>8} {'p50 ms':>8} {'queries':>8}")
    for name, url in urls.items():
        timing = timed(client, url, args.repeat)
        print(f"{name:<30} {timing.mean_ms:>8.2f} {timing.median_ms:>8.2f} {timing.queries:>8}")


if __name__ == "__main__":
    main()
