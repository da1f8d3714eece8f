"""Indexes for one person's commitments, made (committer) and received (through their
proposals), within a network: My commitments and the API's lists read them on every view,
and with single-column indexes SQLite walked every commitment of the network instead."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("commitments", "0003_commitment_ask_network_index"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="commitment",
            index=models.Index(
                fields=["committer", "network"], name="commitment_committer_network"
            ),
        ),
        migrations.AddIndex(
            model_name="commitment",
            index=models.Index(fields=["proposal", "network"], name="commitment_proposal_network"),
        ),
    ]
