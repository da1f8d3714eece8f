"""gatherings 0012-0013: what a substitute was last told of their pass and its member's
membership moved from the audit log into `Substitution.pass_notice`. Old rows are filled
from the audit log as the service read it: the last (by id) of `substitution.pass_stopped`
and `substitution.pass_resumed` for that substitution; with neither, blank."""

from __future__ import annotations

import pytest
from django.utils import timezone
from django_scopes import scopes_disabled

from tests.factories import GatheringFactory, NetworkFactory, UserFactory
from tests.migrations import migrate_to

pytestmark = pytest.mark.django_db(transaction=True)

AUDIT = ("audit", "0001_initial")
SCHEMA = [("gatherings", "0012_substitution_pass_notice"), AUDIT]
FILLED = [("gatherings", "0013_pass_notice_from_audit_log"), AUDIT]
STOP, RESUME = "substitution.pass_stopped", "substitution.pass_resumed"


def test_old_rows_take_the_last_notice_from_the_audit_log(at_head: None) -> None:
    network = NetworkFactory()
    with scopes_disabled():
        gathering = GatheringFactory(network=network)
    old = migrate_to(SCHEMA)
    substitution = old.get_model("gatherings", "Substitution")
    audit = old.get_model("audit", "AuditEvent")
    histories = {
        "stopped": [STOP],
        "back": [STOP, RESUME],
        "out again": [STOP, RESUME, STOP],
        "never told": [],
        # The same id under another type of target is not this substitution's.
        "other target": [],
    }
    rows = {
        name: substitution.objects.create(
            network_id=network.pk,
            gathering_id=gathering.pk,
            member_id=UserFactory().pk,
            name=name,
            email=f"{name.replace(' ', '')}@example.org",
            reason="Away",
            status="approved",
            requested_at=timezone.now(),
        ).pk
        for name in histories
    }
    for name, actions in histories.items():
        for action in actions:
            audit.objects.create(
                action=action,
                network_id=network.pk,
                target_type="gatherings.substitution",
                target_id=str(rows[name]),
            )
    audit.objects.create(
        action=STOP,
        network_id=network.pk,
        target_type="gatherings.rsvp",
        target_id=str(rows["other target"]),
    )

    new = migrate_to(FILLED)

    stored = new.get_model("gatherings", "Substitution").objects
    assert {name: stored.get(pk=pk).pass_notice for name, pk in rows.items()} == {
        "stopped": "stopped",
        "back": "resumed",
        "out again": "stopped",
        "never told": "",
        "other target": "",
    }


def test_going_back_drops_the_field(at_head: None) -> None:
    migrate_to(FILLED)
    old = migrate_to([("gatherings", "0011_substitution_closed_by"), AUDIT])
    fields = {f.name for f in old.get_model("gatherings", "Substitution")._meta.get_fields()}
    assert "pass_notice" not in fields
