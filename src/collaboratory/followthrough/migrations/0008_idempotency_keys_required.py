"""Every partnership, milestone and commitment activity carries a submission key: the unique
constraints on (network, key) let any number of NULLs through, so a form replayed without a
key stored twice. Each row without one gets a fresh key of its own (a default would give them
all the same one), then the column is required; new rows get a fresh key by default (a move,
the demo's history), and the services refuse a form without one."""

import uuid

from django.db import migrations, models

MODELS = ("CommitmentActivity", "Partnership", "PartnershipMilestone")


def give_each_row_a_key(apps, schema_editor):  # type: ignore[no-untyped-def]
    """PostgreSQL (15 or later) draws the keys itself, in one statement; elsewhere one UPDATE
    by primary key per row, sent in batches. A bulk_update's CASE over each batch cost about
    0.3 ms a row on SQLite (bench/migration_keys.py)."""
    connection = schema_editor.connection
    quote = connection.ops.quote_name
    for name in MODELS:
        model = apps.get_model("followthrough", name)
        field = model._meta.get_field("idempotency_key")
        # Names from the model, quoted; the values are parameters.
        table, column = quote(model._meta.db_table), quote(field.column)
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute(
                    f"UPDATE {table} SET {column} = gen_random_uuid() "  # noqa: S608
                    f"WHERE {column} IS NULL"
                )
            continue
        ids = list(
            model.objects.using(connection.alias)
            .filter(idempotency_key__isnull=True)
            .values_list("pk", flat=True)
        )
        sql = f"UPDATE {table} SET {column} = %s WHERE {quote(model._meta.pk.column)} = %s"  # noqa: S608
        with connection.cursor() as cursor:
            for start in range(0, len(ids), 2000):
                cursor.executemany(
                    sql,
                    [
                        (field.get_db_prep_value(uuid.uuid4(), connection), pk)
                        for pk in ids[start : start + 2000]
                    ],
                )


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
