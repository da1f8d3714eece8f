"""A steward can withdraw an approved substitute: the status "revoked" (substitutions only;
the choices are shared with stipends) and when it happened."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("gatherings", "0006_virtual_part_title_in_english"),
    ]

    operations = [
        migrations.AddField(
            model_name="substitution",
            name="revoked_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AlterField(
            model_name="stipendrequest",
            name="status",
            field=models.CharField(
                choices=[
                    ("pending", "Waiting for a steward"),
                    ("approved", "Approved"),
                    ("denied", "Denied"),
                    ("revoked", "Withdrawn by a steward"),
                ],
                default="pending",
                max_length=10,
            ),
        ),
        migrations.AlterField(
            model_name="substitution",
            name="status",
            field=models.CharField(
                choices=[
                    ("pending", "Waiting for a steward"),
                    ("approved", "Approved"),
                    ("denied", "Denied"),
                    ("revoked", "Withdrawn by a steward"),
                ],
                default="pending",
                max_length=10,
            ),
        ),
    ]
