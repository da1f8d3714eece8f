"""What a typed text may hold. Pure: standard library only, no Django.

A single-line text (a name, a title, a commitment) ends up in email subjects, CSV cells,
calendar lines and live frames, where a line break breaks the format (an email header with a
newline is refused outright). So it holds no line break and no control character at all.
A multi-line text (a description, a note) may break lines and use tabs, but holds no other
control character (NUL, escape, backspace, ...), which no one types and nothing displays.
"""

from __future__ import annotations

import re
import unicodedata

# Every control character (Unicode category Cc: U+0000-U+001F and U+007F-U+009F) and the
# Unicode line and paragraph separators, which str.splitlines and browsers treat as breaks.
_NOT_ONE_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
# The same without the line feed, carriage return and tab a textarea sends.
_NOT_MULTI_LINE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

# A line break or tab as a text area sends it (and the Unicode separators), with the spaces
# and other breaks around it.
_BREAK_RUN = re.compile("[ \t\r\n\u2028\u2029]*[\t\r\n\u2028\u2029][ \t\r\n\u2028\u2029]*")


def fold_lines(text: str) -> str:
    """`text` with each run of line breaks and tabs (and the spaces around it) made one
    space: for a one-line text typed in a text area, where return is natural on a phone.
    Other control characters stay, for the one-line rule to refuse."""
    return _BREAK_RUN.sub(" ", text)


def is_one_line(text: str) -> bool:
    """True when `text` has no line break and no control character."""
    return _NOT_ONE_LINE.search(text) is None


def fold_case_and_accents(text: str) -> str:
    """Lower case without accents, for comparing and sorting what people type in English and
    Spanish alike: "Salón" meets "salon", "Educación" sorts beside "Economía"."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def search_text(text: str, *, limit: int = 100) -> str:
    """What a search box's value may look for: control characters become spaces (a NUL
    cannot even reach PostgreSQL), outer spaces go, and it is cut at `limit` characters."""
    return _NOT_ONE_LINE.sub(" ", text[:limit]).strip()


def is_clean_multi_line(text: str) -> bool:
    """True when `text` has no control character other than line breaks and tabs."""
    return _NOT_MULTI_LINE.search(text) is None
