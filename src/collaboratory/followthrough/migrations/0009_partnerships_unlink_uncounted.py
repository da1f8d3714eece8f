"""A partnership links only commitments that count: `partnership_record` used to link a
youth's money commitment that was waiting for, or declined by, their guardian. A declined
one was never a promise the network may hold (safeguards.md) and an awaiting one is not one
yet, so the links stored before are removed (the commitments themselves stay)."""

from django.db import migrations

NOT_COUNTED = ("awaiting", "declined")  # commitments.models.NOT_COUNTED, as values


def unlink_uncounted(apps, schema_editor):  # type: ignore[no-untyped-def]
    partnership = apps.get_model("followthrough", "Partnership")
    through = partnership.commitments.through
    through.objects.using(schema_editor.connection.alias).filter(
        commitment__guardian_approval__in=NOT_COUNTED
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("followthrough", "0008_idempotency_keys_required"),
        ("commitments", "0005_guardian_approval"),
    ]

    operations = [migrations.RunPython(unlink_uncounted, migrations.RunPython.noop)]
