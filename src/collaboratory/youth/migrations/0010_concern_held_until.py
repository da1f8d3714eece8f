"""A hold on a safeguarding concern gets a review date (`held_until`) and a record of the
date the leads were reminded of (`hold_reminded_for`): a hold with no end kept a minor's
record for ever once forgotten. Schema only: the held rows get their date in 0011, then
0012 requires one on every hold."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("youth", "0009_concern_hold"),
    ]

    operations = [
        migrations.AddField(
            model_name="concern",
            name="held_until",
            field=models.DateField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name="concern",
            name="hold_reminded_for",
            field=models.DateField(blank=True, null=True),
        ),
    ]
