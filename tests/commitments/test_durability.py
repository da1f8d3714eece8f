"""Never lose one: the server is SIGKILLed in the middle of a stream of submissions, again
and again, and every acknowledged commitment is stored exactly once (the harness and what
it checks: `durability.py`).

On SQLite the server runs on a file in a temporary data dir (the embedded default: WAL,
synchronous=FULL, immediate transactions); on PostgreSQL on the test database, when the
whole suite runs there (`DATABASE_URL=... make test`: CI's PostgreSQL pass leaves out the
browser-marked tests, this one among them). `bench/live_durability.py --trials 200` runs
the same harness longer."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from django.db import connection

from tests.commitments import durability
from tests.commitments.servers import copy_test_database, database_url

# Each trial restarts `collaboratory serve` (two uvicorn workers, about 3.6 s to answer) and
# costs about 6.6 s. Two clients stream without pause, so nearly every kill cuts a request
# off: eight trials catch several (the test fails if none did), and the bench runs the same
# harness for hundreds. Twelve cost CI 26 s more for no case these do not meet.
TRIALS = 8


@pytest.mark.django_db(transaction=True)
@pytest.mark.browser  # real server processes: runs with the slower tests
@pytest.mark.slow(100)
def test_killing_the_server_mid_stream_loses_and_doubles_no_acknowledged_commitment(
    tmp_path: Path,
) -> None:
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env["COLLABORATORY_LOG_LEVEL"] = "WARNING"
    if connection.vendor == "postgresql":
        env["DATABASE_URL"] = database_url(connection.settings_dict)
    else:
        env.pop("DATABASE_URL", None)
        env["COLLABORATORY_DATA_DIR"] = str(tmp_path)
        copy_test_database(connection.settings_dict, tmp_path)

    tally = durability.run(env, trials=TRIALS)

    assert tally.trials == TRIALS
    assert tally.cut_off > 0, "no kill caught a request in flight; the test proved nothing"
    assert tally.refused == []
    assert (tally.lost, tally.duplicates) == (0, 0)
    assert tally.check == {
        "stored": tally.submissions,
        "acknowledged_missing": [],
        "duplicate_keys": [],
        "unexpected_keys": [],
        "event_ids_ok": True,
        "events_match": True,
        "audited": tally.submissions,
        "integrity": "ok" if connection.vendor == "sqlite" else "not sqlite",
    }
