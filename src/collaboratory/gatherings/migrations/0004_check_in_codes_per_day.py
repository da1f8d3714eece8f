"""Check-in codes per gathering day: each gathering gets a secret from which every day's code
is derived (gatherings.selectors.check_in_code_for), and the old single code goes. The old
code was shown to every member on the gathering page, so it is not reused as the secret: every
existing gathering gets a fresh, distinct one."""

import secrets

import collaboratory.gatherings.models
from django.db import migrations, models


def give_each_gathering_its_own_secret(apps, schema_editor):
    # AddField fills existing rows with one value computed once; replace it row by row.
    Gathering = apps.get_model("gatherings", "Gathering")
    for pk in Gathering._base_manager.values_list("pk", flat=True):
        Gathering._base_manager.filter(pk=pk).update(check_in_secret=secrets.token_urlsafe(32))


class Migration(migrations.Migration):
    dependencies = [
        ("gatherings", "0003_page_versions"),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name="gathering",
            name="gathering_check_in_code_unique",
        ),
        migrations.RemoveField(
            model_name="gathering",
            name="check_in_code",
        ),
        migrations.AddField(
            model_name="gathering",
            name="check_in_secret",
            field=models.CharField(
                default=collaboratory.gatherings.models.new_check_in_secret,
                editable=False,
                max_length=64,
            ),
        ),
        migrations.RunPython(give_each_gathering_its_own_secret, migrations.RunPython.noop),
    ]
