"""`Commitment.counted_at`: when a commitment began to count, so the hourly pass that sends a
lost asks-board offer email looks back from a guardian's approval, not from the offer.

Rows stored before: one that counts counted from when it was made, except a youth's money
the guardian approved, which counts from the approving link's use. One waiting for or
declined by the guardian stays empty. (One kept at 18 before this counts from when it was
made: nothing stored says when it was kept but the audit log.)"""

from django.db import migrations, models
from django.db.models import F, OuterRef, Subquery

NOT_COUNTED = ("awaiting", "declined")


def backfill(apps, schema_editor):  # type: ignore[no-untyped-def]
    Commitment = apps.get_model("commitments", "Commitment")
    Link = apps.get_model("commitments", "GuardianApprovalLink")
    Commitment._base_manager.exclude(guardian_approval__in=NOT_COUNTED).update(
        counted_at=F("created_at")
    )
    approved_at = (
        Link.objects.filter(commitment=OuterRef("pk"), used_at__isnull=False)
        .order_by("used_at")
        .values("used_at")[:1]
    )
    Commitment._base_manager.filter(
        guardian_approval="approved", guardian_links__used_at__isnull=False
    ).update(counted_at=Subquery(approved_at))


class Migration(migrations.Migration):
    dependencies = [
        ("commitments", "0009_commitment_on_asks_board"),
    ]

    operations = [
        migrations.AddField(
            model_name="commitment",
            name="counted_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddIndex(
            model_name="commitment",
            index=models.Index(fields=["network", "counted_at"], name="commitment_network_counted"),
        ),
        migrations.RunPython(backfill, migrations.RunPython.noop),
    ]
