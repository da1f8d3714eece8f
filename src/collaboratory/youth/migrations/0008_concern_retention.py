"""A concern keeps the date of birth of the young person it names, to time its own deletion
once they are unlinked (`youth_retention_run`). No data step: the retention run copies it
from a linked person's cohort membership, as deleting or unlinking a person does first."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("youth", "0007_concern_rows_told_apart"),
    ]

    operations = [
        migrations.AddField(
            model_name="concern",
            name="named_born_on",
            field=models.DateField(blank=True, null=True),
        ),
    ]
