"""A partnership's milestone carries its add form's key, unique per network (older rows and
the demo's have none)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("followthrough", "0006_partnership_idempotency_key")]

    operations = [
        migrations.AddField(
            model_name="partnershipmilestone",
            name="idempotency_key",
            field=models.UUIDField(blank=True, editable=False, null=True),
        ),
        migrations.AddConstraint(
            model_name="partnershipmilestone",
            constraint=models.UniqueConstraint(
                fields=("network", "idempotency_key"), name="partnership_milestone_key_once"
            ),
        ),
    ]
