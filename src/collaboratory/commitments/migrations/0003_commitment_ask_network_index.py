"""An index for the asks board's count of commitments per ask (commitments/models.py says
why): the API's asks list and the board's page read it for every live ask."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("commitments", "0002_plain_text_validators"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="commitment",
            index=models.Index(fields=["ask", "network"], name="commitment_ask_network"),
        ),
    ]
