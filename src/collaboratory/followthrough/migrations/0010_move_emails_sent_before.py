"""A move's email now keeps a sent-log row (`ReminderSent`, key "m:<activity>") and the
hourly pass sends those of the last week that have none. Moves made before had no row
although their email went out (the task kept no log), so without this the first pass after
the upgrade would email every move of the last week again. Each of those moves is logged as
sent, as it was; a recipient is found as `services.move_mail` finds one."""

from datetime import timedelta

from django.db import migrations
from django.utils import timezone

# As in services.move_mail and services.moves.TOLD, spelled out: a migration keeps its rules.
TOLD = (
    "offered",
    "acknowledged",
    "adjust_requested",
    "done",
    "disputed",
    "released",
    "kept",
    "partly_kept",
)
TO_PRESENTER = ("offered", "done", "released")
WINDOW = timedelta(days=8)  # the retry window (7 days) and a day to spare


def log_earlier_moves_as_sent(apps, schema_editor):  # type: ignore[no-untyped-def]
    alias = schema_editor.connection.alias
    activity = apps.get_model("followthrough", "CommitmentActivity")
    sent = apps.get_model("followthrough", "ReminderSent")
    rows = (
        activity.objects.using(alias)
        .filter(created_at__gte=timezone.now() - WINDOW, author__isnull=False)
        .values_list(
            "pk",
            "network_id",
            "kind",
            "to_status",
            "author_id",
            "created_at",
            "commitment__committer_id",
            "commitment__proposal__proposer_id",
        )
        .iterator()
    )
    batch = []
    for pk, network_id, kind, to_status, author_id, created_at, committer, proposer in rows:
        if kind == "update":
            to_presenter = author_id == committer
        elif to_status in TOLD:
            to_presenter = to_status in TO_PRESENTER
        else:
            continue
        recipient = proposer if to_presenter else committer
        if recipient is None or recipient == author_id:
            continue
        batch.append(
            sent(network_id=network_id, user_id=recipient, key=f"m:{pk}", sent_at=created_at)
        )
    sent.objects.using(alias).bulk_create(batch, batch_size=1000, ignore_conflicts=True)


class Migration(migrations.Migration):
    dependencies = [
        ("followthrough", "0009_partnerships_unlink_uncounted"),
        ("creditclub", "0001_initial"),
    ]

    operations = [migrations.RunPython(log_earlier_moves_as_sent, migrations.RunPython.noop)]
