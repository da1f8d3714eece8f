"""Training pages: the public page, the trainers' pages and the trainees' own pages, with
bad input refused and nothing of one organization shown to another."""

from __future__ import annotations

import re
from datetime import UTC, date, timedelta
from zoneinfo import ZoneInfo

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django_scopes import scopes_disabled

from collaboratory.training.models import (
    Application,
    ApplicationStatus,
    ArcSession,
    Cohort,
    InterestSignup,
    Submission,
)
from collaboratory.training.selectors import feed_token
from collaboratory.training.services import (
    application_admit,
    assignment_create,
    call_create,
    call_note_add,
    cohort_accepting_set,
    submission_save,
)
from tests.conftest import client_for
from tests.factories import GatheringFactory
from tests.training.conftest import Training, apply

SECRET_WORK = "Canary-submission-of-Westside"
SECRET_NOTE = "Canary-note-about-Westside"


def _url(name: str, training: Training, **kwargs: object) -> str:
    return reverse(name, kwargs={"network_slug": training.national.slug, **kwargs})


def test_the_public_page_takes_interest_when_no_cohort_is_open(training: Training) -> None:
    cohort_accepting_set(cohort=training.cohort, accepting=False, actor=training.trainer)
    client = client_for(None)
    url = reverse("training_public:apply")

    page = client.get(url)
    bad = client.post(url, {"email": "not an email"})
    good = client.post(url, {"email": "later@example.org"})

    assert "Check back for future opportunities" in page.content.decode()
    assert bad.status_code == 400
    assert "Enter a valid email address." in bad.content.decode()
    assert good.status_code == 302
    with scopes_disabled():
        assert list(InterestSignup.objects.values_list("email", flat=True)) == ["later@example.org"]


def test_the_public_page_takes_an_application_with_two_staff(training: Training) -> None:
    client = client_for(None)
    url = reverse("training_public:apply")
    data = {
        "organization": "Northside Alliance",
        "community": "Northside",
        "staff1_name": "Nora North",
        "staff1_email": "nora@north.example",
        "staff2_name": "Ned North",
        "staff2_email": "nora@north.example",
        "why_now": "A new council.",
        "landscape": "Many groups.",
    }

    same = client.post(url, data)
    newline = client.post(url, {**data, "organization": "North\nside"})
    good = client.post(url, {**data, "staff2_email": "ned@north.example"})

    assert same.status_code == 400
    assert "The two staff need different email addresses." in same.content.decode()
    assert newline.status_code == 400
    assert good.status_code == 302
    with scopes_disabled():
        made = Application.objects.get(organization="Northside Alliance")
        assert sorted(made.staff.values_list("email", flat=True)) == [
            "ned@north.example",
            "nora@north.example",
        ]
        assert made.status == ApplicationStatus.PENDING


def test_a_trainer_admits_from_the_application_page(training: Training) -> None:
    application = apply(training.national, "Southside", ("s1@south.example", "s2@south.example"))
    client = client_for(training.trainer)
    url = _url("training:application", training, application_id=application.pk)

    junk = client.post(url, {"action": "admit", "cohort": "abc"})
    client.post(url, {"action": "admit", "cohort": str(training.cohort.pk)})

    assert junk.status_code == 400
    with scopes_disabled():
        application.refresh_from_db()
    assert (application.status, application.cohort_id) == (
        ApplicationStatus.ADMITTED,
        training.cohort.pk,
    )


def test_a_trainer_makes_a_cohort_and_bad_dates_change_nothing(training: Training) -> None:
    client = client_for(training.trainer)
    url = _url("training:home", training)

    bad = client.post(url, {"name": "Cohort B", "starts_on": "2026-13-45"})
    good = client.post(url, {"name": "Cohort B", "starts_on": "2027-02-01"})

    assert bad.status_code == 400
    assert good.status_code == 302
    with scopes_disabled():
        assert list(Cohort.objects.order_by("pk").values_list("name", flat=True)) == [
            "Cohort A",
            "Cohort B",
        ]


def test_every_field_of_the_cohort_pages_three_forms_has_its_own_label(
    training: Training,
) -> None:
    """The session, assignment and call forms each have a title: with one id between them,
    only the first was labelled."""
    url = _url("training:cohort", training, cohort_id=training.cohort.pk)

    body = client_for(training.trainer).get(url).content.decode()

    ids = re.findall(r'<(?:input|select|textarea)[^>]* id="([^"]+)"', body)
    assert len(ids) == len(set(ids))
    for field_id in ("session_title", "assignment_title", "call_title"):
        assert f'for="{field_id}"' in body


def test_the_cohort_page_reads_a_fixed_number_of_queries(training: Training) -> None:
    client = client_for(training.trainer)
    url = _url("training:cohort", training, cohort_id=training.cohort.pk)
    client.get(url)
    with CaptureQueriesContext(connection) as two:
        client.get(url)
    for index in range(2):
        extra = apply(
            training.national, f"More {index}", (f"a{index}@m.example", f"b{index}@m.example")
        )
        application_admit(application=extra, cohort=training.cohort, actor=training.trainer)
    with CaptureQueriesContext(connection) as four:
        page = client.get(url)
    assert "More 1" in page.content.decode()
    assert len(four) == len(two)


def _westside_secrets(training: Training) -> None:
    assignment = assignment_create(
        cohort=training.cohort,
        title="Names",
        instructions="",
        due_at=timezone.now() + timedelta(days=4),
        actor=training.trainer,
    )
    submission_save(
        assignment=assignment,
        application=training.other,
        actor=training.other_trainee,
        text=SECRET_WORK,
    )
    call = call_create(
        cohort=training.cohort,
        actor=training.trainer,
        application=training.other,
        title="One-on-one West",
        starts_at=timezone.now() + timedelta(days=1),
        ends_at=timezone.now() + timedelta(days=1, hours=1),
    )
    call_note_add(call=call, application=training.other, text=SECRET_NOTE, actor=training.trainer)


def test_a_trainee_sees_their_organization_and_nothing_of_another(training: Training) -> None:
    _westside_secrets(training)
    client = client_for(training.trainee)
    with scopes_disabled():
        call = training.other.calls.get()
        other_submission = Submission.objects.get(application=training.other)

    mine = client.get(reverse("training_public:mine"), follow=True)
    theirs = client.get(
        reverse("training_public:org", kwargs={"application_id": training.other.pk})
    )
    their_file = client.get(
        reverse(
            "training_public:file",
            kwargs={"application_id": training.other.pk, "submission_id": other_submission.pk},
        )
    )
    their_call = client.get(reverse("training_public:call_ics", kwargs={"call_id": call.pk}))
    body = mine.content.decode()

    assert "Eastside" in body
    assert "Immersion at a national gathering" in body
    assert SECRET_WORK not in body
    assert SECRET_NOTE not in body
    assert "One-on-one West" not in body
    assert (theirs.status_code, their_file.status_code, their_call.status_code) == (404, 404, 404)
    westside = client_for(training.other_trainee).get(
        reverse("training_public:org", kwargs={"application_id": training.other.pk})
    )
    assert SECRET_NOTE in westside.content.decode()


def test_a_trainee_submits_a_file_and_a_wrong_one_is_refused(training: Training) -> None:
    assignment = assignment_create(
        cohort=training.cohort,
        title="Names",
        instructions="",
        due_at=timezone.now() + timedelta(days=4),
        actor=training.trainer,
    )
    client = client_for(training.trainee)
    url = reverse(
        "training_public:submission",
        kwargs={"application_id": training.org.pk, "assignment_id": assignment.pk},
    )

    fake = client.post(url, {"text": "", "file": SimpleUploadedFile("plan.pdf", b"<script>")})
    good = client.post(
        url, {"text": "See file", "file": SimpleUploadedFile("plan.pdf", b"%PDF-1.4 x")}
    )
    with scopes_disabled():
        stored = Submission.objects.get()
    download = client.get(
        reverse(
            "training_public:file",
            kwargs={"application_id": training.org.pk, "submission_id": stored.pk},
        )
    )

    assert fake.status_code == 400
    assert "This file is not the kind its name says." in fake.content.decode()
    assert good.status_code == 302
    assert download.content == b"%PDF-1.4 x"
    assert download["Content-Disposition"] == 'attachment; filename="plan.pdf"'
    assert download["X-Content-Type-Options"] == "nosniff"


def test_a_bad_roster_file_names_the_line(training: Training) -> None:
    client = client_for(training.trainee)
    url = reverse("training_public:org", kwargs={"application_id": training.org.pk})
    data = {
        "action": "plan",
        "network_name": "Eastside CC",
        "network_slug": "eastside",
        "first_gathering_title": "First",
        "first_gathering_on": (date.today() + timedelta(days=30)).isoformat(),
        "first_gathering_city": "Fresno",
    }

    bad = client.post(
        url, {**data, "roster": SimpleUploadedFile("r.csv", b"email,name\nx@y.example,\n")}
    )
    good = client.post(
        url, {**data, "roster": SimpleUploadedFile("r.csv", b"email,name\nx@y.example,Xa\n")}
    )

    assert bad.status_code == 400
    assert "Line 2, Full name: It is empty: fill it in." in bad.content.decode()
    assert good.status_code == 302
    with scopes_disabled():
        training.org.refresh_from_db()
    assert (training.org.network_slug, training.org.roster_rows) == ("eastside", 1)


def test_the_cohort_feed_needs_its_key(training: Training) -> None:
    client = client_for(None)
    token = feed_token(training.cohort)

    feed = client.get(reverse("training_public:feed", kwargs={"token": token}))
    forged = client.get(reverse("training_public:feed", kwargs={"token": token[:-1] + "0"}))

    assert feed["Content-Type"] == "text/calendar; charset=utf-8"
    assert feed.content.decode().count("BEGIN:VEVENT") == 5
    assert "Opening experience" in feed.content.decode()
    assert forged.status_code == 404


def test_the_trainers_page_per_organization_shows_the_timeline(training: Training) -> None:
    client = client_for(training.trainer)
    page = client.get(_url("training:organization", training, application_id=training.org.pk))
    body = page.content.decode()
    assert "From application to first gathering" in body
    assert "Admitted" in body
    assert "Launch opens when every item is done." in body
    refused = client.post(
        _url("training:organization", training, application_id=training.org.pk),
        {"action": "launch"},
        follow=True,
    )
    assert "Finish the readiness checklist first." in refused.content.decode()


def test_too_many_posts_from_one_address_get_429_and_store_nothing(
    training: Training,
    settings,  # type: ignore[no-untyped-def]
) -> None:
    """The public form is limited per client address (behind a trusted proxy, the forwarded
    one), so a script cannot fill the interest list or the trainers' queue."""
    settings.COLLABORATORY_PUBLIC_FORMS_PER_HOUR = 2
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    cohort_accepting_set(cohort=training.cohort, accepting=False, actor=training.trainer)
    client = client_for(None)
    url = reverse("training_public:apply")

    def post(n: int, address: str) -> int:
        response = client.post(url, {"email": f"p{n}@example.org"}, HTTP_X_FORWARDED_FOR=address)
        return response.status_code

    codes = [post(n, "203.0.113.7") for n in range(3)]
    other = post(3, "198.51.100.9")

    assert codes == [302, 302, 429]
    assert other == 302  # another client behind the same proxy has its own count
    with scopes_disabled():
        assert sorted(InterestSignup.objects.values_list("email", flat=True)) == [
            "p0@example.org",
            "p1@example.org",
            "p3@example.org",
        ]


def test_a_trainees_page_gives_times_in_the_national_networks_zone(training: Training) -> None:
    """The page has no network in its URL, so nothing set the zone: a call at 6 pm in Los
    Angeles read 02:00 (the pass had the same defect)."""
    training.national.time_zone = "America/Los_Angeles"
    training.national.save()
    start = (timezone.now() + timedelta(days=3)).replace(
        hour=2, minute=0, second=0, microsecond=0, tzinfo=UTC
    )
    call_create(
        cohort=training.cohort,
        actor=training.trainer,
        application=training.org,
        title="One-on-one East",
        starts_at=start,
        ends_at=start + timedelta(hours=1),
    )

    page = client_for(training.trainee).get(
        reverse("training_public:org", kwargs={"application_id": training.org.pk})
    )

    local = timezone.localtime(start, ZoneInfo("America/Los_Angeles"))
    assert local.hour in (18, 19)  # 6 or 7 pm the day before, with or without daylight saving
    body = page.content.decode()
    assert f"{date_format(local, 'DATETIME_FORMAT')} · One-on-one East" in body
    assert "Times are shown in America/Los_Angeles." in body


def test_attendance_naming_another_cohorts_trainee_is_refused_on_the_page(
    training: Training,
) -> None:
    """A trainee id from another cohort (or a stale or forged form) gets the page back with
    the refusal, not a server error, and the recorded attendance stays as it was."""
    with scopes_disabled():
        session = training.cohort.sessions.order_by("starts_at").first()
        ours = training.org.staff.order_by("pk").first()
    client = client_for(training.trainer)
    url = _url("training:session", training, cohort_id=training.cohort.pk, session_id=session.pk)
    client.post(url, {"action": "attendance", "trainee": [str(ours.pk)]})
    cohort_b = client.post(
        _url("training:home", training), {"name": "B", "starts_on": "2027-02-01"}
    )
    assert cohort_b.status_code == 302
    with scopes_disabled():
        other_cohort = Cohort.objects.get(name="B")
    southside = apply(training.national, "Southside", ("s1@south.example", "s2@south.example"))
    application_admit(application=southside, cohort=other_cohort, actor=training.trainer)
    with scopes_disabled():
        theirs = southside.staff.order_by("pk").first()

    response = client.post(url, {"action": "attendance", "trainee": [str(theirs.pk)]})

    assert response.status_code == 400
    assert "Choose trainees of this cohort only." in response.content.decode()
    with scopes_disabled():
        assert list(session.attendance.values_list("trainee_id", flat=True)) == [ours.pk]


def test_a_spanish_trainee_reads_the_arc_and_its_dates_in_spanish(training: Training) -> None:
    """The default arc's titles were stored and shown in the trainer's language, and every
    date as 2026-12-08 14:00: a Spanish reader met "Immersive training" and ISO dates."""
    with scopes_disabled():
        training.trainee.language = "es"
        training.trainee.save(update_fields=["language"])
        first = ArcSession.objects.filter(cohort=training.cohort).first()
    assert first is not None
    assert first.title == "Opening experience"  # stored in English

    body = (
        client_for(training.trainee)
        .get(reverse("training_public:org", kwargs={"application_id": training.org.pk}))
        .content.decode()
    )

    assert "Experiencia de apertura" in body
    assert "Opening experience" not in body
    # Spanish DATETIME_FORMAT: "sábado 5 de diciembre de 2026, 10:00".
    assert re.search(r"\w+ \d{1,2} de \w+ de \d{4}, \d\d:\d\d · Experiencia de apertura", body)
    assert re.search(r"\d{4}-\d{2}-\d{2}", body.split("<main", 1)[1]) is None


def test_a_spanish_trainer_reads_dates_as_spanish_writes_them(training: Training) -> None:
    """The trainers' pages wrote every date as 2026-12-08 14:00 in any language (the
    national gatherings offered for the immersion too)."""
    with scopes_disabled():
        training.trainer.language = "es"
        training.trainer.save(update_fields=["language"])
        assignment_create(
            cohort=training.cohort,
            title="Tarea",
            instructions="",
            due_at=timezone.now() + timedelta(days=7),
            actor=training.trainer,
        )
        GatheringFactory(network=training.national, title="Encuentro nacional")
    client = client_for(training.trainer)
    iso = re.compile(r"\d{4}-\d{2}-\d{2}")

    for url in (
        reverse("training:home", kwargs={"network_slug": training.national.slug}),
        _url("training:cohort", training, cohort_id=training.cohort.pk),
        _url("training:organization", training, application_id=training.org.pk),
    ):
        main = client.get(url).content.decode().split("<main", 1)[1]
        # Dates outside the form fields' values (a date box's value is always ISO).
        shown = re.sub(r'(value|min|max)="[^"]*"', "", main)
        assert iso.findall(shown) == [], url
        assert re.search(r"\d{1,2} de \w+ de \d{4}", shown), url


def test_a_spanish_trainer_saving_a_default_session_unchanged_keeps_it_translating(
    training: Training,
) -> None:
    """The edit form showed the stored English title to a Spanish trainer; shown in Spanish,
    it comes back as the English default, so every reader still gets their own language."""
    with scopes_disabled():
        training.trainer.language = "es"
        training.trainer.save(update_fields=["language"])
        session = ArcSession.objects.filter(cohort=training.cohort).first()
    assert session is not None
    client = client_for(training.trainer)
    url = _url("training:session", training, cohort_id=training.cohort.pk, session_id=session.pk)
    local = timezone.localtime(session.starts_at)

    page = client.get(url).content.decode()
    saved = client.post(
        url,
        {
            "action": "session",
            "kind": session.kind,
            "title": "Experiencia de apertura",
            "starts_at": f"{local:%Y-%m-%dT%H:%M}",
            "ends_at": f"{timezone.localtime(session.ends_at):%Y-%m-%dT%H:%M}",
        },
    )

    assert 'value="Experiencia de apertura"' in page
    assert saved.status_code == 302
    with scopes_disabled():
        session.refresh_from_db()
    assert session.title == "Opening experience"
