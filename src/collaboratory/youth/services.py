"""Every write of the youth program. Keyword-only `<entity>_<action>` functions; each checks
its input (a ValidationError keyed by field, nothing written), writes in one transaction
inside the network's scope and records the change in the audit log. Email goes through
networks.mail.mail_send only."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import partial
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured, PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F, Q, QuerySet
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django_scopes import scope, scopes_disabled

from collaboratory.audit.services import audit_record
from collaboratory.commitments.models import Commitment
from collaboratory.commitments.selectors import money_awaiting_guardian_of
from collaboratory.commitments.services.guardian import commitment_adult_decide
from collaboratory.networks.mail import in_guardian_language, mail_send, mail_send_by_language
from collaboratory.networks.models import (
    ADMITTED_STATUSES,
    Invitation,
    Membership,
    MembershipStatus,
    Network,
    NetworkKind,
    Role,
)
from collaboratory.networks.scoping import date_in
from collaboratory.networks.selectors import stewards_of_network, under_guardians
from collaboratory.networks.services.adulthood import youth_member_comes_of_age
from collaboratory.networks.services.invitations import invitation_create
from collaboratory.networks.services.memberships import membership_status_override
from collaboratory.networks.tokens import keyed_token, new_token, token_digest
from collaboratory.people.models import User
from collaboratory.people.services import normalize_email
from collaboratory.validators import text_problem
from collaboratory.youth import program
from collaboratory.youth.models import (
    ESCALATION_ORDER,
    HOLD_REASON_MAX,
    AbsenceNotice,
    Application,
    ApplicationStatus,
    CohortSession,
    Concern,
    Departure,
    EscalationKind,
    EscalationStep,
    GuardianLink,
    MakeUp,
    MoneyAskedAt18,
    Presence,
    ProgramCycle,
    Reference,
    SafeguardingLead,
    SessionAttendance,
    VettedAdult,
)
from collaboratory.youth.selectors import (
    guardian_email_of,
    leads_of,
    linked_born_on,
    money_catch_up_due,
)

CONDUCT_VERSION = "2026-12"


def _youth_only(network: Network) -> None:
    if network.kind != NetworkKind.YOUTH:
        raise ValidationError(_("The youth program runs in a youth cohort network."))


def _text(errors: dict[str, str], field: str, value: str, what: str, *, multi: bool) -> str:
    value = value.strip()
    problem = text_problem(value, what=what, multi=multi)
    if problem:
        errors[field] = problem
    return value


# --- Program cycles and applications ----------------------------------------------------------


def cycle_create(
    *,
    network: Network,
    name: str,
    priority_deadline: datetime,
    final_deadline: datetime,
    actor: User,
    now: datetime | None = None,
) -> ProgramCycle:
    """Open an application cycle. One whose final deadline has passed is refused: its link
    would turn every student away as closed."""
    _youth_only(network)
    now = now or timezone.now()
    errors: dict[str, str] = {}
    name = _text(errors, "name", name, _("the name"), multi=False)
    if not name:
        errors["name"] = _("Give the cycle a name, like “Spring 2027”.")
    if priority_deadline > final_deadline:
        errors["final_deadline"] = _(
            "The final deadline must be on or after the priority deadline."
        )
    elif final_deadline <= now:
        errors["final_deadline"] = _(
            "This final deadline has already passed: give a date still to come."
        )
    if errors:
        raise ValidationError(errors)
    with scope(network=network), transaction.atomic():
        cycle = ProgramCycle.objects.create(
            network=network,
            name=name,
            priority_deadline=priority_deadline,
            final_deadline=final_deadline,
        )
        audit_record(action="youth.cycle_created", actor=actor, network=network, target=cycle)
    return cycle


@dataclass(frozen=True)
class ReferenceInput:
    name: str
    email: str
    relation: str


def application_submit(
    *,
    cycle: ProgramCycle,
    full_name: str,
    email: str,
    guardian_email: str,
    school: str,
    city: str,
    statement: str,
    references: list[ReferenceInput],
    conduct: bool,
    now: datetime | None = None,
    actor: User | None = None,
    language: str = "",
) -> Application:
    """A public application. Before the priority deadline it is a priority one, up to the
    final deadline a late-priority one; after that the cycle is closed and nothing is
    stored. `actor` is the signed-in account sending it (None without one): the audit row's
    actor, so the stewards' log names who sent it, and the application's applicant only
    when its email is the one given (a parent or teacher sending for a student is recorded
    as the sender, never tied to the application as the student). A second application
    from the same email in the cycle is not stored and gets the same answer as the first
    (the form must not tell a stranger whether an address applied): the first one is
    returned, even when both race.
    `language` is the one the form was read in (kept for the invitation; one the site does
    not speak is dropped)."""
    now = now or timezone.now()
    window = program.application_window(
        now=now, priority_deadline=cycle.priority_deadline, final=cycle.final_deadline
    )
    if window == program.CLOSED:
        raise ValidationError(
            _("Applications for %(cycle)s closed on %(date)s.")
            % {
                "cycle": cycle.name,
                # The network's day: a 9 pm New York deadline is the next day in UTC.
                "date": date_format(date_in(cycle.network, cycle.final_deadline), "DATE_FORMAT"),
            }
        )
    errors: dict[str, str] = {}
    full_name = _text(errors, "full_name", " ".join(full_name.split()), _("your name"), multi=False)
    if not full_name and "full_name" not in errors:
        errors["full_name"] = _("Give your full name.")
    school = _text(errors, "school", school, _("the school"), multi=False)
    city = _text(errors, "city", city, _("the city"), multi=False)
    statement = _text(errors, "statement", statement, _("your answer"), multi=True)
    if not statement and "statement" not in errors:
        errors["statement"] = _("Tell us in a few sentences why you want to join.")
    try:
        email = normalize_email(email)
    except ValidationError:
        errors["email"] = _("Enter your email address, like name@example.org.")
    try:
        guardian_email = normalize_email(guardian_email)
    except ValidationError:
        errors["guardian_email"] = _(
            "Enter your parent's or guardian's email address, like name@example.org."
        )
    if "email" not in errors and guardian_email == email:
        errors["guardian_email"] = _("Your guardian's email must differ from yours.")
    if not conduct:
        errors["conduct"] = _("Read the code of conduct and tick the box to agree to it.")
    clean_refs: list[ReferenceInput] = []
    # A problem is keyed by the field of the form's reference it is about (`ref2_email`),
    # so the student is shown it there, not at the first reference.
    for number, ref in enumerate(references, start=1):
        if not (ref.name.strip() or ref.email.strip() or ref.relation.strip()):
            continue
        before = len(errors)
        name = " ".join(ref.name.split())
        relation = " ".join(ref.relation.split())
        if not name or text_problem(name, what=_("the reference")):
            errors[f"ref{number}_name"] = _("Give this reference's name.")
        try:
            ref_email = normalize_email(ref.email)
        except ValidationError:
            errors[f"ref{number}_email"] = _(
                "Each reference needs an email, like name@example.org."
            )
        else:
            if ref_email in (email, guardian_email):
                errors[f"ref{number}_email"] = _(
                    "A reference must be another adult, not you or your guardian."
                )
        if not relation or text_problem(relation, what=_("the reference")):
            errors[f"ref{number}_relation"] = _(
                "Say how they know you (teacher, coach, mentor...)."
            )
        if len(errors) == before:
            clean_refs.append(ReferenceInput(name[:120], ref_email, relation[:120]))
    if not clean_refs and not any(key.startswith("ref") for key in errors):
        errors["references"] = _("Name at least one adult who nominates you or can speak for you.")
    if errors:
        raise ValidationError(errors)
    network = cycle.network
    with scope(network=network):
        first = Application.objects.filter(cycle=cycle, email=email).first()
    if first is not None:
        _repeat_told(cycle=cycle, email=email)
        return first
    owner = actor if actor is not None and actor.email.lower() == email else None
    try:
        return _application_store(
            cycle=cycle,
            actor=actor,
            fields={
                "full_name": full_name[:120],
                "email": email,
                "guardian_email": guardian_email,
                "school": school[:160],
                "city": city[:120],
                "statement": statement[:3000],
                "timing": window,
                "submitted_at": now,
                "applicant": owner,
                "language": language if language in dict(settings.LANGUAGES) else "",
            },
            references=clean_refs,
        )
    except IntegrityError:  # the same email sent at the same moment: the other one won
        with scope(network=network):
            return Application.objects.get(cycle=cycle, email=email)


def _repeat_told(*, cycle: ProgramCycle, email: str) -> None:
    """A repeat is answered on the page like a first application, so only the mailbox's
    owner learns that one was already in (and that a correction needs the stewards)."""
    subject = _("Your application to %(cycle)s") % {"cycle": cycle.name}
    body = _(
        "An application from this email address for %(cycle)s of %(network)s was already in, "
        "so the one just sent was not stored: we keep one per student and cycle. To change "
        "something in it, write to the program's stewards. If you did not send it, you can "
        "ignore this email."
    ) % {"cycle": cycle.name, "network": cycle.network.name}
    transaction.on_commit(
        lambda: mail_send(
            network=cycle.network,
            subject=subject,
            body=body,
            recipients=[email],
            free_text=False,
        )
    )


def _application_store(
    *,
    cycle: ProgramCycle,
    actor: User | None,
    fields: dict[str, object],
    references: list[ReferenceInput],
) -> Application:
    network = cycle.network
    window = fields["timing"]
    with scope(network=network), transaction.atomic():
        application = Application.objects.create(
            network=network,
            cycle=cycle,
            conduct_version=CONDUCT_VERSION,
            **fields,
        )
        Reference.objects.bulk_create(
            [
                Reference(
                    network=network,
                    application=application,
                    name=r.name,
                    email=r.email,
                    relation=r.relation,
                )
                for r in references
            ]
        )
        audit_record(
            action="youth.application_submitted",
            actor=actor,
            network=network,
            target=application,
            data={"timing": window},
        )
    return application


def application_decide(*, application: Application, select: bool, actor: User) -> Application:
    """A steward selects an application into the cohort or declines it. Decided by one
    conditional UPDATE: a page opened twice (or a double click) decides once. A declined
    student is told by email, in the language they applied in: the page after applying
    promised the stewards would write, and only a selected one heard back."""
    open_statuses = (ApplicationStatus.SUBMITTED, ApplicationStatus.SELECTED)
    if application.status not in open_statuses:
        raise ValidationError(_("This application has already been acted on."))
    status = ApplicationStatus.SELECTED if select else ApplicationStatus.DECLINED
    network = application.network
    with scope(network=network), transaction.atomic():
        now = timezone.now()
        updated = Application.objects.filter(pk=application.pk, status__in=open_statuses).update(
            status=status, decided_at=now, decided_by=actor
        )
        if updated != 1:
            application.refresh_from_db()
            raise ValidationError(_("This application has already been acted on."))
        application.status, application.decided_at, application.decided_by = status, now, actor
        audit_record(
            action="youth.application_decided",
            actor=actor,
            network=network,
            target=application,
            data={"status": status},
        )
        if status == ApplicationStatus.DECLINED:
            _decline_told(application=application)
    return application


def _decline_told(*, application: Application) -> None:
    """Only our words, to the address the application gave (its mailbox's owner alone
    learns of it, as with a repeat)."""
    cycle, network = application.cycle, application.network
    with translation.override(application.language or settings.LANGUAGE_CODE):
        subject = _("Your application to %(cycle)s") % {"cycle": cycle.name}
        body = _(
            "Thank you for applying to %(cycle)s of %(network)s. We cannot offer you a place "
            "in this cycle. We hope you will apply again for a later one."
        ) % {"cycle": cycle.name, "network": network.name}
    email = application.email
    transaction.on_commit(
        lambda: mail_send(
            network=network,
            subject=subject,
            body=body,
            recipients=[email],
            free_text=False,
        )
    )


def invitation_ran_out(application: Application, *, now: datetime | None = None) -> bool:
    """Whether an invited application's invitation can no longer be taken up (expired or
    turned off, never used): then the student may be invited again from the application."""
    if application.status != ApplicationStatus.INVITED:
        return False
    invitation = application.invitation
    if invitation is None:
        return True
    if invitation.redeemed_at is not None:
        return False
    return invitation.revoked_at is not None or invitation.expires_at <= (now or timezone.now())


def application_accept(*, application: Application, actor: User) -> Application:
    """Accept a selected applicant: the network's youth invitation, which brings the
    guardian-consent flow (the membership waits for the guardian's confirmation). An
    invitation that ran out unused is replaced the same way, so the new one stays tied
    to the application (its applicant link and retention clock follow it)."""
    if application.status == ApplicationStatus.INVITED and not invitation_ran_out(application):
        raise ValidationError(
            _(
                "The student's invitation is still waiting for them: it can be sent again "
                "once it runs out."
            )
        )
    if application.status not in (ApplicationStatus.SELECTED, ApplicationStatus.INVITED):
        raise ValidationError(_("Select the application before inviting the student."))
    network = application.network
    with transaction.atomic():
        invitation, _token = invitation_create(
            network=network,
            email=application.email,
            full_name=application.full_name,
            actor=actor,
            role=Role.YOUTH_MEMBER,
            guardian_email=application.guardian_email,
            # The student's language, not the accepting steward's.
            invitee_language=application.language,
        )
        with scope(network=network):
            application.status, application.invitation = ApplicationStatus.INVITED, invitation
            application.save(update_fields=["status", "invitation"])
            audit_record(
                action="youth.application_accepted",
                actor=actor,
                network=network,
                target=application,
            )
    return application


def application_applicant_link(*, invitation: Invitation, user: User) -> None:
    """Invitation redemption hook (networks.services.invitations.on_invitation_redeemed): the
    account that took up an application's invitation is its applicant from now on."""
    with scope(network=invitation.network):
        Application.objects.filter(
            network=invitation.network, invitation=invitation, applicant__isnull=True
        ).update(applicant=user)


# --- Vetted adults -----------------------------------------------------------------------------


def vetted_adult_save(
    *, network: Network, user: User, background_check_on: date, training_on: date, actor: User
) -> VettedAdult:
    """Record (or renew) an adult's background check and safeguarding training."""
    _youth_only(network)
    today = date_in(network, timezone.now())
    errors: dict[str, str] = {}
    if background_check_on > today:
        errors["background_check_on"] = _("The background check date cannot be in the future.")
    if training_on > today:
        errors["training_on"] = _("The training date cannot be in the future.")
    with scope(network=network):
        membership = Membership.objects.filter(network=network, user=user).first()
    if membership is None or membership.role == Role.YOUTH_MEMBER:
        errors["user"] = _("Choose an adult of this network.")
    if not errors:
        # A correction to earlier dates must not leave a coming session they facilitate
        # with vetting that lapses before it (`session_save` checks only when saving one).
        with scope(network=network):
            coming = CohortSession.objects.filter(
                network=network, facilitator=user, starts_at__gt=timezone.now()
            ).order_by("starts_at", "pk")
            lapsed = next(
                (
                    s
                    for s in coming
                    if not program.vetting_current(
                        background_check_on=background_check_on,
                        training_on=training_on,
                        on=date_in(network, s.starts_at),
                    )
                ),
                None,
            )
        if lapsed is not None:
            field = "background_check_on" if background_check_on <= training_on else "training_on"
            errors[field] = _(
                "With these dates the vetting lapses before %(session)s (%(date)s), which "
                "%(name)s facilitates. Choose another facilitator for it first."
            ) % {
                "session": lapsed.title,
                "date": date_format(date_in(network, lapsed.starts_at), "DATE_FORMAT"),
                "name": user.full_name,
            }
    if errors:
        raise ValidationError(errors)
    with scope(network=network), transaction.atomic():
        record, _created = VettedAdult.objects.update_or_create(
            network=network,
            user=user,
            defaults={
                "background_check_on": background_check_on,
                "training_on": training_on,
                "reminded_for": None,
            },
        )
        audit_record(
            action="youth.vetting_recorded",
            actor=actor,
            network=network,
            target=record,
            data={"expires_on": record.expires_on.isoformat()},
        )
    return record


def _vetting_reminder_text(values: dict[str, str], expires_on: date) -> tuple[str, str]:
    """Rendered in each reader's language: the date too, written as they read dates. The
    expiry day is the first day the adult may no longer facilitate (`vetting_current`)."""
    values = {**values, "date": date_format(expires_on)}
    subject = _("Youth safeguarding: %(name)s's vetting lapses on %(date)s") % values
    body = (
        _(
            "The background check and safeguarding training recorded for %(name)s in "
            "%(network)s lapse on %(date)s. From that day on they cannot facilitate youth "
            "sessions. Renew both and ask a steward to record the new dates."
        )
        % values
    )
    return subject, body


def _concern_notice_text(values: dict[str, str]) -> tuple[str, str]:
    subject = _("A safeguarding concern was reported in %(network)s") % values
    body = (
        _(
            "Someone reported a safeguarding concern in %(network)s. Read it and act on it "
            "here (safeguarding leads only): %(link)s"
        )
        % values
    )
    return subject, body


def vetting_reminders_send(*, today: date | None = None, now: datetime | None = None) -> int:
    """Email each vetted adult still in the network (with the stewards) when their record is
    about to lapse: at 30 days and again at 7. Returns how many reminders went out. The days
    left are counted on each record's network's calendar at `now` unless `today` is given:
    the daily task runs in UTC, which in a New York evening is already the next day."""
    now = now or timezone.now()
    sent = 0
    with scopes_disabled():
        # Only adults still in the record's network: nobody renews a departed adult's vetting.
        records = list(
            VettedAdult.objects.filter(
                user__memberships__network=F("network"),
                user__memberships__status__in=ADMITTED_STATUSES,
            ).select_related("network", "user")
        )
    for record in records:
        window = program.vetting_reminder_window(
            expires_on=record.expires_on,
            today=today or date_in(record.network, now),
            reminded_for=record.reminded_for,
        )
        if window is None:
            continue
        network = record.network
        with scope(network=network), transaction.atomic():
            VettedAdult.objects.filter(pk=record.pk).update(reminded_for=window)
            recipients = [record.user]
            recipients += [s for s in stewards_of_network(network=network) if s != record.user]
            values = {"name": record.user.full_name, "network": network.name}
            # No reader's language in a daily task: each person reads their own.
            mail_send_by_language(
                network=network,
                recipients=recipients,
                render=partial(_vetting_reminder_text, values, record.expires_on),
                free_text=False,
            )
            audit_record(action="youth.vetting_reminded", network=network, target=record)
        sent += 1
    return sent


def vetted_on(*, network: Network, user: User, on: date) -> bool:
    record = VettedAdult.objects.filter(network=network, user=user).first()
    return record is not None and program.vetting_current(
        background_check_on=record.background_check_on, training_on=record.training_on, on=on
    )


# --- Sessions, attendance, make-ups, escalation ------------------------------------------------


def session_save(
    *,
    network: Network,
    title: str,
    starts_at: datetime,
    video_link: str,
    recording_link: str,
    facilitator: User,
    actor: User,
    session: CohortSession | None = None,
) -> CohortSession:
    """Create or edit a cohort session. Only an adult whose vetting is current today and on
    the session's date may facilitate it. A session that has taken place, kept in the past
    with the same facilitator, is not checked again: adding its recording (which the
    make-ups need) must not wait for a vetting that lapsed after the session."""
    _youth_only(network)
    errors: dict[str, str] = {}
    title = _text(errors, "title", title, _("the title"), multi=False)
    if not title and "title" not in errors:
        errors["title"] = _("Give the session a title.")
    now = timezone.now()
    held = (
        session is not None
        and session.facilitator_id == facilitator.pk
        and session.starts_at <= now
        and starts_at <= now
    )
    with scope(network=network):
        today = date_in(network, now)
        on = date_in(network, starts_at)
        adult = (
            Membership.objects.filter(
                network=network, user=facilitator, status__in=ADMITTED_STATUSES
            )
            .exclude(role=Role.YOUTH_MEMBER)
            .exists()
        )
        if not held and not adult:
            # A vetting record outlives the membership: an adult who left kept passing.
            errors["facilitator"] = _(
                "%(name)s is not an adult in this cohort any more: choose another facilitator."
            ) % {"name": facilitator.full_name}
        elif not held and not (
            vetted_on(network=network, user=facilitator, on=today)
            and vetted_on(network=network, user=facilitator, on=max(on, today))
        ):
            errors["facilitator"] = _(
                "%(name)s is not a currently vetted adult (background check and safeguarding "
                "training within 12 months, through the session's date). Record their vetting "
                "first or choose another facilitator."
            ) % {"name": facilitator.full_name}
        if (
            session is not None
            and starts_at > now
            and SessionAttendance.objects.filter(session=session).exists()
        ):
            errors["starts_at"] = _(
                "Attendance was taken for this session, so it has begun: it cannot move to a "
                "time still to come. Create a new session instead."
            )
        if errors:
            raise ValidationError(errors)
        with transaction.atomic():
            if session is None:
                session = CohortSession.objects.create(
                    network=network,
                    title=title,
                    starts_at=starts_at,
                    video_link=video_link,
                    recording_link=recording_link,
                    facilitator=facilitator,
                )
                action = "youth.session_created"
            else:
                session.title, session.starts_at = title, starts_at
                session.video_link, session.recording_link = video_link, recording_link
                session.facilitator = facilitator
                session.save()
                action = "youth.session_updated"
            audit_record(action=action, actor=actor, network=network, target=session)
    return session


def _youth_membership(network: Network, user: User) -> Membership | None:
    return Membership.objects.filter(
        network=network, user=user, role=Role.YOUTH_MEMBER, status__in=ADMITTED_STATUSES
    ).first()


def absence_notice_submit(
    *, session: CohortSession, member: User, reason: str, by_guardian: bool = False
) -> AbsenceNotice:
    """A youth member (or their guardian) tells the cohort ahead that they will miss a
    session; the absence then counts as excused."""
    network = session.network
    errors: dict[str, str] = {}
    reason = _text(errors, "reason", reason, _("the reason"), multi=True)
    if not reason and "reason" not in errors:
        errors["reason"] = _("Say in a few words why you will miss the session.")
    with scope(network=network):
        if _youth_membership(network, member) is None:
            raise ValidationError(_("Only youth members of this cohort give absence notices."))
        if session.starts_at < timezone.now():
            errors["reason"] = _("This session has already started: notices come before it.")
        if errors:
            raise ValidationError(errors)
        try:
            with transaction.atomic():
                notice = AbsenceNotice.objects.create(
                    network=network,
                    session=session,
                    member=member,
                    reason=reason[:1000],
                    given_by_guardian=by_guardian,
                )
                audit_record(
                    action="youth.absence_notice",
                    actor=None if by_guardian else member,
                    network=network,
                    target=notice,
                    data={"by_guardian": by_guardian},
                )
        except IntegrityError:
            raise ValidationError(
                {"reason": _("A notice for this session is already in.")}
            ) from None
    return notice


def attendance_record(
    *, session: CohortSession, member: User, present: bool, actor: User
) -> SessionAttendance:
    """A steward takes attendance for one youth member. An absence is excused when a notice
    came before the session. Every absence gets a make-up task (watch the recording, write a
    reflection); the third unexcused one starts the escalation path with a conversation.
    Not before the session begins: an early "absent" would set a make-up and count toward
    escalation for a session the member may still attend."""
    network = session.network
    if session.starts_at > timezone.now():
        raise ValidationError(
            {
                "session": _("%(session)s has not started yet: take attendance once it begins.")
                % {"session": session.title}
            }
        )
    with scope(network=network), transaction.atomic():
        if _youth_membership(network, member) is None:
            raise ValidationError({"member": _("Choose a youth member of this cohort.")})
        if present:
            presence = Presence.PRESENT
        elif AbsenceNotice.objects.filter(session=session, member=member).exists():
            presence = Presence.EXCUSED
        else:
            presence = Presence.UNEXCUSED
        unexcused_before = (
            SessionAttendance.objects.filter(
                network=network, member=member, presence=Presence.UNEXCUSED
            )
            .exclude(session=session)
            .count()
        )
        row, _created = SessionAttendance.objects.update_or_create(
            network=network,
            session=session,
            member=member,
            defaults={"presence": presence, "recorded_by": actor},
        )
        if presence == Presence.PRESENT:
            MakeUp.objects.filter(attendance=row, done_at__isnull=True).delete()
        else:
            MakeUp.objects.get_or_create(network=network, attendance=row)
        audit_record(
            action="youth.attendance_recorded",
            actor=actor,
            network=network,
            target=row,
            data={"presence": presence},
        )
        if (
            program.absence_needs_escalation(
                unexcused_before=unexcused_before, this_unexcused=presence == Presence.UNEXCUSED
            )
            and not EscalationStep.objects.filter(network=network, member=member).exists()
        ):
            escalation_step_record(
                network=network,
                member=member,
                kind=EscalationKind.CONVERSATION,
                note=_("Started: a third session missed without notice (%(session)s).")
                % {"session": session.title},
                actor=actor,
            )
    return row


def makeup_submit(*, makeup: MakeUp, member: User, reflection: str) -> MakeUp:
    """The youth member hands in the reflection after watching the recording."""
    errors: dict[str, str] = {}
    reflection = _text(errors, "reflection", reflection, _("the reflection"), multi=True)
    if not reflection and "reflection" not in errors:
        errors["reflection"] = _("Write a few sentences about what you took from the recording.")
    if makeup.attendance.member_id != member.pk:
        raise ValidationError(_("Only the member who missed the session hands in its make-up."))
    if makeup.done_at is not None:
        errors["reflection"] = _("This make-up is already marked done.")
    if errors:
        raise ValidationError(errors)
    with scope(network=makeup.network), transaction.atomic():
        makeup.reflection, makeup.submitted_at = reflection[:4000], timezone.now()
        makeup.save(update_fields=["reflection", "submitted_at"])
        audit_record(
            action="youth.makeup_submitted", actor=member, network=makeup.network, target=makeup
        )
    return makeup


def makeup_mark_done(*, makeup: MakeUp, actor: User) -> MakeUp:
    if makeup.submitted_at is None:
        raise ValidationError(_("The reflection has not been handed in yet."))
    if makeup.done_at is not None:
        raise ValidationError(_("This make-up is already marked done."))
    with scope(network=makeup.network), transaction.atomic():
        makeup.done_at, makeup.done_by = timezone.now(), actor
        makeup.save(update_fields=["done_at", "done_by"])
        audit_record(action="youth.makeup_done", actor=actor, network=makeup.network, target=makeup)
    return makeup


def escalation_step_record(
    *, network: Network, member: User, kind: str, note: str, actor: User
) -> EscalationStep:
    """Record the next step of the escalation path (conversation, participation plan,
    dismissal: in that order, each once). Dismissal removes the membership and starts the
    retention clock. Every step shows on the guardian's view. Only for a member still
    admitted to the cohort."""
    errors: dict[str, str] = {}
    note = _text(errors, "note", note, _("the note"), multi=True)
    if not note and "note" not in errors:
        errors["note"] = _("Write what was said or agreed, for the record and the guardian.")
    with scope(network=network):
        # Admitted members only: a graduate, a dismissed or suspended member is past the
        # path, and a step recorded on their record would still email their guardian (and a
        # "dismissal" would turn a graduate into a removed member).
        membership = _youth_membership(network, member)
        if membership is None:
            raise ValidationError(
                {
                    "member": _("%(name)s is no longer in the cohort: no step can be recorded.")
                    % {"name": member.full_name}
                }
            )
        done = list(
            EscalationStep.objects.filter(network=network, member=member).values_list(
                "kind", flat=True
            )
        )
        expected = program.next_escalation_step(done=done, order=list(ESCALATION_ORDER))
        if expected is None:
            errors["kind"] = _("The escalation path is complete for this member.")
        elif kind != expected:
            errors["kind"] = _("The next step on the path is: %(step)s.") % {
                "step": EscalationKind(expected).label
            }
        if errors:
            raise ValidationError(errors)
        with transaction.atomic():
            step = EscalationStep.objects.create(
                network=network, member=member, kind=kind, note=note[:2000], recorded_by=actor
            )
            audit_record(
                action="youth.escalation_step",
                actor=actor,
                network=network,
                target=step,
                data={"kind": kind},
            )
            if kind == EscalationKind.DISMISSAL:
                membership_status_override(
                    membership=membership,
                    status=MembershipStatus.REMOVED,
                    note=_("Dismissed from the youth program."),
                    actor=actor,
                )
                # The departure is dated by the override's hook (`youth_departure_note`).
            _guardian_told_of_step(network=network, member=member, step=step)
    return step


def _guardian_told_of_step(*, network: Network, member: User, step: EscalationStep) -> None:
    """The guardian hears of every step when it is recorded, not only on their view: the
    path is meant to include them. The note stays on the view (only our words go by email)."""
    email = guardian_email_of(network=network, member=member)
    if not email:
        return
    # In the guardian's language, not the steward's who recorded the step.
    with in_guardian_language(email, youth=member):
        subject = _("%(name)s's youth program: a step was recorded") % {"name": member.full_name}
        body = _(
            "The stewards of %(network)s recorded a step on %(name)s's participation path: "
            "%(step)s. Your guardian's view shows the note; a steward can send you its link if "
            "you do not have it. Write to the stewards with any question."
        ) % {"network": network.name, "name": member.full_name, "step": step.get_kind_display()}
    transaction.on_commit(
        lambda: mail_send(
            network=network, subject=subject, body=body, recipients=[email], free_text=False
        )
    )


# --- Safeguarding leads and concerns -----------------------------------------------------------


def safeguarding_lead_set(*, network: Network, user: User, lead: bool, actor: User) -> None:
    _youth_only(network)
    with scope(network=network), transaction.atomic():
        membership = Membership.objects.filter(network=network, user=user).first()
        if membership is None or membership.role == Role.YOUTH_MEMBER:
            raise ValidationError({"user": _("Choose an adult of this network.")})
        if lead:
            SafeguardingLead.objects.get_or_create(network=network, user=user)
        else:
            SafeguardingLead.objects.filter(network=network, user=user).delete()
        audit_record(
            action="youth.lead_set" if lead else "youth.lead_unset",
            actor=actor,
            network=network,
            data={"user": user.pk},
        )


def concern_recipients(*, network: Network) -> list[User]:
    """The network's safeguarding leads still in it; with none, its stewards."""
    leads = [lead.user for lead in leads_of(network=network)]
    return leads or stewards_of_network(network=network)


def concern_report(
    *,
    network: Network,
    filed_by: User | None,
    about: str,
    page: str = "",
    member: User | None = None,
) -> Concern:
    """Record a concern and tell the safeguarding leads. The email carries no words of the
    report (they stay in the app, readable by the leads only): only that one came in.
    `filed_by` is None for a guardian (no account), reporting from their view of `member`:
    the link, not the member's name written into `page`, so the name goes with the member
    (`Concern.where_label`)."""
    _youth_only(network)
    errors: dict[str, str] = {}
    about = _text(errors, "about", about, _("the report"), multi=True)
    if not about and "about" not in errors:
        errors["about"] = _("Say what happened or what worries you.")
    if errors:
        raise ValidationError(errors)
    page = page[:300] if not text_problem(page, what=_("the page")) else ""
    with scope(network=network), transaction.atomic():
        concern = Concern.objects.create(
            network=network,
            filed_by=filed_by,
            by_guardian=filed_by is None,
            member=member if filed_by is None else None,
            about=about[:4000],
            page=page,
        )
        _concern_born_on_fill(Concern.objects.filter(pk=concern.pk))
        audit_record(
            action="youth.concern_reported", actor=filed_by, network=network, target=concern
        )
        link = settings.SITE_URL + reverse("youth:concerns", kwargs={"network_slug": network.slug})
        values = {"network": network.name, "link": link}
        # In each lead's language, not the reporter's.
        mail_send_by_language(
            network=network,
            recipients=concern_recipients(network=network),
            render=partial(_concern_notice_text, values),
            free_text=False,
        )
    return concern


def _concern_hold_check(*, network: Network, concern: Concern, actor: User) -> None:
    """Only the cohort's safeguarding leads (`youth.lead`, who read the concerns) hold a
    concern or lift its hold, and only one of their own cohort's."""
    if not actor.has_perm("youth.lead", network):
        raise PermissionDenied(concern_hold_refused_text())
    if concern.network_id != network.pk:
        raise ValidationError({"concern": _("This concern is not one of this cohort's.")})


def concern_hold_refused_text() -> str:
    """What anyone but a lead is told (the page's refusal and the service's)."""
    return _(
        "Only this cohort's safeguarding leads can hold a concern or lift its hold: ask one "
        "of them."
    )


def concern_hold_max_days() -> int:
    """The furthest ahead a hold may be dated: the project's setting (config/settings.py,
    checked there when read from the environment; checked again here, so a value set
    otherwise holds nothing past the bound)."""
    value = getattr(settings, "COLLABORATORY_YOUTH_CONCERN_HOLD_MAX_DAYS", 730)
    if type(value) is not int or value < 1:
        raise ImproperlyConfigured(
            "COLLABORATORY_YOUTH_CONCERN_HOLD_MAX_DAYS must be a whole number, at least 1, "
            f"not {value!r}: no hold was placed."
        )
    return value


def _hold_until_problem(*, network: Network, until: date | None, now: datetime) -> str:
    """What is wrong with a hold's date, on the cohort's calendar, or "": it must be given,
    after today, and at most `concern_hold_max_days()` ahead."""
    today = date_in(network, now)
    most = concern_hold_max_days()
    last = today + timedelta(days=most)
    if until is None:
        return _(
            "Give the day the hold runs until: after it the hold lapses unless a lead renews it."
        )
    if until <= today:
        return _(
            "The hold must run past today (%(today)s in this cohort's calendar): give a later day."
        ) % {"today": date_format(today, "DATE_FORMAT")}
    if until > last:
        return _(
            "A hold can run at most %(days)d days ahead, until %(last)s: give that day or an "
            "earlier one, and renew the hold then if it is still needed."
        ) % {"days": most, "last": date_format(last, "DATE_FORMAT")}
    return ""


def concern_hold_place(
    *,
    network: Network,
    concern: Concern,
    reason: str,
    until: date | None,
    actor: User,
    now: datetime | None = None,
    renew: bool | None = None,
) -> Concern:
    """Hold a concern (an investigation, a legal hold) until the day `until`, on the
    cohort's calendar: the retention run does not delete it through that day
    (`_concerns_purge`); from the next the hold has lapsed. `until` is required, after today
    and at most `concern_hold_max_days()` ahead. `reason` is one line, at most
    `HOLD_REASON_MAX` characters, required for a new hold.

    On a concern already held (and not lapsed) this renews the hold: its date becomes
    `until`, which must differ from the current one; a reason given replaces the current
    one, none keeps it. Each is one conditional UPDATE on the state read, so two leads at
    once give one hold (the second, seeing it held, is told so by name). Audited as
    `youth.concern_held` or `youth.concern_hold_renewed`, without the reason or the date.

    `renew` is what the lead's form meant (the leads' page says it): False, a new hold,
    refused on a concern held meanwhile by another post (naming who holds it, until when),
    so a reason and day typed on a page read before never replace another lead's; a second
    post of the same hold by the same lead (a double click) is taken as done, changing and
    recording nothing. True, a renewal, refused on a concern whose hold was lifted or ran
    out meanwhile. None (a caller with no form): as the stored hold says."""
    _concern_hold_check(network=network, concern=concern, actor=actor)
    now = now or timezone.now()
    today = date_in(network, now)
    # Whether it is held now, as stored (not as the caller's copy last read it).
    with scope(network=network):
        current = Concern.objects.filter(pk=concern.pk, network=network).first()
    if current is None:
        raise ValidationError({"concern": _("This concern is no longer there.")})
    held_now = (
        current.held_at is not None
        and current.held_until is not None
        and not program.hold_lapsed(held_until=current.held_until, today=today)
    )
    if renew is not None and renew != held_now:
        if (
            not renew
            and current.held_by_id == actor.pk
            and current.held_until == until
            and current.hold_reason == reason.strip()
        ):
            return current  # the same hold posted again: done already
        with scope(network=network):
            held = Concern.objects.select_related("held_by").get(pk=current.pk)
        raise ValidationError({"concern": _concern_hold_moved(network, held, today)})
    renewing = held_now
    errors: dict[str, str] = {}
    reason = _text(errors, "reason", reason, _("the reason for the hold"), multi=False)
    if "reason" not in errors:
        if not reason and not renewing:
            errors["reason"] = _(
                "Say in a few words why the concern is held, such as “police investigation”."
            )
        elif len(reason) > HOLD_REASON_MAX:
            errors["reason"] = _(
                "Keep the reason to %(most)d characters (this one has %(length)d): the concern "
                "itself holds the detail."
            ) % {"most": HOLD_REASON_MAX, "length": len(reason)}
    problem = _hold_until_problem(network=network, until=until, now=now)
    if problem:
        errors["until"] = problem
    elif renewing and until == current.held_until:
        errors["until"] = _(
            "The hold already runs until %(day)s: give another day to renew it."
        ) % {"day": date_format(until, "DATE_FORMAT")}
    if errors:
        raise ValidationError(errors)
    with scope(network=network), transaction.atomic():
        mine = Concern.objects.filter(pk=concern.pk, network=network)
        if renewing:
            changed = (
                mine.filter(held_at__isnull=False, held_until__gte=today)
                .exclude(held_until=until)
                .update(held_until=until, hold_reason=reason or F("hold_reason"))
            )
        else:
            changed = mine.filter(Q(held_at__isnull=True) | Q(held_until__lt=today)).update(
                held_at=now,
                held_by=actor,
                hold_reason=reason,
                held_until=until,
                hold_reminded_for=None,
            )
        held = Concern.objects.select_related("held_by").filter(pk=concern.pk).first()
        if held is None:
            raise ValidationError({"concern": _("This concern is no longer there.")})
        if not changed:
            raise ValidationError({"concern": _concern_hold_moved(network, held, today)})
        audit_record(
            action="youth.concern_hold_renewed" if renewing else "youth.concern_held",
            actor=actor,
            network=network,
            target=held,
        )
    return held


def _concern_hold_moved(network: Network, held: Concern, today: date) -> str:
    """Why a hold or renewal found the concern other than it was read: another lead's hold,
    renewal or lift came first."""
    if held.held_at is not None and held.held_until is not None and held.held_until >= today:
        return _(
            "This concern was held meanwhile (since %(day)s, by %(name)s, until %(until)s): "
            "read the page again, and renew the hold there if needed."
        ) % {
            "day": date_format(date_in(network, held.held_at), "DATE_FORMAT"),
            "name": held.holder_label,
            "until": date_format(held.held_until, "DATE_FORMAT"),
        }
    return _(
        "The hold on this concern was lifted or ran out meanwhile: hold it again, with a reason."
    )


def concern_hold_lift(*, network: Network, concern: Concern, actor: User) -> Concern:
    """Lift a concern's hold: its own date applies again (`program.concern_deleted_on`), so
    one already past goes on the next retention run. A concern not held is refused (one
    whose hold lapsed but the run has not cleared yet may still be lifted). One conditional
    UPDATE; audited as `youth.concern_released`."""
    _concern_hold_check(network=network, concern=concern, actor=actor)
    with scope(network=network), transaction.atomic():
        lifted = Concern.objects.filter(
            pk=concern.pk, network=network, held_at__isnull=False
        ).update(
            held_at=None, held_by=None, hold_reason="", held_until=None, hold_reminded_for=None
        )
        if not lifted:
            gone = not Concern.objects.filter(pk=concern.pk).exists()
            raise ValidationError(
                {
                    "concern": _("This concern is no longer there.")
                    if gone
                    else _("This concern is not held: there is no hold to lift.")
                }
            )
        released = Concern.objects.get(pk=concern.pk)
        audit_record(action="youth.concern_released", actor=actor, network=network, target=released)
    return released


# --- The guardian's view ----------------------------------------------------------------------


def guardian_link_issue(*, network: Network, member: User, actor: User) -> tuple[GuardianLink, str]:
    """A standing link to the guardian's view, emailed to the guardian; any earlier link for
    the same member stops working. Returns the link row and its token (stored nowhere)."""
    _youth_only(network)
    with scope(network=network):
        if _youth_membership(network, member) is None:
            raise ValidationError({"member": _("Choose a youth member of this cohort.")})
        if not under_guardians(user=member):
            raise ValidationError(
                {"member": _("This member is 18: a guardian has no view of their record.")}
            )
        email = guardian_email_of(network=network, member=member)
        if not email:
            raise ValidationError(
                {"member": _("No guardian's email is on record for this member.")}
            )
        secret = new_token()
        with transaction.atomic():
            GuardianLink.objects.filter(
                network=network, member=member, revoked_at__isnull=True
            ).update(revoked_at=timezone.now())
            link_row = GuardianLink.objects.create(
                network=network,
                member=member,
                guardian_email=email,
                token_digest=token_digest(secret),
                issued_by=actor,
            )
            token = keyed_token(link_row.pk, secret)
            url = settings.SITE_URL + reverse("youth_public:guardian", kwargs={"token": token})
            audit_record(
                action="youth.guardian_link_issued", actor=actor, network=network, target=link_row
            )
            # In the guardian's language, not the steward's who issued the link.
            with in_guardian_language(email, youth=member):
                subject = _("Your view of %(name)s's youth program") % {"name": member.full_name}
                body = _(
                    "This private link shows %(name)s's gatherings, RSVPs, commitments, session "
                    "attendance, make-ups and any escalation step in %(network)s. No account is "
                    "needed; keep it to yourself. A steward can turn it off at any time."
                    "\n\n%(url)s"
                ) % {"name": member.full_name, "network": network.name, "url": url}
            transaction.on_commit(
                lambda: mail_send(
                    network=network, subject=subject, body=body, recipients=[email], free_text=False
                )
            )
    return link_row, token


def guardian_link_revoke(*, link: GuardianLink, actor: User) -> GuardianLink:
    with scope(network=link.network), transaction.atomic():
        if link.revoked_at is None:
            link.revoked_at = timezone.now()
            link.save(update_fields=["revoked_at"])
            audit_record(
                action="youth.guardian_link_revoked", actor=actor, network=link.network, target=link
            )
    return link


def guardian_links_end_at_18(*, network: Network, user_id: int) -> int:
    """A member turned 18 (registered with `networks.services.adulthood.on_coming_of_age`):
    their guardian's links are turned off for good, so the stewards' page says so too (the
    link already answers as unusable from the birthday on, `guardian_email_of`)."""
    with scope(network=network):
        ended = GuardianLink.objects.filter(
            network=network, member_id=user_id, revoked_at__isnull=True
        ).update(revoked_at=timezone.now())
        if ended:
            audit_record(
                action="youth.guardian_link_revoked",
                network=network,
                data={"member": user_id, "why": "turned 18"},
            )
    return ended


def money_awaiting_note(*, network: Network, user: User, admitted: bool = True) -> str:
    """For the young adult's email from this cohort (registered with
    `on_coming_of_age_note`, called in their language inside the coming of age's
    transaction): money they committed as a minor that still waits for the guardian would
    wait for ever, the guardian no longer having a say. It was made as a minor, so it is not
    counted silently: the email lists it and asks them to keep or withdraw it on this
    cohort's program page (`commitment_adult_decide`). Each commitment is claimed first
    (`_money_ask_claim`), so it is listed once: a retry, the catch-up run or a second cohort
    under the same host lists nothing again. Empty when none is left to ask about.

    In a cohort they left (`admitted` false) nobody can approve it and they cannot keep it
    there (the cohort's pages are closed to them; the decision that took them out stands):
    it is withdrawn for them, never counted, and the email says so (`_money_withdrawn`)."""
    if not admitted:
        return _money_withdrawn(network=network, user=user)
    now = timezone.now()
    waiting = [
        c
        for c in money_awaiting_guardian_of(network=network, user=user)
        if _money_ask_claim(network, c, now)
    ]
    if not waiting:
        return ""
    link = settings.SITE_URL + reverse("youth:home", kwargs={"network_slug": network.slug})
    return "\n\n" + _(
        "Before you turned 18 you offered money that was waiting for your parent's or "
        "guardian's approval, so it has not counted:\n\n%(lines)s\n\n"
        "We will not count it without asking you, since you offered it as a minor. Keep it "
        "(it counts from now, as you offered it) or withdraw it, on your Youth program "
        "page:\n%(link)s"
    ) % {"lines": _money_lines(waiting), "link": link}


def _money_withdrawn(*, network: Network, user: User) -> str:
    """The money still awaiting a guardian in a cohort the young adult left (and its
    host's, unless a cohort they are still in claimed it first), withdrawn and listed for
    their email. Each is claimed and withdrawn together (a savepoint), so a retry or a
    second run withdraws and lists nothing again; "" when none is left."""
    now = timezone.now()
    withdrawn = []
    for commitment in money_awaiting_guardian_of(network=network, user=user):
        try:
            with transaction.atomic():
                if not _money_ask_claim(network, commitment, now):
                    continue
                commitment_adult_decide(
                    commitment=commitment, user=user, keep=False, now=now, why="left the cohort"
                )
        except ValidationError:  # decided in the meantime: nothing to say about it
            continue
        withdrawn.append(commitment)
    if not withdrawn:
        return ""
    return "\n\n" + _(
        "Before you turned 18 you offered money that was waiting for your parent's or "
        "guardian's approval, so it has not counted:\n\n%(lines)s\n\n"
        "You are no longer in %(network)s, so nobody can approve it there any more and you "
        "cannot decide about it on its pages: it has been withdrawn, and it never counted."
    ) % {"lines": _money_lines(withdrawn), "network": network.name}


def _money_lines(commitments: list[Commitment]) -> str:
    """One line per money commitment, for the young adult's email."""
    return "\n".join(
        _('- %(what)s (%(amount)s), to %(presenter)s\'s project "%(project)s" at %(gathering)s')
        % {
            "what": c.what,
            "amount": c.amount_text or "-",
            "presenter": c.proposal.proposer.full_name,
            "project": c.proposal.title,
            "gathering": c.gathering.title,
        }
        for c in commitments
    )


def _money_ask_claim(network: Network, commitment: Commitment, now: datetime) -> bool:
    """Whether this cohort's email is the one to ask about the commitment: one insert
    against the unique row per commitment (in a savepoint, so a row another run or cohort
    holds rolls back only this insert). Not read-then-write: two runs at once claim once."""
    try:
        with scope(network=network), transaction.atomic():
            MoneyAskedAt18.objects.create(network=network, commitment=commitment, asked_at=now)
    except IntegrityError:
        return False
    return True


def money_awaiting_catch_up(*, network: Network, now: datetime | None = None) -> int:
    """The periodic catch-up for one cohort: its admitted youth members who are adults
    already (an earlier version moved them on the birthday with no word about money
    waiting for the guardian) and still have such money nobody asked them about, in the
    cohort or its host. Each goes through the coming of age again, which lists the money
    once (`money_awaiting_note`) and does nothing else twice. Returns how many were told."""
    if network.kind != NetworkKind.YOUTH:
        return 0
    ids = money_catch_up_due(network=network)
    people = User.objects.filter(pk__in=ids).order_by("pk")
    return sum(youth_member_comes_of_age(user=person, now=now) for person in people)


# --- Retention and forgetting ------------------------------------------------------------------


def _person_rows_delete(*, network_q: Q, user_id: int, sent_by: datetime | None = None) -> int:
    """Delete a person's youth rows (within the networks `network_q` selects), except their
    concerns: a concern is the cohort's safeguarding record, which its leads keep, so the
    person's link to it is emptied (as reporter or as the member whose guardian reported it)
    and the concern stays, naming them "a former member" (`Concern.reporter_label`). Applications
    are theirs by the applicant link only: the email proves nothing (a student may type a
    guardian's or any adult's address), so an application tied to no account is left to its
    own clock in the retention run (`_ends_on`), never taken by whoever holds the address.
    With `sent_by`, only those sent by then: a former member who applies again after leaving
    has a new application that the old departure's clock must not delete."""
    deleted = 0
    apps = Application.objects.filter(network_q, applicant_id=user_id)
    if sent_by is not None:
        apps = apps.filter(submitted_at__lte=sent_by)
    for qs in (
        Reference.objects.filter(network_q, application__in=apps),
        apps,
        MakeUp.objects.filter(network_q, attendance__member_id=user_id),
        SessionAttendance.objects.filter(network_q, member_id=user_id),
        AbsenceNotice.objects.filter(network_q, member_id=user_id),
        EscalationStep.objects.filter(network_q, member_id=user_id),
        GuardianLink.objects.filter(network_q, member_id=user_id),
        Departure.objects.filter(network_q, member_id=user_id),
    ):
        if qs is not None:
            deleted += qs.delete()[0]
    linked = Concern.objects.filter(network_q).filter(Q(filed_by_id=user_id) | Q(member_id=user_id))
    # The date of birth times the concern's own end (`_concerns_purge`): taken from the
    # person's cohort membership before the link to them goes.
    _concern_born_on_fill(linked)
    Concern.objects.filter(network_q, filed_by_id=user_id).update(filed_by=None)
    Concern.objects.filter(network_q, member_id=user_id).update(member=None)
    return deleted


def _concern_born_on_fill(concerns: QuerySet[Concern]) -> None:
    """Copy onto `concerns` that have none the date of birth of the young person each names,
    from their membership of the concern's cohort as a youth member: the member a guardian
    reported from, else the reporter (a student reporting names themselves at least). One
    UPDATE; a date recorded later (a student who joined before it was asked) is taken by the
    next retention run, while the link stands."""
    concerns.filter(named_born_on__isnull=True).filter(
        Q(member__isnull=False) | Q(filed_by__isnull=False)
    ).update(named_born_on=linked_born_on())


def guardian_view_pages(name: str) -> set[str]:
    """The page a guardian's concern was given before it linked the member (migration
    0006): "the guardian's view of <name>", in each language the site speaks."""
    pages = set()
    for code, _label in settings.LANGUAGES:
        with translation.override(code):
            pages.add(_("the guardian's view of %(name)s") % {"name": name})
    return pages


# What a reference says of a referee who deleted their account: no name, no address (not
# even one made from their id, which would still tie the row to them).
FORGOTTEN_REFEREE_NAME = "deleted person"
FORGOTTEN_REFEREE_EMAIL = "deleted@invalid"


def youth_person_forget(*, user_id: int, email: str) -> None:
    """Account deletion hook (people.services.on_account_delete): a forgotten person's youth
    rows go in every network, in the deletion's transaction. `email` is not used to find
    applications: an unlinked one with this address may be a student's (see above). It does
    find references naming the person as a referee: the name and address there are the
    referee's own, and kept them linked to a student's application after they left; the
    reference keeps its place (and relation) with the referee no longer named."""
    with scopes_disabled():
        _person_rows_delete(network_q=Q(), user_id=user_id)
        # A guardian's concern stored before it linked the member wrote the member's name
        # into its page ("the guardian's view of <name>", migration 0006 linked those it
        # could): that name goes too.
        name = User.objects.filter(pk=user_id).values_list("full_name", flat=True).first()
        if name:
            Concern.objects.filter(
                by_guardian=True,
                member__isnull=True,
                page__in=guardian_view_pages(name),
                network_id__in=Membership.objects.filter(user_id=user_id).values("network_id"),
            ).update(page="")
        Reference.objects.filter(email__iexact=email).update(
            name=FORGOTTEN_REFEREE_NAME, email=FORGOTTEN_REFEREE_EMAIL
        )
        VettedAdult.objects.filter(user_id=user_id).delete()
        SafeguardingLead.objects.filter(user_id=user_id).delete()
        # A facilitator's coming sessions lose them as a departure does: the stewards are
        # told, without the forgotten person's name.
        networks = list(
            Network.objects.filter(
                pk__in=CohortSession.objects.filter(
                    facilitator_id=user_id, starts_at__gt=timezone.now()
                ).values("network_id")
            )
        )
    for network in networks:
        facilitator_sessions_release(network=network, user_id=user_id, named=False)


def youth_departure_note(*, network: Network, user_id: int) -> None:
    """Membership end hook (networks.services.on_membership_end), in the ending's transaction:
    a youth member who leaves their cohort (removed, alumni, suspended) gets their departure
    dated now, when it happens, so the retention clock starts on the cohort's day they left
    (`date_in` in `youth_retention_run`), not at the next daily run, which stamped the day it
    noticed. A departure already there keeps its date (the hook may run again)."""
    if network.kind != NetworkKind.YOUTH:
        return
    with scopes_disabled():
        if not Membership.objects.filter(
            network=network, user_id=user_id, role=Role.YOUTH_MEMBER
        ).exists():
            return
        Departure.objects.get_or_create(
            network=network, member_id=user_id, defaults={"left_at": timezone.now()}
        )


def _released_text(
    values: dict[str, str], network: Network, starts: list[tuple[str, datetime]]
) -> tuple[str, str]:
    """In each steward's language, the times on the cohort's clock. An empty name (their
    account is being deleted) reads "A facilitator", in that language too."""
    values = {**values, "name": values["name"] or _("A facilitator")}
    zone = ZoneInfo(network.time_zone)
    lines = "\n".join(
        f"- {title} · {date_format(at.astimezone(zone), 'DATETIME_FORMAT')}" for title, at in starts
    )
    subject = _("Youth sessions without a vetted facilitator in %(network)s") % values
    body = (
        _(
            "%(name)s is no longer in %(network)s, so they no longer facilitate its coming "
            "sessions. These sessions have no vetted facilitator now and must not take place "
            "until you name one: no adult may be alone with the students without a second "
            "vetted adult."
        )
        % values
        + "\n\n"
        + lines
        + "\n\n"
        + _("Choose another facilitator on each session's page: %(link)s") % values
    )
    return subject, body


def facilitator_sessions_release(*, network: Network, user_id: int, named: bool = True) -> int:
    """Membership end hook (networks.services.on_membership_end), in the ending's transaction:
    an adult who leaves the cohort (removed, suspended, gone of their own accord) no longer
    facilitates its sessions still to come, which kept naming them. Those sessions are left
    with no facilitator, which their pages and the stewards' page say; the stewards are
    emailed once the ending commits. Past sessions keep who facilitated them (their
    history). A second call finds nothing to release. Returns how many sessions. Not
    `named` (their account is being deleted): the email says "a facilitator"."""
    if network.kind != NetworkKind.YOUTH:
        return 0
    now = timezone.now()
    with scope(network=network):
        coming = list(
            CohortSession.objects.filter(
                network=network, facilitator_id=user_id, starts_at__gt=now
            ).order_by("starts_at", "pk")
        )
        if not coming:
            return 0
        CohortSession.objects.filter(pk__in=[c.pk for c in coming]).update(facilitator=None)
        for item in coming:
            audit_record(
                action="youth.facilitator_released",
                network=network,
                target=item,
                data={"facilitator": user_id},
            )
    person = User.objects.filter(pk=user_id).first() if named else None
    stewards = [u for u in stewards_of_network(network=network) if u.pk != user_id]
    if stewards:
        values = {
            # Worded in each steward's language (`_released_text`) when not named.
            "name": (person.full_name or person.email) if person else "",
            "network": network.name,
            "link": settings.SITE_URL
            + reverse("youth:home", kwargs={"network_slug": network.slug}),
        }
        mail_send_by_language(
            network=network,
            recipients=stewards,
            render=partial(
                _released_text, values, network, [(c.title, c.starts_at) for c in coming]
            ),
            free_text=False,
        )
    return len(coming)


def retention_days() -> int:
    return int(getattr(settings, "COLLABORATORY_YOUTH_RETENTION_DAYS", 365))


@dataclass(frozen=True)
class ConcernRetention:
    """How long safeguarding concerns are kept (`program.concern_deleted_on`): `years` after
    they were raised, and until the young person named would be `until_age`."""

    years: int
    until_age: int


def concern_retention() -> ConcernRetention:
    """The project's setting (config/settings.py, checked there when read from the
    environment; checked again here, so a value set otherwise deletes nothing early)."""
    years = getattr(settings, "COLLABORATORY_YOUTH_CONCERN_YEARS", 7)
    until_age = getattr(settings, "COLLABORATORY_YOUTH_CONCERN_UNTIL_AGE", 25)
    for name, value, least in (
        ("COLLABORATORY_YOUTH_CONCERN_YEARS", years, 1),
        ("COLLABORATORY_YOUTH_CONCERN_UNTIL_AGE", until_age, 18),
    ):
        if type(value) is not int or value < least:
            raise ImproperlyConfigured(
                f"{name} must be a whole number, at least {least}, not {value!r}: "
                "no concern was deleted."
            )
    return ConcernRetention(years=years, until_age=until_age)


def _program_row_holders() -> set[tuple[int, int]]:
    """(network, person) pairs with a row `_person_rows_delete` would delete (or, for a
    concern, unlink)."""
    pairs: set[tuple[int, int]] = set()
    for model, field in (
        (Application, "applicant_id"),
        (SessionAttendance, "member_id"),
        (AbsenceNotice, "member_id"),
        (EscalationStep, "member_id"),
        (Concern, "filed_by_id"),
        (Concern, "member_id"),
        (GuardianLink, "member_id"),
    ):
        pairs |= set(
            model.objects.filter(**{f"{field}__isnull": False})
            .values_list("network_id", field)
            .distinct()
        )
    return pairs


def _ends_on(application: Application, *, admitted: bool) -> datetime | None:
    """When an application's own retention clock starts, or None while it has none: declined,
    at the decision; never acted on (submitted, or selected and not invited), when the cycle
    closed or at the later decision; invited, when the invitation ran out unused (expired or
    turned off). An invitation taken up makes the applicant a youth member: a linked
    application then goes with their departure (None here); a legacy one tied to no account
    can follow no one's departure, so its clock starts at the redemption. While its applicant
    is `admitted` to the cohort, an application not declined is theirs to keep (None)."""
    status, invitation = application.status, application.invitation
    if status == ApplicationStatus.DECLINED:
        return application.decided_at or application.submitted_at
    if admitted:
        return None
    if status == ApplicationStatus.INVITED and invitation is not None:
        if invitation.redeemed_at is not None:
            return None if application.applicant_id else invitation.redeemed_at
        return min(invitation.expires_at, invitation.revoked_at or invitation.expires_at)
    closed = application.cycle.final_deadline
    return max(closed, application.decided_at or closed)


def youth_retention_run(*, now: datetime | None = None) -> dict[str, int]:
    """The retention schedule, counted in each cohort's calendar days (`date_in`): data is
    deleted on the Nth day after its clock started, N = `retention_days()`, never on the
    evening before nor the morning after. Youth members, two steps: (1) one who no longer
    belongs to their cohort (removed, alumni, membership gone) gets a departure, and one
    admitted again loses theirs (the clock restarts at the next departure); (2) N days after
    leaving their personal data in the program goes. Applications, three steps: (1) sent;
    (2) declined, left undecided when the cycle closed, or an invitation that ran out
    (`_ends_on`); (3) deleted N days later; one taken up follows its member's departure.
    Safeguarding concerns outlive both (their people unlinked) and go by their own period
    (`_concerns_purge`, `concern_retention`): a setting that is not a sane number raises
    before anything is deleted."""
    now = now or timezone.now()
    days = retention_days()
    kept = concern_retention()
    # A coarse bound for the queries (a day of slack for the time zone, one for a daylight
    # saving change); each row is then checked against its own cohort's calendar.
    rough = now - timedelta(days=days - 2)

    def due(network: Network, started: datetime) -> bool:
        return date_in(network, started) + timedelta(days=days) <= date_in(network, now)

    noted = purged = 0
    with scopes_disabled(), transaction.atomic():
        admitted = Membership.objects.filter(
            role=Role.YOUTH_MEMBER, status__in=ADMITTED_STATUSES
        ).values_list("network_id", "user_id")
        keep = set(admitted)
        # Everyone who was a youth member of a cohort: by their membership row (whatever its
        # status now), or, once that row is gone, by a row of theirs in the program.
        seen = (
            set(
                Membership.objects.filter(
                    role=Role.YOUTH_MEMBER, network__kind=NetworkKind.YOUTH
                ).values_list("network_id", "user_id")
            )
            | set(SessionAttendance.objects.values_list("network_id", "member_id").distinct())
            | set(EscalationStep.objects.values_list("network_id", "member_id").distinct())
            | set(AbsenceNotice.objects.values_list("network_id", "member_id").distinct())
        )
        known = set(Departure.objects.values_list("network_id", "member_id"))
        # Admitted again (or at last: a new member waits for consent over a daily run): the
        # clock stops now, so a later departure starts a full period of its own.
        back = known & keep
        for network_id in {n for n, _u in back}:
            Departure.objects.filter(
                network_id=network_id, member_id__in=[u for n, u in back if n == network_id]
            ).delete()
        known -= back
        # Only someone with rows left to delete: a former member's roster row outlives the
        # purge, and was noted again on the next run, a purge of nothing every N days.
        fresh = [
            Departure(network_id=n, member_id=u, left_at=now)
            for n, u in sorted((seen - keep - known) & _program_row_holders())
        ]
        Departure.objects.bulk_create(fresh)
        noted = len(fresh)
        for departure in Departure.objects.filter(left_at__lte=rough).select_related("network"):
            if not due(departure.network, departure.left_at):
                continue
            purged += _person_rows_delete(
                network_q=Q(network_id=departure.network_id),
                user_id=departure.member_id,
                sent_by=departure.left_at,
            )
            audit_record(
                action="youth.retention_purged",
                network=departure.network,
                data={"person": departure.member_id},
            )
        purged += _applications_purge(rough=rough, due=due, admitted=keep)
        purged += _concerns_purge(now=now, kept=kept)
    return {"departures_noted": noted, "rows_deleted": purged}


def _concerns_purge(*, now: datetime, kept: ConcernRetention) -> int:
    """Safeguarding concerns past their period: deleted on the cohort's calendar day
    `program.concern_deleted_on` gives (`kept.years` after the day raised, and not before the
    young person named would be `kept.until_age`), whether or not the people they name are
    still linked. A concern a lead holds (`concern_hold_place`) is not deleted, whatever its
    date, through the hold's own date; once the hold is lifted, or has lapsed (cleared first,
    `_concern_holds_lapse`), its date applies again, so one already past goes in this very
    run. Audited per cohort as `youth.retention_purged` with the count only."""
    _concern_holds_lapse(now=now)
    # A coarse bound (a year has at least 365 days; two days of slack for the time zone):
    # each row is then checked against its own cohort's calendar.
    rough = now - timedelta(days=365 * kept.years - 2)
    candidates = Concern.objects.filter(created_at__lte=rough, held_at__isnull=True)
    # A date of birth recorded after the concern was filed, while its person is linked.
    _concern_born_on_fill(candidates)
    gone: dict[Network, list[int]] = {}
    for concern in candidates.select_related("network").order_by("pk"):
        network = concern.network
        deleted_on = program.concern_deleted_on(
            raised_on=date_in(network, concern.created_at),
            born_on=concern.named_born_on,
            years=kept.years,
            until_age=kept.until_age,
        )
        if deleted_on <= date_in(network, now):
            gone.setdefault(network, []).append(concern.pk)
    deleted = 0
    for network, pks in gone.items():
        # Asked again in the DELETE itself: a hold placed since the rows were read keeps its
        # concern (PostgreSQL re-reads a row another transaction changed before deleting it).
        count = Concern.objects.filter(pk__in=pks, held_at__isnull=True).delete()[0]
        if count:
            deleted += count
            audit_record(action="youth.retention_purged", network=network, data={"concerns": count})
    return deleted


def _concern_holds_lapse(*, now: datetime) -> int:
    """Holds whose date has passed on their cohort's calendar (`program.hold_lapsed`) are
    cleared, as a lift clears them: the concern is no longer held, and goes by its own date.
    Asked again in the UPDATE (a renewal since the rows were read keeps its hold). Audited
    per cohort as `youth.concern_hold_lapsed` with the count only: no concern, lead or
    reason."""
    # A coarse bound: no cohort's today is more than a day ahead of UTC's.
    maybe = Concern.objects.filter(
        held_at__isnull=False, held_until__lt=now.date() + timedelta(days=1)
    ).select_related("network")
    lapsed: dict[Network, list[int]] = {}
    for concern in maybe.order_by("pk"):
        today = date_in(concern.network, now)
        if concern.held_until is not None and program.hold_lapsed(
            held_until=concern.held_until, today=today
        ):
            lapsed.setdefault(concern.network, []).append(concern.pk)
    cleared = 0
    for network, pks in lapsed.items():
        count = Concern.objects.filter(
            pk__in=pks, held_at__isnull=False, held_until__lt=date_in(network, now)
        ).update(
            held_at=None, held_by=None, hold_reason="", held_until=None, hold_reminded_for=None
        )
        if count:
            cleared += count
            audit_record(
                action="youth.concern_hold_lapsed", network=network, data={"concerns": count}
            )
    return cleared


def _hold_reminder_text(
    values: dict[str, str], raised_on: date, held_until: date
) -> tuple[str, str]:
    """A hold's reminder, in the reader's language (`mail_send_by_language`). It names no
    one: the concern is "a concern raised on <day>", its words and people stay in the app."""
    days = values | {
        "raised": date_format(raised_on, "DATE_FORMAT"),
        "day": date_format(held_until, "DATE_FORMAT"),
    }
    subject = _("A hold on a safeguarding concern in %(network)s ends on %(day)s") % days
    body = (
        _(
            "The hold on a concern raised on %(raised)s in %(network)s runs until %(day)s. "
            "After that day it lapses, and the retention run deletes the concern if its own "
            "retention period is over. If the matter is still open, renew the hold with a new "
            "date before then; if it is closed, lift the hold. Safeguarding leads only: "
            "%(link)s"
        )
        % days
    )
    return subject, body


def concern_hold_reminders_send(*, now: datetime | None = None) -> int:
    """Remind each cohort's safeguarding leads (`concern_recipients`) of a hold about to
    lapse: once, from `program.HOLD_REMIND_BEFORE_DAYS` before its date (the cohort's
    calendar). Exactly once per hold date: the claim is one conditional UPDATE of
    `hold_reminded_for` to that date, in the transaction that sends, so a second run, or one
    beside it, finds it claimed and sends nothing; a renewal's new date is reminded of again.
    Audited as `youth.concern_hold_reminded` with the concern as target. Returns how many
    holds were reminded of."""
    now = now or timezone.now()
    not_reminded = Q(hold_reminded_for__isnull=True) | ~Q(hold_reminded_for=F("held_until"))
    # A coarse bound (a day of slack for the time zone); each row is then checked against
    # its own cohort's calendar.
    soon = now.date() + timedelta(days=program.HOLD_REMIND_BEFORE_DAYS + 1)
    with scopes_disabled():
        held = list(
            Concern.objects.filter(
                not_reminded,
                held_at__isnull=False,
                held_until__isnull=False,
                held_until__lte=soon,
            )
            .select_related("network")
            .order_by("pk")
        )
    sent = 0
    for concern in held:
        network = concern.network
        held_until = concern.held_until
        if held_until is None or not program.hold_reminder_due(
            held_until=held_until,
            today=date_in(network, now),
            reminded_for=concern.hold_reminded_for,
        ):
            continue
        with scope(network=network), transaction.atomic():
            claimed = (
                Concern.objects.filter(pk=concern.pk, held_at__isnull=False, held_until=held_until)
                .filter(Q(hold_reminded_for__isnull=True) | ~Q(hold_reminded_for=held_until))
                .update(hold_reminded_for=held_until)
            )
            if not claimed:
                continue
            link = settings.SITE_URL + reverse(
                "youth:concerns", kwargs={"network_slug": network.slug}
            )
            values = {"network": network.name, "link": f"{link}#concern-{concern.pk}"}
            # No reader's language in a daily task: each lead reads their own.
            mail_send_by_language(
                network=network,
                recipients=concern_recipients(network=network),
                render=partial(
                    _hold_reminder_text,
                    values,
                    date_in(network, concern.created_at),
                    held_until,
                ),
                free_text=False,
            )
            audit_record(action="youth.concern_hold_reminded", network=network, target=concern)
        sent += 1
    return sent


def _applications_purge(
    *, rough: datetime, due: Callable[[Network, datetime], bool], admitted: set[tuple[int, int]]
) -> int:
    """Step 3 of an application's schedule (see `youth_retention_run`), whoever it belongs
    to: an application tied to no account has no departure to follow."""
    maybe = Application.objects.filter(
        Q(status=ApplicationStatus.DECLINED, decided_at__lte=rough)
        | Q(status=ApplicationStatus.DECLINED, decided_at__isnull=True)
        | Q(
            status__in=[ApplicationStatus.SUBMITTED, ApplicationStatus.SELECTED],
            cycle__final_deadline__lte=rough,
        )
        | Q(
            status=ApplicationStatus.INVITED,
            invitation__isnull=True,
            cycle__final_deadline__lte=rough,
        )
        | Q(
            Q(invitation__expires_at__lte=rough) | Q(invitation__revoked_at__lte=rough),
            status=ApplicationStatus.INVITED,
            invitation__redeemed_at__isnull=True,
        )
        | Q(
            status=ApplicationStatus.INVITED,
            applicant__isnull=True,
            invitation__redeemed_at__lte=rough,
        )
    ).select_related("network", "cycle", "invitation")
    gone: dict[Network, list[int]] = {}
    for application in maybe:
        member = (application.network_id, application.applicant_id) in admitted
        started = _ends_on(application, admitted=member)
        if started is not None and due(application.network, started):
            gone.setdefault(application.network, []).append(application.pk)
    deleted = 0
    for network, pks in gone.items():
        Reference.objects.filter(application_id__in=pks).delete()
        deleted += Application.objects.filter(pk__in=pks).delete()[0]
        audit_record(
            action="youth.retention_purged", network=network, data={"applications": len(pks)}
        )
    return deleted


def departures_bulk_create(*, rows: list[Departure]) -> list[Departure]:
    """Insert departures (tests and the demo)."""
    with scopes_disabled():
        return Departure.objects.bulk_create(rows)


def youth_record_read(*, network: Network, viewer: User, record: User | Application) -> None:
    """Audit a steward's read of a youth member's page or a student's application: both are
    a minor's records (safeguards.md: reads of a minor's profile are part of the record)."""
    audit_record(
        action="youth.member_read" if isinstance(record, User) else "youth.application_read",
        actor=viewer,
        network=network,
        target=record,
    )
