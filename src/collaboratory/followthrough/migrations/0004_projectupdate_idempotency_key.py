"""A project update's submission key: the field is added empty, each existing update gets a
key of its own (a default would give every row the same one), then it is required and unique
per network."""

import uuid

from django.db import migrations, models


def give_each_update_a_key(apps, schema_editor):  # type: ignore[no-untyped-def]
    ProjectUpdate = apps.get_model("followthrough", "ProjectUpdate")
    rows = list(ProjectUpdate.objects.only("pk"))
    for row in rows:
        row.idempotency_key = uuid.uuid4()
    ProjectUpdate.objects.bulk_update(rows, ["idempotency_key"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [("followthrough", "0003_partnership_milestones_status_prompts")]

    operations = [
        migrations.AddField(
            model_name="projectupdate",
            name="idempotency_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.RunPython(give_each_update_a_key, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="projectupdate",
            name="idempotency_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AddConstraint(
            model_name="projectupdate",
            constraint=models.UniqueConstraint(
                fields=("network", "idempotency_key"), name="project_update_idempotency_key_once"
            ),
        ),
    ]
