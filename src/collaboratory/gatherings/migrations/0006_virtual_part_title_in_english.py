"""A virtual gathering's one part used to be titled in the language of the steward who made
the gathering ("Encuentro virtual"), so its English readers saw Spanish. The title is now
stored in English and shown in each reader's language (gatherings.models.PART_DEFAULTS);
this gives the parts made before that the English title. Only virtual gatherings' parts
with exactly the title the software wrote are changed: anything a steward typed stays."""

from django.db import migrations

# The software's own titles as it wrote them, frozen here (a migration must not follow later
# changes of the translations): the Spanish of "Virtual gathering".
WRITTEN_IN_SPANISH = {"Encuentro virtual": "Virtual gathering"}


def store_virtual_part_titles_in_english(apps, schema_editor):
    GatheringPart = apps.get_model("gatherings", "GatheringPart")
    for spanish, english in WRITTEN_IN_SPANISH.items():
        GatheringPart._base_manager.filter(gathering__format="virtual", title=spanish).update(
            title=english
        )


class Migration(migrations.Migration):
    dependencies = [
        ("gatherings", "0005_plain_text_validators"),
    ]

    operations = [
        migrations.RunPython(store_virtual_part_titles_in_english, migrations.RunPython.noop),
    ]
