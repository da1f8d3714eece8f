"""Profile photos reach fellow members as pixels only: no EXIF (GPS), comments or XMP, upright,
at most 1024 px; files that are not pictures, damaged or too large are refused and change
nothing; photos stored before re-encoding are cleaned by a data migration."""

from __future__ import annotations

import importlib
import io
import struct
import zlib

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django_scopes import scopes_disabled
from PIL import ExifTags, Image

from collaboratory.networks.models import Membership
from collaboratory.people.models import Profile, User
from collaboratory.people.photos import photo_reencode
from collaboratory.people.services import profile_photo_set
from tests.conftest import TINY_PNG, World, client_for

RED, BLUE = (255, 0, 0), (0, 0, 255)


def phone_jpeg(width: int = 2000, height: int = 1000) -> bytes:
    """A JPEG as a phone writes it: pixels stored sideways with EXIF Orientation 6 (turn 90
    degrees clockwise to show), GPS coordinates, a camera model, a comment and XMP. The stored
    left half is red, the right half blue, so upright the top is red and the bottom blue."""
    image = Image.new("RGB", (width, height), BLUE)
    image.paste(RED, (0, 0, width // 2, height))
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6
    exif[ExifTags.Base.Model] = "CANARY-PHONE-MODEL"
    exif.get_ifd(ExifTags.IFD.GPSInfo).update(
        {
            ExifTags.GPS.GPSLatitudeRef: "N",
            ExifTags.GPS.GPSLatitude: (40.0, 26.0, 46.0),
            ExifTags.GPS.GPSLongitudeRef: "W",
            ExifTags.GPS.GPSLongitude: (79.0, 58.0, 56.0),
        }
    )
    out = io.BytesIO()
    image.save(
        out,
        format="JPEG",
        exif=exif.tobytes(),
        comment=b"CANARY-COMMENT",
        xmp=b"<x:xmpmeta>CANARY-XMP</x:xmpmeta>",
    )
    return out.getvalue()


def png_declaring(width: int, height: int) -> bytes:
    """A tiny PNG whose header declares `width` x `height` pixels: a decompression bomb's
    shape (Pillow reads the size before any pixel)."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    return (
        TINY_PNG[:8]
        + struct.pack(">I", len(ihdr))
        + chunk
        + struct.pack(">I", zlib.crc32(chunk))
        + TINY_PNG[33:]
    )


def photo_of(world: World, person: User) -> tuple[int, object]:
    """The photo route of `person` in alpha, fetched as the member persona (someone else)."""
    with scopes_disabled():
        membership = Membership.objects.get(network=world.alpha, user=person)
    response = client_for(world.personas["member"]).get(f"/n/alpha/members/{membership.pk}/photo/")
    return response.status_code, response


def test_a_phone_photo_with_gps_reaches_other_members_upright_shrunk_and_without_metadata(
    world: World,
) -> None:
    steward = world.personas["steward"]
    upload = phone_jpeg()
    original = Image.open(io.BytesIO(upload))
    assert original.getexif().get_ifd(ExifTags.IFD.GPSInfo)  # the test's own premise
    assert b"Exif" in upload
    assert b"CANARY-COMMENT" in upload

    response = client_for(steward).post(
        "/me/profile/",
        {"form": "photo", "photo": SimpleUploadedFile("IMG_0001.jpg", upload, "image/jpeg")},
    )
    status, photo = photo_of(world, steward)  # type: ignore[arg-type]

    served = Image.open(io.BytesIO(photo.content))  # type: ignore[attr-defined]
    assert (response.status_code, status) == (302, 200)
    assert photo["Content-Type"] == "image/jpeg"  # type: ignore[index]
    assert dict(served.getexif()) == {}
    assert served.info.get("exif") is None
    assert served.info.get("icc_profile") is None
    assert served.info.get("comment") is None
    for marker in (b"Exif", b"GPS", b"CANARY", b"xmpmeta", b"http://ns.adobe.com"):
        assert marker not in photo.content  # type: ignore[attr-defined]
    # Upright: the 2000 x 1000 sideways picture is shown 1000 x 2000, capped at 1024 px.
    assert (served.format, served.size) == ("JPEG", (512, 1024))
    top, bottom = served.getpixel((256, 100)), served.getpixel((256, 924))
    assert max(abs(a - b) for a, b in zip(top, RED, strict=True)) < 40  # type: ignore[arg-type]
    assert max(abs(a - b) for a, b in zip(bottom, BLUE, strict=True)) < 40  # type: ignore[arg-type]


def _upload(world: World, name: str, content: bytes) -> str:
    response = client_for(world.personas["steward"]).post(
        "/me/profile/", {"form": "photo", "photo": SimpleUploadedFile(name, content)}
    )
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "notes.jpg",
            b"Dear diary, this is text with a picture's name.\n" * 10,
            "This file is not a JPEG, PNG or WebP picture we can read.",
        ),
        (
            "cut-short.jpg",
            phone_jpeg(400, 300)[:1500],
            "This file is not a JPEG, PNG or WebP picture we can read.",
        ),
        (
            "huge.jpg",
            b"\xff\xd8\xff\xe0" + b"\0" * (2 * 1024 * 1024),
            "The photo is larger than 2 MB: choose a smaller one.",
        ),
        (
            "wide.png",
            png_declaring(8000, 4000),
            "The picture is 8000 x 4000 pixels: choose one of at most 24 megapixels.",
        ),
        (
            "bomb.png",
            png_declaring(50000, 50000),
            "This file is not a JPEG, PNG or WebP picture we can read.",
        ),
        (
            "drawing.gif",
            b"GIF89a\x01\x00\x01\x00\x00\x00\x00;",
            "This file is not a JPEG, PNG or WebP picture we can read.",
        ),
    ],
    ids=["text-named-jpg", "truncated", "over-2-mb", "over-24-mp", "decompression-bomb", "gif"],
)
def test_bad_files_get_a_clear_error_and_keep_the_photo_there_was(
    world: World, name: str, content: bytes, message: str
) -> None:
    steward = world.personas["steward"]
    before = profile_photo_set(
        user=steward,  # type: ignore[arg-type]
        upload=SimpleUploadedFile("p.png", TINY_PNG),
    )
    stored = (before.photo.name, before.photo_type)

    page = _upload(world, name, content)

    after = Profile.objects.get(user=steward)
    assert message in page
    assert (after.photo.name, after.photo_type) == stored
    assert default_storage.exists(stored[0])


def test_the_data_migration_cleans_photos_stored_as_uploaded(
    world: World, django_capture_on_commit_callbacks
) -> None:
    """Photos stored before re-encoding (byte for byte, GPS included) are rewritten in place
    of the old files; one that no longer decodes is removed rather than served."""
    steward, member = world.personas["steward"], world.personas["member"]
    legacy = default_storage.save("photos/legacy-gps", ContentFile(phone_jpeg()))
    broken = default_storage.save("photos/legacy-broken", ContentFile(b"not a picture"))
    Profile.objects.update_or_create(
        user=steward, defaults={"photo": legacy, "photo_type": "image/jpeg"}
    )
    Profile.objects.update_or_create(
        user=member, defaults={"photo": broken, "photo_type": "image/jpeg"}
    )
    migration = importlib.import_module(
        "collaboratory.people.migrations.0004_reencode_stored_photos"
    )

    with django_capture_on_commit_callbacks(execute=True):
        migration.reencode_stored_photos(apps, None)

    cleaned, removed = Profile.objects.get(user=steward), Profile.objects.get(user=member)
    with cleaned.photo.open("rb") as stored:
        content = stored.read()
    image = Image.open(io.BytesIO(content))
    assert (cleaned.photo_type, image.size, dict(image.getexif())) == (
        "image/jpeg",
        (512, 1024),
        {},
    )
    assert b"GPS" not in content
    assert (removed.photo.name, removed.photo_type) == ("", "")
    assert (default_storage.exists(legacy), default_storage.exists(broken)) == (False, False)


def _translucent_png() -> bytes:
    image = Image.new("RGBA", (1500, 300), (0, 128, 0, 100))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


@pytest.mark.parametrize(
    "content",
    [
        phone_jpeg(),
        phone_jpeg(300, 200),
        _translucent_png(),
        TINY_PNG,
        phone_jpeg(400, 300)[:1500],
        b"\xff\xd8\xff\xe0" + b"\0" * (2 * 1024 * 1024),
        png_declaring(8000, 4000),
        png_declaring(50000, 50000),
        b"GIF89a\x01\x00\x01\x00\x00\x00\x00;",
    ],
    ids=[
        "phone",
        "small-phone",
        "translucent",
        "tiny",
        "truncated",
        "over-2-mb",
        "wide",
        "bomb",
        "gif",
    ],
)
def test_the_migrations_frozen_copy_reencodes_as_uploads_are_today(content: bytes) -> None:
    """People migration 0004 carries its own copy of the re-encoding (a migration must not
    follow later changes of app code); today both give the same bytes, or both refuse."""
    migration = importlib.import_module(
        "collaboratory.people.migrations.0004_reencode_stored_photos"
    )

    def frozen() -> tuple[bytes, str] | str:
        try:
            return migration.photo_reencode(io.BytesIO(content), size=len(content))
        except ValidationError:
            return "refused"

    def today() -> tuple[bytes, str] | str:
        try:
            clean = photo_reencode(io.BytesIO(content), size=len(content))
        except ValidationError:
            return "refused"
        return clean.content, clean.content_type

    assert frozen() == today()
