"""What a typed text may hold. Pure: standard library only, no Django.

A single-line text (a name, a title, a commitment) ends up in email subjects, CSV cells,
calendar lines and live frames, where a line break breaks the format (an email header with a
newline is refused outright). So it holds no line break and no control character at all.
A multi-line text (a description, a note) may break lines and use tabs, but holds no other
control character (NUL, escape, backspace, ...), which no one types and nothing displays.
"""

from __future__ import annotations

import re

# Every control character (Unicode category Cc: U+0000-U+001F and U+007F-U+009F) and the
# Unicode line and paragraph separators, which str.splitlines and browsers treat as breaks.
_NOT_ONE_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
# The same without the line feed, carriage return and tab a textarea sends.
_NOT_MULTI_LINE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def is_one_line(text: str) -> bool:
    """True when `text` has no line break and no control character."""
    return _NOT_ONE_LINE.search(text) is None


def search_text(text: str, *, limit: int = 100) -> str:
    """What a search box's value may look for: control characters become spaces (a NUL
    cannot even reach PostgreSQL), outer spaces go, and it is cut at `limit` characters."""
    return _NOT_ONE_LINE.sub(" ", text[:limit]).strip()


def is_clean_multi_line(text: str) -> bool:
    """True when `text` has no control character other than line breaks and tabs."""
    return _NOT_MULTI_LINE.search(text) is None
