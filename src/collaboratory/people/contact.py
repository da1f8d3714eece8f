"""Contact details in free text (pure: no database, no Django).

Safeguards (minors): no contact details of a minor are visible to adults. A youth member's
profile text (about me, issue areas, city and region, offers) is read by the adults of
their cohort, so it may carry none: an email address (also written "name at mail dot com"),
a phone number, a social handle ("@name", "insta: name") or a link to a messaging or social
profile. `contact_details_in` finds them for a clear refusal on save; `without_contact_details`
replaces them in text stored before the refusal existed (people migration 0006).

Deliberately wide: a false alarm costs a student a rewording; a miss reaches an adult's
screen. Years and year ranges ("2019-2020", "class of 2026") are not phone numbers."""

from __future__ import annotations

import re

# What stands where a contact detail was taken out of stored text: language-neutral, since
# the same stored text is read in every language.
REMOVED = "[…]"

_EMAIL = r"[\w.+-]+\s?@\s?[\w-]+(?:\.[\w-]+)+"
_EMAIL_SPELLED = (
    r"\b[\w.+-]+\s*[\[(]?\s*(?:at|arroba)\s*[\])]?\s*[\w-]+\s*[\[(]?\s*(?:dot|punto)\s*[\])]?"
    r"\s*(?:com|org|net|edu|io|co|us|mx|es)\b"
)
# Nine or more digits in a phone's shape (a leading +, spaces, dots, dashes, brackets), or
# the seven of a local number (555-1234); a year range has four and four.
_PHONE_LONG = r"\+?\(?\d(?:[\s().-]{0,3}\d){8,}"
_PHONE_LOCAL = r"(?<![\d-])\d{3}[\s.-]\d{4}(?![\d-])"
_HANDLE = r"(?<![\w.@])@[A-Za-z0-9_][A-Za-z0-9_.]{1,29}"
_SOCIAL = (
    r"\b(?:insta(?:gram)?|ig|snap(?:chat)?|sc|tiktok|tt|discord|telegram|whatsapp|wa|signal|kik|"
    r"twitter|threads|facebook|fb|twitch|youtube)\s*[:=]\s*@?[\w.#-]{2,}"
)
_LINK = (
    r"\b(?:https?://)?(?:www\.)?(?:instagram\.com|facebook\.com|fb\.com|fb\.me|tiktok\.com|"
    r"snapchat\.com|twitter\.com|x\.com|t\.me|wa\.me|discord\.gg|discord\.com|linkedin\.com|"
    r"youtube\.com|twitch\.tv|threads\.net|signal\.me)/\S+"
)

_FOUND = re.compile(
    "|".join(
        f"(?P<{n}>{p})"
        for n, p in (
            ("link", _LINK),
            ("email", _EMAIL),
            ("email_spelled", _EMAIL_SPELLED),
            ("social", _SOCIAL),
            ("handle", _HANDLE),
            ("phone", _PHONE_LONG),
            ("phone_local", _PHONE_LOCAL),
        )
    ),
    re.IGNORECASE,
)

# The kind of each pattern, as the refusal names it.
EMAIL, PHONE, HANDLE = "email", "phone", "handle"
_KINDS = {
    "link": HANDLE,
    "email": EMAIL,
    "email_spelled": EMAIL,
    "social": HANDLE,
    "handle": HANDLE,
    "phone": PHONE,
    "phone_local": PHONE,
}


def contact_details_in(text: str) -> list[tuple[str, str]]:
    """Each contact detail in `text` as (kind, the words found), in order; [] when none.
    Kinds: EMAIL, PHONE, HANDLE (a social handle or profile link)."""
    found = []
    for match in _FOUND.finditer(text or ""):
        kind = _KINDS[match.lastgroup or "handle"]
        words = match.group(0).strip()
        if kind == PHONE and sum(c.isdigit() for c in words) < 7:
            continue
        found.append((kind, words))
    return found


def without_contact_details(text: str) -> str:
    """`text` with every contact detail replaced by REMOVED (the rest kept as written)."""
    if not text:
        return text
    return _FOUND.sub(
        lambda m: (
            m.group(0)
            if _KINDS[m.lastgroup or "handle"] == PHONE and sum(c.isdigit() for c in m.group(0)) < 7
            else REMOVED
        ),
        text,
    )
