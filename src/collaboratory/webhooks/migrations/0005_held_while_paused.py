"""What a paused hook chose and missed, kept until it is switched on again."""

import collaboratory.validators
import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("webhooks", "0004_delivery_error_code"),
    ]

    operations = [
        migrations.CreateModel(
            name="WebhookHeld",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "event_type",
                    models.CharField(
                        max_length=40,
                        validators=[collaboratory.validators.OneLineValidator("event type")],
                    ),
                ),
                (
                    "action",
                    models.CharField(
                        max_length=60,
                        validators=[collaboratory.validators.OneLineValidator("action")],
                    ),
                ),
                (
                    "target_id",
                    models.CharField(
                        max_length=64,
                        validators=[collaboratory.validators.OneLineValidator("target")],
                    ),
                ),
                ("data", models.JSONField(blank=True, default=dict)),
                ("occurred_at", models.DateTimeField()),
                (
                    "webhook",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="webhooks.webhook",
                    ),
                ),
            ],
            options={
                "ordering": ["pk"],
            },
        ),
    ]
