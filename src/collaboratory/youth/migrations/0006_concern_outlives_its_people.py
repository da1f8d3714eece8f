"""A concern outlives the people it names: who filed it is told apart without the account
(`by_guardian`), and a guardian's report links the member (`member`, emptied when they go)
instead of naming them in `page`. The rows are filled in by 0007: on PostgreSQL an update
in the migration that adds the foreign key leaves trigger events pending, and the index
Django creates at its end is then refused ("cannot CREATE INDEX ... pending trigger
events")."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("youth", "0005_money_asked_at_18"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="concern",
            name="by_guardian",
            field=models.BooleanField(default=False),
        ),
        migrations.AddField(
            model_name="concern",
            name="member",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
    ]
