"""A hold always has its review date, and only a hold has one (0011 dated the older holds)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("youth", "0011_concern_held_until_fill"),
    ]

    operations = [
        migrations.AddConstraint(
            model_name="concern",
            constraint=models.CheckConstraint(
                condition=models.Q(held_at__isnull=True, held_until__isnull=True)
                | models.Q(held_at__isnull=False, held_until__isnull=False),
                name="youth_concern_hold_dated",
            ),
        ),
    ]
