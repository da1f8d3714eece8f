"""A concern outlives the people it names: deleting an account deleted the concerns its
person reported, and a guardian's report wrote the member's name into its page. Who filed
it is now told apart without the account (`by_guardian`), and a guardian's report links the
member (`member`, emptied when they go) instead of naming them in `page`.

Concerns stored before with no reporter are all guardians' (a member's went with them).
Their page ("the guardian's view of <name>", in the guardian's language) is replaced by the
link where exactly one member with a guardian's link in that cohort has that name; any other
keeps its page, and `youth_person_forget` blanks it when that member deletes their account."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models
from django.utils import translation


def guardian_view_pages(name: str) -> set[str]:
    """The page a guardian's concern was given, in each language the site speaks."""
    pages = set()
    for code, _label in settings.LANGUAGES:
        with translation.override(code):
            pages.add(translation.gettext("the guardian's view of %(name)s") % {"name": name})
    return pages


def mark_guardians_and_link_members(apps, schema_editor):  # type: ignore[no-untyped-def]
    db = schema_editor.connection.alias
    concern = apps.get_model("youth", "Concern")
    link = apps.get_model("youth", "GuardianLink")
    concern.objects.using(db).filter(filed_by__isnull=True).update(by_guardian=True)
    for row in concern.objects.using(db).filter(filed_by__isnull=True).exclude(page=""):
        members = {
            member_id
            for member_id, name in link.objects.using(db)
            .filter(network_id=row.network_id)
            .values_list("member_id", "member__full_name")
            if name and row.page in guardian_view_pages(name)
        }
        if len(members) == 1:
            concern.objects.using(db).filter(pk=row.pk).update(member_id=members.pop(), page="")


class Migration(migrations.Migration):
    dependencies = [
        ("youth", "0005_money_asked_at_18"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="concern",
            name="by_guardian",
            field=models.BooleanField(default=False),
        ),
        migrations.AddField(
            model_name="concern",
            name="member",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.RunPython(mark_guardians_and_link_members, migrations.RunPython.noop),
    ]
