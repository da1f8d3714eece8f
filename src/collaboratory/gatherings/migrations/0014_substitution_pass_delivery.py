"""A substitute's pass email the mail queue gave up is marked (`pass_undelivered_at`), so
the stewards and the member see it and a steward can send the pass again; the link's issue
time (`pass_link_at`) tells a given-up email of the current link from one of an older; the
digests of the last few replaced links (`replaced_digests`, never the secrets) let an old
link answer "replaced" rather than "not found". Schema only, no data step: on a row
approved before, a null `pass_link_at`, any given-up email of the pass counts. Going back
drops the columns."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("gatherings", "0013_pass_notice_from_audit_log"),
    ]

    operations = [
        migrations.AddField(
            model_name="substitution",
            name="pass_link_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name="substitution",
            name="pass_undelivered_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name="substitution",
            name="replaced_digests",
            field=models.JSONField(blank=True, default=list),
        ),
    ]
