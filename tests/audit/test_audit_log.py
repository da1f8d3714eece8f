"""The audit log is append-only; deleting an account keeps its rows, pseudonymized."""

from __future__ import annotations

import pytest

from collaboratory.audit import services
from collaboratory.audit.models import AppendOnlyError, AuditEvent
from collaboratory.audit.services import audit_pseudonymize_actor, audit_record
from tests.factories import UserFactory


@pytest.fixture
def event(db: None) -> AuditEvent:
    return audit_record(action="test.happened", actor=UserFactory(), data={"n": 1})


def test_an_event_cannot_be_changed(event: AuditEvent) -> None:
    event.action = "test.rewritten"

    with pytest.raises(AppendOnlyError):
        event.save()
    assert AuditEvent.objects.get().action == "test.happened"


def test_an_event_cannot_be_deleted(event: AuditEvent) -> None:
    with pytest.raises(AppendOnlyError):
        event.delete()
    assert AuditEvent.objects.count() == 1


def test_bulk_update_and_delete_are_refused(event: AuditEvent) -> None:
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.filter(pk=event.pk).update(action="x")
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.all().delete()
    assert list(AuditEvent.objects.values_list("action", flat=True)) == ["test.happened"]


def test_pseudonymizing_keeps_the_row_but_forgets_the_person(event: AuditEvent) -> None:
    user_id = event.actor_id
    assert user_id is not None

    changed = audit_pseudonymize_actor(user_id=user_id)

    row = AuditEvent.objects.get()
    assert changed == 1
    assert (row.action, row.actor_id, row.actor_label, row.ip) == (
        "test.happened",
        None,
        "deleted-person",
        None,
    )


def test_listeners_hear_every_event_and_their_faults_do_not_undo_it(db: None) -> None:
    heard: list[str] = []

    def listener(event: AuditEvent) -> None:
        heard.append(event.action)

    def broken(event: AuditEvent) -> None:
        raise RuntimeError("a listener's bug")

    services.audit_listen(listener)
    services.audit_listen(listener)  # twice, heard once
    services.audit_listen(broken)
    try:
        event = services.audit_record(action="test.heard")
    finally:
        services._listeners.remove(listener)
        services._listeners.remove(broken)
    assert heard == ["test.heard"]
    assert AuditEvent.objects.filter(pk=event.pk, action="test.heard").exists()


@pytest.mark.parametrize(
    ("hops", "forwarded", "recorded"),
    [
        pytest.param(1, "203.0.113.9", "203.0.113.9", id="behind the documented proxy"),
        pytest.param(1, "198.51.100.1, 203.0.113.9", "203.0.113.9", id="a forged entry first"),
        pytest.param(0, "203.0.113.9", "127.0.0.1", id="no proxy: the header is not trusted"),
    ],
)
def test_sign_ins_record_the_visitors_address_as_the_throttle_sees_it(
    db: None,
    settings,
    hops: int,
    forwarded: str,
    recorded: str,  # type: ignore[no-untyped-def]
) -> None:
    """Behind the nginx of docs/operations.md (COLLABORATORY_TRUSTED_PROXY_COUNT=1) every
    request comes from 127.0.0.1: the login throttle reads the visitor's address from
    X-Forwarded-For, but the audit log kept 127.0.0.1 for every sign-in, failed sign-in and
    export, so it could not say where a run of failures came from."""
    from django.test import Client

    settings.ALLAUTH_TRUSTED_PROXY_COUNT = hops
    UserFactory(email="ip@example.org")
    client = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=forwarded)

    client.post("/accounts/login/", {"login": "ip@example.org", "password": "wrong guess"})

    row = AuditEvent.objects.get(action="auth.login_failed")
    assert row.ip == recorded


def test_junk_in_x_forwarded_for_records_the_sockets_address(db: None, settings) -> None:  # type: ignore[no-untyped-def]
    from django.test import RequestFactory

    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    request = RequestFactory(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="not-an-address").get(
        "/"
    )

    row = audit_record(action="test.happened", request=request)

    assert row.ip == "127.0.0.1"
