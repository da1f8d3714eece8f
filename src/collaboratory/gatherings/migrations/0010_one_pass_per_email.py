"""One person, one seat: no two approved passes of a gathering name one email address (in
any case). Added after 0009 withdrew the doubles stored before."""

from django.db import migrations, models
from django.db.models.functions import Lower


class Migration(migrations.Migration):
    dependencies = [
        ("gatherings", "0009_withdraw_double_passes"),
    ]

    operations = [
        migrations.AddConstraint(
            model_name="substitution",
            constraint=models.UniqueConstraint(
                Lower("email"),
                models.F("gathering"),
                condition=models.Q(("status", "approved")),
                name="substitution_one_pass_per_email",
            ),
        ),
    ]
