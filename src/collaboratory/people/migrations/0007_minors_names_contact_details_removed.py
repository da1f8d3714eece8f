"""Take contact details out of the names of minors stored before they were refused.

Every adult of a youth member's cohort reads their name (the directory, the roster, the
board and the live stream, the API), and safeguards.md says no contact details of a minor
are visible to adults. People migration 0006 rewrote a minor's profile text; the name was
left as typed, and only from stop 47 on is a name with an email address, phone number,
handle or profile link refused when the student accepts their invitation. A student cannot
change their name afterwards, so names stored before are rewritten here as 0006 rewrote
text: each detail replaced by "[…]", the rest kept as written.

Each person whose name changed gets one audit row (`profile.name_contact_details_removed`,
no actor: nobody pressed anything), as a change to a profile is audited; it holds nothing
of what was taken out. Irreversible: the removed details are kept nowhere, so going back
past this migration leaves the names as they are now.
"""

import re

from django.db import migrations
from django.utils import timezone

MINOR_BANDS = ("13-15", "16-17")  # people.models.MINOR_AGE_BANDS, as values
ACTION = "profile.name_contact_details_removed"

# Frozen on purpose: a copy of `people.contact.without_contact_details` as it was when this
# migration was written. A migration must rewrite the same way on every installation,
# whenever it runs, so it does not follow later changes of the finder (nor break if it
# moves). tests/people/test_minor_contact_details.py checks that the two agree today (0006
# carries the same copy: each migration keeps its own).
REMOVED = "[…]"
_EMAIL = r"[\w.+-]+\s?@\s?[\w-]+(?:\.[\w-]+)+"
_EMAIL_SPELLED = (
    r"\b[\w.+-]+\s*[\[(]?\s*(?:at|arroba)\s*[\])]?\s*[\w-]+\s*[\[(]?\s*(?:dot|punto)\s*[\])]?"
    r"\s*(?:com|org|net|edu|io|co|us|mx|es)\b"
)
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
_PHONES = ("phone", "phone_local")
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


def without_contact_details(text):
    """`text` with every contact detail replaced by REMOVED (a phone-shaped match of fewer
    than seven digits is not one), the rest kept as written."""
    if not text:
        return text
    return _FOUND.sub(
        lambda m: (
            m.group(0)
            if m.lastgroup in _PHONES and sum(c.isdigit() for c in m.group(0)) < 7
            else REMOVED
        ),
        text,
    )


def remove_contact_details_from_names(apps, schema_editor):
    User = apps.get_model("people", "User")
    AuditEvent = apps.get_model("audit", "AuditEvent")
    minors = User.objects.filter(age_band__in=MINOR_BANDS)
    for pk, name in minors.values_list("pk", "full_name").iterator():
        rewritten = without_contact_details(name)
        if rewritten == name:
            continue
        User.objects.filter(pk=pk, full_name=name).update(full_name=rewritten)
        AuditEvent.objects.create(
            created_at=timezone.now(),
            action=ACTION,
            target_type="people.user",
            target_id=str(pk),
            data={"field": "full_name", "by": "people migration 0007"},
        )


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0006_minors_contact_details_removed"),
        ("audit", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(remove_contact_details_from_names, migrations.RunPython.noop)
    ]
