from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("creditclub", "0005_proposal_draft_reminded_at"),
    ]

    operations = [
        migrations.AddField(
            model_name="proposal",
            name="pack_reminded_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
    ]
