"""The email to an address with no account (someone asked for a login code or a password
reset with it). allauth's stock message told the reader to "sign up for an account using the
link below", a link to the signup that an invitation-only site refuses; ours says what is
true here: accounts come from invitations, and the reader may have one under another
address."""

from __future__ import annotations

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db

ASKS = [
    pytest.param("account_reset_password", id="password reset"),
    pytest.param("account_request_login_code", id="login code"),
]


def _ask(url_name: str, *, language: str = "en") -> mail.EmailMessage:
    client = Client(HTTP_HOST="127.0.0.1")
    if language != "en":
        client.post(reverse("set_language"), {"language": language, "next": "/"})
    client.post(reverse(url_name), {"email": "nobody@example.org"})
    [sent] = mail.outbox
    return sent


@pytest.mark.parametrize("url_name", ASKS)
def test_no_signup_link_but_what_to_do(url_name: str) -> None:
    sent = _ask(url_name)

    assert sent.to == ["nobody@example.org"]
    assert "signup" not in sent.body
    assert "sign up" not in sent.body.lower()
    assert "No account for this address" in sent.subject
    assert "nobody@example.org" in sent.body
    assert "invitation" in sent.body
    assert "another address" in sent.body
    assert "/accounts/login/" in sent.body


@pytest.mark.parametrize("url_name", ASKS)
def test_in_the_language_of_the_page_it_was_asked_from(url_name: str) -> None:
    sent = _ask(url_name, language="es")

    assert "Ninguna cuenta con esta dirección" in sent.subject
    assert "invitación" in sent.body
    assert "signup" not in sent.body
