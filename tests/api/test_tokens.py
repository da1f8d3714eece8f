"""Personal access tokens: made through the page (shown once), stored as a digest, listed
with their last use, revoked after confirming; every change audited."""

from __future__ import annotations

import hashlib
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from django_scopes import scopes_disabled
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from collaboratory.api.models import ApiToken
from collaboratory.api.services import MAX_DAYS, api_token_create, api_token_revoke
from collaboratory.audit.models import AuditEvent
from collaboratory.plaintext import is_one_line
from tests.api.helpers import api_client
from tests.conftest import World, client_for

pytestmark = pytest.mark.django_db


def _tokens() -> list[ApiToken]:
    with scopes_disabled():
        return list(ApiToken.objects.order_by("pk"))


def test_the_page_makes_a_token_shown_once_and_stores_only_its_digest(world: World) -> None:
    client = client_for(world.personas["member"])

    made = client.post(
        "/n/alpha/api-tokens/", {"name": "My spreadsheet", "scope": "read", "days": "30"}
    )
    again = client.get("/n/alpha/api-tokens/")

    (token,) = _tokens()
    text = made.context["created"]
    pk, secret = text.split(".", 1)
    assert made.status_code == 200
    assert made["Cache-Control"] == "no-store"
    assert int(pk) == token.pk
    assert token.digest == hashlib.sha256(secret.encode()).hexdigest()
    assert secret not in again.content.decode()
    assert "My spreadsheet" in again.content.decode()
    assert token.expires_at - token.created_at == timedelta(days=30)
    assert (token.user, token.network, token.scope) == (
        world.personas["member"],
        world.alpha,
        "read",
    )
    event = AuditEvent.objects.get(action="api_token.created")
    assert secret not in str(event.data)
    assert api_client(text).get("/api/v1/networks").status_code == 200


def test_bad_input_on_the_page_names_the_field_and_makes_nothing(world: World) -> None:
    client = client_for(world.personas["member"])

    response = client.post("/n/alpha/api-tokens/", {"name": "", "scope": "admin", "days": "9999"})

    assert response.status_code == 400
    assert set(response.context["form"].errors) == {"name", "scope", "days"}
    assert _tokens() == []


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    name=st.text(max_size=120),
    scope=st.text(max_size=6),
    days=st.integers(min_value=-5, max_value=MAX_DAYS + 5),
)
def test_the_service_refuses_bad_values_by_field_and_writes_nothing(
    world: World, name: str, scope: str, days: int
) -> None:
    with scopes_disabled():
        before = ApiToken.objects.count()
    valid = bool(name.strip()) and scope in ("read", "write") and 1 <= days <= MAX_DAYS
    valid = valid and len(name.strip()) <= 100 and is_one_line(name.strip())
    if valid:
        token, _text = api_token_create(
            network=world.alpha, user=world.personas["member"], name=name, scope=scope, days=days
        )
        assert token.name == name.strip()
        return
    with pytest.raises(ValidationError) as refused:
        api_token_create(
            network=world.alpha, user=world.personas["member"], name=name, scope=scope, days=days
        )
    assert set(refused.value.message_dict) <= {"name", "scope", "days"}
    with scopes_disabled():
        assert ApiToken.objects.count() == before


def test_someone_not_admitted_cannot_make_a_token(world: World) -> None:
    with pytest.raises(ValidationError):
        api_token_create(network=world.bravo, user=world.personas["member"], name="x", scope="read")

    assert _tokens() == []  # refused, and nothing stored


def test_revoke_needs_confirmation_then_the_token_stops(world: World) -> None:
    _row, text = api_token_create(
        network=world.alpha, user=world.personas["member"], name="x", scope="read"
    )
    (token,) = _tokens()
    client = client_for(world.personas["member"])

    unconfirmed = client.post(f"/n/alpha/api-tokens/{token.pk}/revoke/")
    still = api_client(text).get("/api/v1/networks").status_code
    confirmed = client.post(f"/n/alpha/api-tokens/{token.pk}/revoke/", {"confirm": "yes"})

    assert (unconfirmed.status_code, still) == (302, 200)
    assert confirmed.status_code == 302
    assert _tokens()[0].revoked_at is not None
    assert api_client(text).get("/api/v1/networks").status_code == 401
    assert AuditEvent.objects.filter(action="api_token.revoked").count() == 1


def test_nobody_else_sees_or_revokes_a_token_stewards_included(world: World) -> None:
    api_token_create(network=world.alpha, user=world.personas["member"], name="Mine", scope="read")
    (token,) = _tokens()
    steward = client_for(world.personas["steward"])

    page = steward.get("/n/alpha/api-tokens/")
    revoke = steward.post(f"/n/alpha/api-tokens/{token.pk}/revoke/", {"confirm": "yes"})

    assert "Mine" not in page.content.decode()
    assert revoke.status_code == 404
    assert _tokens()[0].revoked_at is None
    with pytest.raises(ValidationError):
        api_token_revoke(token=token, actor=world.personas["steward"])


def test_the_list_shows_last_use(world: World) -> None:
    _row, text = api_token_create(
        network=world.alpha, user=world.personas["member"], name="x", scope="read"
    )
    page_before = client_for(world.personas["member"]).get("/n/alpha/api-tokens/")
    api_client(text).get("/api/v1/networks")
    (token,) = _tokens()

    assert "Never" in page_before.content.decode()
    assert token.last_used_at is not None
    assert timezone.now() - token.last_used_at < timedelta(minutes=1)
