"""Fifty people (or one impatient person on bad wifi) redeem the same invitation at once,
against a live server: exactly one succeeds, the other 49 get the "cannot be used" answer.

The server is the real deployment (gunicorn, several worker processes, SQLite in WAL mode with
immediate transactions, in a temporary data directory), not an in-process test server: the
test database lives in memory, which only one thread can use safely, so a real concurrency
test needs real processes and a real file.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from http.cookiejar import CookieJar
from pathlib import Path

import pytest
from django.db import connection

from tests.commitments.servers import Server, copy_test_database

SETUP = """
from django_scopes import scopes_disabled
from collaboratory.networks.models import Role
from collaboratory.networks.services import membership_create, network_create, invitation_create
from collaboratory.people.services import user_create
with scopes_disabled():
    net = network_create(slug="race", name="Race Collaboratory", kind="national")
    steward = user_create(email="steward@race.example", full_name="Sam Steward")
    membership_create(network=net, user=steward, role=Role.STEWARD)
    _inv, token = invitation_create(
        network=net, email="racer@example.org", full_name="Rae Racer", actor=steward
    )
print("TOKEN=" + token)
"""


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return None


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, str, Path]]:
    env = {**os.environ, "COLLABORATORY_DATA_DIR": str(tmp_path)}
    env.pop("DATABASE_URL", None)
    cli = [sys.executable, "-m", "collaboratory.cli"]
    if connection.vendor == "sqlite":
        copy_test_database(connection.settings_dict, tmp_path)
    else:  # the suite on PostgreSQL: this test's server still runs on its own SQLite file
        subprocess.run([*cli, "migrate", "-v", "0"], env=env, check=True)
    out = subprocess.run(
        [*cli, "shell", "-c", SETUP], env=env, check=True, capture_output=True, text=True
    ).stdout
    token = out.split("TOKEN=")[1].strip()
    # The house's server helper waits for /healthz by a deadline and fails by name: a fixed
    # 10 s of polling once let a slow start on a loaded machine through to "connection refused".
    server = Server("serve", env, workers=4).start(timeout=90)
    try:
        yield server.base, token, tmp_path / "collaboratory.sqlite3"
    finally:
        server.stop()


def _redeem(url: str) -> int:
    """One POST, as a browser sends it from the landing page (same-origin Fetch metadata)."""
    opener = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(CookieJar()), _NoRedirect()
    )
    data = {
        "full_name": "Rae Racer",
        "age_band": "30-44",
        "password": "a-fine-long-passphrase",
        "pledges": ["0", "1", "2"],
    }
    request = urllib.request.Request(  # noqa: S310
        url,
        data=urllib.parse.urlencode(data, doseq=True).encode(),
        headers={"Sec-Fetch-Site": "same-origin"},
    )
    try:
        return int(opener.open(request, timeout=60).status)
    except urllib.error.HTTPError as answer:
        return answer.code


@pytest.mark.browser  # a live server in subprocesses: runs with the slower tests
@pytest.mark.slow(40)
@pytest.mark.django_db(transaction=True)  # its migrated, empty database is the server's
def test_fifty_concurrent_redemptions_of_one_token_give_exactly_one_success(
    served: tuple[str, str, Path],
) -> None:
    base, token, database = served
    url = f"{base}/invitations/token/{token}/"
    landing = urllib.request.urlopen(url, timeout=30).read().decode()  # noqa: S310
    assert "Join Race Collaboratory" in landing

    with ThreadPoolExecutor(max_workers=50) as pool:
        statuses = list(pool.map(_redeem, [url] * 50))

    assert sorted(statuses) == [302] + [404] * 49
    with sqlite3.connect(database) as db:
        memberships = db.execute(
            "SELECT COUNT(*) FROM networks_membership m JOIN people_user u ON u.id = m.user_id"
            " WHERE u.email = 'racer@example.org'"
        ).fetchone()[0]
    assert memberships == 1
