"""The snooze form's date picker offers only the days the snooze accepts: from tomorrow to
90 days on (`SNOOZE_MAX_DAYS`). It offered any later day, and a phone's picker made it
easy to choose one the service then refused."""

from __future__ import annotations

import re
from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from collaboratory.followthrough.services import SNOOZE_MAX_DAYS
from collaboratory.networks.scoping import date_in
from tests.conftest import client_for
from tests.followthrough.conftest import Project


def test_the_snooze_picker_stops_at_the_last_day_a_snooze_may_reach(project: Project) -> None:
    commitment = project.commit()
    url = reverse(
        "followthrough:commitment",
        kwargs={"network_slug": project.world.alpha.slug, "commitment_id": commitment.pk},
    )
    page = client_for(project.dana).get(url, HTTP_HOST="127.0.0.1").content.decode()

    (picker,) = re.findall(r'<input id="snooze-until"[^>]*>', page)
    today = date_in(project.world.alpha, timezone.now())
    assert f'min="{(today + timedelta(days=1)).isoformat()}"' in picker
    assert f'max="{(today + timedelta(days=SNOOZE_MAX_DAYS)).isoformat()}"' in picker
