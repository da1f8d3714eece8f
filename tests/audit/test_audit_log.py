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
