"""A delivery's error becomes a code and its values, translated when shown (they were stored
as words in the language of whoever ran the attempt). Errors already stored keep their
words, under the code `recorded`."""

import collaboratory.validators
from django.db import migrations, models


def keep_recorded_words(apps, schema_editor):
    WebhookDelivery = apps.get_model("webhooks", "WebhookDelivery")
    for pk, text in WebhookDelivery._base_manager.exclude(last_error="").values_list(
        "pk", "last_error"
    ):
        WebhookDelivery._base_manager.filter(pk=pk).update(
            last_error_code="recorded", last_error_params={"text": text}
        )


class Migration(migrations.Migration):
    dependencies = [
        ("webhooks", "0003_delivery_url_and_lease"),
    ]

    operations = [
        migrations.AddField(
            model_name="webhookdelivery",
            name="last_error_code",
            field=models.CharField(
                blank=True, max_length=20, validators=collaboratory.validators.one_line("error")
            ),
        ),
        migrations.AddField(
            model_name="webhookdelivery",
            name="last_error_params",
            field=models.JSONField(blank=True, default=dict),
        ),
        migrations.RunPython(keep_recorded_words, migrations.RunPython.noop),
        migrations.RemoveField(model_name="webhookdelivery", name="last_error"),
    ]
