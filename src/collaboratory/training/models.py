"""Convener training: organizations apply, train in a cohort, practise, and launch a local
network. Every row belongs to the national network that runs the training (its stewards are
the trainers), so django-scopes keeps one national network's cohorts from another's."""

from __future__ import annotations

from typing import ClassVar

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop
from django_scopes import ScopedManager

from collaboratory.gatherings.models import Gathering
from collaboratory.networks.defaults import Defaults
from collaboratory.networks.models import Network
from collaboratory.validators import multi_line, one_line, validate_short_name


class Cohort(models.Model):
    """One training cohort of organizations (two staff each), with its own practice network."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    name = models.CharField(_("name"), max_length=150, validators=one_line(_("the name")))
    starts_on = models.DateField(_("starts on"))
    # Taking applications: the public page shows the form (else the interest list).
    accepting = models.BooleanField(_("accepting applications"), default=False)
    practice_network = models.OneToOneField(
        Network, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        ordering = ["-starts_on", "pk"]

    def __str__(self) -> str:
        return self.name


class SessionKind(models.TextChoices):
    OPENING = "opening", _("Opening experience")
    IMMERSION = "immersion", _("Immersion at a national gathering")
    TRAINING = "training", _("Immersive training")
    VIRTUAL = "virtual", _("Virtual training")


# The arc a new cohort starts with (`services.cohort_create`): its titles are stored in
# English and shown in the reader's language while a trainer has not changed them.
ARC_OPENING = gettext_noop("Opening experience")
ARC_IMMERSION = gettext_noop("Immersion at a national gathering")
ARC_TRAINING = gettext_noop("Immersive training")
ARC_DESIGNING = gettext_noop("Virtual training: designing your network")
ARC_FIRST_GATHERING = gettext_noop("Virtual training: your first gathering")
ARC_DEFAULTS = Defaults(
    ARC_OPENING, ARC_IMMERSION, ARC_TRAINING, ARC_DESIGNING, ARC_FIRST_GATHERING
)


class ArcSession(models.Model):
    """One step of the cohort's arc, as data the trainers edit. An immersion session names
    the national gathering whose page its trainees may read (their observer pass)."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="sessions")
    kind = models.CharField(_("kind"), max_length=12, choices=SessionKind.choices)
    title = models.CharField(_("title"), max_length=200, validators=one_line(_("the title")))
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    place = models.CharField(
        _("place"), max_length=300, blank=True, validators=one_line(_("the place"))
    )
    video_link = models.URLField(
        _("video link"), blank=True, validators=one_line(_("the video link"))
    )
    materials = models.TextField(
        _("materials"), blank=True, validators=multi_line(_("the materials"))
    )
    gathering = models.ForeignKey(
        Gathering,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("national gathering"),
    )

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        ordering = ["starts_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")),
                name="training_session_ends_after_start",
            )
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def label(self) -> str:
        """The title in the reader's language while it is the default arc's, else as typed."""
        return ARC_DEFAULTS.text(self.title)


class ApplicationStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for review")
    ADMITTED = "admitted", _("Admitted")
    DECLINED = "declined", _("Declined")


class Application(models.Model):
    """An organization's application; once admitted it is the organization in training,
    and carries its launch plan (first gathering and initial roster)."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    cohort = models.ForeignKey(
        Cohort, on_delete=models.SET_NULL, null=True, blank=True, related_name="applications"
    )
    organization = models.CharField(
        _("organization"), max_length=200, validators=one_line(_("the organization"))
    )
    community = models.CharField(
        _("community"), max_length=200, validators=one_line(_("the community"))
    )
    why_now = models.TextField(_("why now"), validators=multi_line(_("why now")))
    landscape = models.TextField(
        _("the landscape you see"), validators=multi_line(_("the landscape"))
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=ApplicationStatus.choices,
        default=ApplicationStatus.PENDING,
    )
    decision_note = models.TextField(_("note"), blank=True, validators=multi_line(_("the note")))
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # The launch plan, filled in while training.
    network_name = models.CharField(
        _("name of your network"),
        max_length=150,
        blank=True,
        validators=one_line(_("the name of your network")),
    )
    network_slug = models.SlugField(
        _("short name of your network"),
        max_length=50,
        blank=True,
        validators=[validate_short_name, *one_line(_("the short name"))],
    )
    first_gathering_title = models.CharField(
        _("first gathering"),
        max_length=200,
        blank=True,
        validators=one_line(_("the first gathering's title")),
    )
    first_gathering_on = models.DateField(_("first gathering's date"), null=True, blank=True)
    first_gathering_city = models.CharField(
        _("city"), max_length=100, blank=True, validators=one_line(_("the city"))
    )
    roster_csv = models.TextField(
        _("initial roster (CSV)"), blank=True, validators=multi_line(_("the roster"))
    )
    roster_rows = models.PositiveIntegerField(default=0)
    # When a practice gathering of the cohort was found held for this organization, kept
    # when the practice starts over: a reset clears the sandbox, not what was achieved.
    practice_held_at = models.DateTimeField(null=True, blank=True)
    # The language the organization applied in: its staff's mail is written in it until
    # they choose one on an account ("" for applications made before it was kept).
    language = models.CharField(_("language"), max_length=8, blank=True, choices=settings.LANGUAGES)

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        ordering = ["-created_at", "pk"]

    def __str__(self) -> str:
        return self.organization


class Trainee(models.Model):
    """One of the organization's two staff who take part in everything. Their pages are
    found by their sign-in email (accounts come from invitations, so the email is theirs)."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="staff")
    full_name = models.CharField(_("name"), max_length=150, validators=one_line(_("the name")))
    email = models.EmailField(_("email"), validators=one_line(_("the email")))

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(fields=["application", "email"], name="training_trainee_once")
        ]

    def __str__(self) -> str:
        return self.full_name


class SessionAttendance(models.Model):
    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    session = models.ForeignKey(ArcSession, on_delete=models.CASCADE, related_name="attendance")
    trainee = models.ForeignKey(Trainee, on_delete=models.CASCADE, related_name="+")

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["session", "trainee"], name="training_attended_once")
        ]

    def __str__(self) -> str:
        return f"{self.trainee_id} at {self.session_id}"


class InterestSignup(models.Model):
    """ "Check back for future opportunities": told once when a cohort opens."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    email = models.EmailField(_("email"), validators=one_line(_("the email")))
    created_at = models.DateTimeField(auto_now_add=True)
    notified_at = models.DateTimeField(null=True, blank=True)
    # The language the person signed up in: the "cohort is open" mail is written in it.
    language = models.CharField(_("language"), max_length=8, blank=True, choices=settings.LANGUAGES)

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["network", "email"], name="training_interest_once")
        ]

    def __str__(self) -> str:
        return self.email


class Assignment(models.Model):
    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="assignments")
    title = models.CharField(_("title"), max_length=200, validators=one_line(_("the title")))
    instructions = models.TextField(
        _("instructions"), blank=True, validators=multi_line(_("the instructions"))
    )
    due_at = models.DateTimeField(_("due"))
    # The past-due reminder counts from here when the assignment was made already past due
    # (None for rows made before it was kept: their reminder counts from the due time).
    created_at = models.DateTimeField(null=True, blank=True)

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        ordering = ["due_at", "pk"]

    def __str__(self) -> str:
        return self.title


class SubmissionStatus(models.TextChoices):
    SUBMITTED = "submitted", _("Submitted")
    CHANGES = "changes", _("Changes asked")
    ACCEPTED = "accepted", _("Accepted")


class Submission(models.Model):
    """One per organization and assignment: its text and an optional file (kept in the
    database, checked for size and type, served only to trainers and that organization)."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="+")
    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="submissions"
    )
    text = models.TextField(_("your work"), blank=True, validators=multi_line(_("your work")))
    file_name = models.CharField(max_length=120, blank=True, validators=one_line("file name"))
    file_type = models.CharField(max_length=100, blank=True, validators=one_line("file type"))
    file_data = models.BinaryField(blank=True, default=b"")
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=SubmissionStatus.choices,
        default=SubmissionStatus.SUBMITTED,
    )
    feedback = models.TextField(_("feedback"), blank=True, validators=multi_line(_("the feedback")))
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    submitted_at = models.DateTimeField()
    reviewed_at = models.DateTimeField(null=True, blank=True)

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["assignment", "application"], name="training_one_submission"
            )
        ]

    def __str__(self) -> str:
        return f"{self.application_id}: {self.assignment_id}"


class ReminderSent(models.Model):
    """Sent-log: one reminder before and one after the due date, per organization."""

    class When(models.TextChoices):
        BEFORE = "before"
        AFTER = "after"

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="+")
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="+")
    when = models.CharField(max_length=6, choices=When.choices)
    sent_at = models.DateTimeField()

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["assignment", "application", "when"], name="training_reminder_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.when} {self.assignment_id}"


class SupportCall(models.Model):
    """A cohort-wide call (no organization) or a one-on-one call with one organization."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="calls")
    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, null=True, blank=True, related_name="calls"
    )
    title = models.CharField(_("title"), max_length=200, validators=one_line(_("the title")))
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    video_link = models.URLField(
        _("video link"), blank=True, validators=one_line(_("the video link"))
    )

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        ordering = ["starts_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")),
                name="training_call_ends_after_start",
            )
        ]

    def __str__(self) -> str:
        return self.title


class CallNote(models.Model):
    """Notes of a call about one organization: read by the trainers and that organization."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    call = models.ForeignKey(SupportCall, on_delete=models.CASCADE, related_name="notes")
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="+")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    text = models.TextField(_("note"), validators=multi_line(_("the note")))
    created_at = models.DateTimeField(auto_now_add=True)

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"note on {self.call_id}"


class Launch(models.Model):
    """The organization's launch: one row per application (the constraint makes Launch
    exactly-once), pointing at the local network it created and its first gathering."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    application = models.OneToOneField(Application, on_delete=models.CASCADE, related_name="launch")
    local_network = models.OneToOneField(Network, on_delete=models.PROTECT, related_name="+")
    first_gathering = models.ForeignKey(
        Gathering, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    invited = models.PositiveIntegerField(default=0)
    launched_at = models.DateTimeField()

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    def __str__(self) -> str:
        return f"launch of {self.application_id}"
