"""Re-encode the profile photos stored before uploads were re-encoded.

Until then a photo was kept and served byte for byte as uploaded, EXIF GPS included. A data
migration rather than a command an operator must remember: every upgrade runs `collaboratory
migrate`, so no installation keeps serving old photos' metadata. A stored photo that no longer
decodes (or whose file is gone) is removed: it cannot be shown to be clean.

Files are written under new names and the old ones deleted only after the migration commits,
so a failure half-way leaves every row pointing at a file that exists.
"""

import io
import warnings

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import migrations, transaction
from PIL import Image, ImageOps, UnidentifiedImageError

# Frozen on purpose: a copy of `people.photos.photo_reencode` as it was when this migration
# was written (its limits, its formats, its encoding), so the migration cleans photos the
# same way on every installation whenever it runs and does not follow later changes of the
# upload path (nor break if it moves). tests/people/test_photos.py checks that the two
# agree today. A photo refused here is removed, whatever the reason, so the refusals carry
# no message.
MAX_BYTES = 2 * 1024 * 1024
MAX_PIXELS = 24_000_000
MAX_SIDE = 1024
JPEG_QUALITY = 85
READ_FORMATS = ("JPEG", "PNG", "WEBP")


def photo_reencode(source, *, size):
    """(content, content type) of the picture in `source`: upright, at most MAX_SIDE pixels
    a side, no metadata; JPEG when opaque, PNG with transparency. ValidationError when too
    large, not a picture, or damaged."""
    if size > MAX_BYTES:
        raise ValidationError("too big")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(source, formats=READ_FORMATS)
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise ValidationError("too many pixels")
            image.draft("RGB", (MAX_SIDE * 2, MAX_SIDE * 2))
            image.load()
            upright = ImageOps.exif_transpose(image)
    except ValidationError:
        raise
    except (
        UnidentifiedImageError,
        Image.DecompressionBombError,
        Image.DecompressionBombWarning,
        OSError,
        SyntaxError,
        ValueError,
        EOFError,
    ) as error:
        raise ValidationError("unreadable") from error
    has_alpha = upright.mode in {"RGBA", "LA", "PA"} or (
        upright.mode == "P" and "transparency" in upright.info
    )
    mode = "RGBA" if has_alpha else "RGB"
    converted = upright.convert(mode)
    converted.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    bare = Image.frombytes(mode, converted.size, converted.tobytes())
    out = io.BytesIO()
    if has_alpha:
        bare.save(out, format="PNG", optimize=True)
        return out.getvalue(), "image/png"
    bare.save(out, format="JPEG", quality=JPEG_QUALITY, optimize=True)
    return out.getvalue(), "image/jpeg"


def reencode_stored_photos(apps, schema_editor):
    Profile = apps.get_model("people", "Profile")
    for profile in Profile.objects.exclude(photo="").iterator():
        old = profile.photo.name
        storage = profile.photo.storage
        try:
            with storage.open(old, "rb") as source:
                content, content_type = photo_reencode(source, size=storage.size(old))
        except (ValidationError, OSError):
            Profile.objects.filter(pk=profile.pk).update(photo="", photo_type="")
        else:
            profile.photo.save("photo", ContentFile(content), save=False)
            Profile.objects.filter(pk=profile.pk).update(
                photo=profile.photo.name, photo_type=content_type
            )
        transaction.on_commit(lambda old=old, storage=storage: storage.delete(old))


class Migration(migrations.Migration):
    dependencies = [("people", "0003_plain_text_validators")]

    operations = [
        migrations.RunPython(reencode_stored_photos, migrations.RunPython.noop, elidable=True),
    ]
