"""Convener training services: applying, admission, the interest list, submissions and
reminders, notes, readiness, and Launch exactly once."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django_scopes import scope, scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.followthrough.models import FollowthroughSettings
from collaboratory.followthrough.selectors import followthrough_settings_for
from collaboratory.gatherings.models import Gathering
from collaboratory.gatherings.selectors import gathering_settings_for
from collaboratory.gatherings.services import gathering_settings_update
from collaboratory.networks.models import Invitation, Membership, Network, NetworkKind, Role
from collaboratory.networks.selectors import membership_settings_for
from collaboratory.networks.services import membership_settings_update
from collaboratory.people.selectors import personal_data_of
from collaboratory.people.services import account_delete
from collaboratory.training.models import (
    Application,
    ApplicationStatus,
    InterestSignup,
    Launch,
    ReminderSent,
    SessionAttendance,
    Submission,
    SubmissionStatus,
    Trainee,
)
from collaboratory.training.roster import roster_rows_of
from collaboratory.training.selectors import readiness_for
from collaboratory.training.services import (
    Upload,
    application_admit,
    assignment_create,
    assignment_reminders_send,
    cohort_accepting_set,
    interest_signup,
    launch,
    launch_history_record,
    plan_save,
    practice_reset,
    session_attendance_set,
    submission_review,
    submission_save,
    upload_check,
)
from tests.factories import (
    CommitmentFactory,
    GatheringFactory,
    NetworkFactory,
    PresentedProposalFactory,
)
from tests.training.conftest import Training, apply

ROSTER = b"email,full name,organization\nlena@east.example,Lena Ortiz,Food Bank\n"


def test_applying_needs_an_open_cohort_and_two_different_staff(training: Training) -> None:
    with pytest.raises(ValidationError) as same:
        apply(training.national, "Twice", ("same@x.example", "same@x.example"))
    assert same.value.message_dict == {
        "staff2_email": ["The two staff need different email addresses."]
    }
    cohort_accepting_set(cohort=training.cohort, accepting=False, actor=training.trainer)
    with pytest.raises(ValidationError, match="No cohort is taking applications"):
        apply(training.national, "Late", ("a@late.example", "b@late.example"))


def test_opening_a_cohort_tells_the_interest_list_once(
    training: Training,
    mailoutbox,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    cohort_accepting_set(cohort=training.cohort, accepting=False, actor=training.trainer)
    interest_signup(network=training.national, email="Curious@Example.org")
    interest_signup(network=training.national, email="curious@example.org")
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        told = cohort_accepting_set(cohort=training.cohort, accepting=True, actor=training.trainer)
        again = cohort_accepting_set(cohort=training.cohort, accepting=True, actor=training.trainer)

    assert (told, again) == (1, 0)
    assert [m.to for m in mailoutbox] == [["curious@example.org"]]
    assert "/training/" in mailoutbox[0].body
    with scopes_disabled():
        assert InterestSignup.objects.get().notified_at is not None


def test_admission_invites_both_staff_to_the_practice_network_as_stewards(
    training: Training,
) -> None:
    practice = training.cohort.practice_network
    assert practice is not None
    assert (practice.is_practice, practice.parent) == (True, training.national)
    with scopes_disabled():
        invited = sorted(Invitation.objects.filter(network=practice).values_list("email", "role"))
    assert invited == [
        ("ana@east.example", Role.STEWARD),
        ("tom@east.example", Role.STEWARD),
        ("wen@west.example", Role.STEWARD),
        ("wes@west.example", Role.STEWARD),
    ]
    assert training.org.status == ApplicationStatus.ADMITTED
    with pytest.raises(ValidationError, match="already been decided"):
        application_admit(application=training.org, cohort=training.cohort, actor=training.trainer)


def test_a_file_must_be_what_its_name_says_and_small() -> None:
    assert upload_check(Upload("My plan (v2).pdf", b"%PDF-1.7 ...")) == (
        "My-plan--v2-.pdf",
        "application/pdf",
    )
    for upload, message in (
        (Upload("plan.pdf", b"<html>"), "not the kind its name says"),
        (Upload("plan.exe", b"MZ"), "Send a PDF"),
        (Upload("plan.txt", b"\xff\xfe\x00"), "UTF-8"),
        (Upload("plan.txt", b"x" * (5 * 1024 * 1024 + 1)), "larger than 5 MB"),
        (Upload("plan.txt", b""), "empty"),
    ):
        with pytest.raises(ValidationError, match=message):
            upload_check(upload)


def test_one_submission_per_organization_replaced_and_reviewed(training: Training) -> None:
    assignment = assignment_create(
        cohort=training.cohort,
        title="Your first 40 names",
        instructions="",
        due_at=timezone.now() + timedelta(days=5),
        actor=training.trainer,
    )
    first = submission_save(
        assignment=assignment, application=training.org, actor=training.trainee, text="Draft"
    )
    submission_review(
        submission=first, status=SubmissionStatus.CHANGES, feedback="More", actor=training.trainer
    )
    second = submission_save(
        assignment=assignment,
        application=training.org,
        actor=training.trainee,
        text="Final",
        upload=Upload("names.txt", b"forty names"),
    )
    with scopes_disabled():
        rows = list(Submission.objects.values_list("pk", "text", "status", "file_name"))
    assert rows == [(first.pk, "Final", SubmissionStatus.SUBMITTED, "names.txt")]
    assert second.pk == first.pk
    with pytest.raises(ValidationError) as empty:
        submission_save(
            assignment=assignment,
            application=training.other,
            actor=training.other_trainee,
            text="  ",
        )
    assert empty.value.message_dict == {"text": ["Write your work here or attach a file."]}


def test_reminders_go_once_before_and_once_after_the_due_date(
    training: Training,
    mailoutbox,  # type: ignore[no-untyped-def]
) -> None:
    now = timezone.now()
    assignment = assignment_create(
        cohort=training.cohort,
        title="Roster draft",
        instructions="",
        due_at=now + timedelta(days=2),
        actor=training.trainer,
    )
    submission_save(
        assignment=assignment,
        application=training.other,
        actor=training.other_trainee,
        text="Done",
    )
    mailoutbox.clear()
    with scope(network=training.national):
        before = assignment_reminders_send(network=training.national, now=now)
        before_again = assignment_reminders_send(network=training.national, now=now)
        between = assignment_reminders_send(network=training.national, now=now + timedelta(days=3))
        after = assignment_reminders_send(network=training.national, now=now + timedelta(days=5))
        far = now - timedelta(days=1)
        early = assignment_reminders_send(network=training.national, now=far)

    assert (before, before_again, between, after, early) == (1, 0, 0, 1, 0)
    assert sorted(tuple(m.to) for m in mailoutbox) == [
        ("ana@east.example",),
        ("ana@east.example",),
        ("tom@east.example",),
        ("tom@east.example",),
    ]
    assert mailoutbox[0].subject == "Due soon: Roster draft"
    with scopes_disabled():
        assert ReminderSent.objects.filter(application=training.other).count() == 0


def _make_ready(training: Training) -> None:
    practice = training.cohort.practice_network
    gathering = GatheringFactory(
        network=practice, first_part_at=timezone.now() - timedelta(days=3), parts=1
    )
    CommitmentFactory(proposal=PresentedProposalFactory(gathering=gathering))
    plan_save(
        application=training.org,
        actor=training.trainee,
        network_name="Eastside Civic Collaboratory",
        network_slug="eastside",
        first_gathering_title="Our first gathering",
        first_gathering_on=date.today() + timedelta(days=40),
        first_gathering_city="Fresno",
        roster=ROSTER,
    )


def test_readiness_lists_what_is_missing_until_all_is_done(training: Training) -> None:
    assignment = assignment_create(
        cohort=training.cohort,
        title="A",
        instructions="",
        due_at=timezone.now() + timedelta(days=5),
        actor=training.trainer,
    )
    state = readiness_for(application=training.org)
    assert [(i.code, i.done) for i in state.items] == [
        ("assignments", False),
        ("practice", False),
        ("first_gathering", False),
        ("roster", False),
    ]
    _make_ready(training)
    work = submission_save(
        assignment=assignment, application=training.org, actor=training.trainee, text="x"
    )
    assert not readiness_for(application=training.org).ready
    submission_review(
        submission=work, status=SubmissionStatus.ACCEPTED, feedback="", actor=training.trainer
    )
    assert readiness_for(application=training.org).ready
    assert not readiness_for(application=training.other).ready


# 3 December 2026, 21:30 in New York is 4 December in UTC; 5 December, 01:00 in Tokyo is
# still 4 December in UTC.
NEW_YORK_EVENING = datetime(2026, 12, 4, 2, 30, tzinfo=UTC)
TOKYO_MORNING = datetime(2026, 12, 4, 16, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("time_zone", "now", "first_gathering_on", "planned"),
    [
        ("America/New_York", NEW_YORK_EVENING, date(2026, 12, 4), True),  # tomorrow there
        ("America/New_York", NEW_YORK_EVENING, date(2026, 12, 3), False),  # today there
        ("Asia/Tokyo", TOKYO_MORNING, date(2026, 12, 5), False),  # today there
        ("Asia/Tokyo", TOKYO_MORNING, date(2026, 12, 6), True),  # tomorrow there
    ],
)
def test_the_first_gathering_is_planned_when_it_comes_after_the_networks_today(
    training: Training, time_zone: str, now: datetime, first_gathering_on: date, planned: bool
) -> None:
    with scopes_disabled():
        Network.objects.filter(pk=training.national.pk).update(time_zone=time_zone)
        application = Application.objects.select_related("network").get(pk=training.org.pk)
    plan_save(
        application=application,
        actor=training.trainee,
        network_name="Eastside Civic Collaboratory",
        network_slug="eastside",
        first_gathering_title="Our first gathering",
        first_gathering_on=first_gathering_on,
        first_gathering_city="Fresno",
        now=now - timedelta(days=1),  # saved while the day was still to come
    )

    items = {i.code: i.done for i in readiness_for(application=application, now=now).items}

    assert items["first_gathering"] is planned


def _plan_with_roster(training: Training, roster: bytes) -> None:
    plan_save(
        application=training.org,
        actor=training.trainee,
        network_name="E",
        network_slug="eastside",
        first_gathering_title="F",
        first_gathering_on=date.today() + timedelta(days=40),
        first_gathering_city="",
        roster=roster,
    )


def test_a_bad_roster_is_refused_by_line_and_keeps_the_old_one(training: Training) -> None:
    _make_ready(training)
    with pytest.raises(ValidationError) as bad:
        _plan_with_roster(training, b"email,full name\nnot-an-email,Someone\n")
    assert bad.value.message_dict == {
        "roster": ["Line 2, Email: “not-an-email” is not an email address: correct it."]
    }
    with pytest.raises(ValidationError, match="first line"):
        _plan_with_roster(training, b"a,b\n1,2\n")
    with pytest.raises(ValidationError, match="not UTF-8"):
        _plan_with_roster(training, b"email,name\n\xff\xfe,x\n")
    with scopes_disabled():
        training.org.refresh_from_db()
    assert training.org.roster_rows == 1


def test_launch_opens_the_local_network_once(
    training: Training,
    mailoutbox,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    _make_ready(training)
    assert readiness_for(application=training.org).ready
    with pytest.raises(ValidationError, match="Finish the readiness"):
        launch(application=training.other, actor=training.trainer)

    # The national network's own choices, so the copy is seen (not the defaults).
    with scope(network=training.national):
        membership_settings_update(
            network=training.national,
            actor=training.trainer,
            packet_markdown="Our national packet",
            invitation_valid_days=21,
        )
        gathering_settings_update(  # reads make no row: the steward's save makes it
            network=training.national,
            actor=training.trainer,
            part_template="0 | 18:00 | 21:00 | Welcome reception and dinner",
            default_capacity=77,
            rsvp_reminder_days=14,
            gathering_reminder_days=2,
        )
        # A read no longer makes the row: the national network saved its own choice.
        FollowthroughSettings.objects.update_or_create(
            network=training.national, defaults={"lapse_grace_days": 9}
        )

    with django_capture_on_commit_callbacks(execute=True):
        done = launch(application=training.org, actor=training.trainer)

    local = done.local_network
    with scope(network=local):
        assert membership_settings_for(network=local).packet_markdown == "Our national packet"
        assert membership_settings_for(network=local).invitation_valid_days == 21
        assert gathering_settings_for(network=local).default_capacity == 77
        assert followthrough_settings_for(network=local).lapse_grace_days == 9
    assert (local.slug, local.kind, local.parent, local.is_practice) == (
        "eastside",
        "local",
        training.national,
        False,
    )
    with scopes_disabled():
        invited = sorted(Invitation.objects.filter(network=local).values_list("email", "role"))
        gathering = Gathering.objects.get(network=local)
    assert invited == [
        ("ana@east.example", Role.STEWARD),
        ("lena@east.example", Role.MEMBER),
        ("tom@east.example", Role.STEWARD),
    ]
    assert (gathering.title, gathering.city) == ("Our first gathering", "Fresno")
    assert done.invited == 1
    assert AuditEvent.objects.filter(action="training.launched").count() == 1

    with pytest.raises(ValidationError, match="already launched"):
        launch(application=training.org, actor=training.trainer)
    with scopes_disabled():
        training.org.refresh_from_db()
        assert Launch.objects.count() == 1
        assert Network.objects.filter(parent=training.national, is_practice=False).count() == 1
        assert Membership.objects.filter(network=local).count() == 0


def test_the_launch_constraint_refuses_a_second_launch_row(training: Training) -> None:
    """What backs exactly-once when two launches race past the early check: one launch row
    per application, in the transaction that made the network (so both roll back)."""
    _make_ready(training)
    launch(application=training.org, actor=training.trainer)
    other = NetworkFactory(slug="race", kind="local", parent=training.national)
    with scope(network=training.national), pytest.raises(IntegrityError), transaction.atomic():
        Launch.objects.create(
            network=training.national,
            application=training.org,
            local_network=other,
            launched_at=timezone.now(),
        )
    with scopes_disabled():
        assert Launch.objects.count() == 1


def test_practice_reset_replaces_the_gatherings_and_keeps_the_people(training: Training) -> None:
    _make_ready(training)
    practice = training.cohort.practice_network
    with scopes_disabled():
        members = Membership.objects.filter(network=practice).count()
        assert Gathering.objects.filter(network=practice).count() == 2

    removed = practice_reset(cohort=training.cohort, actor=training.trainer)

    with scopes_disabled():
        titles = list(Gathering.objects.filter(network=practice).values_list("title", flat=True))
        assert Membership.objects.filter(network=practice).count() == members
    assert removed >= 2
    assert titles == ["Practice gathering"]
    # The held gathering went with the sandbox; what the organization achieved stays.
    with scopes_disabled():
        training.org.refresh_from_db()
    assert readiness_for(application=training.org).items[1].done


def test_a_recorded_launch_points_at_an_existing_local_network_once(training: Training) -> None:
    """The demo's past cohort: launch_history_record refuses a practice or foreign network,
    history out of order and a second launch, and changes nothing when it refuses."""
    local = NetworkFactory(slug="lowell", kind=NetworkKind.LOCAL, parent=training.national)
    stranger = NetworkFactory(
        slug="elsewhere", kind=NetworkKind.LOCAL, parent=NetworkFactory(slug="other-national")
    )
    now = timezone.now()
    dates = {"applied_at": now - timedelta(days=90), "admitted_at": now - timedelta(days=60)}

    def record(network: Network, application: object = training.org, **changed: object) -> object:
        args = {**dates, "launched_at": now - timedelta(days=10), **changed}
        return launch_history_record(
            application=application,  # type: ignore[arg-type]
            local_network=network,
            first_gathering=None,
            actor=training.trainer,
            **args,  # type: ignore[arg-type]
        )

    practice = training.cohort.practice_network
    assert practice is not None
    for network, changed in (
        (practice, {}),
        (stranger, {}),
        (local, {"launched_at": now - timedelta(days=70)}),  # before it was admitted
    ):
        with pytest.raises(ValidationError):
            record(network, **changed)
    row = record(local)
    with pytest.raises(ValidationError):
        record(local, training.other)  # the network has launched already

    with scopes_disabled():
        assert list(Launch.objects.values_list("local_network__slug", flat=True)) == ["lowell"]
        training.org.refresh_from_db()
        assert training.org.decided_at == dates["admitted_at"]
        assert row.launched_at == now - timedelta(days=10)  # type: ignore[attr-defined]


def test_an_initial_roster_may_name_sectors_in_spanish(db: None) -> None:
    """The launched network starts with the default sectors, stored in English: a roster
    written in Spanish names them in Spanish and is matched to the stored names."""
    rows = roster_rows_of(
        b"email,full name,sector\nana@example.org,Ana,Sin fines de lucro\nbo@example.org,Bo,Labor\n"
    )

    assert [r.sector for r in rows] == ["Nonprofit", "Labor"]


def test_a_trainee_who_deletes_their_account_is_no_longer_named_and_can_export_it_first(
    training: Training,
) -> None:
    """An organization names its two staff on its application; a trainee's training pages
    are found by that email. "Export my data" carries the row and the sessions they
    attended; deleting the account leaves the organization's application and attendance
    whole, with the person no longer named (as invitations are)."""
    with scopes_disabled():
        session = training.cohort.sessions.order_by("starts_at").first()
        assert session is not None
        ana = training.org.staff.get(email="ana@east.example")
        session_attendance_set(session=session, trainee_ids=[ana.pk], actor=training.trainer)

    exported = personal_data_of(user=training.trainee)["training"]["as_trainee"]

    assert [(row["organization"], row["email"]) for row in exported] == [
        ("Eastside", "ana@east.example")
    ]
    assert [a["title"] for a in exported[0]["sessions_attended"]] == [session.title]

    account_delete(user=training.trainee, confirm_email="ana@east.example")

    with scopes_disabled():
        ana.refresh_from_db()
        assert ana.full_name == "deleted person"
        # No account id in the placeholder: it tied the row to the deleted account.
        assert re.fullmatch(r"deleted-[0-9a-f]{32}@invalid", ana.email), ana.email
        assert training.org.staff.count() == 2
        assert SessionAttendance.objects.filter(trainee=ana).count() == 1
        assert not Trainee.objects.filter(email__iexact="ana@east.example").exists()
        # The other organization's staff are untouched.
        assert training.other.staff.filter(email="wen@west.example").exists()


def test_a_first_gathering_on_a_day_already_come_is_refused_at_its_field(
    training: Training,
) -> None:
    """It was saved, and the readiness checklist then stayed undone with no reason given."""
    with scopes_disabled():
        Network.objects.filter(pk=training.national.pk).update(time_zone="America/New_York")
        application = Application.objects.select_related("network").get(pk=training.org.pk)
    with pytest.raises(ValidationError) as refused:
        plan_save(
            application=application,
            actor=training.trainee,
            network_name="Eastside Civic Collaboratory",
            network_slug="eastside",
            first_gathering_title="Our first gathering",
            first_gathering_on=date(2026, 12, 3),  # today in New York, tomorrow in UTC
            first_gathering_city="Fresno",
            now=NEW_YORK_EVENING,
        )

    assert list(refused.value.message_dict) == ["first_gathering_on"]
    with scopes_disabled():
        application.refresh_from_db()
    assert application.first_gathering_on is None


def test_launch_invites_the_roster_in_the_language_the_organization_applied_in(
    training: Training,
    mailoutbox,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    """The staff's invitations followed the application's language; the roster's followed
    whoever pressed Launch, so a Spanish-speaking organization's people got English."""
    _make_ready(training)
    with scopes_disabled():
        Application.objects.filter(pk=training.org.pk).update(language="es")
        training.org.refresh_from_db()
    mailoutbox.clear()

    with django_capture_on_commit_callbacks(execute=True), translation.override("en"):
        launch(application=training.org, actor=training.trainer)

    subjects = {m.to[0]: m.subject for m in mailoutbox if "invitations/" in m.body}
    assert subjects["lena@east.example"] == subjects["ana@east.example"]
    assert subjects["lena@east.example"].startswith("Te invitan")
