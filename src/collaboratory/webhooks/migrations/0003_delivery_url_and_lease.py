"""Each delivery keeps the URL it was queued for (existing ones: their hook's URL now), and
the lease of an attempt under way moves from `next_attempt_at` to its own column."""

import collaboratory.validators
from django.db import migrations, models
from django.db.models import OuterRef, Subquery


def bind_to_current_url(apps, schema_editor):
    Webhook = apps.get_model("webhooks", "Webhook")
    WebhookDelivery = apps.get_model("webhooks", "WebhookDelivery")
    WebhookDelivery._base_manager.update(
        url=Subquery(Webhook._base_manager.filter(pk=OuterRef("webhook_id")).values("url")[:1])
    )


class Migration(migrations.Migration):
    dependencies = [
        ("webhooks", "0002_commitment_withdrawn"),
    ]

    operations = [
        migrations.AddField(
            model_name="webhookdelivery",
            name="url",
            field=models.CharField(
                default="",
                max_length=500,
                validators=collaboratory.validators.one_line("URL"),
            ),
            preserve_default=False,
        ),
        migrations.RunPython(bind_to_current_url, migrations.RunPython.noop),
        migrations.AddField(
            model_name="webhookdelivery",
            name="sending_until",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AlterField(
            model_name="webhookdelivery",
            name="status",
            field=models.CharField(
                choices=[
                    ("pending", "pending"),
                    ("delivered", "delivered"),
                    ("failed", "failed"),
                    ("cancelled", "cancelled"),
                ],
                default="pending",
                max_length=10,
            ),
        ),
    ]
