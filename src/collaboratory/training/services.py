"""Every write of convener training: applications, cohorts and their arc, assignments and
submissions, reminders, support calls and notes, the practice network, and Launch. Each is
one keyword-only function that checks, writes in a transaction and records it in the audit
log. Mail leaves through `networks.mail.mail_send` only."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import partial
from zoneinfo import ZoneInfo

from django.conf import settings as django_settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django_scopes import scope, scopes_disabled

from collaboratory.audit.services import audit_record
from collaboratory.followthrough.services import followthrough_settings_copy
from collaboratory.gatherings.models import Gathering, GatheringFormat
from collaboratory.gatherings.services import (
    gathering_create,
    gathering_parts_from_template,
    gathering_settings_copy,
)
from collaboratory.networks.mail import mail_send
from collaboratory.networks.models import MailKind, Membership, Network, NetworkKind, Role
from collaboratory.networks.roster_csv import RosterRow
from collaboratory.networks.scoping import date_in
from collaboratory.networks.services import (
    invitation_create,
    membership_settings_copy,
    memberships_bulk_create,
    network_create,
    roster_import,
)
from collaboratory.people.models import AgeBand, User
from collaboratory.people.selectors import saved_languages_of
from collaboratory.people.services import NewUser, normalize_email, users_bulk_create
from collaboratory.training.models import (
    ARC_DEFAULTS,
    ARC_DESIGNING,
    ARC_FIRST_GATHERING,
    ARC_IMMERSION,
    ARC_OPENING,
    ARC_TRAINING,
    Application,
    ApplicationStatus,
    ArcSession,
    Assignment,
    CallNote,
    Cohort,
    InterestSignup,
    Launch,
    ReminderSent,
    SessionAttendance,
    SessionKind,
    Submission,
    SubmissionStatus,
    SupportCall,
    Trainee,
)
from collaboratory.training.roster import roster_rows_of
from collaboratory.training.selectors import practice_held_last, readiness_for
from collaboratory.validators import validate_short_name

# (kind, title, days after the cohort starts, hours long): the arc every cohort starts with;
# trainers edit dates, places, links and materials afterwards.
DEFAULT_ARC = (
    (SessionKind.OPENING, ARC_OPENING, 0, 3),
    (SessionKind.IMMERSION, ARC_IMMERSION, 30, 8),
    (SessionKind.TRAINING, ARC_TRAINING, 45, 7),
    (SessionKind.VIRTUAL, ARC_DESIGNING, 75, 2),
    (SessionKind.VIRTUAL, ARC_FIRST_GATHERING, 105, 2),
)
PRACTICE_SAMPLE_MEMBERS = 8
REMIND_BEFORE = timedelta(days=3)
REMIND_AFTER = timedelta(days=2)
MAX_FILE_BYTES = 5 * 1024 * 1024
# Extension -> (content type, how the file must start). Office files are zip containers.
FILE_TYPES = {
    "pdf": ("application/pdf", b"%PDF-"),
    "docx": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        b"PK\x03\x04",
    ),
    "odt": ("application/vnd.oasis.opendocument.text", b"PK\x03\x04"),
    "pptx": (
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        b"PK\x03\x04",
    ),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", b"PK\x03\x04"),
    "txt": ("text/plain", b""),
    "md": ("text/markdown", b""),
}


@dataclass(frozen=True)
class Upload:
    name: str
    data: bytes


def _serialized(model: type[Network] | type[Cohort], pk: int) -> None:
    """Take the row's lock for the rest of the transaction (SQLite's BEGIN IMMEDIATE already
    serializes), so two copies of one POST (a double click, a retry) do not both find no
    earlier row and both write."""
    model.objects.select_for_update(no_key=True).filter(pk=pk).values_list("pk", flat=True).first()


def _site(path: str) -> str:
    return django_settings.SITE_URL + path


def _language(value: str) -> str:
    """A language to keep with an application or signup: one the site speaks, or none."""
    if value and value not in dict(django_settings.LANGUAGES):
        raise ValidationError({"language": _("Choose one of the languages offered.")})
    return value


def _send(
    *,
    network: Network,
    recipients: Sequence[tuple[str, str]],
    render: Callable[[], tuple[str, str]],
    kind: str | None = None,
    after_commit: bool = True,
) -> None:
    """Training mail, each address in its reader's language: the account's choice when they
    have one, else the language they applied or signed up in (`recipients` are pairs of
    address and that language), else the site's default. Never the sender's: a trainer
    writing in Spanish would send Spanish to staff who applied in English, and a task has no
    language of its own. `render()` gives (subject, body) and is called once per language,
    with it active. Sent once the transaction commits, unless `after_commit` is false (a
    task whose sent-log row must roll back with a failed send)."""
    saved = saved_languages_of(address for address, _kept in recipients)
    groups: dict[str, list[str]] = {}
    for address, kept in recipients:
        language = saved.get(address.lower()) or kept or django_settings.LANGUAGE_CODE
        groups.setdefault(language, []).append(address)
    for language, addresses in groups.items():
        with translation.override(language):
            subject, body = render()
        send = partial(
            mail_send,
            network=network,
            subject=subject,
            body=body,
            recipients=addresses,
            free_text=False,
            kind=kind,
        )
        if after_commit:
            transaction.on_commit(send)
        else:
            send()


# Applications and the interest list


def application_submit(
    *,
    network: Network,
    organization: str,
    community: str,
    why_now: str,
    landscape: str,
    staff: Sequence[tuple[str, str]],
    language: str = "",
    actor: User | None = None,
) -> Application:
    """An organization applies while a cohort is taking applications; two different staff
    take part in everything. `language` is the one the form was filled in (the staff's mail
    is written in it). `actor` is the signed-in account sending it (None without one): the
    audit row's actor, so the trainers' log names who sent it. The same application sent
    again while it waits or trains (a double tap, a retry) returns the one saved."""
    language = _language(language)
    errors: dict[str, str] = {}
    if network.kind != NetworkKind.NATIONAL:
        raise ValidationError(_("Training is run by a national network."))
    with scope(network=network):
        if not Cohort.objects.filter(network=network, accepting=True).exists():
            raise ValidationError(
                _("No cohort is taking applications now: join the interest list instead.")
            )
    people: list[tuple[str, str]] = []
    for index, (name, email) in enumerate(staff, start=1):
        name = " ".join(name.split())
        if not name:
            errors[f"staff{index}_name"] = _("Give this staff member's full name.")
        try:
            email = normalize_email(email)
        except ValidationError:
            errors[f"staff{index}_email"] = _("Enter an email address, like name@example.org.")
        people.append((name, email))
    if len(people) != 2:
        raise ValidationError(_("Name exactly two staff who will take part."))
    if not errors and people[0][1] == people[1][1]:
        errors["staff2_email"] = _("The two staff need different email addresses.")
    for field, value in (("organization", organization), ("community", community)):
        if not value.strip():
            errors[field] = _("Fill this in: it tells the trainers who you are.")
    if errors:
        raise ValidationError(errors)
    with scope(network=network), transaction.atomic():
        _serialized(Network, network.pk)
        emails = sorted(e for _n, e in people)
        # Waiting, or admitted and still training: a resend after admission (a retry, the
        # browser's history) made a second organization to admit with the same staff.
        for earlier in (
            Application.objects.filter(
                network=network,
                status__in=(ApplicationStatus.PENDING, ApplicationStatus.ADMITTED),
                organization__iexact=organization.strip(),
                launch__isnull=True,
            )
            .order_by("pk")
            .prefetch_related("staff")
        ):
            if sorted(t.email for t in earlier.staff.all()) == emails:
                return earlier
        application = Application(
            network=network,
            organization=organization.strip(),
            community=community.strip(),
            why_now=why_now.strip(),
            landscape=landscape.strip(),
            language=language,
        )
        application.full_clean()
        application.save()
        Trainee.objects.bulk_create(
            [
                Trainee(network=network, application=application, full_name=n, email=e)
                for n, e in people
            ]
        )
        audit_record(action="training.applied", actor=actor, network=network, target=application)
    return application


def interest_signup(*, network: Network, email: str, language: str = "") -> InterestSignup:
    """Add an address to the interest list, with the language the person signed up in (the
    "cohort is open" mail is written in it); signing up twice changes nothing."""
    language = _language(language)
    try:
        email = normalize_email(email)
    except ValidationError as error:
        raise ValidationError(
            {"email": _("Enter an email address, like name@example.org.")}
        ) from error
    with scope(network=network), transaction.atomic():
        signup, created = InterestSignup.objects.get_or_create(
            network=network, email=email, defaults={"language": language}
        )
        if created:
            audit_record(action="training.interest_added", network=network, target=signup)
    return signup


def application_admit(*, application: Application, cohort: Cohort, actor: User) -> Application:
    """Admit the organization to a cohort: its staff become trainees and are invited as
    stewards of the cohort's practice network."""
    if cohort.network_id != application.network_id:
        raise ValidationError(_("That cohort belongs to another network."))
    if application.status != ApplicationStatus.PENDING:
        raise ValidationError(_("This application has already been decided."))
    network = application.network
    with scope(network=network), transaction.atomic():
        updated = Application.objects.filter(
            pk=application.pk, status=ApplicationStatus.PENDING
        ).update(status=ApplicationStatus.ADMITTED, cohort=cohort, decided_at=timezone.now())
        if updated != 1:
            raise ValidationError(_("This application has already been decided."))
        application.refresh_from_db()
        staff = list(application.staff.all())
        practice = cohort.practice_network
        if practice is not None:
            for trainee in staff:
                _practice_invite(
                    practice=practice,
                    trainee=trainee,
                    actor=actor,
                    language=application.language,
                )
        audit_record(
            action="training.admitted",
            actor=actor,
            network=network,
            target=application,
            data={"cohort": cohort.pk},
        )
        link = _site(reverse("training_public:mine"))
        values = {"organization": application.organization, "cohort": cohort.name, "link": link}
        _send(
            network=network,
            recipients=[(t.email, application.language) for t in staff],
            render=lambda: (
                _("Welcome to the convener training: %(cohort)s") % values,
                _(
                    "%(organization)s is admitted to %(cohort)s. You will also get an "
                    "invitation to the cohort's practice network. Your training page, once "
                    "you have signed in:\n\n%(link)s"
                )
                % values,
            ),
        )
    return application


def _practice_invite(*, practice: Network, trainee: Trainee, actor: User, language: str) -> None:
    """A trainee runs the mock gathering as a steward, invited in the language their
    organization applied in; someone already there or already invited is left as they are."""
    try:
        invitation_create(
            network=practice,
            email=trainee.email,
            full_name=trainee.full_name,
            actor=actor,
            role=Role.STEWARD,
            invitee_language=language,
        )
    except ValidationError as error:
        if set(error.message_dict) != {"email"}:
            raise


def application_decline(*, application: Application, note: str, actor: User) -> Application:
    """Decline a waiting application. Decided by one conditional UPDATE, as admitting is: a
    decline sent from a page opened before another trainer decided (or twice at once)
    changes nothing and mails nobody."""
    if application.status != ApplicationStatus.PENDING:
        raise ValidationError(_("This application has already been decided."))
    network = application.network
    with scope(network=network), transaction.atomic():
        application.status = ApplicationStatus.DECLINED
        application.decision_note = note.strip()
        application.decided_at = timezone.now()
        application.full_clean()
        updated = Application.objects.filter(
            pk=application.pk, status=ApplicationStatus.PENDING
        ).update(
            status=ApplicationStatus.DECLINED,
            decision_note=application.decision_note,
            decided_at=application.decided_at,
        )
        if updated != 1:
            application.refresh_from_db()
            raise ValidationError(_("This application has already been decided."))
        audit_record(action="training.declined", actor=actor, network=network, target=application)
        emails = list(application.staff.values_list("email", flat=True))
        _send(
            network=network,
            recipients=[(e, application.language) for e in emails],
            render=lambda: (
                _("Your application to the convener training"),
                _(
                    "Thank you for applying on behalf of %(organization)s. We cannot offer "
                    "a place in this cohort; we hope to hear from you for a future one."
                )
                % {"organization": application.organization},
            ),
        )
    return application


# Cohorts, the arc, attendance


def _practice_slug(national: Network, cohort: Cohort) -> str:
    """The practice network's short name, under the short-name rule whatever the national
    network's own (one made before the rule may hold "_" or a capital), cut to the column."""
    words = re.findall(r"[a-z0-9]+", f"practice-{national.slug}-{cohort.pk}".lower())
    return "-".join(words)[:50].rstrip("-")


def cohort_create(*, network: Network, name: str, starts_on: date, actor: User) -> Cohort:
    """A cohort with the default arc and its practice network (local, flagged practice,
    under this national network) filled with sample members and a gathering. The same
    cohort sent again (name and start alike: a double click) returns the one made."""
    if network.kind != NetworkKind.NATIONAL:
        raise ValidationError(_("Cohorts belong to a national network."))
    zone = ZoneInfo(network.time_zone)
    name = " ".join(name.split())
    with scope(network=network), transaction.atomic():
        _serialized(Network, network.pk)
        earlier = Cohort.objects.filter(network=network, name=name, starts_on=starts_on).first()
        if earlier is not None:
            return earlier
        cohort = Cohort(network=network, name=name, starts_on=starts_on)
        cohort.full_clean()
        cohort.save()
        sessions = []
        for kind, title, day, hours in DEFAULT_ARC:
            starts = datetime.combine(starts_on + timedelta(days=day), time(10), tzinfo=zone)
            sessions.append(
                ArcSession(
                    network=network,
                    cohort=cohort,
                    kind=kind,
                    title=title,  # English, shown in the reader's language (`label`)
                    starts_at=starts,
                    ends_at=starts + timedelta(hours=hours),
                )
            )
        ArcSession.objects.bulk_create(sessions)
        practice = network_create(
            slug=_practice_slug(network, cohort),
            name=_("Practice: %(cohort)s") % {"cohort": cohort.name},
            kind=NetworkKind.LOCAL,
            parent=network,
            time_zone=network.time_zone,
            actor=actor,
            is_practice=True,
        )
        cohort.practice_network = practice
        cohort.save(update_fields=["practice_network"])
        _practice_fill(practice=practice, cohort=cohort)
        audit_record(action="training.cohort_created", actor=actor, network=network, target=cohort)
    return cohort


def _practice_fill(*, practice: Network, cohort: Cohort) -> None:
    """Sample members (accounts with addresses that cannot receive mail) and one upcoming
    gathering from the template, so trainees can run a call, selection, the live room and
    follow-through without touching real people."""
    with scope(network=practice):
        have = Membership.objects.filter(network=practice, role=Role.MEMBER).exists()
    if not have:
        rows = [
            NewUser(
                email=f"sample-{cohort.network.slug}-{cohort.pk}-{i}@practice.invalid",
                full_name=_("Sample member %(n)d") % {"n": i},
                age_band=AgeBand.AGE_30_44,
            )
            for i in range(1, PRACTICE_SAMPLE_MEMBERS + 1)
        ]
        users = users_bulk_create(rows=rows)
        memberships_bulk_create(
            network=practice,
            rows=[Membership(network=practice, user=u, role=Role.MEMBER) for u in users],
        )
    # Two months into the cohort, and never in the past (a reset makes a fresh one).
    first_day = max(
        cohort.starts_on + timedelta(days=60),
        date_in(practice, timezone.now()) + timedelta(days=14),
    )
    gathering_create(
        network=practice,
        title=_("Practice gathering"),
        format=GatheringFormat.IN_PERSON,
        parts=gathering_parts_from_template(
            network=practice, format=GatheringFormat.IN_PERSON, first_day=first_day
        ),
        city=_("Sample City"),
    )


def practice_reset(*, cohort: Cohort, actor: User, now: datetime | None = None) -> int:
    """Start this cohort's practice over: every gathering of its practice network goes (with
    its proposals, commitments and follow-through, which cascade) and a fresh sample
    gathering is made. Members and trainees stay, and so does what was achieved: each
    organization of this cohort that had a practice gathering held keeps "practice held"
    (`Application.practice_held_at`), since the reset clears the sandbox for another round,
    and a readiness item that was done before it (wiped for every organization of the cohort)
    left launches waiting on a gathering nobody needed to run again. Nothing outside this
    cohort is touched. Returns how many gatherings were removed."""
    now = now or timezone.now()
    practice = cohort.practice_network
    if practice is None or not practice.is_practice:
        raise ValidationError(_("This cohort has no practice network."))
    with scope(network=practice), transaction.atomic():
        _serialized(Cohort, cohort.pk)
        held_at = practice_held_last(practice=practice, now=now)
        if held_at is not None:
            with scope(network=cohort.network):
                # What readiness counted for each of them until now, kept as it was.
                Application.objects.filter(
                    cohort=cohort,
                    status=ApplicationStatus.ADMITTED,
                    practice_held_at__isnull=True,
                ).update(practice_held_at=held_at)
        removed, _by_model = Gathering.objects.filter(network=practice).delete()
        _practice_fill(practice=practice, cohort=cohort)
        audit_record(
            action="training.practice_reset", actor=actor, network=cohort.network, target=cohort
        )
    return removed


def cohort_accepting_set(*, cohort: Cohort, accepting: bool, actor: User) -> int:
    """Open or close a cohort to applications. Opening tells everyone on the interest list
    who has not been told yet; returns how many were told."""
    network = cohort.network
    now = timezone.now()
    with scope(network=network), transaction.atomic():
        cohort.accepting = accepting
        cohort.save(update_fields=["accepting"])
        audit_record(
            action="training.cohort_opened" if accepting else "training.cohort_closed",
            actor=actor,
            network=network,
            target=cohort,
        )
        if not accepting:
            return 0
        waiting = list(
            InterestSignup.objects.select_for_update().filter(
                network=network, notified_at__isnull=True
            )
        )
        InterestSignup.objects.filter(pk__in=[s.pk for s in waiting]).update(notified_at=now)
        link = _site(reverse("training_public:apply"))
        _send(
            network=network,
            recipients=[(s.email, s.language) for s in waiting],
            render=lambda: (
                _("A convener training cohort is open"),
                _(
                    "You asked to hear when organizations can apply to learn to convene a "
                    "Local Civic Collaboratory. %(cohort)s is taking applications now:\n\n"
                    "%(link)s"
                )
                % {"cohort": cohort.name, "link": link},
            ),
        )
    return len(waiting)


def session_save(
    *,
    cohort: Cohort,
    actor: User,
    session: ArcSession | None = None,
    kind: str,
    title: str,
    starts_at: datetime,
    ends_at: datetime,
    place: str = "",
    video_link: str = "",
    materials: str = "",
    gathering: Gathering | None = None,
    now: datetime | None = None,
) -> ArcSession:
    """Add a step to the arc or change one. The immersion's national gathering must be one
    of this network's. A new step sent again (kind, title and times alike: a double click)
    returns the one added. A step with a roll taken does not move to a day still to come
    (attendance is only taken from a session's day on: moved, it said people attended a
    session not yet held)."""
    network = cohort.network
    if session is not None and session.cohort_id != cohort.pk:
        raise ValidationError(_("That session belongs to another cohort."))
    if session is not None and date_in(network, starts_at) > date_in(
        network, now or timezone.now()
    ):
        with scope(network=network):
            rolled = SessionAttendance.objects.filter(session=session).exists()
    else:
        rolled = False
    if rolled:
        raise ValidationError(
            {
                "starts_at": _(
                    "Who attended is recorded for this session, so it cannot move to a day "
                    "still to come: clear the roll below first, or add a new session."
                )
            }
        )
    if gathering is not None and gathering.network_id != network.pk:
        raise ValidationError({"gathering": _("Choose one of this network's gatherings.")})
    if ends_at <= starts_at:
        raise ValidationError({"ends_at": _("The session must end after it starts.")})
    row = session or ArcSession(network=network, cohort=cohort)
    # A default arc title, as read in any language, is stored in English to keep translating.
    title = ARC_DEFAULTS.stored(title.strip())
    row.kind, row.title, row.starts_at, row.ends_at = kind, title, starts_at, ends_at
    row.place, row.video_link, row.materials = place.strip(), video_link, materials.strip()
    row.gathering = gathering
    row.full_clean()
    with scope(network=network), transaction.atomic():
        if session is None:
            _serialized(Cohort, cohort.pk)
            earlier = ArcSession.objects.filter(
                cohort=cohort, kind=kind, title=row.title, starts_at=starts_at, ends_at=ends_at
            ).first()
            if earlier is not None:
                return earlier
        row.save()
        audit_record(action="training.session_saved", actor=actor, network=network, target=row)
    return row


def session_attendance_set(
    *, session: ArcSession, trainee_ids: Sequence[int], actor: User, now: datetime | None = None
) -> int:
    """Record who attended (replacing the earlier record); returns how many. Not before the
    session's day in the network's calendar: a roll taken as people arrive is on the day,
    one taken earlier recorded people at a session still to come."""
    network = session.network
    starts_on = date_in(network, session.starts_at)
    if date_in(network, now or timezone.now()) < starts_on:
        raise ValidationError(
            _("This session is on %(day)s: record who attended from that day on.")
            % {"day": date_format(starts_on, "DATE_FORMAT")}
        )
    with scope(network=network), transaction.atomic():
        trainees = list(
            Trainee.objects.filter(
                network=network,
                pk__in=list(trainee_ids),
                application__cohort=session.cohort,
                application__status=ApplicationStatus.ADMITTED,
            )
        )
        if len(trainees) != len(set(trainee_ids)):
            raise ValidationError(_("Choose trainees of this cohort only."))
        SessionAttendance.objects.filter(session=session).delete()
        SessionAttendance.objects.bulk_create(
            [SessionAttendance(network=network, session=session, trainee=t) for t in trainees]
        )
        audit_record(
            action="training.attendance_recorded",
            actor=actor,
            network=network,
            target=session,
            data={"count": len(trainees)},
        )
    return len(trainees)


# Assignments, submissions, reminders


def assignment_create(
    *,
    cohort: Cohort,
    title: str,
    instructions: str,
    due_at: datetime,
    actor: User,
    now: datetime | None = None,
) -> Assignment:
    """A planning assignment of the cohort, with when it was made (a past-due reminder
    counts from there when it was made already past due). The same one sent again (title
    and due alike: a double click) returns the one made."""
    network = cohort.network
    row = Assignment(
        network=network,
        cohort=cohort,
        title=title.strip(),
        instructions=instructions.strip(),
        due_at=due_at,
        created_at=now or timezone.now(),
    )
    row.full_clean()
    with scope(network=network), transaction.atomic():
        _serialized(Cohort, cohort.pk)
        earlier = Assignment.objects.filter(cohort=cohort, title=row.title, due_at=due_at).first()
        if earlier is not None:
            return earlier
        row.save()
        audit_record(action="training.assignment_created", actor=actor, network=network, target=row)
    return row


def upload_check(upload: Upload) -> tuple[str, str]:
    """(safe file name, content type) of an accepted file, or a ValidationError naming the
    fix: at most 5 MB, and a PDF, Word, OpenDocument, PowerPoint, Excel or text file that
    really is one (its first bytes, not only its name)."""
    if len(upload.data) > MAX_FILE_BYTES:
        raise ValidationError({"file": _("The file is larger than 5 MB: make it smaller.")})
    if not upload.data:
        raise ValidationError({"file": _("The file is empty.")})
    stem, dot, ext = upload.name.rpartition(".")
    ext = ext.lower() if dot else ""
    if ext not in FILE_TYPES:
        raise ValidationError(
            {"file": _("Send a PDF, Word, OpenDocument, PowerPoint, Excel or text file.")}
        )
    content_type, magic = FILE_TYPES[ext]
    if magic and not upload.data.startswith(magic):
        raise ValidationError({"file": _("This file is not the kind its name says.")})
    if not magic:
        try:
            upload.data.decode("utf-8")
        except UnicodeDecodeError as error:
            raise ValidationError({"file": _("A text file must be UTF-8 text.")}) from error
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in stem)[:80] or "file"
    return f"{safe}.{ext}", content_type


def submission_save(
    *,
    assignment: Assignment,
    application: Application,
    actor: User,
    text: str,
    upload: Upload | None = None,
    now: datetime | None = None,
) -> Submission:
    """The organization's one submission for the assignment: made or replaced (a new file
    replaces the old one; no file keeps it). Reviewed work goes back to "submitted". Closed
    once the organization has launched (as its plan is): accepted work turned back to
    "submitted" for nothing. The same work sent again (the same text, no new file: a double
    tap, or the filled-in form of accepted work sent again) saves nothing and returns the
    submission as it was, review included: it turned accepted work back to "submitted"."""
    if application.cohort_id != assignment.cohort_id:
        raise ValidationError(_("That assignment belongs to another cohort."))
    if application.status != ApplicationStatus.ADMITTED:
        raise ValidationError(_("Only admitted organizations submit work."))
    with scope(network=assignment.network):
        if Launch.objects.filter(application=application).exists():
            raise ValidationError(_("This organization has launched; its training work is done."))
    file_fields: dict[str, object] = {}
    if upload is not None:
        name, content_type = upload_check(upload)
        file_fields = {"file_name": name, "file_type": content_type, "file_data": upload.data}
    if not text.strip() and upload is None:
        with scope(network=assignment.network):
            has_file = (
                Submission.objects.filter(assignment=assignment, application=application)
                .exclude(file_name="")
                .exists()
            )
        if not has_file:
            raise ValidationError({"text": _("Write your work here or attach a file.")})
    network = assignment.network
    with scope(network=network), transaction.atomic():
        if upload is None:
            unchanged = (
                Submission.objects.select_for_update()
                .filter(assignment=assignment, application=application, text=text.strip())
                .defer("file_data")
                .first()
            )
            if unchanged is not None:
                return unchanged
        submission, _created = Submission.objects.update_or_create(
            assignment=assignment,
            application=application,
            defaults={
                "network": network,
                "text": text.strip(),
                "status": SubmissionStatus.SUBMITTED,
                "submitted_by": actor,
                "submitted_at": now or timezone.now(),
                **file_fields,
            },
        )
        submission.full_clean(exclude=["file_data"])
        audit_record(action="training.submitted", actor=actor, network=network, target=submission)
    return submission


def submission_review(
    *,
    submission: Submission,
    status: str,
    feedback: str,
    actor: User,
    seen: datetime | None = None,
) -> Submission:
    """A trainer's verdict and feedback; the organization is told by email. The same review
    sent again (status and feedback alike, nothing submitted since: a double click) saves
    nothing and mails nobody again. `seen` is when the work the trainer read was submitted:
    work replaced since (the staff sent a new version while the page was open) is not
    judged unread, as "accepted" on it ticked a readiness item nobody had checked. Refused
    once the organization has launched."""
    if status not in (SubmissionStatus.CHANGES, SubmissionStatus.ACCEPTED):
        raise ValidationError({"status": _("Choose “accepted” or “changes asked”.")})
    network = submission.network
    # Closed once the organization launched, as its work is: "changes asked" mailed the
    # staff for work their page no longer takes.
    with scope(network=network):
        if Launch.objects.filter(application_id=submission.application_id).exists():
            raise ValidationError(_("This organization has launched; its training work is done."))
    with scope(network=network), transaction.atomic():
        current = (
            Submission.objects.select_for_update()
            .filter(pk=submission.pk)
            .values_list("submitted_at", flat=True)
            .first()
        )
        if seen is not None and current != seen:
            raise ValidationError(
                _(
                    "The organization sent new work since you opened the page: read it, then "
                    "give your feedback again."
                )
            )
        if Submission.objects.filter(
            pk=submission.pk, status=status, feedback=feedback.strip(), reviewed_at__isnull=False
        ).exists():
            return submission
        submission.status = status
        submission.feedback = feedback.strip()
        submission.reviewed_at = timezone.now()
        submission.full_clean(exclude=["file_data"])
        submission.save(update_fields=["status", "feedback", "reviewed_at"])
        audit_record(
            action="training.reviewed",
            actor=actor,
            network=network,
            target=submission,
            data={"status": status},
        )
        application = submission.application
        emails = list(application.staff.values_list("email", flat=True))
        link = _site(
            reverse("training_public:org", kwargs={"application_id": submission.application_id})
        )
        title = submission.assignment.title
        _send(
            network=network,
            recipients=[(e, application.language) for e in emails],
            render=lambda: (
                _("Feedback on “%(title)s”") % {"title": title},
                _("A trainer has read your work and left feedback:\n\n%(link)s") % {"link": link},
            ),
        )
    return submission


def _past_due_from(assignment: Assignment) -> datetime:
    """When the past-due count starts: the due time, or when the assignment was made if
    that came later (made or imported already past due, the staff first see it then; a
    "Past due" mail the hour it appeared blamed them for a date they never had)."""
    made = assignment.created_at
    return max(assignment.due_at, made) if made is not None else assignment.due_at


def assignment_reminders_send(*, network: Network, now: datetime | None = None) -> int:
    """Remind each admitted organization that has not submitted: once in the three days
    before the due date, once two days after it (after it was made, for one made already
    past due; within a week). The sent-log row and the send share a transaction, so no
    reminder goes twice. Returns how many were sent."""
    now = now or timezone.now()
    sent = 0
    window = REMIND_AFTER + timedelta(days=7)
    with scope(network=network):
        assignments = list(
            Assignment.objects.filter(
                Q(due_at__gt=now - window) | Q(created_at__gt=now - window),
                network=network,
                due_at__lt=now + REMIND_BEFORE,
            ).select_related("cohort")
        )
        for assignment in assignments:
            late_from = _past_due_from(assignment)
            if now < assignment.due_at:
                when = ReminderSent.When.BEFORE
            elif late_from + REMIND_AFTER <= now < late_from + window:
                when = ReminderSent.When.AFTER
            else:
                continue
            waiting = (
                Application.objects.filter(
                    cohort=assignment.cohort, status=ApplicationStatus.ADMITTED
                )
                .exclude(submissions__assignment=assignment)
                .exclude(launch__isnull=False)
                .prefetch_related("staff")
            )
            for application in waiting:
                sent += _reminder_send(
                    assignment=assignment, application=application, when=when, now=now
                )
    return sent


def _reminder_send(
    *, assignment: Assignment, application: Application, when: str, now: datetime
) -> int:
    network = assignment.network
    try:
        with transaction.atomic():
            ReminderSent.objects.create(
                network=network,
                assignment=assignment,
                application=application,
                when=when,
                sent_at=now,
            )
            link = _site(reverse("training_public:org", kwargs={"application_id": application.pk}))
            due = timezone.localtime(assignment.due_at, ZoneInfo(network.time_zone))
            values = {
                "organization": application.organization,
                "title": assignment.title,
                "link": link,
            }
            _send(
                network=network,
                recipients=[(t.email, application.language) for t in application.staff.all()],
                render=lambda: (
                    (
                        _("Due soon: %(title)s")
                        if when == ReminderSent.When.BEFORE
                        else _("Past due: %(title)s")
                    )
                    % values,
                    _(
                        "%(organization)s: the planning assignment “%(title)s” is due "
                        "%(due)s. Submit it on your training page:\n\n%(link)s"
                    )
                    % {**values, "due": _zoned(due, network)},
                ),
                kind=MailKind.REMINDERS,
                after_commit=False,
            )
    except IntegrityError:
        return 0
    return 1


def _zoned(at: datetime, network: Network) -> str:
    """`at` (on the network's clock) in full, in the reader's language, with the zone named:
    staff live elsewhere, and a bare "15:00" reads as their own time. Called inside each
    recipient's language, so a Spanish reader gets the Spanish day."""
    return f"{date_format(at, 'DATETIME_FORMAT')} ({network.time_zone})"


# Support calls and notes


def call_create(
    *,
    cohort: Cohort,
    actor: User,
    title: str,
    starts_at: datetime,
    ends_at: datetime,
    video_link: str = "",
    application: Application | None = None,
) -> SupportCall:
    """Schedule a cohort-wide call (no organization) or a one-on-one; everyone invited gets
    an email with the calendar invitation's link. The same call sent again (who, title and
    times alike: a double click) returns the one scheduled and mails nobody again."""
    network = cohort.network
    if application is not None and (
        application.cohort_id != cohort.pk or application.status != ApplicationStatus.ADMITTED
    ):
        raise ValidationError({"application": _("Choose an organization of this cohort.")})
    if ends_at <= starts_at:
        raise ValidationError({"ends_at": _("The call must end after it starts.")})
    call = SupportCall(
        network=network,
        cohort=cohort,
        application=application,
        title=title.strip(),
        starts_at=starts_at,
        ends_at=ends_at,
        video_link=video_link,
    )
    call.full_clean()
    with scope(network=network), transaction.atomic():
        _serialized(Cohort, cohort.pk)
        earlier = SupportCall.objects.filter(
            cohort=cohort,
            application=application,
            title=call.title,
            starts_at=starts_at,
            ends_at=ends_at,
        ).first()
        if earlier is not None:
            return earlier
        call.save()
        audit_record(action="training.call_scheduled", actor=actor, network=network, target=call)
        trainees = Trainee.objects.filter(
            application__cohort=cohort, application__status=ApplicationStatus.ADMITTED
        )
        if application is not None:
            trainees = trainees.filter(application=application)
        link = _site(reverse("training_public:call_ics", kwargs={"call_id": call.pk}))
        when = timezone.localtime(starts_at, ZoneInfo(network.time_zone))
        values = {
            "title": call.title,
            "video": video_link or "-",
            "link": link,
        }
        _send(
            network=network,
            recipients=list(trainees.values_list("email", "application__language")),
            render=lambda: (
                _("Support call: %(title)s") % values,
                _(
                    "%(title)s, %(when)s.\n\nVideo link: %(video)s\n\nAdd it to your calendar "
                    "(sign in first): %(link)s"
                )
                % {**values, "when": _zoned(when, network)},
            ),
        )
    return call


def call_note_add(
    *, call: SupportCall, application: Application, text: str, actor: User
) -> CallNote:
    """A trainer's note of a call about one organization (of the call's cohort; for a
    one-on-one, its organization). The same note sent again (a double click) returns the one
    saved."""
    if application.cohort_id != call.cohort_id or (
        call.application_id is not None and call.application_id != application.pk
    ):
        raise ValidationError({"application": _("Choose an organization of this call.")})
    note = CallNote(
        network=call.network, call=call, application=application, author=actor, text=text.strip()
    )
    if not note.text:
        raise ValidationError({"text": _("Write the note first.")})
    note.full_clean()
    with scope(network=call.network), transaction.atomic():
        _serialized(Cohort, call.cohort_id)
        earlier = CallNote.objects.filter(
            call=call, application=application, author=actor, text=note.text
        ).first()
        if earlier is not None:
            return earlier
        note.save()
        audit_record(action="training.note_added", actor=actor, network=call.network, target=call)
    return note


# The launch plan, readiness and Launch


def plan_save(
    *,
    application: Application,
    actor: User,
    network_name: str,
    network_slug: str,
    first_gathering_title: str,
    first_gathering_on: date | None,
    first_gathering_city: str,
    roster: bytes | None = None,
    now: datetime | None = None,
) -> Application:
    """Save the organization's launch plan; a roster file replaces the earlier one only if
    every row is valid (errors name the line and field). A first gathering on a day already
    come is refused at its field: saved, it left the checklist undone with no reason given."""
    if hasattr(application, "launch"):
        raise ValidationError(_("This organization has launched; the plan is done."))
    network = application.network
    # Every refusal at once, each at its field: one per send made a phone user choose the
    # roster file again for each (the date, then the short name, then the file).
    errors: dict[str, list[str]] = {}
    if first_gathering_on is not None and first_gathering_on <= date_in(
        network, now or timezone.now()
    ):
        errors["first_gathering_on"] = [
            _("The first gathering must come after today: choose a later day.")
        ]
    # A web address is one spelling: "Tulsa" and "tulsa" are the same short name (the form
    # asks for lower case; a capital slipped through and made a second network's address).
    network_slug = network_slug.strip().lower()
    network_name = network_name.strip()
    fields = {
        "network_name": network_name,
        "network_slug": network_slug,
        "first_gathering_title": first_gathering_title.strip(),
        "first_gathering_on": first_gathering_on,
        "first_gathering_city": first_gathering_city.strip(),
    }
    errors.update(_plan_clashes(application, name=network_name, slug=network_slug))
    rows: list[RosterRow] | None = None
    if roster is not None:
        try:
            rows = roster_rows_of(roster)
        except ValidationError as error:
            for field, messages in error.message_dict.items():
                errors.setdefault(field, []).extend(messages)
    if errors:
        raise ValidationError(errors)
    for name, value in fields.items():
        setattr(application, name, value)
    if rows is not None:
        application.roster_csv = roster.decode("utf-8-sig") if roster else ""
        application.roster_rows = len(rows)
    application.full_clean()
    with scope(network=network), transaction.atomic():
        application.save()
        audit_record(
            action="training.plan_saved",
            actor=actor,
            network=network,
            target=application,
            data={"roster_rows": application.roster_rows},
        )
    return application


def _plan_clashes(application: Application, *, name: str, slug: str) -> dict[str, list[str]]:
    """What a plan's names collide with, by field. The short name is one web address, so any
    network's or another plan's, in any letters' case, is taken (at the form, not as a
    database error at launch). The name is refused when a network of this national network's
    federation (or another plan here) bears it, case and spaces aside: the national team's
    pages tell networks apart by name alone; names elsewhere repeat freely."""
    errors: dict[str, list[str]] = {}
    national = application.network
    key = " ".join(name.split()).casefold()
    with scope(network=national):
        others = Application.objects.filter(network=national).exclude(pk=application.pk)
        slug_taken = bool(slug) and (
            Network.objects.filter(slug__iexact=slug).exists()
            or others.filter(network_slug__iexact=slug).exists()
        )
        names = [
            *Network.objects.filter(Q(pk=national.pk) | Q(parent=national)).values_list(
                "name", flat=True
            ),
            *others.exclude(network_name="").values_list("network_name", flat=True),
        ]
    if slug:
        try:
            validate_short_name(slug)
        except ValidationError as error:
            errors["network_slug"] = error.messages
        else:
            if slug_taken:
                errors["network_slug"] = [_("This short name is taken: choose another.")]
    if key and any(" ".join(n.split()).casefold() == key for n in names):
        errors["network_name"] = [
            _(
                "Another network or launch plan is named “%(name)s”: choose a name people "
                "can tell apart, such as one with your city or organization in it."
            )
            % {"name": name}
        ]
    return errors


class NotReady(ValidationError):
    """Launch refused: an item of the readiness checklist is not done."""


def launch(*, application: Application, actor: User, now: datetime | None = None) -> Launch:
    """Open the organization's local network under the national one, exactly once: the
    network, its two staff invited as stewards, the national network's templates copied
    (new-member packet and criteria, gathering template and reminder offsets, follow-through
    reminder settings; the three pledges are the same everywhere), the initial roster
    invited, and the first gathering scheduled. A second Launch of the same organization
    fails on the `Launch.application` constraint and changes nothing."""
    now = now or timezone.now()
    national = application.network
    if application.status != ApplicationStatus.ADMITTED:
        raise ValidationError(_("Only an admitted organization launches."))
    with scope(network=national):  # asked of the database: the object may be a stale copy
        if Launch.objects.filter(application=application).exists():
            raise ValidationError(_("This organization has already launched."))
    if not readiness_for(application=application, now=now).ready:
        raise NotReady(_("Finish the readiness checklist first."))
    # The plan checked its short name when saved; a network may have taken it since (in
    # any letters' case: the model's own check is exact and its words name no fix).
    if Network.objects.filter(slug__iexact=application.network_slug).exists():
        raise ValidationError(
            {
                "network_slug": _(
                    "The short name “%(slug)s” has been taken since the plan was saved: the "
                    "organization chooses another in its launch plan, then launch again."
                )
                % {"slug": application.network_slug}
            }
        )
    rows = roster_rows_of(application.roster_csv.encode())
    try:
        with transaction.atomic():
            local = network_create(
                slug=application.network_slug,
                name=application.network_name,
                kind=NetworkKind.LOCAL,
                parent=national,
                time_zone=national.time_zone,
                actor=actor,
            )
            with scope(network=national):
                row = Launch.objects.create(
                    network=national,
                    application=application,
                    local_network=local,
                    launched_at=now,
                )
            _templates_copy(source=national, target=local, actor=actor)
            with scope(network=national):
                staff = list(application.staff.all())
            staff_emails = {t.email for t in staff}
            for trainee in staff:
                invitation_create(
                    network=local,
                    email=trainee.email,
                    full_name=trainee.full_name,
                    actor=actor,
                    role=Role.STEWARD,
                    invitee_language=application.language,
                )
            rows = [r for r in rows if r.email not in staff_emails]
            row.invited = (
                roster_import(network=local, rows=rows, actor=actor, language=application.language)
                if rows
                else 0
            )
            # Readiness checked it is set, and after the network's today.
            first_day = application.first_gathering_on or date_in(national, now)
            with scope(network=local):
                row.first_gathering = gathering_create(
                    network=local,
                    title=application.first_gathering_title,
                    format=GatheringFormat.IN_PERSON,
                    parts=gathering_parts_from_template(
                        network=local,
                        format=GatheringFormat.IN_PERSON,
                        first_day=first_day,
                    ),
                    city=application.first_gathering_city,
                    actor=actor,
                )
            with scope(network=national):
                row.save(update_fields=["invited", "first_gathering"])
                audit_record(
                    action="training.launched",
                    actor=actor,
                    network=national,
                    target=application,
                    data={"network": local.slug, "invited": row.invited},
                )
    except IntegrityError as error:
        raise ValidationError(_("This organization has already launched.")) from error
    return row


def _templates_copy(*, source: Network, target: Network, actor: User) -> None:
    """The national network's settings that serve as templates, through each owning app's
    service (the three pledges are fixed in code for every network)."""
    membership_settings_copy(source=source, target=target, actor=actor)
    gathering_settings_copy(source=source, target=target, actor=actor)
    followthrough_settings_copy(source=source, target=target, actor=actor)


def launch_history_record(
    *,
    application: Application,
    local_network: Network,
    applied_at: datetime,
    admitted_at: datetime,
    launched_at: datetime,
    first_gathering: Gathering | None,
    actor: User,
) -> Launch:
    """Demo only (the demo generator's past cohort): record that an admitted organization
    launched a local network that already exists, instead of creating one as `launch`
    does, and date its history (applied, admitted, work submitted and accepted by each
    assignment's due date) so the trainer's timeline reads as it happened. No readiness
    check, no invitations, no mail. The network must be a real local network under this
    national one, launched once (the constraints)."""
    national = application.network
    if application.status != ApplicationStatus.ADMITTED:
        raise ValidationError(_("Only an admitted organization launches."))
    if (
        local_network.parent_id != national.pk
        or local_network.kind != NetworkKind.LOCAL
        or local_network.is_practice
    ):
        raise ValidationError(_("Choose a local network under this national network."))
    if first_gathering is not None and first_gathering.network_id != local_network.pk:
        raise ValidationError(_("The first gathering must be one of that network's."))
    if not applied_at <= admitted_at <= launched_at:
        raise ValidationError(_("An organization applies, is admitted, then launches."))
    try:
        with scope(network=national), transaction.atomic():
            row = Launch.objects.create(
                network=national,
                application=application,
                local_network=local_network,
                first_gathering=first_gathering,
                launched_at=launched_at,
            )
            Application.objects.filter(pk=application.pk).update(
                created_at=applied_at, decided_at=admitted_at
            )
            for work in Submission.objects.filter(application=application).select_related(
                "assignment"
            ):
                done = min(work.assignment.due_at, launched_at)
                work.submitted_at = done
                work.reviewed_at = done if work.reviewed_at else None
                work.save(update_fields=["submitted_at", "reviewed_at"])
            audit_record(
                action="training.launch_recorded",
                actor=actor,
                network=national,
                target=application,
                data={"network": local_network.slug},
            )
    except IntegrityError as error:
        raise ValidationError(_("This organization or network has already launched.")) from error
    application.refresh_from_db()
    return row


def trainee_records_pseudonymize(*, user_id: int, email: str) -> None:
    """Account deletion hook (people.services.on_account_delete): where an organization
    named the person as one of its staff in training, the row keeps its place (the
    organization's application and attendance stay whole) with the person no longer named,
    as networks does for invitations. The placeholder is random, not the account's id (which
    tied the row back to the deleted account), and still unique per application as the
    constraint wants."""
    placeholder = f"deleted-{uuid.uuid4().hex}@invalid"
    with scopes_disabled():  # the person may have trained in any national network
        Trainee.objects.filter(email__iexact=email).update(
            email=placeholder, full_name="deleted person"
        )
