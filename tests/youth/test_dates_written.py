"""The youth pages write days and times as the gatherings pages do ("Wednesday 16 January
2030, 16:34"; "miércoles 16 enero 2030, 16:34"), not in Django's default style ("Jan. 16,
2030, 4:34 p.m."; "16 de enero de 2030 a las 16:34"), which they used until 2026-12-06: a
student saw one session in two styles, on the cohort's page and on the gathering's."""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.test import Client
from django.utils import timezone, translation
from django.utils.formats import date_format
from django_scopes import scopes_disabled

from collaboratory.people.models import User
from collaboratory.youth.services import guardian_link_issue, session_save
from tests.conftest import client_for
from tests.youth.conftest import Cohort
from tests.youth.test_pages import FORM, apply_url

# Django's defaults: "Jan. 16, 2030", "4:34 p.m.", "16 de enero de 2030 a las 16:34"; and
# English's order in Spanish words ("miércoles 16 enero 2030"), as the pages wrote it once.
DEFAULT_STYLE = re.compile(
    r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Oct|Nov|Dec)\. \d|\b[ap]\.m\.| a las \d"
    r"|\b(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre"
    r"|diciembre) 20\d\d"
)


def _main(response) -> str:  # type: ignore[no-untyped-def]
    assert response.status_code == 200
    body = response.content.decode()
    return body[body.index("<main") : body.index("</main>")]


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_youth_pages_write_a_sessions_time_as_the_gatherings_pages_do(
    cohort: Cohort, language: str
) -> None:
    with scopes_disabled():
        User.objects.filter(pk__in=[cohort.youth.pk, cohort.steward.pk]).update(language=language)
    # 16:34 in New York, the cohort's zone, three weeks ahead (within the vetting's year).
    day = timezone.localdate() + timedelta(days=21)
    starts = datetime.combine(day, time(16, 34), tzinfo=ZoneInfo("America/New_York"))
    with translation.override(language):
        when = date_format(starts, "DATETIME_FORMAT")  # "Wednesday 16 January 2030, 16:34"
    item = session_save(
        network=cohort.network,
        title="Town hall practice",
        starts_at=starts,
        video_link="https://video.example/room",
        recording_link="",
        facilitator=cohort.adult,
        actor=cohort.steward,
    )
    # Signed in: their own application, which records the guardian's address.
    client_for(cohort.youth).post(apply_url(cohort), FORM | {"email": cohort.youth.email})
    _link, token = guardian_link_issue(
        network=cohort.network, member=cohort.youth, actor=cohort.steward
    )
    youth, steward = client_for(cohort.youth), client_for(cohort.steward)
    accept = {"HTTP_ACCEPT_LANGUAGE": language}

    home = _main(youth.get("/n/cohort/youth/", **accept))
    session = _main(youth.get(f"/n/cohort/youth/sessions/{item.pk}/", **accept))
    guardian = _main(Client().get(f"/youth/guardian/key/{token}/", **accept))
    pages = {
        "home": home,
        "session": session,
        "guardian": guardian,
        "cycles": _main(steward.get("/n/cohort/youth/cycles/", **accept)),
        "applications": _main(
            steward.get(f"/n/cohort/youth/cycles/{cohort.cycle.pk}/applications/", **accept)
        ),
        "vetting": _main(steward.get("/n/cohort/youth/vetting/", **accept)),
        "member": _main(steward.get(f"/n/cohort/youth/members/{cohort.youth.pk}/", **accept)),
        "apply": _main(Client().get(apply_url(cohort), **accept)),
    }

    assert f"Town hall practice</a> · {when} ·" in home
    assert when in session
    assert f"Town hall practice · {when}" in guardian
    assert {name: DEFAULT_STYLE.findall(page) for name, page in pages.items()} == {
        name: [] for name in pages
    }
