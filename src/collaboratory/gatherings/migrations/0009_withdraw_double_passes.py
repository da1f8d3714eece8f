"""Before 0010, two passes of one gathering could name the same email address: one person,
two seats. Of each such group of approved passes (the address compared in SQL `LOWER`, as
the constraint of 0010 compares it) one is kept and the others are withdrawn, as a
steward's withdrawal leaves them (status "revoked", `revoked_at`), each with an audit row
(`substitution.revoked`, `data.why = "same_address"`, the pass kept in `data.kept`).

Kept: the pass the person was checked in on, if one was (the record of who came must not
change), else the earliest approved (`decided_at`, then id). Nobody is emailed and the
waitlist is not promoted here (no app code in a migration): the seat freed goes to the
waitlist with the gathering's next seat change, and the audit rows name the gatherings
whose seating plans a steward should refresh.

Reversible: going back restores the passes this migration withdrew (found by their audit
rows, still withdrawn at the time it stamped), with an audit row each
(`substitution.restored`); the audit log itself is append-only."""

from django.db import migrations
from django.db.models.functions import Lower
from django.utils import timezone

LABEL = "migration:gatherings.0009"


def withdraw_double_passes(apps, schema_editor):  # type: ignore[no-untyped-def]
    alias = schema_editor.connection.alias
    substitution = apps.get_model("gatherings", "Substitution")
    audit = apps.get_model("audit", "AuditEvent")
    rows = (
        substitution.objects.using(alias)
        .filter(status="approved")
        .annotate(email_key=Lower("email"))
        .order_by("gathering_id", "email_key", "pk")
        .values_list("pk", "network_id", "gathering_id", "email_key", "checked_in_at", "decided_at")
    )
    groups: dict[tuple[int, str], list[tuple]] = {}
    for row in rows:
        groups.setdefault((row[2], row[3]), []).append(row)
    now = timezone.now()
    for doubles in groups.values():
        if len(doubles) < 2:
            continue
        kept = min(doubles, key=lambda r: (r[4] is None, r[4] or r[5] or now, r[0]))
        for pk, network_id, gathering_id, _key, _in, _decided in doubles:
            if pk == kept[0]:
                continue
            withdrawn = (
                substitution.objects.using(alias)
                .filter(pk=pk, status="approved")
                .update(status="revoked", revoked_at=now)
            )
            if withdrawn:
                audit.objects.using(alias).create(
                    action="substitution.revoked",
                    actor_label=LABEL,
                    network_id=network_id,
                    target_type="gatherings.substitution",
                    target_id=str(pk),
                    data={
                        "gathering": gathering_id,
                        "why": "same_address",
                        "kept": kept[0],
                        "revoked_at": now.isoformat(),
                    },
                )


def restore_double_passes(apps, schema_editor):  # type: ignore[no-untyped-def]
    alias = schema_editor.connection.alias
    substitution = apps.get_model("gatherings", "Substitution")
    audit = apps.get_model("audit", "AuditEvent")
    withdrawals = audit.objects.using(alias).filter(
        action="substitution.revoked", actor_label=LABEL
    )
    for event in withdrawals.order_by("pk"):
        pk = int(event.target_id)
        stamped = event.data.get("revoked_at")
        row = substitution.objects.using(alias).filter(pk=pk, status="revoked").first()
        if row is None or row.revoked_at is None or row.revoked_at.isoformat() != stamped:
            continue  # withdrawn again since, or gone: not this migration's to undo
        substitution.objects.using(alias).filter(pk=pk).update(status="approved", revoked_at=None)
        audit.objects.using(alias).create(
            action="substitution.restored",
            actor_label=LABEL,
            network_id=event.network_id,
            target_type="gatherings.substitution",
            target_id=str(pk),
            data={"gathering": event.data.get("gathering"), "why": "migration_reversed"},
        )


class Migration(migrations.Migration):
    dependencies = [
        ("gatherings", "0008_stipend_released"),
        ("audit", "0001_initial"),
    ]

    operations = [migrations.RunPython(withdraw_double_passes, restore_double_passes)]
