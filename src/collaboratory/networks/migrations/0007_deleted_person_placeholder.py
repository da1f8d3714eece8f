"""Records of people who deleted their account kept the address `deleted-<account id>@invalid`
(nominations of them, invitations to them): the id tied each row to the deleted account. They
now keep `deleted@invalid`, the same for everyone (networks.services.people); this rewrites the
rows stored before. Only that exact shape is touched: `.invalid` is no address anyone has, so
no real nomination or invitation can have it."""

import re

from django.db import migrations

# Frozen here: a migration must not follow later changes of the services.
PLACEHOLDER = "deleted@invalid"
MADE_FROM_AN_ID = re.compile(r"deleted-[0-9]+@invalid")


def forget_the_ids(apps, schema_editor):
    for model, field in (("Nomination", "nominee_email"), ("Invitation", "email")):
        rows = apps.get_model("networks", model)._base_manager
        found = rows.filter(
            **{f"{field}__startswith": "deleted-", f"{field}__endswith": "@invalid"}
        ).values_list("pk", field)
        pks = [pk for pk, email in found if MADE_FROM_AN_ID.fullmatch(email)]
        for start in range(0, len(pks), 500):
            rows.filter(pk__in=pks[start : start + 500]).update(**{field: PLACEHOLDER})


class Migration(migrations.Migration):
    dependencies = [
        ("networks", "0006_network_is_practice"),
    ]

    operations = [
        migrations.RunPython(forget_the_ids, migrations.RunPython.noop),
    ]
