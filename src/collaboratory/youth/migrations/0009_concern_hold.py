"""A safeguarding lead can hold a concern (an investigation, a legal hold) so the retention
run does not delete it on its date. Schema only: no concern was held before, so every row
starts unheld (all three fields empty) and there is nothing to fill."""

import collaboratory.validators
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("youth", "0008_concern_retention"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="concern",
            name="held_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name="concern",
            name="held_by",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddField(
            model_name="concern",
            name="hold_reason",
            field=models.CharField(
                blank=True,
                max_length=300,
                validators=[collaboratory.validators.OneLineValidator("the reason for the hold")],
            ),
        ),
    ]
