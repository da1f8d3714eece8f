"""The people a queued weekly-digest item names move from its comma text (",12,34,") to
`DigestItemAbout` rows, which the account deletion hook finds by an index instead of a
scan of every item's text. An item naming an account that no longer exists is dropped, as
the hook would have dropped it: sent, it would name someone who is gone. Its own data
step (PostgreSQL refuses one beside the new table's foreign keys); the text field goes in
the next migration. Reversible: the rows are written back as text."""

from django.db import migrations

BATCH = 500


def _ids(text):
    return {int(piece) for piece in text.split(",") if piece.strip().isdigit()}


def forwards(apps, schema_editor):
    DigestItem = apps.get_model("networks", "DigestItem")
    DigestItemAbout = apps.get_model("networks", "DigestItemAbout")
    User = apps.get_model("people", "User")
    named = {
        pk: _ids(text)
        for pk, text in DigestItem.objects.exclude(about="").values_list("pk", "about")
    }
    named = {pk: ids for pk, ids in named.items() if ids}
    everyone = sorted(set().union(*named.values())) if named else []
    existing = set()
    for start in range(0, len(everyone), BATCH):
        batch = everyone[start : start + BATCH]
        existing |= set(User.objects.filter(pk__in=batch).values_list("pk", flat=True))
    gone = [pk for pk, ids in named.items() if not ids <= existing]
    for start in range(0, len(gone), BATCH):
        DigestItem.objects.filter(pk__in=gone[start : start + BATCH]).delete()
    rows = [
        DigestItemAbout(item_id=pk, user_id=user_id)
        for pk, ids in sorted(named.items())
        if ids <= existing
        for user_id in sorted(ids)
    ]
    DigestItemAbout.objects.bulk_create(rows, batch_size=BATCH)


def backwards(apps, schema_editor):
    DigestItem = apps.get_model("networks", "DigestItem")
    DigestItemAbout = apps.get_model("networks", "DigestItemAbout")
    named: dict[int, list[int]] = {}
    for item_id, user_id in DigestItemAbout.objects.order_by("item_id", "user_id").values_list(
        "item_id", "user_id"
    ):
        named.setdefault(item_id, []).append(user_id)
    for item_id, ids in named.items():
        DigestItem.objects.filter(pk=item_id).update(about="".join(f",{i}" for i in ids) + ",")
    DigestItemAbout.objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("networks", "0018_digest_item_about_rows"),
        ("people", "0001_initial"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
