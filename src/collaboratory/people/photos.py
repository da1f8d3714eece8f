"""Profile photos are re-encoded from their pixels, never stored or served as uploaded.

A phone's photo carries where and when it was taken (EXIF GPS), the device, often a thumbnail
of the uncropped original, ICC/XMP blocks and comments. Members include minors, so nothing
but the pixels may reach the people who view a photo: each upload is decoded (JPEG, PNG or
WebP only), turned upright from its EXIF orientation (so dropping the EXIF does not turn it
sideways), shrunk to at most `MAX_SIDE` pixels and written into a new file with no metadata.

Decoding is where hostile files bite, so the limits come first: the upload's size, then the
pixel count read from the header (a small file can declare a huge canvas: a "decompression
bomb"), and only then the pixels.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from typing import IO

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_BYTES = 2 * 1024 * 1024
# 24 megapixels (6000 x 4000): any phone photo that fits in MAX_BYTES, while the decoded
# pixels of the largest allowed image stay under 100 MB of memory.
MAX_PIXELS = 24_000_000
# The longest side of a stored photo; the directory shows 64 px, a profile at most a few
# hundred, so 1024 leaves room for high-density screens.
MAX_SIDE = 1024
JPEG_QUALITY = 85
# What Pillow may decode: the formats the form offers (its JPEG reader also reads MPO, the
# multi-picture JPEG some phones write; only the first picture is kept).
READ_FORMATS = ("JPEG", "PNG", "WEBP")


@dataclass(frozen=True)
class CleanPhoto:
    content: bytes
    content_type: str
    width: int
    height: int


def _unreadable() -> ValidationError:
    return ValidationError(
        {"photo": _("This file is not a JPEG, PNG or WebP picture we can read.")},
        code="invalid",
    )


def photo_reencode(source: IO[bytes], *, size: int) -> CleanPhoto:
    """The picture in `source`, upright, at most MAX_SIDE pixels a side, with no metadata.

    Opaque pictures become JPEG, pictures with transparency PNG. Raises ValidationError (on
    "photo") for anything too large, not a picture, or damaged.
    """
    if size > MAX_BYTES:
        raise ValidationError(
            {"photo": _("The photo is larger than 2 MB: choose a smaller one.")}, code="too_big"
        )
    try:
        with warnings.catch_warnings():
            # Pillow only warns between its own limit and twice that; treat both as refusal.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(source, formats=READ_FORMATS)
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise ValidationError(
                    {
                        "photo": _(
                            "The picture is %(width)s x %(height)s pixels: choose one of at "
                            "most 24 megapixels."
                        )
                        % {"width": width, "height": height}
                    },
                    code="too_many_pixels",
                )
            # JPEGs can decode at 1/2, 1/4 or 1/8 scale: far less memory and time for a
            # large photo that is shrunk anyway.
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
        raise _unreadable() from error
    has_alpha = upright.mode in {"RGBA", "LA", "PA"} or (
        upright.mode == "P" and "transparency" in upright.info
    )
    mode = "RGBA" if has_alpha else "RGB"
    converted = upright.convert(mode)
    converted.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    # A new image from the bare pixels: no `info` (EXIF, ICC, XMP, comments, text chunks)
    # can ride along into the encoder, whatever the format's defaults are.
    bare = Image.frombytes(mode, converted.size, converted.tobytes())
    out = io.BytesIO()
    if has_alpha:
        bare.save(out, format="PNG", optimize=True)
        content_type = "image/png"
    else:
        bare.save(out, format="JPEG", quality=JPEG_QUALITY, optimize=True)
        content_type = "image/jpeg"
    return CleanPhoto(
        content=out.getvalue(),
        content_type=content_type,
        width=bare.width,
        height=bare.height,
    )
