"""The password reset pages say what to do in our words and lead back to signing in
(walk-through: allauth's stock page said "Please contact us" with no contact and no way back);
the login page, where passwords are accepted, leads to them."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

LOGIN = reverse("account_login")


def _client() -> Client:
    return Client(HTTP_HOST="127.0.0.1")


def _get(client: Client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_the_reset_page_says_what_to_do_and_leads_back_to_log_in() -> None:
    body = _get(_client(), reverse("account_reset_password"))

    assert "contact us" not in body.lower()
    assert "ask a steward of your network" in body
    assert f'href="{reverse("account_request_login_code")}"' in body
    assert f'href="{LOGIN}"' in body
    assert "Back to log in" in body


def test_after_asking_the_done_page_says_what_comes_and_leads_back_to_log_in() -> None:
    user = UserFactory(email="rosa@example.org")
    client = _client()

    response = client.post(reverse("account_reset_password"), {"email": user.email}, follow=True)

    body = response.content.decode()
    assert response.redirect_chain[-1][0] == reverse("account_reset_password_done")
    assert len(mail.outbox) == 1
    assert "contact us" not in body.lower()
    assert "Check your email" in body
    assert f'href="{LOGIN}"' in body


def test_the_login_page_leads_to_the_reset_page() -> None:
    body = _get(_client(), LOGIN)

    assert f'href="{reverse("account_reset_password")}"' in body
    assert "Forgot your password?" in body


def test_the_reset_pages_speak_spanish() -> None:
    client = _client()
    client.cookies["django_language"] = "es"

    body = _get(client, reverse("account_reset_password"))
    done = _get(client, reverse("account_reset_password_done"))

    assert "Volver a iniciar sesión" in body
    assert "Revisa tu correo" in done


def test_once_changed_the_page_leads_to_log_in() -> None:
    body = _get(_client(), reverse("account_reset_password_from_key_done"))

    assert "Your new password is saved" in body
    assert f'href="{LOGIN}"' in body


def test_a_used_or_broken_reset_link_says_so_in_our_words() -> None:
    """allauth's stock page titled it "Bad Token"."""
    client = _client()
    url = reverse("account_reset_password_from_key", kwargs={"uidb36": "zz", "key": "nope"})

    body = client.get(url, follow=True).content.decode()

    assert "Bad Token" not in body
    assert "This reset link no longer works" in body
    assert f'href="{reverse("account_reset_password")}"' in body
    assert f'href="{LOGIN}"' in body


def test_the_emailed_link_sets_a_new_password() -> None:
    user = UserFactory(email="rosa@example.org")
    client = _client()
    client.post(reverse("account_reset_password"), {"email": user.email})
    (link,) = re.findall(r"https?://\S+/password/reset/key/\S+", mail.outbox[0].body)

    page = client.get(urlsplit(link).path, follow=True)
    body = page.content.decode()
    assert "Choose a new password" in body
    done = client.post(
        page.redirect_chain[-1][0] if page.redirect_chain else urlsplit(link).path,
        {"password1": "a long new passphrase 42", "password2": "a long new passphrase 42"},
        follow=True,
    )

    assert "Password changed" in done.content.decode()
    user.refresh_from_db()
    assert user.check_password("a long new passphrase 42")
