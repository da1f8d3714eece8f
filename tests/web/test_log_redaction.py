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
        # The day's check-in code: the QR code's short link and the page it leads to.
        ('"GET /c/Xy3_k-9QaB2cD4eF HTTP/1.1" 302', '"GET /c/[redacted] HTTP/1.1" 302'),
        (
            "GET https://collaboratory.example/c/Xy3_k-9QaB2cD4eF 302",
            "GET https://collaboratory.example/c/[redacted] 302",
        ),
        (
            "POST /n/national/gatherings/7/check-in/Xy3_k-9QaB2cD4eF/ 302",
            "POST /n/national/gatherings/7/check-in/[redacted]/ 302",
        ),
        # What is not a code stays: the member check-in page and the QR image's address.
        ("GET /n/national/check-in/ 200", "GET /n/national/check-in/ 200"),
        (
            "GET /n/national/gatherings/7/check-in.svg 200",
            "GET /n/national/gatherings/7/check-in.svg 200",
        ),
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


def test_the_log_filter_removes_a_check_in_code() -> None:
    code = "Xy3_k-9QaB2cD4eF"
    record = logging.LogRecord(
        "gunicorn.access", logging.INFO, __file__, 1, '"GET /c/%s HTTP/1.1" 302', (code,), None
    )

    RedactSecretsFilter().filter(record)

    assert record.getMessage() == '"GET /c/[redacted] HTTP/1.1" 302'
    assert code not in record.getMessage()
