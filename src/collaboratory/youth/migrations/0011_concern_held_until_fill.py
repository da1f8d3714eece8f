"""Every hold placed before holds had a date gets one: the day it was placed plus
`COLLABORATORY_YOUTH_CONCERN_HOLD_MAX_DAYS` (the longest a new hold may run), on its cohort's
calendar, but never sooner than 30 days from today (the reminder's lead time, at most the
maximum). Counting from the day it was placed keeps an old hold within the bound a new one
has; the floor means no old hold lapses unannounced: the leads get the reminder and can renew
before any concern held today is deleted by the retention run."""

from datetime import timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import migrations
from django.utils import timezone

# The reminder's lead time (`program.HOLD_REMIND_BEFORE_DAYS`), written here as it was when
# this migration was made.
REMIND_BEFORE_DAYS = 30


def _max_days() -> int:
    value = getattr(settings, "COLLABORATORY_YOUTH_CONCERN_HOLD_MAX_DAYS", 730)
    return value if type(value) is int and value >= 1 else 730


def date_held_holds(apps, schema_editor):
    Concern = apps.get_model("youth", "Concern")
    most = _max_days()
    now = timezone.now()
    held = Concern.objects.filter(held_at__isnull=False, held_until__isnull=True)
    for concern in held.select_related("network").order_by("pk"):
        zone = ZoneInfo(concern.network.time_zone or settings.TIME_ZONE)
        today = now.astimezone(zone).date()
        placed_on = concern.held_at.astimezone(zone).date()
        until = max(
            placed_on + timedelta(days=most),
            today + timedelta(days=min(REMIND_BEFORE_DAYS, most)),
        )
        Concern.objects.filter(pk=concern.pk, held_until__isnull=True).update(held_until=until)


class Migration(migrations.Migration):
    dependencies = [
        ("youth", "0010_concern_held_until"),
    ]

    operations = [
        migrations.RunPython(date_held_holds, migrations.RunPython.noop),
    ]
