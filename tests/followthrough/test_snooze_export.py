"""A committer's snoozes ("remind me again on ...") are their own choices about their own
commitments, and were in no one's "export my data": the person's export lists them, and
nobody else's does."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.followthrough.services import reminder_snooze
from tests.conftest import client_for
from tests.followthrough.conftest import Project


def test_my_snoozes_are_in_my_export_only(project: Project) -> None:
    commitment = project.commit()
    until = timezone.localdate() + timedelta(days=10)
    with scopes_disabled():
        reminder_snooze(commitment=commitment, user=project.dana, until=until)

    mine = client_for(project.dana).get("/me/data/export.json").json()
    theirs = client_for(project.presenter).get("/me/data/export.json").json()

    assert mine["followthrough"]["reminder_snoozes"] == [
        {
            "network": "Alpha Collaboratory",
            "commitment": commitment.pk,
            "until": until.isoformat(),
        }
    ]
    assert theirs["followthrough"]["reminder_snoozes"] == []
