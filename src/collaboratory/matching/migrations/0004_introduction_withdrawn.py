"""An introduction request can be withdrawn by the member who asked, while it waits."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("matching", "0003_introduction_idempotency_key"),
    ]

    operations = [
        migrations.AlterField(
            model_name="introductionrequest",
            name="status",
            field=models.CharField(
                choices=[
                    ("sent", "Sent by email"),
                    ("pending", "Waiting for a steward"),
                    ("done", "Introduced by a steward"),
                    ("declined", "Declined by a steward"),
                    ("withdrawn", "Withdrawn by the member"),
                ],
                max_length=10,
            ),
        ),
    ]
