from django.conf import settings
from django.db import migrations, models


def link_redeemed(apps, schema_editor):  # type: ignore[no-untyped-def]
    """Applications whose invitation was taken up belong to the account with that
    invitation's email (redemption attaches the membership to exactly that account)."""
    Application = apps.get_model("youth", "Application")
    User = apps.get_model(*settings.AUTH_USER_MODEL.split("."))
    rows = Application.objects.filter(invitation__redeemed_at__isnull=False).select_related(
        "invitation"
    )
    for application in rows.iterator():
        user = User.objects.filter(email__iexact=application.invitation.email).first()
        if user is not None:
            Application.objects.filter(pk=application.pk).update(applicant=user)


class Migration(migrations.Migration):
    dependencies = [
        ("youth", "0001_initial"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="application",
            name="applicant",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.RunPython(link_redeemed, migrations.RunPython.noop),
    ]
