"""A recorded partnership carries its form's key, unique per network (older rows and the
demo's have none)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("followthrough", "0005_commitmentactivity_idempotency_key")]

    operations = [
        migrations.AddField(
            model_name="partnership",
            name="idempotency_key",
            field=models.UUIDField(blank=True, editable=False, null=True),
        ),
        migrations.AddConstraint(
            model_name="partnership",
            constraint=models.UniqueConstraint(
                fields=("network", "idempotency_key"), name="partnership_key_once"
            ),
        ),
    ]
