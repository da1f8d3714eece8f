"""Production settings: refuse to start without a secret, pass check --deploy, send the
security headers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SECRET = "p" * 20 + "-production-secret-for-tests-" + "q" * 20


def run_python(code: str, env: dict[str, str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("COLLABORATORY_")}
    base.pop("DATABASE_URL", None)
    base.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    base.update({"COLLABORATORY_DATA_DIR": str(tmp_path), **env})
    return subprocess.run(
        [sys.executable, "-c", code], env=base, capture_output=True, text=True, timeout=120
    )


def test_production_refuses_to_start_without_a_secret_key(tmp_path: Path) -> None:
    result = run_python(
        "import django, os; os.environ['DJANGO_SETTINGS_MODULE']='collaboratory.config.settings';"
        "django.setup()",
        {"COLLABORATORY_ENV": "production"},
        tmp_path,
    )

    assert result.returncode != 0
    assert "COLLABORATORY_SECRET_KEY is not set" in result.stderr


def test_check_deploy_passes_for_production_settings(tmp_path: Path) -> None:
    result = run_python(
        "from collaboratory.cli import main; main(['check', '--deploy', '--fail-level', 'DEBUG'])",
        {
            "COLLABORATORY_ENV": "production",
            "COLLABORATORY_SECRET_KEY": SECRET,
            "COLLABORATORY_ALLOWED_HOSTS": "collab.example.org",
        },
        tmp_path,
    )

    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


PROBE = """
import json, os
os.environ['DJANGO_SETTINGS_MODULE'] = 'collaboratory.config.settings'
import django; django.setup()
from django.conf import settings
from django.core.management import call_command
from django.test import Client
# The pages need the manifest of hashed names; whitenoise's gzip and brotli copies of every
# file took most of a minute and change no header: collect without them.
settings.STORAGES = {**settings.STORAGES, 'staticfiles': {
    'BACKEND': 'django.contrib.staticfiles.storage.ManifestStaticFilesStorage'}}
call_command('collectstatic', interactive=False, verbosity=0)
response = Client().get('/', secure=True, headers={'host': 'collab.example.org'})
print(json.dumps({'status': response.status_code, 'headers': dict(response.headers),
                  'cookies': {k: dict(v) for k, v in response.cookies.items()}}))
"""


@pytest.fixture(scope="module")
def production_response(tmp_path_factory: pytest.TempPathFactory) -> dict:  # type: ignore[type-arg]
    result = run_python(
        PROBE,
        {
            "COLLABORATORY_ENV": "production",
            "COLLABORATORY_SECRET_KEY": SECRET,
            "COLLABORATORY_ALLOWED_HOSTS": "collab.example.org",
        },
        tmp_path_factory.mktemp("prod"),
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_production_sends_hsts(production_response: dict) -> None:  # type: ignore[type-arg]
    assert production_response["status"] == 200
    assert (
        production_response["headers"]["Strict-Transport-Security"]
        == "max-age=31536000; includeSubDomains; preload"
    )


def test_csp_allows_no_inline_script_or_style(production_response: dict) -> None:  # type: ignore[type-arg]
    policy = dict(
        directive.strip().split(" ", 1)
        for directive in production_response["headers"]["Content-Security-Policy"].split(";")
    )

    assert policy["script-src"] == "'self'"
    assert policy["style-src"] == "'self'"
    assert policy["default-src"] == "'self'"
    assert policy["object-src"] == "'none'"
    assert policy["frame-ancestors"] == "'none'"


def test_production_sends_nosniff_referrer_policy_and_frame_denial(
    production_response: dict,  # type: ignore[type-arg]
) -> None:
    headers = production_response["headers"]
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"
    assert headers["X-Frame-Options"] == "DENY"


def test_production_cookies_are_secure(production_response: dict) -> None:  # type: ignore[type-arg]
    csrf = production_response["cookies"]["csrftoken"]
    assert csrf["secure"] is True
    assert csrf["samesite"] == "Lax"


def test_pages_carry_no_inline_script_or_style(client) -> None:  # type: ignore[no-untyped-def]
    body = client.get("/accounts/login/").content.decode()

    assert "<script>" not in body
    assert "<style" not in body
    assert " style=" not in body
    assert " onclick=" not in body


@pytest.mark.parametrize(
    ("entry_point", "expected"),
    [("collaboratory.config.wsgi", "300"), ("collaboratory.config.asgi", "0")],
)
def test_page_workers_keep_connections_and_the_stream_server_does_not(
    tmp_path: Path, entry_point: str, expected: str
) -> None:
    result = run_python(
        f"import {entry_point}; from django.conf import settings; "
        "print(settings.DATABASES['default']['CONN_MAX_AGE'])",
        {},
        tmp_path,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == expected
