"""Login throttling counts in a cache every server process shares, per IP and per IP and
account: failures add up across workers, and failing at someone's address from one place
does not keep them out from another."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.test import Client

from tests.factories import PASSWORD, UserFactory

TOO_MANY = "Too many failed login attempts"
IP_A, IP_B = "203.0.113.7", "198.51.100.23"

# A second server process: its own Python, its own cache connection, the same test database.
SECOND_WORKER = textwrap.dedent(
    """
    import json, sys
    import django
    from django.conf import settings
    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import setup_test_environment

    connection.settings_dict["NAME"] = sys.argv[1]
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    setup_test_environment()
    results = []
    for _ in range(int(sys.argv[3])):
        response = Client(REMOTE_ADDR=sys.argv[2]).post(
            "/accounts/login/", {"login": sys.argv[4], "password": "wrong guess"}
        )
        results.append("Too many failed login attempts" in response.content.decode())
    print(json.dumps({"throttled": results, "cache": settings.CACHES["default"]["BACKEND"]}))
    """
)


def login(ip: str, email: str, password: str) -> tuple[bool, bool]:
    """(signed in, told to wait) for one login attempt from `ip`."""
    client = Client(REMOTE_ADDR=ip)
    response = client.post("/accounts/login/", {"login": email, "password": password})
    return "_auth_user_id" in client.session, TOO_MANY in response.content.decode()


def fail_in_second_worker(ip: str, email: str, times: int) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    env.setdefault("DJANGO_SETTINGS_MODULE", "collaboratory.config.settings")
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            SECOND_WORKER,
            str(connection.settings_dict["NAME"]),
            ip,
            str(times),
            email,
        ],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


@pytest.mark.django_db(transaction=True)
def test_failures_in_two_server_processes_add_up_to_one_limit() -> None:
    """Default limits (5 per 5 minutes per IP and account): 3 failures here and 2 in another
    process are 5, so the next attempt waits, even with the right password."""
    UserFactory(email="target@example.org")
    for _ in range(3):
        assert login(IP_A, "target@example.org", "wrong guess") == (False, False)

    second = fail_in_second_worker(IP_A, "target@example.org", 2)
    then = login(IP_A, "target@example.org", PASSWORD)

    assert (second["throttled"], then) == ([False, False], (False, True))
    assert second["cache"] == "django.core.cache.backends.db.DatabaseCache"


@pytest.mark.django_db
def test_a_throttled_address_does_not_keep_the_owner_out_from_elsewhere(settings) -> None:  # type: ignore[no-untyped-def]
    settings.ACCOUNT_RATE_LIMITS = {"login_failed": "10/m/ip,5/300s/key"}
    UserFactory(email="target@example.org")
    for _ in range(5):
        login(IP_A, "target@example.org", "wrong guess")

    from_a = login(IP_A, "target@example.org", PASSWORD)
    from_b = login(IP_B, "target@example.org", PASSWORD)

    assert (from_a, from_b) == ((False, True), (True, False))


@pytest.mark.django_db
def test_an_address_that_guesses_across_accounts_is_still_throttled(settings) -> None:  # type: ignore[no-untyped-def]
    """Per IP: 10 failures a minute from one address, whichever accounts they name, and the
    11th attempt from there waits, on an account it never tried and with its password."""
    settings.ACCOUNT_RATE_LIMITS = {"login_failed": "10/m/ip,5/300s/key"}
    UserFactory(email="target@example.org")
    UserFactory(email="other@example.org")
    for n in range(10):
        login(IP_A, f"guess{n}@example.org", "wrong guess")

    assert login(IP_A, "other@example.org", PASSWORD) == (False, True)
    assert login(IP_A, "target@example.org", PASSWORD) == (False, True)
    assert login(IP_B, "other@example.org", PASSWORD) == (True, False)


@pytest.mark.django_db
def test_a_signed_in_success_does_not_clear_the_count_of_that_address(settings) -> None:  # type: ignore[no-untyped-def]
    """A correct login gives back its own attempt only (allauth's rollback), so an attacker
    who knows one password cannot reset their count by signing in between guesses."""
    settings.ACCOUNT_RATE_LIMITS = {"login_failed": "3/300s/key"}
    UserFactory(email="target@example.org")
    for _ in range(2):
        login(IP_A, "target@example.org", "wrong guess")
    assert login(IP_A, "target@example.org", PASSWORD) == (True, False)
    login(IP_A, "target@example.org", "wrong guess")

    assert login(IP_A, "target@example.org", PASSWORD) == (False, True)


def test_ipv6_addresses_count_by_their_64_prefix(rf) -> None:  # type: ignore[no-untyped-def]
    from collaboratory.people.adapter import InvitationOnlyAccountAdapter

    adapter = InvitationOnlyAccountAdapter()
    one = rf.post("/accounts/login/", REMOTE_ADDR="2001:db8:1:2::1")
    same_prefix = rf.post("/accounts/login/", REMOTE_ADDR="2001:db8:1:2:ffff::9")
    other = rf.post("/accounts/login/", REMOTE_ADDR="2001:db8:1:3::1")
    v4 = rf.post("/accounts/login/", REMOTE_ADDR=IP_A)

    keys = [
        adapter._get_login_attempts_cache_key(request, email="Target@Example.org")
        for request in (one, same_prefix, other, v4)
    ]

    assert keys == [
        "2001:db8:1:2::/64|testserver:target@example.org",
        "2001:db8:1:2::/64|testserver:target@example.org",
        "2001:db8:1:3::/64|testserver:target@example.org",
        f"{IP_A}|testserver:target@example.org",
    ]


@pytest.mark.django_db(transaction=True)
def test_migrate_creates_the_cache_table() -> None:
    """`collaboratory migrate` (and so `demo`, an upgrade, CI) creates the database cache's
    table, which has no migration of its own."""
    from django.core.management import call_command

    table = settings.CACHES["default"]["LOCATION"]
    with connection.schema_editor() as editor:
        editor.execute(editor.sql_delete_table % {"table": editor.quote_name(table)})
    try:
        assert table not in connection.introspection.table_names()
        call_command("migrate", verbosity=0)
        assert table in connection.introspection.table_names()
    finally:
        call_command("createcachetable", verbosity=0)
    cache.set("probe", 1)
    assert cache.get("probe") == 1


@pytest.mark.parametrize(
    ("url", "message"),
    [
        (
            "redis://127.0.0.1:6379/0",
            "COLLABORATORY_CACHE_URL is a Redis address, but the redis package is not "
            "installed: run `pip install redis`",
        ),
        (
            "memcached://127.0.0.1:11211",
            "COLLABORATORY_CACHE_URL must be empty (the database cache) or a redis://",
        ),
    ],
)
def test_a_cache_url_that_cannot_work_refuses_to_start(url: str, message: str) -> None:
    # `redis` is hidden from the settings even where it is installed.
    script = "import sys; sys.modules['redis'] = None; import collaboratory.config.settings"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(p for p in sys.path if p),
        "COLLABORATORY_CACHE_URL": url,
    }
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )

    assert done.returncode == 1
    assert "ImproperlyConfigured: " + message in done.stderr
