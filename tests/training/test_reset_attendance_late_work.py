"""A practice reset keeps what each organization achieved, attendance waits for the
session's day in the national network's calendar, and an assignment made already past due
is not reported past due the hour it appears; a trainer's refused review or note comes back
beside its field."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django_scopes import scope, scopes_disabled

from collaboratory.gatherings.models import Gathering
from collaboratory.networks.models import Network
from collaboratory.training.models import (
    Application,
    ArcSession,
    CallNote,
    ReminderSent,
    SessionAttendance,
    Submission,
)
from collaboratory.training.selectors import readiness_for
from collaboratory.training.services import (
    application_admit,
    assignment_create,
    assignment_reminders_send,
    call_create,
    cohort_create,
    practice_reset,
    session_attendance_set,
    session_save,
    submission_save,
)
from tests.conftest import client_for
from tests.factories import CommitmentFactory, GatheringFactory, PresentedProposalFactory
from tests.training.conftest import Training, apply


def _practice_held(training: Training) -> None:
    held = GatheringFactory(
        network=training.cohort.practice_network,
        first_part_at=timezone.now() - timedelta(days=3),
        parts=1,
    )
    CommitmentFactory(proposal=PresentedProposalFactory(gathering=held))


def _practice_done(application: Application) -> bool:
    with scopes_disabled():
        fresh = Application.objects.select_related("cohort__practice_network", "network").get(
            pk=application.pk
        )
    return {i.code: i.done for i in readiness_for(application=fresh).items}["practice"]


def test_a_practice_reset_keeps_practice_held_for_the_organizations_that_had_it(
    training: Training,
) -> None:
    """The reset clears the sandbox for another round; it took "practice held" from every
    organization of the cohort, and their launches waited on a gathering run again."""
    _practice_held(training)
    assert (_practice_done(training.org), _practice_done(training.other)) == (True, True)

    practice_reset(cohort=training.cohort, actor=training.trainer)

    with scopes_disabled():
        titles = list(
            Gathering.objects.filter(network=training.cohort.practice_network).values_list(
                "title", flat=True
            )
        )
    assert titles == ["Practice gathering"]
    assert (_practice_done(training.org), _practice_done(training.other)) == (True, True)


def test_a_practice_reset_gives_nothing_to_organizations_that_had_not_practised(
    training: Training,
) -> None:
    """Kept is what was held, no more: an organization admitted after the reset, or a cohort
    whose practice held nothing, or another cohort, has nothing ticked by it."""
    later_cohort = cohort_create(
        network=training.national, name="Cohort B", starts_on=date.today(), actor=training.trainer
    )
    southside = apply(training.national, "Southside", ("s1@south.example", "s2@south.example"))
    application_admit(application=southside, cohort=later_cohort, actor=training.trainer)
    practice_reset(cohort=training.cohort, actor=training.trainer)  # nothing held yet
    assert not _practice_done(training.org)

    _practice_held(training)
    practice_reset(cohort=training.cohort, actor=training.trainer)
    northside = apply(training.national, "Northside", ("n1@north.example", "n2@north.example"))
    application_admit(application=northside, cohort=training.cohort, actor=training.trainer)

    assert _practice_done(training.org)
    assert not _practice_done(northside)
    assert not _practice_done(southside)


def _session_at(
    training: Training, time_zone: str, starts_at: datetime
) -> tuple[ArcSession, list[int]]:
    with scopes_disabled():
        Network.objects.filter(pk=training.national.pk).update(time_zone=time_zone)
        session = ArcSession.objects.select_related("network").get(
            pk=training.cohort.sessions.order_by("starts_at").first().pk
        )
        ArcSession.objects.filter(pk=session.pk).update(
            starts_at=starts_at, ends_at=starts_at + timedelta(hours=2)
        )
        session.refresh_from_db()
        trainees = list(training.org.staff.values_list("pk", flat=True))
    return session, trainees


# 5 December 2026, 00:30 in Tokyo is 4 December, 15:30 in UTC.
TOKYO_SESSION = datetime(2026, 12, 4, 15, 30, tzinfo=UTC)


def test_attendance_waits_for_the_sessions_day_in_the_networks_calendar(
    training: Training,
) -> None:
    session, trainees = _session_at(training, "Asia/Tokyo", TOKYO_SESSION)
    evening_before = datetime(2026, 12, 4, 14, 0, tzinfo=UTC)  # 23:00 on the 4th in Tokyo

    with pytest.raises(ValidationError) as early:
        session_attendance_set(
            session=session, trainee_ids=trainees, actor=training.trainer, now=evening_before
        )
    on_the_day = session_attendance_set(
        session=session,
        trainee_ids=trainees,
        actor=training.trainer,
        now=TOKYO_SESSION - timedelta(minutes=15),  # 00:15 on the 5th: people arriving
    )

    assert early.value.messages == [
        "This session is on Saturday 5 December 2026: record who attended from that day on."
    ]
    assert on_the_day == 2


def test_the_session_page_offers_no_attendance_before_the_day_and_refuses_it(
    training: Training,
) -> None:
    starts = timezone.now() + timedelta(days=3)
    session, trainees = _session_at(training, "UTC", starts)
    client = client_for(training.trainer)
    url = reverse(
        "training:session",
        kwargs={
            "network_slug": training.national.slug,
            "cohort_id": training.cohort.pk,
            "session_id": session.pk,
        },
    )

    page = client.get(url).content.decode()
    sent = client.post(url, {"action": "attendance", "trainee": [str(t) for t in trainees]})

    assert 'value="attendance"' not in page
    day = date_format(starts.date(), "DATE_FORMAT")  # English: "Tuesday 8 December 2026"
    assert f"Attendance can be recorded from {day}, the day of the session." in page
    assert sent.status_code == 400
    assert f"This session is on {day}: record who attended from that day on." in (
        sent.content.decode()
    )
    with scopes_disabled():
        assert not SessionAttendance.objects.filter(session=session).exists()


def test_a_spanish_trainer_reads_the_day_attendance_opens_as_spanish_writes_it(
    training: Training,
) -> None:
    """The session page and the roll's refusal wrote the day as 2026-12-05 in every
    language; the rest of the training pages write it as the reader's language does."""
    session, trainees = _session_at(training, "Asia/Tokyo", TOKYO_SESSION)
    evening_before = datetime(2026, 12, 4, 14, 0, tzinfo=UTC)
    with scopes_disabled():
        training.trainer.language = "es"
        training.trainer.save(update_fields=["language"])
    url = reverse(
        "training:session",
        kwargs={
            "network_slug": training.national.slug,
            "cohort_id": training.cohort.pk,
            "session_id": session.pk,
        },
    )

    with translation.override("es"), pytest.raises(ValidationError) as early:
        session_attendance_set(
            session=session, trainee_ids=trainees, actor=training.trainer, now=evening_before
        )
    future = timezone.now() + timedelta(days=3)
    _session_at(training, "UTC", future)
    client = client_for(training.trainer)
    page = client.get(url).content.decode()
    sent = client.post(url, {"action": "attendance", "trainee": [str(t) for t in trainees]})

    assert early.value.messages == [
        "Esta sesión es el sábado 5 de diciembre de 2026: registra quién asistió a partir de "
        "ese día."
    ]
    with translation.override("es"):
        day = date_format(future.date(), "DATE_FORMAT")  # "martes 8 de diciembre de 2026"
    assert f"Puedes registrar la asistencia a partir del {day}, el día de la sesión." in page
    assert f"Esta sesión es el {day}: registra quién asistió a partir de ese día." in (
        sent.content.decode()
    )


def test_an_assignment_made_past_due_is_reminded_once_two_days_after_it_appeared(
    training: Training,
    mailoutbox,  # type: ignore[no-untyped-def]
) -> None:
    now = timezone.now()
    assignment_create(
        cohort=training.cohort,
        title="Imported: your first 40 names",
        instructions="",
        due_at=now - timedelta(days=5),
        actor=training.trainer,
        now=now,
    )
    mailoutbox.clear()

    with scope(network=training.national):
        sent = [
            assignment_reminders_send(network=training.national, now=now + offset)
            for offset in (
                timedelta(0),
                timedelta(days=1),
                timedelta(days=2),
                timedelta(days=2),  # the task's retry
                timedelta(days=3),
            )
        ]

    assert sent == [0, 0, 2, 0, 0]  # both organizations, once
    assert {m.subject for m in mailoutbox} == {"Past due: Imported: your first 40 names"}
    assert len(mailoutbox) == 4  # two staff each
    with scopes_disabled():
        assert ReminderSent.objects.filter(when="after").count() == 2
        assert not ReminderSent.objects.filter(when="before").exists()


def test_a_refused_review_or_note_comes_back_beside_its_field(training: Training) -> None:
    """They came back as a line at the top of the page, away from the submission they were
    about, and the feedback or note typed was lost."""
    assignment = assignment_create(
        cohort=training.cohort,
        title="Names",
        instructions="",
        due_at=timezone.now() + timedelta(days=5),
        actor=training.trainer,
    )
    work = submission_save(
        assignment=assignment, application=training.org, actor=training.trainee, text="Draft"
    )
    call = call_create(
        cohort=training.cohort,
        actor=training.trainer,
        title="Check-in",
        starts_at=timezone.now() + timedelta(days=1),
        ends_at=timezone.now() + timedelta(days=1, hours=1),
    )
    client = client_for(training.trainer)
    url = reverse(
        "training:organization",
        kwargs={"network_slug": training.national.slug, "application_id": training.org.pk},
    )

    review = client.post(
        url,
        {"action": "review", "submission": work.pk, "status": "", "feedback": "Kept words"},
    )
    note = client.post(url, {"action": "note", "call": call.pk, "text": "   "})

    assert (review.status_code, note.status_code) == (400, 400)
    page = review.content.decode()
    assert f'id="review-{work.pk}-status_error"' in page
    assert f'aria-describedby="review-{work.pk}-status_error"' in page
    assert "Kept words" in page
    assert 'id="id_text_error"' in note.content.decode()
    with scopes_disabled():
        assert Submission.objects.get(pk=work.pk).reviewed_at is None
        assert not CallNote.objects.exists()


def test_the_practice_is_reset_only_once_the_box_is_ticked(training: Training) -> None:
    """One press on a plain button removed everything the trainees had built."""
    _practice_held(training)
    client = client_for(training.trainer)
    url = reverse(
        "training:practice_reset",
        kwargs={"network_slug": training.national.slug, "cohort_id": training.cohort.pk},
    )
    practice = training.cohort.practice_network

    unticked = client.post(url, follow=True)
    with scopes_disabled():
        kept = Gathering.objects.filter(network=practice).count()
    ticked = client.post(url, {"confirm": "yes"}, follow=True)

    assert "Tick the box to confirm the reset" in unticked.content.decode()
    assert kept == 2  # the sample gathering and the held one
    assert "The practice network starts over" in ticked.content.decode()
    with scopes_disabled():
        assert Gathering.objects.filter(network=practice).count() == 1


def test_a_session_with_a_roll_taken_does_not_move_to_a_day_to_come(training: Training) -> None:
    """Moved after the roll, it said people attended a session not yet held."""
    with scopes_disabled():
        session = ArcSession.objects.select_related("network").get(
            pk=training.cohort.sessions.order_by("starts_at").first().pk  # type: ignore[union-attr]
        )
        trainees = list(training.org.staff.values_list("pk", flat=True))
    session_attendance_set(session=session, trainee_ids=trainees, actor=training.trainer)
    later = timezone.now() + timedelta(days=30)

    def move(starts_at: datetime) -> ArcSession:
        return session_save(
            cohort=training.cohort,
            actor=training.trainer,
            session=session,
            kind=session.kind,
            title=session.title,
            starts_at=starts_at,
            ends_at=starts_at + timedelta(hours=2),
        )

    with pytest.raises(ValidationError) as refused:
        move(later)
    earlier = move(session.starts_at - timedelta(days=1)).starts_at  # still past: moves
    session_attendance_set(session=session, trainee_ids=[], actor=training.trainer)
    cleared = move(later)

    assert list(refused.value.message_dict) == ["starts_at"]
    assert earlier < timezone.now()
    assert cleared.starts_at == later
