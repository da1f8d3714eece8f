"""The short-name rule (validators.validate_short_name) on the field itself. Validators live
in Python only: no table changes and no row is rewritten, so a short name saved before the
rule stays as it was (docs/architecture.md)."""

import collaboratory.validators
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("networks", "0015_mail_retry_link_news"),
    ]

    operations = [
        migrations.AlterField(
            model_name="network",
            name="slug",
            field=models.SlugField(
                unique=True,
                validators=[collaboratory.validators.validate_short_name],
                verbose_name="short name",
            ),
        ),
    ]
