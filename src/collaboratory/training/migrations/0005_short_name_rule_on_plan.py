"""The short-name rule (validators.validate_short_name) on the field itself. Validators live
in Python only: no table changes and no row is rewritten, so a short name saved before the
rule stays as it was (docs/architecture.md)."""

import collaboratory.validators
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("training", "0004_old_arc_titles_in_english"),
    ]

    operations = [
        migrations.AlterField(
            model_name="application",
            name="network_slug",
            field=models.SlugField(
                blank=True,
                validators=[
                    collaboratory.validators.validate_short_name,
                    collaboratory.validators.OneLineValidator("the short name"),
                ],
                verbose_name="short name of your network",
            ),
        ),
    ]
