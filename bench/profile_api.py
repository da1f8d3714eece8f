"""Where each REST API list operation's time goes, in process: timings, query counts and a
cProfile summary, next to the bare API view behind the token check (bench_urls).

Runs against an existing data dir (seed one first), makes a read token for the demo member
and one for a steward (the roster) through `api_token_create`, and calls each operation
through Django's test client (the full middleware stack, no network).

    export COLLABORATORY_DATA_DIR=/tmp/perfdata COLLABORATORY_DEBUG=false
    .venv/bin/collaboratory migrate && .venv/bin/collaboratory seed_demo --members 10000
    .venv/bin/python bench/profile_api.py [--repeat 100] [--profile] [--only members]
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ["DJANGO_SETTINGS_MODULE"] = "bench_settings"
os.environ.setdefault("COLLABORATORY_API_RATE_LIMIT", "1000000/m")

import django

django.setup()

from django.test import Client  # noqa: E402
from django_scopes import scopes_disabled  # noqa: E402

from collaboratory.api.services import api_token_create  # noqa: E402
from collaboratory.networks.models import Membership, Network, Role  # noqa: E402
from collaboratory.people.models import User  # noqa: E402
from inprocess import timed  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=100)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--only", default="", help="only URLs whose name contains this")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--limit", default="", help="add ?limit=N to every list")
    args = parser.parse_args()

    network = Network.objects.get(slug="national")
    member = User.objects.get(email="member@example.org")
    with scopes_disabled():
        steward = Membership.objects.filter(network=network, role=Role.STEWARD).first().user
    mine = api_token_create(network=network, user=member, name="profile", scope="read")[1]
    theirs = api_token_create(network=network, user=steward, name="profile", scope="read")[1]
    base = "/api/v1/networks/national/"
    urls = {
        "bare API view with token": ("/bench-api/networks/national/bare", mine),
        "members": (base + "members", mine),
        "members ?q=": (base + "members?q=an", mine),
        "gatherings": (base + "gatherings", mine),
        "asks": (base + "asks", mine),
        "proposals": (base + "proposals", mine),
        "commitments owed": (base + "commitments", mine),
        "commitments to me": (base + "commitments?role=to_me", mine),
        "roster": (base + "roster", theirs),
    }
    print(f"{'operation':<28} {'mean ms':>8} {'p50 ms':>8} {'queries':>8} {'items':>6}")
    for name, (url, token) in urls.items():
        if args.only and args.only not in name and "bare" not in name:
            continue
        if args.limit and "bare" not in name:
            url += ("&" if "?" in url else "?") + f"limit={args.limit}"
        client = Client(HTTP_HOST="127.0.0.1", HTTP_AUTHORIZATION=f"Bearer {token}")
        timing = timed(client, url, args.repeat)
        items = len(timing.response.json().get("items", []))
        print(
            f"{name:<28} {timing.mean_ms:>8.2f} {timing.median_ms:>8.2f} "
            f"{timing.queries:>8} {items:>6}"
        )
        if args.profile:
            profiler = cProfile.Profile()
            profiler.enable()
            for _ in range(max(20, args.repeat // 5)):
                client.get(url)
            profiler.disable()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(args.top)
            for sql in timing.sql:
                print(f"    {sql[:300]}")


if __name__ == "__main__":
    main()
