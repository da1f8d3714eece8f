"""gatherings 0009: two approved passes of one gathering naming one address (in any case),
stored before the constraint of 0010, are resolved: the pass the person was checked in on,
else the earliest approved, is kept; the others are withdrawn with an audit row each.
Going back restores exactly those."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone
from django_scopes import scopes_disabled

from tests.factories import GatheringFactory, NetworkFactory, UserFactory
from tests.migrations import migrate_to

pytestmark = pytest.mark.django_db(transaction=True)

AUDIT = ("audit", "0001_initial")
BEFORE = [("gatherings", "0008_stipend_released"), AUDIT]
AFTER = [("gatherings", "0010_one_pass_per_email"), AUDIT]


def _passes(apps, gathering_id: int, emails: list[str], checked_in: int | None = None):  # type: ignore[no-untyped-def]
    """Approved passes of one gathering, approved one minute apart, in this order."""
    substitution = apps.get_model("gatherings", "Substitution")
    gathering = apps.get_model("gatherings", "Gathering").objects.get(pk=gathering_id)
    start = timezone.now() - timedelta(days=3)
    rows = []
    for i, email in enumerate(emails):
        member = UserFactory()
        rows.append(
            substitution.objects.create(
                network_id=gathering.network_id,
                gathering_id=gathering_id,
                member_id=member.pk,
                name=f"Sam {i}",
                email=email,
                reason="Away",
                status="approved",
                requested_at=start,
                decided_at=start + timedelta(minutes=i),
                checked_in_at=start if checked_in == i else None,
            ).pk
        )
    return rows


def _statuses(apps, pks: list[int]) -> list[str]:  # type: ignore[no-untyped-def]
    substitution = apps.get_model("gatherings", "Substitution")
    return [substitution.objects.get(pk=pk).status for pk in pks]


def test_the_earliest_pass_is_kept_and_the_later_withdrawn_with_an_audit_row(
    at_head: None,
) -> None:
    network = NetworkFactory()
    with scopes_disabled():
        first, other = GatheringFactory(network=network), GatheringFactory(network=network)
    old = migrate_to(BEFORE)
    doubles = _passes(old, first.pk, ["sam@example.org", "SAM@example.org", "Sam@Example.org"])
    # The same address at another gathering, and another address here: not doubles.
    elsewhere = _passes(old, other.pk, ["sam@example.org"])
    single = _passes(old, first.pk, ["ann@example.org"])

    new = migrate_to(AFTER)

    assert _statuses(new, doubles) == ["approved", "revoked", "revoked"]
    assert _statuses(new, elsewhere + single) == ["approved", "approved"]
    audit = new.get_model("audit", "AuditEvent")
    # Sorted as numbers: `target_id` is text, and "10" sorts before "9" (the ids a worker
    # reaches depend on the tests it ran before).
    rows = sorted(
        audit.objects.filter(action="substitution.revoked"), key=lambda r: int(r.target_id)
    )
    assert [(r.target_id, r.data["why"], r.data["kept"]) for r in rows] == [
        (str(doubles[1]), "same_address", doubles[0]),
        (str(doubles[2]), "same_address", doubles[0]),
    ]


def test_the_pass_the_person_came_on_is_the_one_kept(at_head: None) -> None:
    network = NetworkFactory()
    with scopes_disabled():
        gathering = GatheringFactory(network=network)
    old = migrate_to(BEFORE)
    doubles = _passes(old, gathering.pk, ["sam@example.org", "sam@example.org"], checked_in=1)

    new = migrate_to(AFTER)

    assert _statuses(new, doubles) == ["revoked", "approved"]


def test_going_back_restores_the_passes_it_withdrew(at_head: None) -> None:
    network = NetworkFactory()
    with scopes_disabled():
        gathering = GatheringFactory(network=network)
    old = migrate_to(BEFORE)
    doubles = _passes(old, gathering.pk, ["sam@example.org", "sam@example.org"])
    migrate_to(AFTER)

    back = migrate_to(BEFORE)

    assert _statuses(back, doubles) == ["approved", "approved"]
    audit = back.get_model("audit", "AuditEvent")
    assert list(
        audit.objects.filter(action="substitution.restored").values_list("target_id", flat=True)
    ) == [str(doubles[1])]
