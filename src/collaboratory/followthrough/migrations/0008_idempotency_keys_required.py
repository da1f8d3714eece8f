"""Every partnership, milestone and commitment activity carries a submission key: the unique
constraints on (network, key) let any number of NULLs through, so a form replayed without a
key stored twice. Each row without one gets a fresh key of its own (a default would give them
all the same one), then the column is required; new rows get a fresh key by default (a move,
the demo's history), and the services refuse a form without one."""

import uuid

from django.db import migrations, models

MODELS = ("CommitmentActivity", "Partnership", "PartnershipMilestone")


def give_each_row_a_key(apps, schema_editor):  # type: ignore[no-untyped-def]
    for name in MODELS:
        model = apps.get_model("followthrough", name)
        # The ids first: rows are written in batches while nothing else is read.
        ids = list(model.objects.filter(idempotency_key__isnull=True).values_list("pk", flat=True))
        for start in range(0, len(ids), 500):
            rows = [model(pk=pk, idempotency_key=uuid.uuid4()) for pk in ids[start : start + 500]]
            model.objects.bulk_update(rows, ["idempotency_key"])


class Migration(migrations.Migration):
    dependencies = [("followthrough", "0007_partnershipmilestone_idempotency_key")]

    operations = [
        migrations.RunPython(give_each_row_a_key, migrations.RunPython.noop),
        *(
            migrations.AlterField(
                model_name=name.lower(),
                name="idempotency_key",
                field=models.UUIDField(default=uuid.uuid4, editable=False),
            )
            for name in MODELS
        ),
    ]
