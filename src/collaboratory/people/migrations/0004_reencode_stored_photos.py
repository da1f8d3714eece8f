"""Re-encode the profile photos stored before uploads were re-encoded.

Until then a photo was kept and served byte for byte as uploaded, EXIF GPS included. A data
migration rather than a command an operator must remember: every upgrade runs `collaboratory
migrate`, so no installation keeps serving old photos' metadata. A stored photo that no longer
decodes (or whose file is gone) is removed: it cannot be shown to be clean.

Files are written under new names and the old ones deleted only after the migration commits,
so a failure half-way leaves every row pointing at a file that exists.
"""

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import migrations, transaction


def reencode_stored_photos(apps, schema_editor):
    from collaboratory.people.photos import photo_reencode

    Profile = apps.get_model("people", "Profile")
    for profile in Profile.objects.exclude(photo="").iterator():
        old = profile.photo.name
        storage = profile.photo.storage
        try:
            with storage.open(old, "rb") as source:
                clean = photo_reencode(source, size=storage.size(old))
        except (ValidationError, OSError):
            Profile.objects.filter(pk=profile.pk).update(photo="", photo_type="")
        else:
            profile.photo.save("photo", ContentFile(clean.content), save=False)
            Profile.objects.filter(pk=profile.pk).update(
                photo=profile.photo.name, photo_type=clean.content_type
            )
        transaction.on_commit(lambda old=old, storage=storage: storage.delete(old))


class Migration(migrations.Migration):
    dependencies = [("people", "0003_plain_text_validators")]

    operations = [
        migrations.RunPython(reencode_stored_photos, migrations.RunPython.noop, elidable=True),
    ]
