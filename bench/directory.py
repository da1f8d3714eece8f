"""The member directory with a 10,000-member demo, beside /healthz on the same server.

Seeds `collaboratory seed_demo --members N` into a temporary SQLite data dir, serves it with
gunicorn on a loopback port, signs in as the demo member, then measures requests/s and p50/p95
latency of the directory's first page and of /healthz (one query), with the same client
concurrency, in the same run.

    .venv/bin/python bench/directory.py [--members 10000] [--seconds 10] [--clients 4]
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

SESSION = """
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from collaboratory.people.models import User
user = User.objects.get(email="member@example.org")
store = SessionStore()
store[SESSION_KEY] = str(user.pk)
store[BACKEND_SESSION_KEY] = "allauth.account.auth_backends.AuthenticationBackend"
store[HASH_SESSION_KEY] = user.get_session_auth_hash()
store.save()
print("SESSION=" + store.session_key)
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def measure(url: str, cookie: str, seconds: float, clients: int) -> tuple[float, float, float]:
    latencies: list[float] = []
    lock = threading.Lock()
    stop = time.perf_counter() + seconds

    def worker() -> None:
        mine = []
        request = urllib.request.Request(url, headers={"Cookie": cookie})
        while time.perf_counter() < stop:
            started = time.perf_counter()
            with urllib.request.urlopen(request, timeout=30) as response:
                response.read()
                assert response.status == 200
            mine.append(time.perf_counter() - started)
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    began = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - began
    quantiles = statistics.quantiles(latencies, n=100)
    return len(latencies) / elapsed, quantiles[49] * 1000, quantiles[94] * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--members", type=int, default=10000)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as data_dir:
        env = {**os.environ, "COLLABORATORY_DATA_DIR": data_dir, "COLLABORATORY_DEBUG": "0"}
        env.pop("DATABASE_URL", None)
        cli = [sys.executable, "-m", "collaboratory.cli"]
        subprocess.run([*cli, "migrate", "-v", "0"], env=env, check=True)
        subprocess.run(
            [*cli, "seed_demo", "--members", str(args.members)],
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        out = subprocess.run(
            [*cli, "shell", "-c", SESSION], env=env, check=True, capture_output=True, text=True
        ).stdout
        cookie = "sessionid=" + out.split("SESSION=")[1].strip()
        port = free_port()
        server = subprocess.Popen(
            [*cli, "serve", "--bind", f"127.0.0.1:{port}", "--workers", str(args.workers)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(100):
                try:
                    urllib.request.urlopen(base + "/healthz", timeout=1)
                    break
                except OSError:
                    time.sleep(0.1)
            print(
                f"{args.members} members, gunicorn {args.workers} workers, "
                f"{args.clients} clients, {args.seconds:.0f} s each"
            )
            print(f"{'page':<22} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8}")
            results = {}
            for name, path in (
                ("/healthz", "/healthz"),
                ("directory", "/n/national/members/"),
                ("directory ?category", "/n/national/members/?category=space"),
            ):
                measure(base + path, cookie, 1, 1)  # warm up
                rps, p50, p95 = measure(base + path, cookie, args.seconds, args.clients)
                results[name] = rps
                print(f"{name:<22} {rps:>8.0f} {p50:>8.1f} {p95:>8.1f}")
            ratio = results["directory"] / results["/healthz"]
            print(f"directory / healthz throughput ratio: {ratio:.3f}")
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
