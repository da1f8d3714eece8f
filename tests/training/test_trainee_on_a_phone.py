"""What a trainee walking their training pages on a phone met (tests/e2e/
test_training_small_phones.py walks them in Chromium): a saved first-gathering date that
vanished from its box in Spanish, so saving the plan again was refused for a field they
never touched; links the trainers wrote (in materials, instructions and feedback) that
could not be followed; their own file named without a link on the assignment's page;
"p.m.." at the end of the observer pass in English; and a due time without its zone."""

from __future__ import annotations

import re
from datetime import date, timedelta

from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.training.models import ArcSession, SessionKind, Submission, SubmissionStatus
from collaboratory.training.services import (
    Upload,
    assignment_create,
    plan_save,
    session_save,
    submission_review,
    submission_save,
)
from tests.conftest import client_for
from tests.factories import GatheringFactory
from tests.training.conftest import Training

HANDBOOK = "https://docs.example.org/convening/handbook-2026.pdf"
CHECKLIST = "https://docs.example.org/convening/sector-balance.pdf"
WORKSHEET = "https://docs.example.org/convening/first-forty.xlsx"


def _org_page(training: Training) -> str:
    return (
        client_for(training.trainee)
        .get(reverse("training_public:org", kwargs={"application_id": training.org.pk}))
        .content.decode()
    )


def test_a_saved_first_gathering_date_stays_in_its_box_in_spanish(training: Training) -> None:
    """A date box takes only 2027-01-19: Django wrote the Spanish input format
    (19/01/2027), the browser showed an empty box, and "Guardar el plan" was refused with
    "Este campo es obligatorio." at a date the trainee had given."""
    first_day = date.today() + timedelta(days=45)
    plan_save(
        application=training.org,
        actor=training.trainee,
        network_name="Eastside CC",
        network_slug="eastside",
        first_gathering_title="First",
        first_gathering_on=first_day,
        first_gathering_city="Eastside",
    )
    with scopes_disabled():
        training.trainee.language = "es"
        training.trainee.save(update_fields=["language"])

    body = _org_page(training)

    box = re.search(r'<input[^>]*id="id_first_gathering_on"[^>]*>', body)
    assert box is not None
    assert f'value="{first_day.isoformat()}"' in box.group(0)


def test_links_the_trainers_wrote_can_be_followed(training: Training) -> None:
    with scopes_disabled():
        opening = ArcSession.objects.get(cohort=training.cohort, kind=SessionKind.OPENING)
    session_save(
        cohort=training.cohort,
        actor=training.trainer,
        session=opening,
        kind=opening.kind,
        title=opening.title,
        starts_at=opening.starts_at,
        ends_at=opening.ends_at,
        materials=f"Read {HANDBOOK} before we meet.",
    )
    assignment = assignment_create(
        cohort=training.cohort,
        title="Your first 40 names",
        instructions=f"Use the worksheet: {WORKSHEET}",
        due_at=timezone.now() + timedelta(days=7),
        actor=training.trainer,
    )
    submission_save(
        assignment=assignment,
        application=training.org,
        actor=training.trainee,
        text="Forty names.",
        upload=Upload("forty-names.pdf", b"%PDF-1.4 x"),
    )
    with scopes_disabled():
        sent = Submission.objects.get(application=training.org)
    submission_review(
        submission=sent,
        status=SubmissionStatus.CHANGES,
        feedback=f"Check each sector: {CHECKLIST}.",
        actor=training.trainer,
    )
    file_url = reverse(
        "training_public:file",
        kwargs={"application_id": training.org.pk, "submission_id": sent.pk},
    )

    org_page = _org_page(training)
    work_page = (
        client_for(training.trainee)
        .get(
            reverse(
                "training_public:submission",
                kwargs={"application_id": training.org.pk, "assignment_id": assignment.pk},
            )
        )
        .content.decode()
    )

    assert f'<a href="{HANDBOOK}"' in org_page
    assert f'<a href="{CHECKLIST}"' in org_page  # the sentence's full stop left outside
    assert f'<a href="{WORKSHEET}"' in work_page
    assert f'<a href="{CHECKLIST}"' in work_page
    assert f'<a href="{file_url}">forty-names.pdf</a>' in work_page


def test_the_observer_pass_ends_its_times_with_one_full_stop(training: Training) -> None:
    """English writes "12:22 p.m." and the sentence added its own full stop ("p.m..")."""
    with scopes_disabled():
        immersion = ArcSession.objects.get(cohort=training.cohort, kind=SessionKind.IMMERSION)
    # Minutes past the hour: never "noon" or "midnight", which end without a full stop.
    at = (timezone.now() + timedelta(days=30)).replace(hour=14, minute=25, microsecond=0)
    gathering = GatheringFactory(
        network=training.national, title="National gathering", first_part_at=at
    )
    session_save(
        cohort=training.cohort,
        actor=training.trainer,
        session=immersion,
        kind=immersion.kind,
        title=immersion.title,
        starts_at=immersion.starts_at,
        ends_at=immersion.ends_at,
        gathering=gathering,
    )

    body = _org_page(training)

    assert "From " in body
    assert ".." not in body.split('class="observer-pass"', 1)[1].split("</section>", 1)[0]


def test_an_assignments_page_names_the_zone_of_its_due_time(training: Training) -> None:
    """The organization's page says whose clock its times are on; the assignment's page,
    reached from a reminder's link, gave "due 3:00 p.m." alone, read as the trainee's own
    time wherever they are."""
    training.national.time_zone = "America/Los_Angeles"
    training.national.save()
    assignment = assignment_create(
        cohort=training.cohort,
        title="Your first 40 names",
        instructions="",
        due_at=timezone.now() + timedelta(days=7),
        actor=training.trainer,
    )

    body = (
        client_for(training.trainee)
        .get(
            reverse(
                "training_public:submission",
                kwargs={"application_id": training.org.pk, "assignment_id": assignment.pk},
            )
        )
        .content.decode()
    )

    assert "Times are shown in America/Los_Angeles." in body
