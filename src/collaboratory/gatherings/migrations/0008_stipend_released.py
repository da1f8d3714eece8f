"""An approved stipend whose member no longer holds a seat goes back to the budget: the
status "released" (stipends only; the choices are shared with substitutions), when it
happened, and a committed total that cannot go below zero."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("gatherings", "0007_substitution_revoked"),
    ]

    operations = [
        migrations.AddField(
            model_name="stipendrequest",
            name="released_at",
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
                    ("released", "Released: no longer coming"),
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
                    ("released", "Released: no longer coming"),
                ],
                default="pending",
                max_length=10,
            ),
        ),
        migrations.AddConstraint(
            model_name="gathering",
            constraint=models.CheckConstraint(
                condition=models.Q(("stipend_committed__gte", 0)),
                name="gathering_stipends_not_negative",
            ),
        ),
    ]
