"""Take contact details out of the profile text minors stored before it was refused.

A youth member's about me, issue areas, city, region and offers are read by the adults of
their cohort (safeguards: no contact details of a minor visible to adults). From now on
`people.services` refuses such text on save; what was stored before is rewritten here, with
each email address, phone number, handle or profile link replaced by "[…]" and the rest
kept as written (`people.contact.without_contact_details`).

Rewritten at rest, not masked where shown: the text reaches adults through several pages,
the API and matching, and a mask missing from one of them would leak; and the student,
who could not save it back with the details in, sees on their own page what adults see.
A migration, not a command, so no installation keeps the old text. Irreversible: the
removed details are not kept anywhere.
"""

from django.db import migrations

MINOR_BANDS = ("13-15", "16-17")


def remove_contact_details(apps, schema_editor):
    from collaboratory.people.contact import without_contact_details

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
