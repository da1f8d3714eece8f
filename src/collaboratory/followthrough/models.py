"""Follow-through of commitments: the network's settings, each commitment's history of moves
and updates, reminders (sent-log and snoozes), presenters' project updates and feedback, and
partnerships born in the network.

The status itself lives on `commitments.Commitment`; only `followthrough.services` writes it.
"""

from __future__ import annotations

import uuid
from typing import Any, ClassVar

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_scopes import ScopedManager

from collaboratory.commitments.models import Commitment, CommitmentStatus
from collaboratory.creditclub.models import Proposal
from collaboratory.networks.models import Network, Organization
from collaboratory.people.models import User
from collaboratory.validators import multi_line, one_line

# A reminder's wording is an email's body: a few sentences, not a document.
WORDING_MAX_CHARS = 2000


class FollowthroughSettings(models.Model):
    """A network's follow-through rules; the defaults follow the national network."""

    network = models.OneToOneField(
        Network, on_delete=models.CASCADE, related_name="followthrough_settings"
    )
    confirm_window_days = models.PositiveSmallIntegerField(
        _("days the presenter has to confirm before a done commitment counts as kept"),
        default=14,
        validators=[MinValueValidator(1), MaxValueValidator(365)],
    )
    lapse_grace_days = models.PositiveSmallIntegerField(
        _("days past the due date before an open commitment lapses"),
        default=60,
        validators=[MinValueValidator(0), MaxValueValidator(730)],
    )
    before_due_days = models.CharField(
        _("remind committers this many days before the due date (comma-separated)"),
        max_length=40,
        default="7, 1",
        validators=one_line(_("the days before the due date")),
    )
    overdue_every_days = models.PositiveSmallIntegerField(
        _("when overdue, remind every this many days"),
        default=7,
        validators=[MinValueValidator(1), MaxValueValidator(90)],
    )
    overdue_max = models.PositiveSmallIntegerField(
        _("at most this many overdue reminders"),
        default=3,
        validators=[MaxValueValidator(10)],
    )
    acknowledge_after_days = models.PositiveSmallIntegerField(
        _("remind presenters to acknowledge new commitments after this many days"),
        default=2,
        validators=[MinValueValidator(1), MaxValueValidator(60)],
    )
    presenter_prompt_days = models.CharField(
        _("prompt presenters for an update this many days after presenting (comma-separated)"),
        max_length=40,
        default="30, 90",
        validators=one_line(_("the days after presenting")),
    )
    wording_committer = models.TextField(
        _("reminder to committers (optional; may use {name}, {what}, {due_on}, {presenter})"),
        blank=True,
        max_length=WORDING_MAX_CHARS,
        validators=multi_line(_("the reminder to committers")),
    )
    wording_presenter = models.TextField(
        _("reminder to presenters (optional; may use {name}, {project}, {count})"),
        blank=True,
        max_length=WORDING_MAX_CHARS,
        validators=multi_line(_("the reminder to presenters")),
    )

    def __str__(self) -> str:
        return f"Follow-through settings of {self.network}"


class ActivityKind(models.TextChoices):
    MOVE = "move", _("Status change")
    UPDATE = "update", _("Update")


class CommitmentActivity(models.Model):
    """The story of one commitment: every move (with its note: the presenter's thanks, the
    reason for a release) and every update its committer posts. Append-only."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    commitment = models.ForeignKey(
        Commitment, on_delete=models.CASCADE, related_name="followthrough_activity"
    )
    # None: the automatic follow-up (auto-confirmation, lapsing).
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    kind = models.CharField(max_length=8, choices=ActivityKind.choices)
    from_status = models.CharField(max_length=16, choices=CommitmentStatus.choices, blank=True)
    to_status = models.CharField(max_length=16, choices=CommitmentStatus.choices, blank=True)
    note = models.TextField(blank=True, validators=multi_line(_("the note")))
    link = models.URLField(blank=True, validators=one_line(_("the link")))
    created_at = models.DateTimeField()
    # An update's form key: the same update sent again (a timeout, a double tap) is stored
    # and emailed once (`commitment_update_post`). A move gets a fresh one: every row has a
    # key, so the unique constraint holds for all of them (NULLs never collide).
    idempotency_key = models.UUIDField(default=uuid.uuid4, editable=False)

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["commitment", "created_at"])]
        constraints = [
            models.UniqueConstraint(
                fields=["network", "idempotency_key"], name="commitment_activity_key_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind} on commitment {self.commitment_id}"


class ReminderSent(models.Model):
    """The sent-log: one row per (person, rule key), so each reminder goes out once, however
    often the task runs. Keys: "c:<commitment>:before:7", "p:<proposal>:ack", "m:<activity>"
    (a move's email), "o:<commitment>" (an asks-board offer's email to its presenter), ..."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    key = models.CharField(max_length=80)
    sent_at = models.DateTimeField()

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["network", "user", "key"], name="reminder_sent_once")
        ]

    def __str__(self) -> str:
        return self.key


class ReminderSnooze(models.Model):
    """A member pauses reminders about one commitment until a day."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    commitment = models.ForeignKey(Commitment, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    until = models.DateField()

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["commitment", "user"], name="reminder_snooze_once")
        ]

    def __str__(self) -> str:
        return f"snoozed until {self.until}"


class ProjectUpdate(models.Model):
    """A presenter's news about their project; every committer is emailed once."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="updates")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    text = models.TextField(_("update"), validators=multi_line(_("the update")))
    link = models.URLField(_("link (optional)"), blank=True, validators=one_line(_("the link")))
    created_at = models.DateTimeField()
    # The form's own key: the same update sent again (a timeout, a double tap) is stored and
    # emailed once (`project_update_post`).
    idempotency_key = models.UUIDField(default=uuid.uuid4, editable=False)

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["network", "idempotency_key"], name="project_update_idempotency_key_once"
            )
        ]

    def __str__(self) -> str:
        return self.text[:60]


class PresenterFeedback(models.Model):
    """The presenter's word on the Rotating Credit Club experience, for the stewards."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    proposal = models.OneToOneField(
        Proposal, on_delete=models.CASCADE, related_name="presenter_feedback"
    )
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    helpful = models.PositiveSmallIntegerField(
        _("how helpful was the room (1-5)"),
        validators=[MinValueValidator(1), MaxValueValidator(5)],
    )
    text = models.TextField(
        _("what worked, what did not"), blank=True, validators=multi_line(_("the feedback"))
    )
    updated_at = models.DateTimeField()

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(helpful__gte=1, helpful__lte=5),
                name="presenter_feedback_helpful_1_to_5",
            )
        ]

    def __str__(self) -> str:
        return f"Feedback on {self.proposal_id}"


class Partnership(models.Model):
    """A partnership or project born in the network. Members record it; stewards publish
    it to the network's list (curation)."""

    class Kind(models.TextChoices):
        PARTNERSHIP = "partnership", _("Partnership")
        PROJECT = "project", _("Project")

    class Status(models.TextChoices):
        """Where a joint project stands; the national roll-up counts them by status."""

        # A context of their own: "Active" is also a membership's status, and Spanish
        # writes a partnership's ("alianza") in the feminine.
        ACTIVE = "active", pgettext_lazy("partnership status", "Active")
        PAUSED = "paused", pgettext_lazy("partnership status", "Paused")
        COMPLETED = "completed", pgettext_lazy("partnership status", "Completed")
        ENDED = "ended", pgettext_lazy("partnership status", "Ended")

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=150, validators=one_line(_("the title")))
    story = models.TextField(_("the story"), validators=multi_line(_("the story")))
    links = models.TextField(
        _("links (one per line)"), blank=True, validators=multi_line(_("the links"))
    )
    members: models.ManyToManyField[User, Any] = models.ManyToManyField(
        settings.AUTH_USER_MODEL, related_name="+", blank=True
    )
    organizations: models.ManyToManyField[Organization, Any] = models.ManyToManyField(
        Organization, related_name="+", blank=True
    )
    proposals: models.ManyToManyField[Proposal, Any] = models.ManyToManyField(
        Proposal, related_name="+", blank=True
    )
    commitments: models.ManyToManyField[Commitment, Any] = models.ManyToManyField(
        Commitment, related_name="+", blank=True
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    published_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField()
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.ACTIVE
    )
    status_changed_at = models.DateTimeField(null=True, blank=True)
    # A partnership that spans networks: it lives (and is scoped) in `network`, its home;
    # `partner_network` is a sibling local network under the same national one whose members
    # take part too: set when the first of them accepts an invitation
    # (partnerships.partnership_invitation_answer), never by the invitation alone.
    partner_network = models.ForeignKey(
        Network, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # The form's own key: the same form sent twice records one partnership
    # (`partnership_record`, which refuses a form without one). The demo's rows get fresh ones.
    idempotency_key = models.UUIDField(default=uuid.uuid4, editable=False)

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["network", "status"])]
        constraints = [
            models.UniqueConstraint(
                fields=["network", "idempotency_key"], name="partnership_key_once"
            )
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def link_list(self) -> list[str]:
        return [line.strip() for line in self.links.splitlines() if line.strip()]


class PartnershipMilestone(models.Model):
    """A step a partnership means to reach (a first joint event, a grant), and when it did."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="milestones"
    )
    title = models.CharField(
        _("milestone"), max_length=150, validators=one_line(_("the milestone"))
    )
    due_on = models.DateField(_("aimed for"), null=True, blank=True)
    reached_at = models.DateTimeField(null=True, blank=True)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField()
    # The add form's own key: the same form sent twice (a double tap) adds one milestone
    # (`partnership_milestone_add`, which refuses a form without one). The demo's rows get
    # fresh ones.
    idempotency_key = models.UUIDField(default=uuid.uuid4, editable=False)

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        ordering = ["due_on", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["network", "idempotency_key"], name="partnership_milestone_key_once"
            )
        ]

    def __str__(self) -> str:
        return self.title


class PartnershipPrompt(models.Model):
    """The sent-log of the 6- and 12-month check-ins: one row per partnership and prompt, so
    each goes out exactly once however often the task runs (the constraint backs it)."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="+")
    months = models.PositiveSmallIntegerField()
    sent_at = models.DateTimeField()
    recipients = models.PositiveIntegerField(default=0)

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["partnership", "months"], name="partnership_prompt_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.partnership_id}:{self.months}"


class PartnershipInvitation(models.Model):
    """An address a home steward typed to bring a member of a sibling local network onto a
    partnership. The person is named on it only once they accept (`partnership_invitation_
    answer`); until then, and after a decline or the invitation running out, the steward
    sees the address as they typed it, never whether it belongs to a member. Scoped to the
    partner network: the invited person answers there, and its stewards list it."""

    class Answer(models.TextChoices):
        WAITING = "", _("Waiting")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")

    # The partner network, where the invited person is a member and answers.
    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="invitations"
    )
    home_network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    # As typed, trimmed and lower-cased: the steward's own words, whoever it belongs to.
    email = models.CharField(max_length=254, validators=one_line(_("the email")))
    # The adult admitted member of `network` the address belonged to when invited; None for
    # any other address (no email goes out). Never shown to the home network.
    invitee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, related_name="+"
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField()
    expires_at = models.DateTimeField()
    answer = models.CharField(max_length=10, choices=Answer.choices, blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            # One invitation per address and partnership: a double tap or a retried post
            # sends one email.
            models.UniqueConstraint(
                fields=["partnership", "email"], name="partnership_invitation_once"
            ),
            models.CheckConstraint(
                condition=models.Q(answer__in=["", "accepted", "declined"]),
                name="partnership_invitation_answer_known",
            ),
        ]

    def __str__(self) -> str:
        return f"invitation {self.pk} to partnership {self.partnership_id}"
