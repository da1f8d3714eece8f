"""Accounts: email is the login, public signup is closed, login by password or emailed code,
throttling that never locks anyone out for good, session rotation, audit of logins."""

from __future__ import annotations

import re
import time

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.test import Client
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.networks.models import Membership, Network, Role
from collaboratory.people.models import User
from collaboratory.people.services import user_create
from tests.factories import PASSWORD, UserFactory


def login(client: Client, email: str, password: str):  # type: ignore[no-untyped-def]
    return client.post("/accounts/login/", {"login": email, "password": password})


@pytest.mark.django_db
def test_email_is_stored_lowercase_and_unique_whatever_the_case() -> None:
    user_create(email="  Ada.Lovelace@Example.ORG ", full_name="Ada Lovelace")

    with pytest.raises(ValidationError) as error:
        user_create(email="ada.lovelace@example.org", full_name="Someone Else")

    assert User.objects.get().email == "ada.lovelace@example.org"
    assert error.value.message_dict == {"email": ["An account with this email already exists."]}


@pytest.mark.django_db
def test_a_malformed_email_is_refused_and_nothing_is_stored() -> None:
    with pytest.raises(ValidationError):
        user_create(email="not-an-address", full_name="Nobody")

    assert User.objects.count() == 0


@pytest.mark.django_db
def test_public_signup_is_closed() -> None:
    client = Client()

    page = client.get("/accounts/signup/")
    attempt = client.post(
        "/accounts/signup/", {"email": "stranger@example.org", "password1": "x-long-pass-1234"}
    )

    assert "Membership is by invitation" in page.content.decode()
    assert "Membership is by invitation" in attempt.content.decode()
    assert User.objects.filter(email="stranger@example.org").exists() is False


@pytest.mark.django_db
def test_login_with_password_rotates_the_session_and_is_audited() -> None:
    user = UserFactory(email="grace@example.org")
    client = Client()
    client.get("/accounts/login/")
    client.session.save()
    before = client.session.session_key

    response = login(client, "Grace@Example.org", PASSWORD)

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)
    assert client.session.session_key != before
    assert list(AuditEvent.objects.values_list("action", "actor_id")) == [("auth.login", user.pk)]


@pytest.mark.django_db
def test_a_failed_login_is_audited_without_the_password() -> None:
    UserFactory(email="grace@example.org")

    response = login(Client(), "grace@example.org", "wrong-password")

    event = AuditEvent.objects.get(action="auth.login_failed")
    assert response.status_code == 200
    assert event.data == {"email": "grace@example.org"}
    assert "wrong-password" not in str(event.data)


@pytest.mark.django_db
def test_logout_ends_the_session() -> None:
    UserFactory(email="grace@example.org")
    client = Client()
    login(client, "grace@example.org", PASSWORD)

    client.post("/accounts/logout/")

    assert "_auth_user_id" not in client.session
    assert client.get("/platform/").status_code == 302


@pytest.mark.django_db
def test_login_by_emailed_code() -> None:
    user = UserFactory(email="code@example.org", password=None)
    client = Client()

    client.post("/accounts/login/code/", {"email": "code@example.org"})
    code = re.search(r"^([A-Z0-9]{4}-[A-Z0-9]{4})$", mail.outbox[0].body, re.M)
    assert code is not None
    response = client.post("/accounts/login/code/confirm/", {"code": code.group(1)})

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


@pytest.mark.django_db
def test_repeated_failures_throttle_then_release_without_lockout(settings) -> None:  # type: ignore[no-untyped-def]
    settings.ACCOUNT_RATE_LIMITS = {"login_failed": "3/2s/key"}
    UserFactory(email="target@example.org")
    client = Client()
    for _ in range(3):
        login(client, "target@example.org", "guess")

    throttled = login(client, "target@example.org", PASSWORD)
    time.sleep(2.1)
    after_window = login(Client(), "target@example.org", PASSWORD)

    assert "Too many failed login attempts" in throttled.content.decode()
    assert "_auth_user_id" not in client.session
    assert after_window.status_code == 302


@pytest.mark.django_db
def test_create_steward_command_creates_network_account_and_role() -> None:
    call_command(
        "create_steward",
        network="metro",
        network_name="Metro Collaboratory",
        email="First.Steward@Example.org",
        name="First Steward",
    )

    with scopes_disabled():
        membership = Membership.objects.select_related("user", "network").get()
    assert (membership.user.email, membership.network.name, membership.role) == (
        "first.steward@example.org",
        "Metro Collaboratory",
        Role.STEWARD,
    )
    assert membership.user.has_usable_password() is False
    with scopes_disabled():
        assert Network.objects.get().sectors.count() == 8


def test_create_steward_promotes_an_existing_member_and_audits_the_change(world) -> None:  # type: ignore[no-untyped-def]
    member = world.personas["member"]

    call_command("create_steward", network="alpha", email=member.email)

    with scopes_disabled():
        role = Membership.objects.get(network=world.alpha, user=member).role
    event = AuditEvent.objects.get(action="membership.role_changed")
    assert role == Role.STEWARD
    assert event.data == {"from": "member", "to": "steward"}
