"""QR codes as standalone SVG responses: the check-in code and the live room's join code.

segno's `svg_inline` output is meant for pasting into HTML and lacks the SVG namespace, so a
browser shows it as a broken image in an `<img>`; `save(kind="svg")` writes a full document.
Used by gatherings and commitments, so it sits beside them, not in the shell (web) above them.
"""

from __future__ import annotations

import io

import segno
from django.http import HttpResponse


def qr_svg_response(link: str, *, title: str, scale: int = 10) -> HttpResponse:
    buffer = io.BytesIO()
    segno.make(link, error="m").save(
        buffer, kind="svg", scale=scale, dark="#000", light="#fff", title=title
    )
    return HttpResponse(buffer.getvalue(), content_type="image/svg+xml")
