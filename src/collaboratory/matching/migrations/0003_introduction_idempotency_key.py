"""Introduction requests are stored once per form: each gets an idempotency key, unique in
its network. Requests made before have none, so each is given its own random key first."""

import uuid

from django.db import migrations, models


def give_each_request_a_key(apps, schema_editor):
    IntroductionRequest = apps.get_model("matching", "IntroductionRequest")
    for request in IntroductionRequest.objects.filter(idempotency_key__isnull=True).only("pk"):
        IntroductionRequest.objects.filter(pk=request.pk).update(idempotency_key=uuid.uuid4())


class Migration(migrations.Migration):
    dependencies = [
        ("matching", "0002_vectors"),
    ]

    operations = [
        migrations.AddField(
            model_name="introductionrequest",
            name="idempotency_key",
            field=models.UUIDField(null=True),
        ),
        migrations.RunPython(give_each_request_a_key, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="introductionrequest",
            name="idempotency_key",
            field=models.UUIDField(),
        ),
        migrations.AddConstraint(
            model_name="introductionrequest",
            constraint=models.UniqueConstraint(
                fields=("network", "idempotency_key"), name="introduction_idempotency_key_once"
            ),
        ),
    ]
