"""An update on a commitment carries its form's key, unique per network (moves and older
updates have none)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("followthrough", "0004_projectupdate_idempotency_key")]

    operations = [
        migrations.AddField(
            model_name="commitmentactivity",
            name="idempotency_key",
            field=models.UUIDField(blank=True, editable=False, null=True),
        ),
        migrations.AddConstraint(
            model_name="commitmentactivity",
            constraint=models.UniqueConstraint(
                fields=("network", "idempotency_key"), name="commitment_activity_key_once"
            ),
        ),
    ]
