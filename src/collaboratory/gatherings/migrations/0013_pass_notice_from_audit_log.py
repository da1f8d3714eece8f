"""Fill `Substitution.pass_notice` (0012) from the audit log, which held it until then: the
last of a substitution's `substitution.pass_stopped` / `substitution.pass_resumed` rows (by
id, as the service read them) gives "stopped" or "resumed"; a substitution with neither
stays blank. Without it, a substitute told "stopped" before the upgrade would be told again
at the next membership hook, and not told "works again" at a reinstatement.

Going back does nothing: 0012's reversal drops the column."""

from django.db import migrations

ACTIONS = {"substitution.pass_stopped": "stopped", "substitution.pass_resumed": "resumed"}


def pass_notice_from_the_audit_log(apps, schema_editor):  # type: ignore[no-untyped-def]
    alias = schema_editor.connection.alias
    substitution = apps.get_model("gatherings", "Substitution")
    audit = apps.get_model("audit", "AuditEvent")
    last: dict[int, str] = {}
    events = (
        audit.objects.using(alias)
        .filter(target_type="gatherings.substitution", action__in=list(ACTIONS))
        .order_by("pk")
        .values_list("target_id", "action")
    )
    for target_id, action in events.iterator():
        if target_id.isdigit():
            last[int(target_id)] = ACTIONS[action]
    for notice in ACTIONS.values():
        pks = [pk for pk, told in last.items() if told == notice]
        for start in range(0, len(pks), 500):  # SQLite's limit on query parameters
            substitution.objects.using(alias).filter(pk__in=pks[start : start + 500]).update(
                pass_notice=notice
            )


class Migration(migrations.Migration):
    dependencies = [
        ("gatherings", "0012_substitution_pass_notice"),
        ("audit", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(pass_notice_from_the_audit_log, migrations.RunPython.noop),
    ]
