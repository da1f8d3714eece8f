"""The live broker's settings: a broker that cannot work refuses to start, and says why."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


def _settings(**variables: str) -> subprocess.CompletedProcess[str]:
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("COLLABORATORY_LIVE_BROKER")},
        "PYTHONPATH": os.pathsep.join(p for p in sys.path if p),
        "COLLABORATORY_CACHE_URL": "",
        **variables,
    }
    script = (
        "import collaboratory.config.settings as s; print(repr((s.LIVE_BROKER, s.LIVE_BROKER_URL)))"
    )
    return subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )


@pytest.mark.parametrize(
    ("variables", "message"),
    [
        (
            {"COLLABORATORY_LIVE_BROKER": "rabbitmq"},
            'COLLABORATORY_LIVE_BROKER must be "", "postgres" or "redis", not \'rabbitmq\'',
        ),
        (
            {"COLLABORATORY_LIVE_BROKER": "redis"},
            "COLLABORATORY_LIVE_BROKER=redis needs a Redis address",
        ),
        (
            {"COLLABORATORY_LIVE_BROKER": "redis", "COLLABORATORY_LIVE_BROKER_URL": "tcp://x"},
            "COLLABORATORY_LIVE_BROKER=redis needs a Redis address",
        ),
    ],
)
def test_a_broker_that_cannot_work_refuses_to_start(
    variables: dict[str, str], message: str
) -> None:
    done = _settings(**variables)

    assert done.returncode == 1
    assert "ImproperlyConfigured: " + message in done.stderr


def test_the_redis_broker_uses_the_caches_redis_unless_told_otherwise() -> None:
    cache = "redis://cache.internal:6379/0"
    own = "redis://broker.internal:6379/1"

    shared = _settings(COLLABORATORY_LIVE_BROKER="redis", COLLABORATORY_CACHE_URL=cache)
    separate = _settings(
        COLLABORATORY_LIVE_BROKER="redis",
        COLLABORATORY_CACHE_URL=cache,
        COLLABORATORY_LIVE_BROKER_URL=own,
    )
    postgres = _settings(COLLABORATORY_LIVE_BROKER="postgres", COLLABORATORY_CACHE_URL=cache)

    assert shared.stdout.strip() == repr(("redis", cache))
    assert separate.stdout.strip() == repr(("redis", own))
    assert postgres.stdout.strip() == repr(("postgres", ""))
