"""Spanish beside English: the footer switcher and a member's saved language (emails in
each recipient's language: tests/mail/test_language.py)."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from collaboratory.people.models import User
from collaboratory.people.services import user_language_set
from tests.conftest import World, client_for


def test_the_switcher_turns_an_anonymous_visitors_pages_spanish(db: None) -> None:
    client = client_for(None)
    english = client.get(reverse("account_login"))
    assert 'lang="en"' in english.text
    assert "Change language" in english.text

    answer = client.post(reverse("set_language"), {"language": "es", "next": "/accounts/login/"})

    assert answer.status_code == 302
    assert answer["Location"] == "/accounts/login/"
    spanish = client.get(reverse("account_login"))
    assert 'lang="es"' in spanish.text
    assert "Iniciar sesión" in spanish.text
    assert "Cambiar idioma" in spanish.text


def test_a_members_choice_is_saved_and_follows_them_to_another_device(world: World) -> None:
    member = world.personas["member"]
    assert member is not None
    laptop = client_for(member)
    laptop.post(reverse("set_language"), {"language": "es", "next": "/"})
    member.refresh_from_db()
    assert member.language == "es"

    phone = client_for(member)  # a fresh session, no language cookie
    page = phone.get(reverse("people:profile"))
    assert "Mi perfil" in page.text
    assert page["Content-Language"] == "es"


def test_the_profile_form_sets_and_clears_the_language(world: World) -> None:
    member = world.personas["member"]
    assert member is not None
    client = client_for(member)
    form = {"form": "profile", "bio": "", "issue_areas": "", "city": "", "region": ""}

    saved = client.post(reverse("people:profile"), {**form, "language": "es"}, follow=True)
    member.refresh_from_db()
    assert member.language == "es"
    assert "Perfil guardado." in saved.text

    client.post(reverse("people:profile"), {**form, "language": ""})
    member.refresh_from_db()
    assert member.language == ""


@pytest.mark.parametrize("bad", ["fr", "ES ", "english", "x" * 20])
def test_an_unknown_language_is_refused_and_changes_nothing(world: World, bad: str) -> None:
    member = world.personas["member"]
    assert member is not None
    user_language_set(user=member, language="es")
    with pytest.raises(ValidationError, match="Choose one of the languages offered"):
        user_language_set(user=member, language=bad)
    assert User.objects.get(pk=member.pk).language == "es"
    # Through the switcher too: the preference stays, and nothing breaks.
    answer = client_for(member).post(reverse("set_language"), {"language": bad, "next": "/"})
    assert answer.status_code == 302
    assert User.objects.get(pk=member.pk).language == "es"


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        # What Chromium sends from a page with Referrer-Policy: no-referrer (an invitation, a
        # pass): Origin null, but Fetch metadata saying the form is this site's own.
        ({"Origin": "null", "Sec-Fetch-Site": "same-origin"}, 302),
        ({"Origin": "http://testserver", "Sec-Fetch-Site": "same-origin"}, 302),
        ({}, 302),  # an old browser sending neither
        ({"Origin": "null", "Sec-Fetch-Site": "cross-site"}, 403),
        ({"Origin": "https://evil.example"}, 403),
        ({"Sec-Fetch-Site": "same-site"}, 403),
    ],
)
def test_the_switcher_works_from_pages_sent_without_a_referrer_and_only_from_this_site(
    db: None, headers: dict[str, str], status: int
) -> None:
    """Django's own check refused `Origin: null` with a bare 403, so a substitute could not
    read their pass in Spanish; a cross-site post still changes nothing."""
    client = Client(enforce_csrf_checks=True)
    answer = client.post(
        reverse("set_language"),
        {"language": "es", "next": "/gatherings/pass/key/1.abc/"},
        headers=headers,
    )

    assert answer.status_code == status
    assert (client.cookies.get("django_language") is not None) == (status == 302)
    if status == 302:
        assert answer["Location"] == "/gatherings/pass/key/1.abc/"
