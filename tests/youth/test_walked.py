"""The youth pages as a student meets them (walked with the test client, 2026-12-05).

- A session that has taken place offered the student "Can't make it?" and its absence
  notice form, which the service then refused ("notices come before it"). It now says the
  session took place, what was recorded for them and links their make-up.
- The program page listed sessions newest first, so the furthest one scheduled sat at the
  top, above next week's, with past sessions mixed in. Coming sessions now come first,
  soonest first, and past ones under their own heading."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone
from django.utils.formats import date_format
from django_scopes import scopes_disabled

from collaboratory.youth import services
from collaboratory.youth.models import MakeUp
from tests.conftest import client_for
from tests.youth.conftest import Cohort


def test_a_past_session_says_what_was_recorded_instead_of_offering_a_notice(
    cohort: Cohort,
) -> None:
    past = cohort.session(days=-2, title="Last Tuesday")
    coming = cohort.session(days=2, title="Next Tuesday")
    with scopes_disabled():
        services.attendance_record(
            session=past, member=cohort.youth, present=False, actor=cohort.steward
        )
    student = client_for(cohort.youth)

    page = student.get(f"/n/cohort/youth/sessions/{past.pk}/").content.decode()
    other = client_for(cohort.youth2).get(f"/n/cohort/youth/sessions/{past.pk}/")
    ahead = student.get(f"/n/cohort/youth/sessions/{coming.pk}/").content.decode()

    assert "Send an absence notice" not in page
    assert "This session has taken place." in page
    assert "You were recorded as: Absent, no notice." in page
    assert "/n/cohort/youth/make-ups/" in page
    assert "Attendance is not recorded yet." in other.content.decode()
    assert "/n/cohort/youth/make-ups/" not in other.content.decode()  # not theirs
    assert "Send an absence notice" in ahead


def test_the_program_page_puts_the_next_session_first(cohort: Cohort) -> None:
    cohort.session(days=-3, title="Kickoff")
    cohort.session(days=30, title="Final showcase")
    cohort.session(days=2, title="Next Tuesday")

    page = client_for(cohort.youth).get("/n/cohort/youth/").content.decode()

    assert page.index("Coming sessions") < page.index("Next Tuesday")
    assert page.index("Next Tuesday") < page.index("Final showcase")
    assert page.index("Final showcase") < page.index("Past sessions") < page.index("Kickoff")


def test_a_make_up_without_a_recording_says_it_is_not_up_yet(cohort: Cohort) -> None:
    """The page said "watch the session's recording" and gave no link to watch."""
    past = services.session_save(
        network=cohort.network,
        title="Unrecorded",
        starts_at=timezone.now() - timedelta(days=1),
        video_link="https://video.example/room",
        recording_link="",
        facilitator=cohort.adult,
        actor=cohort.steward,
    )
    with scopes_disabled():
        row = services.attendance_record(
            session=past, member=cohort.youth, present=False, actor=cohort.steward
        )
        makeup = MakeUp.objects.get(attendance=row)

    page = client_for(cohort.youth).get(f"/n/cohort/youth/make-ups/{makeup.pk}/")

    assert "The recording is not up yet" in page.content.decode()


def test_the_stewards_member_page_dates_each_session(cohort: Cohort) -> None:
    """ "Absent, no notice" without a day left the steward to open every session."""
    past = cohort.session(days=-2, title="Last Tuesday")
    with scopes_disabled():
        services.attendance_record(
            session=past, member=cohort.youth, present=False, actor=cohort.steward
        )
        day = date_format(
            timezone.localtime(past.starts_at, ZoneInfo(cohort.network.time_zone)),
            "SHORT_DATE_FORMAT",
        )

    page = client_for(cohort.steward).get(f"/n/cohort/youth/members/{cohort.youth.pk}/")

    assert f"Last Tuesday · {day} · Absent, no notice" in page.content.decode()
