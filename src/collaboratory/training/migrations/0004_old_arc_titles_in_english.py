"""A new cohort's five arc sessions used to be titled in the language of the trainer who
made the cohort ("Formación inmersiva"), so its English trainees read Spanish. The titles
are now stored in English and shown in each reader's language (training.models.ARC_DEFAULTS);
this gives the sessions made before that the English title, as saving each one unchanged
through its edit form would. Only a session whose title is exactly what the software wrote
for its kind changes: anything a trainer typed stays."""

from django.db import migrations

# The software's own titles as it wrote them, frozen here (a migration must not follow later
# changes of the translations), by session kind: the Spanish of the default arc, with both
# spellings the virtual sessions had ("su" until the translations moved to "tu").
WRITTEN_IN_SPANISH = {
    "opening": {"Experiencia de apertura": "Opening experience"},
    "immersion": {"Inmersión en un encuentro nacional": "Immersion at a national gathering"},
    "training": {"Formación inmersiva": "Immersive training"},
    "virtual": {
        "Formación virtual: diseñar su red": "Virtual training: designing your network",
        "Formación virtual: diseñar tu red": "Virtual training: designing your network",
        "Formación virtual: su primer encuentro": "Virtual training: your first gathering",
        "Formación virtual: tu primer encuentro": "Virtual training: your first gathering",
    },
}


def store_old_arc_titles_in_english(apps, schema_editor):
    ArcSession = apps.get_model("training", "ArcSession")
    for kind, titles in WRITTEN_IN_SPANISH.items():
        for spanish, english in titles.items():
            ArcSession._base_manager.filter(kind=kind, title=spanish).update(title=english)


class Migration(migrations.Migration):
    dependencies = [
        ("training", "0003_practice_kept_and_assignment_created"),
    ]

    operations = [
        migrations.RunPython(store_old_arc_titles_in_english, migrations.RunPython.noop),
    ]
