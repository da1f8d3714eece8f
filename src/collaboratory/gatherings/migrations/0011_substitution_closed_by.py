"""Why a denied substitute request was closed (`Substitution.closed_by`): by a steward, or
by its member's check-in (since stop 56). The pages read it instead of guessing from the
ledger, which worded a steward's earlier denial as the check-in's once the member came.

Old denied rows are filled from the audit log, which holds the truth: a check-in that
closed a request wrote `substitution.denied` with `data.reason = "member_checked_in"` in the
same transaction, so those rows get "check_in". Every other denied row gets "steward": it
has no such record, and before stop 56 only a steward could deny. Rows not denied stay
blank. Going back drops the column."""

from django.db import migrations, models


def closed_by_from_the_audit_log(apps, schema_editor):  # type: ignore[no-untyped-def]
    alias = schema_editor.connection.alias
    substitution = apps.get_model("gatherings", "Substitution")
    audit = apps.get_model("audit", "AuditEvent")
    by_check_in = {
        int(pk)
        for pk in audit.objects.using(alias)
        .filter(
            action="substitution.denied",
            target_type="gatherings.substitution",
            data__reason="member_checked_in",
        )
        .values_list("target_id", flat=True)
    }
    denied = substitution.objects.using(alias).filter(status="denied")
    denied.filter(pk__in=by_check_in).update(closed_by="check_in")
    denied.exclude(pk__in=by_check_in).update(closed_by="steward")


class Migration(migrations.Migration):
    dependencies = [
        ("gatherings", "0010_one_pass_per_email"),
        ("audit", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="substitution",
            name="closed_by",
            field=models.CharField(
                blank=True,
                choices=[
                    ("steward", "Denied by a steward"),
                    ("check_in", "Closed by the member's check-in"),
                ],
                max_length=10,
            ),
        ),
        migrations.RunPython(closed_by_from_the_audit_log, migrations.RunPython.noop),
    ]
