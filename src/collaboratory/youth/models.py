"""The youth program of a youth cohort (a Network of kind youth): program cycles and their
public applications, virtual cohort sessions with attendance, make-ups and the escalation
path, vetted adults, safeguarding leads and concerns, guardians' view links, and the
departures that start the retention clock.

Every row carries its youth network and is read through a ScopedManager.
"""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from django.conf import settings
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

from collaboratory.networks.models import Invitation, Network
from collaboratory.validators import multi_line, one_line
from collaboratory.youth.program import vetting_expires_on


class ProgramCycle(models.Model):
    """One intake of the program, with its two deadlines."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    name = models.CharField(_("name"), max_length=120, validators=one_line(_("the name")))
    priority_deadline = models.DateTimeField(_("priority deadline"))
    final_deadline = models.DateTimeField(_("final deadline"))
    created_at = models.DateTimeField(auto_now_add=True)

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        ordering = ["-final_deadline"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(priority_deadline__lte=models.F("final_deadline")),
                name="youth_cycle_deadlines_in_order",
            )
        ]

    def __str__(self) -> str:
        return self.name


class ApplicationStatus(models.TextChoices):
    SUBMITTED = "submitted", _("Submitted")
    SELECTED = "selected", _("Selected")
    DECLINED = "declined", _("Declined")
    INVITED = "invited", _("Invited (waiting for the student and guardian)")


class ApplicationTiming(models.TextChoices):
    PRIORITY = "priority", _("Before the priority deadline")
    LATE = "late", _("After the priority deadline (late priority)")


class Application(models.Model):
    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    cycle = models.ForeignKey(ProgramCycle, on_delete=models.CASCADE, related_name="applications")
    full_name = models.CharField(
        _("full name"), max_length=120, validators=one_line(_("the full name"))
    )
    email = models.EmailField(_("email"), validators=one_line(_("the email")))
    guardian_email = models.EmailField(
        _("parent's or guardian's email"), validators=one_line(_("the guardian's email"))
    )
    school = models.CharField(
        _("school"), max_length=160, blank=True, validators=one_line(_("the school"))
    )
    city = models.CharField(
        _("city"), max_length=120, blank=True, validators=one_line(_("the city"))
    )
    statement = models.TextField(
        _("why you want to join"), max_length=3000, validators=multi_line(_("the answer"))
    )
    conduct_version = models.CharField(max_length=20)
    # The language the form was read in: the student's invitation is written in it (they
    # have no account yet, and the steward who accepts may read another).
    language = models.CharField(max_length=10, blank=True, choices=settings.LANGUAGES)
    timing = models.CharField(max_length=10, choices=ApplicationTiming.choices)
    status = models.CharField(
        max_length=12, choices=ApplicationStatus.choices, default=ApplicationStatus.SUBMITTED
    )
    submitted_at = models.DateTimeField()
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    invitation = models.ForeignKey(
        Invitation, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The account the application is known to belong to: the one that took up its invitation
    # or applied while signed in. The email alone proves nothing (anyone can type any address),
    # so "export my data" and the guardian's address follow this link, never the email.
    applicant = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        ordering = ["submitted_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["cycle", "email"], name="youth_application_once"),
        ]

    def __str__(self) -> str:
        return self.full_name


class Reference(models.Model):
    """A reference or the nominating adult named on an application."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="references"
    )
    name = models.CharField(_("name"), max_length=120, validators=one_line(_("the name")))
    email = models.EmailField(_("email"), validators=one_line(_("the email")))
    relation = models.CharField(
        _("relation"), max_length=120, validators=one_line(_("the relation"))
    )

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    def __str__(self) -> str:
        return self.name


class CohortSession(models.Model):
    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    title = models.CharField(_("title"), max_length=160, validators=one_line(_("the title")))
    starts_at = models.DateTimeField(_("date and time"))
    video_link = models.URLField(
        _("video link"), max_length=500, validators=one_line(_("the video link"))
    )
    recording_link = models.URLField(
        _("recording link"),
        max_length=500,
        blank=True,
        validators=one_line(_("the recording link")),
    )
    # Nullable so a facilitator's account can be deleted; the session record stays.
    facilitator = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        ordering = ["-starts_at", "pk"]

    def __str__(self) -> str:
        return self.title


class AbsenceNotice(models.Model):
    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    session = models.ForeignKey(CohortSession, on_delete=models.CASCADE, related_name="notices")
    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    reason = models.TextField(_("reason"), max_length=1000, validators=multi_line(_("the reason")))
    given_by_guardian = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["session", "member"], name="youth_notice_once"),
        ]

    def __str__(self) -> str:
        return f"{type(self).__name__} {self.pk}"


class Presence(models.TextChoices):
    PRESENT = "present", _("Present")
    EXCUSED = "excused", _("Absent, with notice")
    UNEXCUSED = "unexcused", _("Absent, no notice")


class SessionAttendance(models.Model):
    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    session = models.ForeignKey(CohortSession, on_delete=models.CASCADE, related_name="attendance")
    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    presence = models.CharField(max_length=10, choices=Presence.choices)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now=True)

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["session", "member"], name="youth_attendance_once"),
        ]

    def __str__(self) -> str:
        return f"{type(self).__name__} {self.pk}"


class MakeUp(models.Model):
    """Watch the recording and write a reflection; a steward marks it done."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    attendance = models.OneToOneField(
        SessionAttendance, on_delete=models.CASCADE, related_name="makeup"
    )
    reflection = models.TextField(
        _("reflection"), max_length=4000, blank=True, validators=multi_line(_("the reflection"))
    )
    submitted_at = models.DateTimeField(null=True, blank=True)
    done_at = models.DateTimeField(null=True, blank=True)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    def __str__(self) -> str:
        return f"{type(self).__name__} {self.pk}"


class EscalationKind(models.TextChoices):
    CONVERSATION = "conversation", _("Conversation")
    PLAN = "plan", _("Participation plan")
    DISMISSAL = "dismissal", _("Dismissal")


ESCALATION_ORDER = [EscalationKind.CONVERSATION, EscalationKind.PLAN, EscalationKind.DISMISSAL]


class EscalationStep(models.Model):
    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=12, choices=EscalationKind.choices)
    note = models.TextField(_("note"), max_length=2000, validators=multi_line(_("the note")))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["network", "member", "kind"], name="youth_escalation_step_once"
            ),
        ]

    def __str__(self) -> str:
        return f"{type(self).__name__} {self.pk}"


class VettedAdult(models.Model):
    """An adult who may lead youth sessions while both checks are recent."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    background_check_on = models.DateField(_("background check date"))
    training_on = models.DateField(_("safeguarding training date"))
    reminded_for = models.DateField(null=True, blank=True)

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["network", "user"], name="youth_vetted_once"),
        ]

    def __str__(self) -> str:
        return f"{type(self).__name__} {self.pk}"

    @property
    def expires_on(self) -> date:
        """Twelve months after the earlier of the two checks."""
        return vetting_expires_on(
            background_check_on=self.background_check_on, training_on=self.training_on
        )


class SafeguardingLead(models.Model):
    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["network", "user"], name="youth_lead_once"),
        ]

    def __str__(self) -> str:
        return f"{type(self).__name__} {self.pk}"


# The longest reason a lead may give for holding a concern: a short note, such as "Police
# investigation, reference 24-118" (the concern's own words hold the detail).
HOLD_REASON_MAX = 300


class Concern(models.Model):
    """A safeguarding concern: the cohort's record, kept for its safeguarding leads when
    the people it names go, until its own retention period ends (`youth_retention_run`).
    `filed_by` is the member who reported it; a guardian has no account (`by_guardian`), and
    their report keeps the youth member whose guardian's view it came from (`member`).
    Either link is emptied when that person deletes their account or their youth rows reach
    the end of the retention period; the concern stays, naming them "a former member"
    (`reporter_label`, `where_label`)."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    filed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    by_guardian = models.BooleanField(default=False)
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    about = models.TextField(
        _("what happened"), max_length=4000, validators=multi_line(_("the report"))
    )
    page = models.CharField(max_length=300, blank=True, validators=one_line(_("the page")))
    created_at = models.DateTimeField(auto_now_add=True)
    # The date of birth of the young person the concern names (the member a guardian reported
    # from, or the student who reported it), from their cohort membership: kept only to time
    # the concern's deletion (until they would be 25, `program.concern_deleted_on`) once the
    # links above are emptied; shown nowhere itself (the leads' page shows the day it gives).
    # None: not known, the concern goes by its age.
    named_born_on = models.DateField(null=True, blank=True)
    # A hold a safeguarding lead placed (an investigation, a legal hold): while `held_at` is
    # set and `held_until` has not passed on the cohort's calendar the retention run never
    # deletes the concern; lifting it clears them all, and the concern's own date applies
    # again. `held_by` is emptied if that lead deletes their account; the hold stays. The
    # reason is the lead's words, shown on the leads' page only (never in the audit log or an
    # email).
    held_at = models.DateTimeField(null=True, blank=True)
    held_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hold_reason = models.CharField(
        max_length=HOLD_REASON_MAX, blank=True, validators=one_line(_("the reason for the hold"))
    )
    # The hold's review date: kept through that day (the cohort's calendar); from the next the
    # hold has lapsed and the retention run clears it (`_concern_holds_lapse`), so a forgotten
    # hold cannot keep a minor's record for ever. A lead renews it with a new date. Set
    # exactly when `held_at` is (`youth_concern_hold_dated`).
    held_until = models.DateField(null=True, blank=True)
    # The `held_until` the leads were last reminded of (`concern_hold_reminders_send`): one
    # reminder per hold date, claimed by a conditional UPDATE; a renewal's new date gets its own.
    hold_reminded_for = models.DateField(null=True, blank=True)

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(held_at__isnull=True, held_until__isnull=True)
                | models.Q(held_at__isnull=False, held_until__isnull=False),
                name="youth_concern_hold_dated",
            )
        ]

    def __str__(self) -> str:
        return f"{type(self).__name__} {self.pk}"

    @property
    def reporter_label(self) -> str:
        """Who reported it, as the leads read it."""
        reporter = self.filed_by
        if reporter is not None:
            return reporter.full_name or gettext("a member")
        return gettext("a guardian") if self.by_guardian else gettext("a former member")

    @property
    def is_held(self) -> bool:
        return self.held_at is not None

    @property
    def holder_label(self) -> str:
        """Who placed the hold, as the leads read it."""
        holder = self.held_by
        if holder is not None:
            return holder.full_name or gettext("a member")
        return gettext("a former member")

    @property
    def where_label(self) -> str:
        """Where it was reported from: the page, or the guardian's view of whom."""
        if self.page or not self.by_guardian:
            return self.page
        member = self.member
        if member is not None:
            name = member.full_name or gettext("a member")
        else:
            name = gettext("a former member")
        return gettext("the guardian's view of %(name)s") % {"name": name}


class GuardianLink(models.Model):
    """A standing, revocable link to the guardian's view (`<id>.<secret>`, digest stored)."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    guardian_email = models.EmailField(validators=one_line(_("the guardian's email")))
    token_digest = models.CharField(max_length=64)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    def __str__(self) -> str:
        return f"{type(self).__name__} {self.pk}"


class Departure(models.Model):
    """When a youth member left the cohort: the retention clock starts here."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    left_at = models.DateTimeField()

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["network", "member"], name="youth_departure_once"),
        ]

    def __str__(self) -> str:
        return f"{type(self).__name__} {self.pk}"


class MoneyAskedAt18(models.Model):
    """A money commitment made as a minor that still waited for the guardian when its
    committer turned 18, and the cohort whose email asked them to keep or withdraw it. One
    row per commitment: the unique constraint makes the ask once, whichever run, retry or
    cohort (two cohorts under one host both reach the host's money) claims it first."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    commitment = models.OneToOneField(
        "commitments.Commitment", on_delete=models.CASCADE, related_name="+"
    )
    asked_at = models.DateTimeField()

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    def __str__(self) -> str:
        return f"{type(self).__name__} {self.pk}"
