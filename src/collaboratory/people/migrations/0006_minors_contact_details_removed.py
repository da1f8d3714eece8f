"""Take contact details out of the profile text minors stored before it was refused.

A youth member's about me, issue areas, city, region and offers are read by the adults of
their cohort (safeguards: no contact details of a minor visible to adults). From now on
`people.services` refuses such text on save; what was stored before is rewritten here, with
each email address, phone number, handle or profile link replaced by "[…]" and the rest
kept as written (`people.contact.without_contact_details` as it was when this was written).

Rewritten at rest, not masked where shown: the text reaches adults through several pages,
the API and matching, and a mask missing from one of them would leak; and the student,
who could not save it back with the details in, sees on their own page what adults see.
A migration, not a command, so no installation keeps the old text. Irreversible: the
removed details are not kept anywhere.
"""

import re

from django.db import migrations

MINOR_BANDS = ("13-15", "16-17")

# Frozen on purpose: a copy of `people.contact.without_contact_details` as it was when this
# migration was written. A migration must rewrite the same way on every installation,
# whenever it runs, so it does not follow later changes of the finder (nor break if it
# moves). tests/people/test_minor_contact_details.py checks that the two agree today.
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


def remove_contact_details(apps, schema_editor):
    User = apps.get_model("people", "User")
    Profile = apps.get_model("people", "Profile")
    OfferedAsset = apps.get_model("people", "OfferedAsset")
    minors = User.objects.filter(age_band__in=MINOR_BANDS)
    for user in minors.only("pk", "city", "region").iterator():
        city, region = without_contact_details(user.city), without_contact_details(user.region)
        if (city, region) != (user.city, user.region):
            User.objects.filter(pk=user.pk).update(city=city, region=region)
    for profile in Profile.objects.filter(user__in=minors).iterator():
        bio = without_contact_details(profile.bio)
        tags = without_contact_details(profile.issue_tags)
        if (bio, tags) != (profile.bio, profile.issue_tags):
            Profile.objects.filter(pk=profile.pk).update(bio=bio, issue_tags=tags)
    for asset in OfferedAsset.objects.filter(user__in=minors).iterator():
        description = without_contact_details(asset.description)
        if description != asset.description:
            OfferedAsset.objects.filter(pk=asset.pk).update(description=description)


class Migration(migrations.Migration):
    dependencies = [("people", "0005_user_language")]

    operations = [migrations.RunPython(remove_contact_details, migrations.RunPython.noop)]
