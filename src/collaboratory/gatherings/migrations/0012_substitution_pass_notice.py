"""What a substitute was last told of their pass and its member's membership
(`Substitution.pass_notice`): "stopped" (the member's end), "resumed" (a reinstatement), or
blank. The service read it from the audit log before; the rows are filled from there in
0013, a migration of its own (PostgreSQL refuses a data step beside some schema changes).
Going back drops the column."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("gatherings", "0011_substitution_closed_by"),
    ]

    operations = [
        migrations.AddField(
            model_name="substitution",
            name="pass_notice",
            field=models.CharField(
                blank=True,
                choices=[
                    ("stopped", "Told it stopped with its member"),
                    ("resumed", "Told it works again"),
                ],
                max_length=10,
            ),
        ),
    ]
