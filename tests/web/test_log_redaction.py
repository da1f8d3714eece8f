"""Tokens in URLs never reach the logs."""

from __future__ import annotations

import logging

import pytest

from collaboratory.web.logging import RedactSecretsFilter, redact


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "GET /n/national/invitations/token/AbC123xyz_-987uvwXYZ0123456789abcdefghijk/ 200",
            "GET /n/national/invitations/token/[redacted]/ 200",
        ),
        ("GET /calendar/feed?key=s3cr3tValue42 200", "GET /calendar/feed?key=[redacted] 200"),
        (
            "POST /accounts/login/code/confirm/?code=ABCD-EFGH",
            "POST /accounts/login/code/confirm/?code=[redacted]",
        ),
        ("GET /n/national/ 200", "GET /n/national/ 200"),
    ],
)
def test_redact_hides_token_like_values(line: str, expected: str) -> None:
    assert redact(line) == expected


def test_the_log_filter_rewrites_the_message_it_passes_on() -> None:
    record = logging.LogRecord(
        "django.request",
        logging.WARNING,
        __file__,
        1,
        "Not Found: %s",
        ("/x/token/abcdef1234567890abcdef/",),
        None,
    )

    kept = RedactSecretsFilter().filter(record)

    assert kept is True
    assert record.getMessage() == "Not Found: /x/token/[redacted]/"
