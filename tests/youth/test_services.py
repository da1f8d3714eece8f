"""The youth program's services: deadlines, the two-miss rule and escalation, vetting,
concerns, guardians' links and retention. Bad input changes nothing."""

from __future__ import annotations

import importlib
import re
from datetime import UTC, date, datetime, time, timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone, translation
from django_scopes import scope, scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.networks.models import Invitation, Membership, MembershipStatus, Network
from collaboratory.networks.scoping import date_in
from collaboratory.networks.services.consent import (
    guardian_consent_confirm,
    guardian_consent_request,
)
from collaboratory.networks.services.invitations import PLEDGES, invitation_redeem
from collaboratory.networks.services.memberships import membership_status_override
from collaboratory.people.models import AgeBand, User
from collaboratory.people.selectors import personal_data_of
from collaboratory.people.services import account_delete
from collaboratory.youth import services
from collaboratory.youth.models import (
    AbsenceNotice,
    Application,
    ApplicationStatus,
    CohortSession,
    Concern,
    Departure,
    EscalationKind,
    EscalationStep,
    MakeUp,
    Presence,
    ProgramCycle,
    Reference,
    SessionAttendance,
    VettedAdult,
)
from collaboratory.youth.selectors import guardian_link_for_token, guardian_view
from tests.factories import UserFactory
from tests.youth.conftest import Cohort, youth_leaves

REF = services.ReferenceInput("Terry Teacher", "terry@school.example", "Teacher")


def apply(cohort: Cohort, *, now=None, **overrides):  # type: ignore[no-untyped-def]
    fields = {
        "full_name": "Sam  Student",
        "email": "sam@student.example",
        "guardian_email": "pat@parent.example",
        "school": "Central High",
        "city": "Tulsa",
        "statement": "I want to help my neighborhood.",
        "references": [REF],
        "conduct": True,
    }
    fields.update(overrides)
    return services.application_submit(cycle=cohort.cycle, now=now, **fields)


def applications(cohort: Cohort) -> int:
    with scope(network=cohort.network):
        return Application.objects.count()


# --- Deadlines and applications


def test_an_application_before_the_priority_deadline_is_priority_then_late_then_closed(
    cohort: Cohort,
) -> None:
    cycle = cohort.cycle
    early = apply(cohort, now=cycle.priority_deadline - timedelta(hours=1))
    late = apply(
        cohort, email="lee@student.example", now=cycle.priority_deadline + timedelta(hours=1)
    )

    with pytest.raises(ValidationError) as closed:
        apply(cohort, email="max@student.example", now=cycle.final_deadline + timedelta(seconds=1))

    assert (early.timing, late.timing) == ("priority", "late")
    assert early.full_name == "Sam Student"
    assert "closed on" in closed.value.messages[0]
    assert applications(cohort) == 2
    with scope(network=cohort.network):
        assert [r.relation for r in Reference.objects.filter(application=early)] == ["Teacher"]


def test_a_closed_cycle_names_the_networks_day_not_utcs(cohort: Cohort) -> None:
    """9 pm in New York on June 3 is already June 4 in UTC, where a task or a public page
    without the network's zone would read it."""
    with scopes_disabled():
        Network.objects.filter(pk=cohort.network.pk).update(time_zone="America/New_York")
        cycle = cohort.cycle
        cycle.network.refresh_from_db()
        cycle.final_deadline = datetime(2027, 6, 4, 1, 0, tzinfo=UTC)
        cycle.priority_deadline = cycle.final_deadline - timedelta(days=7)
        cycle.save()

    with timezone.override("UTC"), pytest.raises(ValidationError) as closed:
        apply(cohort, now=cycle.final_deadline + timedelta(minutes=5))

    assert closed.value.messages == ["Applications for Spring closed on Thursday 3 June 2027."]
    assert applications(cohort) == 0


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"email": "not-an-email"}, "email"),
        ({"guardian_email": "sam@student.example"}, "guardian_email"),
        ({"statement": "   "}, "statement"),
        ({"full_name": "Sam\x00"}, "full_name"),
        ({"conduct": False}, "conduct"),
        ({"references": []}, "references"),
        (
            {"references": [services.ReferenceInput("Pat", "pat@parent.example", "Parent")]},
            "ref1_email",
        ),
        ({"references": [services.ReferenceInput("Terry", "bad", "Teacher")]}, "ref1_email"),
        (
            {"references": [REF, services.ReferenceInput("Cory", "c@x.example", "")]},
            "ref2_relation",
        ),
    ],
)
def test_bad_applications_name_the_field_and_store_nothing(
    cohort: Cohort,
    overrides: dict,
    field: str,  # type: ignore[type-arg]
) -> None:
    with pytest.raises(ValidationError) as error:
        apply(cohort, **overrides)
    assert field in error.value.message_dict
    assert applications(cohort) == 0


def test_the_same_email_applies_once_per_cycle_and_is_answered_as_the_first(
    cohort: Cohort,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    """The second application used to be refused with "An application from this email is
    already in", which told anyone whether an address had applied. It is now taken like the
    first and not stored: the first one stands, untouched."""
    first = apply(cohort)
    with django_capture_on_commit_callbacks(execute=True):
        again = apply(cohort, email="SAM@student.example", statement="Someone else's words.")
    assert again.pk == first.pk
    # Only the address itself hears that the first one stands.
    assert [m.to for m in mail.outbox] == [["sam@student.example"]]
    assert "was already in" in mail.outbox[0].body
    assert applications(cohort) == 1
    with scope(network=cohort.network):
        assert Application.objects.get().statement == "I want to help my neighborhood."


def test_accepting_a_selected_application_sends_a_youth_invitation_with_the_guardian(
    cohort: Cohort, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    application = apply(cohort)
    with pytest.raises(ValidationError):
        services.application_accept(application=application, actor=cohort.steward)

    services.application_decide(application=application, select=True, actor=cohort.steward)
    with django_capture_on_commit_callbacks(execute=True):
        services.application_accept(application=application, actor=cohort.steward)

    with scopes_disabled():
        invitation = Invitation.objects.get(network=cohort.network, email="sam@student.example")
    assert (invitation.role, invitation.guardian_email) == ("youth_member", "pat@parent.example")
    assert application.status == ApplicationStatus.INVITED
    assert application.invitation == invitation
    assert [m.to for m in mail.outbox] == [["sam@student.example"]]


# --- Sessions, attendance, make-ups, escalation


def test_only_a_currently_vetted_adult_can_facilitate(cohort: Cohort) -> None:
    with pytest.raises(ValidationError) as error:
        services.session_save(
            network=cohort.network,
            title="Kickoff",
            starts_at=timezone.now() + timedelta(days=3),
            video_link="https://video.example/a",
            recording_link="",
            facilitator=cohort.steward,  # never vetted
            actor=cohort.steward,
        )
    assert "not a currently vetted adult" in error.value.message_dict["facilitator"][0]

    # Vetted now, but lapsed by the session's date.
    with pytest.raises(ValidationError):
        cohort.session(days=400)
    assert cohort.session(days=3).facilitator == cohort.adult


def test_a_lapsed_vetting_refuses_the_facilitator(cohort: Cohort) -> None:
    # The network's day (the service's): just after midnight UTC the server's is ahead.
    today = date_in(cohort.network, timezone.now())
    long_ago = today - timedelta(days=366)
    services.vetted_adult_save(
        network=cohort.network,
        user=cohort.adult,
        background_check_on=long_ago,
        training_on=today,
        actor=cohort.steward,
    )
    with pytest.raises(ValidationError):
        cohort.session(days=1)


def test_a_past_sessions_recording_is_added_after_its_facilitators_vetting_lapsed(
    cohort: Cohort,
) -> None:
    """The vetting rule decides who may facilitate; it must not stop the steward adding last
    week's recording (the make-ups need it) because the facilitator's vetting lapsed since.
    Handing the session to another adult who is not vetted is still refused."""
    session = cohort.session(days=-7, title="Last week")
    long_ago = date_in(cohort.network, timezone.now()) - timedelta(days=400)
    with scope(network=cohort.network):
        VettedAdult.objects.filter(user=cohort.adult).update(
            background_check_on=long_ago, training_on=long_ago
        )

    def save(facilitator: User) -> CohortSession:
        return services.session_save(
            network=cohort.network,
            title=session.title,
            starts_at=session.starts_at,
            video_link=session.video_link,
            recording_link="https://video.example/last-week",
            facilitator=facilitator,
            actor=cohort.steward,
            session=session,
        )

    assert save(cohort.adult).recording_link == "https://video.example/last-week"
    with pytest.raises(ValidationError) as error:
        save(cohort.steward)
    assert set(error.value.message_dict) == {"facilitator"}


def test_a_session_with_attendance_taken_does_not_move_into_the_future(cohort: Cohort) -> None:
    """Attendance is taken once a session has begun: moving it to a time still to come
    would leave absences and make-ups for a session that has not happened."""
    session = cohort.session(days=-1, title="Yesterday")
    services.attendance_record(
        session=session, member=cohort.youth, present=False, actor=cohort.steward
    )

    with pytest.raises(ValidationError) as error:
        services.session_save(
            network=cohort.network,
            title=session.title,
            starts_at=timezone.now() + timedelta(days=6),
            video_link=session.video_link,
            recording_link=session.recording_link,
            facilitator=cohort.adult,
            actor=cohort.steward,
            session=session,
        )

    assert error.value.message_dict == {
        "starts_at": [
            "Attendance was taken for this session, so it has begun: it cannot move to a "
            "time still to come. Create a new session instead."
        ]
    }
    with scope(network=cohort.network):
        assert CohortSession.objects.get(pk=session.pk).starts_at < timezone.now()


def test_vetting_dates_in_the_future_or_a_youth_member_are_refused(cohort: Cohort) -> None:
    tomorrow = date_in(cohort.network, timezone.now()) + timedelta(days=1)
    with pytest.raises(ValidationError) as error:
        services.vetted_adult_save(
            network=cohort.network,
            user=cohort.youth,
            background_check_on=tomorrow,
            training_on=tomorrow,
            actor=cohort.steward,
        )
    assert set(error.value.message_dict) == {"background_check_on", "training_on", "user"}
    with scope(network=cohort.network):
        assert VettedAdult.objects.count() == 1


def test_each_absence_gets_a_make_up_and_the_third_unexcused_starts_escalation(
    cohort: Cohort,
) -> None:
    upcoming = cohort.session(days=1, title="Upcoming")
    services.absence_notice_submit(session=upcoming, member=cohort.youth, reason="Exam")
    # The notice came before the session; the session has now taken place.
    with scope(network=cohort.network):
        CohortSession.objects.filter(pk=upcoming.pk).update(
            starts_at=timezone.now() - timedelta(days=4)
        )
        upcoming.refresh_from_db()
    s1, s2, s3 = (cohort.session(days=-d, title=f"S{d}") for d in (3, 2, 1))

    def record(session, present=False):  # type: ignore[no-untyped-def]
        return services.attendance_record(
            session=session, member=cohort.youth, present=present, actor=cohort.steward
        )

    assert record(upcoming).presence == Presence.EXCUSED
    record(s1)
    record(s2)
    with scope(network=cohort.network):
        assert MakeUp.objects.count() == 3
        assert not EscalationStep.objects.exists()
    record(s3)
    with scope(network=cohort.network):
        steps = list(EscalationStep.objects.values_list("member_id", "kind"))
        assert steps == [(cohort.youth.pk, EscalationKind.CONVERSATION)]
        assert MakeUp.objects.count() == 4
    # Recording the same session again (a correction to present) drops its open make-up.
    record(s3, present=True)
    with scope(network=cohort.network):
        assert MakeUp.objects.count() == 3
        assert SessionAttendance.objects.filter(member=cohort.youth).count() == 4


def test_attendance_waits_for_the_session_to_begin(cohort: Cohort) -> None:
    """Nobody can be present at, or absent from, a session that has not happened: an
    absence recorded early would set a make-up and count toward escalation for nothing."""
    tomorrow = cohort.session(days=1, title="Tomorrow")

    for present in (True, False):
        with pytest.raises(ValidationError) as error:
            services.attendance_record(
                session=tomorrow, member=cohort.youth, present=present, actor=cohort.steward
            )
        assert error.value.message_dict == {
            "session": ["Tomorrow has not started yet: take attendance once it begins."]
        }
    with scope(network=cohort.network):
        assert not SessionAttendance.objects.exists()
        assert not MakeUp.objects.exists()


def test_a_make_up_is_handed_in_by_the_member_and_marked_done_by_a_steward(
    cohort: Cohort,
) -> None:
    row = services.attendance_record(
        session=cohort.session(), member=cohort.youth, present=False, actor=cohort.steward
    )
    with scope(network=cohort.network):
        makeup = MakeUp.objects.get(attendance=row)
    with pytest.raises(ValidationError):
        services.makeup_mark_done(makeup=makeup, actor=cohort.steward)  # nothing handed in
    with pytest.raises(ValidationError):
        services.makeup_submit(makeup=makeup, member=cohort.youth2, reflection="Not mine")
    with pytest.raises(ValidationError) as error:
        services.makeup_submit(makeup=makeup, member=cohort.youth, reflection="  ")
    assert "reflection" in error.value.message_dict

    services.makeup_submit(makeup=makeup, member=cohort.youth, reflection="I learned a lot.")
    services.makeup_mark_done(makeup=makeup, actor=cohort.steward)

    assert makeup.done_by == cohort.steward
    with pytest.raises(ValidationError):
        services.makeup_submit(makeup=makeup, member=cohort.youth, reflection="Again")


def test_notices_come_from_youth_members_before_the_session(cohort: Cohort) -> None:
    past = cohort.session(days=-1)
    with pytest.raises(ValidationError):
        services.absence_notice_submit(session=past, member=cohort.youth, reason="Sick")
    with pytest.raises(ValidationError):
        services.absence_notice_submit(
            session=cohort.session(days=1), member=cohort.adult, reason="Busy"
        )
    with scope(network=cohort.network):
        assert not AbsenceNotice.objects.exists()


def test_the_escalation_path_runs_in_order_and_dismissal_removes_the_member(
    cohort: Cohort,
) -> None:
    def step(kind: str) -> EscalationStep:
        return services.escalation_step_record(
            network=cohort.network,
            member=cohort.youth,
            kind=kind,
            note=f"{kind} note",
            actor=cohort.steward,
        )

    with pytest.raises(ValidationError) as error:
        step(EscalationKind.PLAN)
    assert "Conversation" in error.value.message_dict["kind"][0]
    for kind in (EscalationKind.CONVERSATION, EscalationKind.PLAN, EscalationKind.DISMISSAL):
        step(kind)
    with pytest.raises(ValidationError):
        step(EscalationKind.DISMISSAL)

    with scope(network=cohort.network):
        membership = Membership.objects.get(network=cohort.network, user=cohort.youth)
        assert membership.status == MembershipStatus.REMOVED
        assert Departure.objects.filter(member=cohort.youth).exists()
        actions = set(
            AuditEvent.objects.filter(action="youth.escalation_step").values_list(
                "data__kind", flat=True
            )
        )
    assert actions == {"conversation", "plan", "dismissal"}


# --- Vetting reminders


def test_vetting_reminders_go_once_per_window_to_the_adult_and_stewards(
    cohort: Cohort, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    with scope(network=cohort.network):
        expires = VettedAdult.objects.get(user=cohort.adult).expires_on

    with django_capture_on_commit_callbacks(execute=True):
        assert services.vetting_reminders_send(today=expires - timedelta(days=40)) == 0
        assert services.vetting_reminders_send(today=expires - timedelta(days=29)) == 1
        assert services.vetting_reminders_send(today=expires - timedelta(days=28)) == 0
        assert services.vetting_reminders_send(today=expires - timedelta(days=6)) == 1

    assert len(mail.outbox) == 4
    assert {m.to[0] for m in mail.outbox} == {"adult@cohort.example", "steward@cohort.example"}
    assert "lapses on" in mail.outbox[0].subject


def test_a_vetting_reminder_reaches_each_person_in_their_own_language(
    cohort: Cohort, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    """The daily task has no reader's language: the adult who chose Spanish reads Spanish,
    the steward the default."""
    with scopes_disabled():
        User.objects.filter(pk=cohort.adult.pk).update(language="es")
    with scope(network=cohort.network):
        expires = VettedAdult.objects.get(user=cohort.adult).expires_on

    with django_capture_on_commit_callbacks(execute=True):
        assert services.vetting_reminders_send(today=expires - timedelta(days=29)) == 1

    subjects = {m.to[0]: m.subject for m in mail.outbox}
    assert subjects["adult@cohort.example"].startswith("Protección juvenil")
    assert subjects["steward@cohort.example"].startswith("Youth safeguarding")


def test_no_vetting_reminder_goes_about_an_adult_who_left_the_cohort(
    cohort: Cohort, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    """The record stays (the vetting page keeps it), but neither the departed adult nor
    the stewards are asked to renew a vetting nobody needs."""
    with scope(network=cohort.network):
        expires = VettedAdult.objects.get(user=cohort.adult).expires_on
        membership = Membership.objects.get(network=cohort.network, user=cohort.adult)
    membership_status_override(
        membership=membership,
        status=MembershipStatus.REMOVED,
        note="Moved away.",
        actor=cohort.steward,
    )

    with django_capture_on_commit_callbacks(execute=True):
        assert services.vetting_reminders_send(today=expires - timedelta(days=29)) == 0

    assert mail.outbox == []


@pytest.mark.parametrize(
    ("time_zone", "too_soon", "due"),
    [
        # From midnight UTC on the day with 30 days left: 21:30 the day before in New York
        # (31 days left there), then 00:30 on the day.
        ("America/New_York", timedelta(hours=2, minutes=30), timedelta(hours=5, minutes=30)),
        # 23:00 the day before in Tokyo, then 01:00 on the day (UTC is still on the day before).
        ("Asia/Tokyo", timedelta(hours=-10), timedelta(hours=-8)),
    ],
)
def test_vetting_reminders_count_the_days_left_on_the_networks_calendar(
    cohort: Cohort,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
    time_zone: str,
    too_soon: timedelta,
    due: timedelta,
) -> None:
    with scopes_disabled():
        Network.objects.filter(pk=cohort.network.pk).update(time_zone=time_zone)
    with scope(network=cohort.network):
        expires = VettedAdult.objects.get(user=cohort.adult).expires_on
    thirty_left_in_utc = datetime.combine(expires - timedelta(days=30), time(0), tzinfo=UTC)

    with django_capture_on_commit_callbacks(execute=True):
        early = services.vetting_reminders_send(now=thirty_left_in_utc + too_soon)
        on_time = services.vetting_reminders_send(now=thirty_left_in_utc + due)

    assert (early, on_time) == (0, 1)
    assert len(mail.outbox) == 2  # the adult and the steward, once


# --- Concerns


def test_a_concern_goes_to_the_leads_or_else_the_stewards_without_its_words(
    cohort: Cohort, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    with django_capture_on_commit_callbacks(execute=True):
        services.concern_report(network=cohort.network, filed_by=cohort.youth, about="Secret words")
    assert [m.to for m in mail.outbox] == [["steward@cohort.example"]]
    assert "Secret words" not in mail.outbox[0].body

    services.safeguarding_lead_set(
        network=cohort.network, user=cohort.adult, lead=True, actor=cohort.steward
    )
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.concern_report(network=cohort.network, filed_by=cohort.youth, about="More")
    assert [m.to for m in mail.outbox] == [["adult@cohort.example"]]
    with pytest.raises(ValidationError):
        services.concern_report(network=cohort.network, filed_by=cohort.youth, about=" ")
    with pytest.raises(ValidationError):
        services.safeguarding_lead_set(
            network=cohort.network, user=cohort.youth, lead=True, actor=cohort.steward
        )
    with scope(network=cohort.network):
        assert Concern.objects.count() == 2


def test_a_concern_notice_reaches_each_lead_in_their_own_language(
    cohort: Cohort, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    """A student filing in Spanish does not decide the leads' language: the steward who
    chose none reads the default."""
    with scopes_disabled():
        User.objects.filter(pk=cohort.steward.pk).update(language="")
    with translation.override("es"), django_capture_on_commit_callbacks(execute=True):
        services.concern_report(network=cohort.network, filed_by=cohort.youth, about="Algo")

    assert [m.to for m in mail.outbox] == [["steward@cohort.example"]]
    assert mail.outbox[0].subject.startswith("A safeguarding concern was reported")


# --- Guardians' links


def test_a_guardian_link_is_emailed_shows_the_record_and_stops_when_revoked(
    cohort: Cohort, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    application = apply(cohort, email="youth1@cohort.example", actor=cohort.youth)
    services.attendance_record(
        session=cohort.session(title="Missed one"),
        member=cohort.youth,
        present=False,
        actor=cohort.steward,
    )
    with django_capture_on_commit_callbacks(execute=True):
        link, token = services.guardian_link_issue(
            network=cohort.network, member=cohort.youth, actor=cohort.steward
        )
    assert [m.to for m in mail.outbox] == [[application.guardian_email]]
    assert token in mail.outbox[0].body
    assert link.token_digest not in token

    found = guardian_link_for_token(token=token)
    assert found == link
    view = guardian_view(link=found)
    assert [a.session.title for a in view["attendance"]] == ["Missed one"]
    assert guardian_link_for_token(token=token + "x") is None
    assert guardian_link_for_token(token="junk") is None

    services.guardian_link_revoke(link=link, actor=cohort.steward)
    assert guardian_link_for_token(token=token) is None


@pytest.mark.parametrize(
    ("youth_language", "guardian_account_language", "subject"),
    [
        # Neither chose: the site's default, not the Spanish the steward is using.
        ("", None, "Your view of Yara Youth1's youth program"),
        # The guardian has no account: the youth member's language.
        ("es", None, "Tu vista del programa juvenil de Yara Youth1"),
        # The guardian's own choice wins over the youth member's.
        ("", "es", "Tu vista del programa juvenil de Yara Youth1"),
        ("es", "en", "Your view of Yara Youth1's youth program"),
    ],
)
def test_a_guardian_reads_the_link_email_in_their_language_not_the_stewards(
    cohort: Cohort,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
    youth_language: str,
    guardian_account_language: str | None,
    subject: str,
) -> None:
    application = apply(cohort, email="youth1@cohort.example", actor=cohort.youth)
    # The steward writes in the other language, so the test tells the two apart.
    steward_language = "es" if subject.startswith("Your") else "en"
    with scopes_disabled():
        User.objects.filter(pk=cohort.youth.pk).update(language=youth_language)
        cohort.youth.refresh_from_db()
        if guardian_account_language is not None:
            UserFactory(email=application.guardian_email, language=guardian_account_language)

    with translation.override(steward_language), django_capture_on_commit_callbacks(execute=True):
        services.guardian_link_issue(
            network=cohort.network, member=cohort.youth, actor=cohort.steward
        )

    assert [(m.to, m.subject) for m in mail.outbox] == [([application.guardian_email], subject)]


def test_a_guardian_hears_of_an_escalation_step_in_their_language_not_the_stewards(
    cohort: Cohort,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    application = apply(cohort, email="youth1@cohort.example", actor=cohort.youth)

    with translation.override("es"), django_capture_on_commit_callbacks(execute=True):
        services.escalation_step_record(
            network=cohort.network,
            member=cohort.youth,
            kind=EscalationKind.CONVERSATION,
            note="Hablamos.",
            actor=cohort.steward,
        )

    assert [(m.to, m.subject) for m in mail.outbox] == [
        ([application.guardian_email], "Yara Youth1's youth program: a step was recorded")
    ]
    assert "recorded a step on Yara Youth1's participation path: Conversation" in (
        mail.outbox[0].body
    )


def test_the_link_goes_to_the_guardian_who_consented_not_a_later_unanswered_request(
    cohort: Cohort,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    """A consent request that nobody confirmed names no guardian: the standing link to a
    minor's record goes to the one who did confirm, on every database (PostgreSQL sorts an
    empty confirmation first when newest-first)."""
    _consent, token = guardian_consent_request(
        user=cohort.youth, network=cohort.network, guardian_email="pat@parent.example"
    )
    guardian_consent_request(
        user=cohort.youth, network=cohort.network, guardian_email="typo@parent.example"
    )
    guardian_consent_confirm(token=token, guardian_name="Pat Parent", agree=True)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        link, _token = services.guardian_link_issue(
            network=cohort.network, member=cohort.youth, actor=cohort.steward
        )

    assert link.guardian_email == "pat@parent.example"
    assert [m.to for m in mail.outbox] == [["pat@parent.example"]]


def test_a_strangers_application_with_the_members_email_names_no_guardian(
    cohort: Cohort,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    """The guardian's address fell back to any application sent with the member's email:
    someone who typed it got a standing link to this minor's record sent to an address of
    their choosing, and every escalation step after it."""
    apply(cohort, email=cohort.youth2.email, guardian_email="not.a.guardian@elsewhere.example")

    with pytest.raises(ValidationError) as error, django_capture_on_commit_callbacks(execute=True):
        services.guardian_link_issue(
            network=cohort.network, member=cohort.youth2, actor=cohort.steward
        )
    with django_capture_on_commit_callbacks(execute=True):
        services.escalation_step_record(
            network=cohort.network,
            member=cohort.youth2,
            kind=EscalationKind.CONVERSATION,
            note="Talked.",
            actor=cohort.steward,
        )

    assert "No guardian" in error.value.message_dict["member"][0]
    assert not [m for m in mail.outbox if "not.a.guardian@elsewhere.example" in m.to]


def test_a_guardians_link_stops_once_another_guardian_consents(cohort: Cohort) -> None:
    """The standing link kept opening the minor's record for the guardian it was first
    emailed to, after a new consent (a custody change, a corrected address) named another."""
    _consent, first = guardian_consent_request(
        user=cohort.youth, network=cohort.network, guardian_email="pat@parent.example"
    )
    guardian_consent_confirm(token=first, guardian_name="Pat Parent", agree=True)
    _link, token = services.guardian_link_issue(
        network=cohort.network, member=cohort.youth, actor=cohort.steward
    )
    assert guardian_link_for_token(token=token) is not None

    # A request nobody answered changes nothing; a confirmed one does.
    _consent, second = guardian_consent_request(
        user=cohort.youth, network=cohort.network, guardian_email="robin@parent.example"
    )
    assert guardian_link_for_token(token=token) is not None
    guardian_consent_confirm(token=second, guardian_name="Robin Parent", agree=True)

    assert guardian_link_for_token(token=token) is None
    _link, fresh = services.guardian_link_issue(
        network=cohort.network, member=cohort.youth, actor=cohort.steward
    )
    assert guardian_link_for_token(token=fresh) is not None


def test_a_member_without_a_guardian_email_on_record_gets_no_link(cohort: Cohort) -> None:
    with pytest.raises(ValidationError) as error:
        services.guardian_link_issue(
            network=cohort.network, member=cohort.youth2, actor=cohort.steward
        )
    assert "No guardian" in error.value.message_dict["member"][0]


# --- Retention and forgetting


def _youth_rows(cohort: Cohort) -> dict[str, int]:
    with scope(network=cohort.network):
        return {
            "applications": Application.objects.count(),
            "attendance": SessionAttendance.objects.count(),
            "makeups": MakeUp.objects.count(),
            "notices": AbsenceNotice.objects.count(),
            "concerns": Concern.objects.count(),
        }


def _give_youth_rows(cohort: Cohort) -> None:
    apply(cohort, email="youth1@cohort.example", actor=cohort.youth)
    services.absence_notice_submit(
        session=cohort.session(days=1), member=cohort.youth, reason="Trip"
    )
    services.attendance_record(
        session=cohort.session(), member=cohort.youth, present=False, actor=cohort.steward
    )
    services.concern_report(network=cohort.network, filed_by=cohort.youth, about="Worry")


def test_a_former_members_data_is_deleted_after_the_retention_period(
    cohort: Cohort, settings
) -> None:  # type: ignore[no-untyped-def]
    settings.COLLABORATORY_YOUTH_RETENTION_DAYS = 30
    _give_youth_rows(cohort)
    services.attendance_record(
        session=cohort.session(title="Other"),
        member=cohort.youth2,
        present=True,
        actor=cohort.steward,
    )
    before = _youth_rows(cohort)
    now = timezone.now()

    # Still a member: nothing happens.
    assert services.youth_retention_run(now=now) == {"departures_noted": 0, "rows_deleted": 0}
    youth_leaves(cohort, MembershipStatus.ALUMNI, "Graduated")
    # Dated by the removal itself (its hook); the daily run has nothing left to note.
    with scope(network=cohort.network):
        assert Departure.objects.filter(member=cohort.youth).exists()
    assert services.youth_retention_run(now=now)["departures_noted"] == 0
    assert services.youth_retention_run(now=now + timedelta(days=29))["rows_deleted"] == 0
    assert _youth_rows(cohort) == before

    assert services.youth_retention_run(now=now + timedelta(days=31))["rows_deleted"] > 0

    assert _youth_rows(cohort) == {
        "applications": 0,
        "attendance": 1,  # the other member's
        "makeups": 0,
        "notices": 0,
        "concerns": 1,  # the cohort's safeguarding record, no longer linked to them
    }
    with scope(network=cohort.network):
        assert not Departure.objects.exists()


def test_waiting_for_consent_does_not_start_the_retention_clock_of_a_later_departure(
    cohort: Cohort, settings
) -> None:  # type: ignore[no-untyped-def]
    """A new youth member waits for the guardian over a daily run (not admitted yet), then
    joins, then leaves on day 20: their rows are kept for the full period after leaving
    (to day 50), not counted from the days they waited for consent."""
    settings.COLLABORATORY_YOUTH_RETENTION_DAYS = 30
    with scope(network=cohort.network):
        membership = Membership.objects.get(network=cohort.network, user=cohort.youth)

    def status(value: str) -> None:
        # As the consent flow and removal set it (a steward's override cannot admit a minor).
        with scope(network=cohort.network):
            Membership.objects.filter(pk=membership.pk).update(status=value)

    start = timezone.now()
    status(MembershipStatus.PENDING_CONSENT)
    services.youth_retention_run(now=start)
    status(MembershipStatus.ACTIVE)
    _give_youth_rows(cohort)
    services.youth_retention_run(now=start + timedelta(days=1))
    before = _youth_rows(cohort)
    status(MembershipStatus.ALUMNI)
    services.youth_retention_run(now=start + timedelta(days=20))

    assert services.youth_retention_run(now=start + timedelta(days=31))["rows_deleted"] == 0
    assert _youth_rows(cohort) == before
    assert services.youth_retention_run(now=start + timedelta(days=51))["rows_deleted"] > 0


def test_a_declined_application_is_deleted_after_the_retention_period(cohort: Cohort) -> None:
    application = apply(cohort)
    services.application_decide(application=application, select=False, actor=cohort.steward)
    services.youth_retention_run(now=timezone.now() + timedelta(days=364))
    assert applications(cohort) == 1
    services.youth_retention_run(now=timezone.now() + timedelta(days=366))
    assert applications(cohort) == 0


def test_deleting_an_account_forgets_the_persons_youth_rows(cohort: Cohort) -> None:
    _give_youth_rows(cohort)
    account_delete(user=cohort.youth, confirm_email=cohort.youth.email)
    assert _youth_rows(cohort) == {
        "applications": 0,
        "attendance": 0,
        "makeups": 0,
        "notices": 0,
        "concerns": 1,  # kept for the leads, "a former member" (test_concern_kept.py)
    }


def test_deleting_an_account_takes_only_the_applications_linked_to_it(cohort: Cohort) -> None:
    """Deletion matched applications by email: an adult whose address a student typed as
    their own (a guardian's, say), or whose address was on an application stored before the
    applicant link existed, took that student's application and referees with them."""
    mine = apply(cohort, email=cohort.adult.email, actor=cohort.adult, statement="Mine.")
    later = services.cycle_create(
        network=cohort.network,
        name="Autumn",
        priority_deadline=timezone.now() + timedelta(days=5),
        final_deadline=timezone.now() + timedelta(days=10),
        actor=cohort.steward,
    )
    # A student's, sent signed out with the adult's address (or stored before the link).
    services.application_submit(
        cycle=later,
        full_name="Kim Kid",
        email=cohort.adult.email.upper(),
        guardian_email="pat@parent.example",
        school="Central High",
        city="Tulsa",
        statement="The student's own words.",
        references=[REF],
        conduct=True,
    )
    # Another student's, naming the adult as guardian.
    apply(cohort, email="kid@student.example", guardian_email=cohort.adult.email)

    account_delete(user=cohort.adult, confirm_email=cohort.adult.email)

    with scope(network=cohort.network):
        kept = set(Application.objects.values_list("statement", flat=True))
        refs = Reference.objects.filter(application__statement="The student's own words.")
        assert refs.count() == 1
        assert not Application.objects.filter(pk=mine.pk).exists()
    assert kept == {"The student's own words.", "I want to help my neighborhood."}


def test_export_my_data_carries_the_persons_youth_rows(cohort: Cohort) -> None:
    _give_youth_rows(cohort)
    data = personal_data_of(user=cohort.youth)["youth_program"]
    assert [a["references"][0]["relation"] for a in data["applications"]] == ["Teacher"]
    assert [s["presence"] for s in data["sessions"]] == ["unexcused"]
    assert [n["reason"] for n in data["absence_notices"]] == ["Trip"]
    assert [c["about"] for c in data["concerns_filed"]] == ["Worry"]


def test_export_my_data_leaves_out_a_strangers_application_sent_with_my_email(
    cohort: Cohort,
) -> None:
    """Applications were exported by email: a student who mistyped their address as an
    adult's handed that adult their statement and their referees' contact details."""
    apply(
        cohort,
        email=cohort.adult.email,
        statement="My private reasons.",
        references=[services.ReferenceInput("Rene Referee", "rene@school.example", "Coach")],
    )
    apply(cohort, email=cohort.youth.email, actor=cohort.youth)

    adults = personal_data_of(user=cohort.adult)["youth_program"]["applications"]
    youths = personal_data_of(user=cohort.youth)["youth_program"]["applications"]

    assert adults == []
    assert [a["statement"] for a in youths] == ["I want to help my neighborhood."]
    assert "rene@school.example" not in str(personal_data_of(user=cohort.adult))


def test_an_application_signed_in_under_another_email_is_not_tied_to_the_account(
    cohort: Cohort,
) -> None:
    application = apply(cohort, email="someone@else.example", actor=cohort.youth)
    assert application.applicant is None
    assert personal_data_of(user=cohort.youth)["youth_program"]["applications"] == []


def test_taking_up_an_applications_invitation_makes_it_the_accounts_own(
    cohort: Cohort, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    """The anonymous form ties an application to nobody; the account created from its
    invitation is the applicant, so the student's export still carries it."""
    application = apply(cohort)
    services.application_decide(application=application, select=True, actor=cohort.steward)
    with django_capture_on_commit_callbacks(execute=True):
        services.application_accept(application=application, actor=cohort.steward)
    (body,) = [m.body for m in mail.outbox if m.to == ["sam@student.example"]]
    token = re.search(r"/invitations/token/([^/\s]+)/", body).group(1)  # type: ignore[union-attr]

    membership = invitation_redeem(
        token=token,
        full_name="Sam Student",
        age_band=AgeBand.AGE_16_17,
        password="a long enough passphrase 42",
        pledges=range(len(PLEDGES)),
        born_on=timezone.localdate() - timedelta(days=365 * 16 + 100),
    )

    application.refresh_from_db()
    assert application.applicant == membership.user
    data = personal_data_of(user=membership.user)["youth_program"]["applications"]
    assert [a["references"][0]["email"] for a in data] == ["terry@school.example"]


def test_the_migration_ties_applications_whose_invitation_was_taken_up(
    cohort: Cohort,
) -> None:
    """Applications stored before the link existed: one whose invitation was redeemed goes
    to the account with that invitation's email; the others stay with nobody."""
    from django.apps import apps as registry

    migration = importlib.import_module("collaboratory.youth.migrations.0002_application_applicant")
    kim = UserFactory(email="kim@student.example")
    taken = apply(cohort, email="KIM@student.example")
    waiting = apply(cohort, email="lee@student.example")
    for application in (taken, waiting):
        services.application_decide(application=application, select=True, actor=cohort.steward)
        services.application_accept(application=application, actor=cohort.steward)
    with scopes_disabled():
        Invitation.objects.filter(email="kim@student.example").update(redeemed_at=timezone.now())

    with scopes_disabled():  # the migration's own models carry no scoped manager
        migration.link_redeemed(registry, None)

    with scope(network=cohort.network):
        owners = dict(Application.objects.values_list("email", "applicant"))
    assert owners == {"kim@student.example": kim.pk, "lee@student.example": None}


def test_export_my_data_carries_an_adults_vetting_and_lead_role(cohort: Cohort) -> None:
    """Account deletion removes an adult's vetting record and lead role, so they are the
    person's data: "export my data" carries them too."""
    services.safeguarding_lead_set(
        network=cohort.network, user=cohort.adult, lead=True, actor=cohort.steward
    )
    with scope(network=cohort.network):
        record = VettedAdult.objects.get(user=cohort.adult)

    data = personal_data_of(user=cohort.adult)["youth_program"]

    assert data["vetting"] == [
        {
            "network": cohort.network.name,
            "background_check_on": record.background_check_on.isoformat(),
            "training_on": record.training_on.isoformat(),
            "expires_on": record.expires_on.isoformat(),
        }
    ]
    assert data["safeguarding_lead_in"] == [cohort.network.name]


def test_the_guardian_is_emailed_each_step_without_the_note(
    cohort: Cohort, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    application = apply(cohort, email="youth1@cohort.example", actor=cohort.youth)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.escalation_step_record(
            network=cohort.network,
            member=cohort.youth,
            kind=EscalationKind.CONVERSATION,
            note="Private words from the conversation",
            actor=cohort.steward,
        )

    to_guardian = [m for m in mail.outbox if m.to == [application.guardian_email]]
    assert len(to_guardian) == 1
    assert "Conversation" in to_guardian[0].body
    assert "Private words from the conversation" not in to_guardian[0].body


def test_a_member_who_leaves_before_any_session_is_still_noted_and_purged(
    cohort: Cohort, settings
) -> None:  # type: ignore[no-untyped-def]
    """Leaving is read from the membership itself, not only from attendance or escalation:
    a youth member who left with only an application on file still has it deleted (their
    own: linked to the account, as taking up its invitation does)."""
    settings.COLLABORATORY_YOUTH_RETENTION_DAYS = 30
    apply(cohort, email=cohort.youth.email, actor=cohort.youth)
    youth_leaves(cohort, MembershipStatus.REMOVED, "Moved away")
    now = timezone.now()

    noted = services.youth_retention_run(now=now)["departures_noted"]
    deleted = services.youth_retention_run(now=now + timedelta(days=31))["rows_deleted"]

    assert noted == 0  # dated by the removal itself, not by the daily run
    assert deleted > 0
    with scope(network=cohort.network):
        assert not Application.objects.filter(email__iexact=cohort.youth.email).exists()


def test_a_former_members_new_application_outlives_the_old_departures_purge(
    cohort: Cohort, settings
) -> None:  # type: ignore[no-untyped-def]
    """The purge deleted every application with the former member's email in the cohort:
    applying again for a later cycle after leaving, the student's new application went
    with the old records when the old departure's period ran out."""
    settings.COLLABORATORY_YOUTH_RETENTION_DAYS = 30
    left = timezone.now() - timedelta(days=40)
    apply(cohort, email=cohort.youth.email, actor=cohort.youth, now=left - timedelta(days=90))
    with scope(network=cohort.network):
        # Ended where no hook saw it (a row from before the hook): the daily run's backstop.
        Membership.objects.filter(network=cohort.network, user=cohort.youth).update(
            status=MembershipStatus.REMOVED
        )
    services.youth_retention_run(now=left)  # the departure, dated 40 days ago
    later = services.cycle_create(
        network=cohort.network,
        name="Autumn",
        priority_deadline=timezone.now() + timedelta(days=5),
        final_deadline=timezone.now() + timedelta(days=10),
        actor=cohort.steward,
    )
    services.application_submit(
        cycle=later,
        full_name="Yara Youth1",
        email=cohort.youth.email,
        guardian_email="pat@parent.example",
        school="Central High",
        city="Tulsa",
        statement="Back again.",
        references=[REF],
        conduct=True,
    )

    assert services.youth_retention_run()["rows_deleted"] > 0

    with scope(network=cohort.network):
        kept = list(Application.objects.values_list("cycle__name", "statement"))
    assert kept == [("Autumn", "Back again.")]


def test_vetting_dated_tomorrow_in_the_cohorts_calendar_is_refused_on_its_evening(
    cohort: Cohort, monkeypatch: pytest.MonkeyPatch
) -> None:
    """9 pm on 9 March in New York is already 10 March in UTC, the time zone a service called
    on its own runs in: a check dated the 10th is still in the future."""
    monkeypatch.setattr(timezone, "now", lambda: datetime(2026, 3, 10, 1, 0, tzinfo=UTC))
    assert cohort.network.time_zone == "America/New_York"

    with pytest.raises(ValidationError) as error:
        services.vetted_adult_save(
            network=cohort.network,
            user=cohort.adult,
            background_check_on=date(2026, 3, 10),
            training_on=date(2026, 3, 9),
            actor=cohort.steward,
        )

    assert set(error.value.message_dict) == {"background_check_on"}


def test_a_cycle_whose_final_deadline_has_passed_is_not_opened(cohort: Cohort) -> None:
    """It was accepted, and its application link then refused every student as closed."""
    now = timezone.now()
    with scopes_disabled():
        before = ProgramCycle.objects.count()
    with pytest.raises(ValidationError) as refused:
        services.cycle_create(
            network=cohort.network,
            name="Last spring",
            priority_deadline=now - timedelta(days=20),
            final_deadline=now - timedelta(minutes=1),
            actor=cohort.steward,
            now=now,
        )

    assert list(refused.value.message_dict) == ["final_deadline"]
    assert "passed" in refused.value.message_dict["final_deadline"][0]
    with scopes_disabled():
        assert ProgramCycle.objects.count() == before
