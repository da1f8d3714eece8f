"""The rows of 0006. Concerns stored before with no reporter are all guardians' (a
member's went with them): they are marked so. Their page ("the guardian's view of <name>",
in the guardian's language) is replaced by the link where exactly one member with a
guardian's link in that cohort has that name; any other keeps its page, and
`youth_person_forget` blanks it when that member deletes their account."""

from django.conf import settings
from django.db import migrations
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
    dependencies = [("youth", "0006_concern_outlives_its_people")]

    operations = [
        migrations.RunPython(mark_guardians_and_link_members, migrations.RunPython.noop),
    ]
