"""Gatherings, their parts, and the attendance ledger.

The ledger (one row per person per part attended) is the single source for activity status
(Membership) and for eligibility to propose in the Rotating Credit Club. This app owns it.
"""

from __future__ import annotations

import secrets
from decimal import Decimal
from typing import ClassVar

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop
from django_scopes import ScopedManager

from collaboratory.networks.defaults import Defaults
from collaboratory.networks.models import Network, Organization
from collaboratory.validators import one_line


class GatheringFormat(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    VIRTUAL = "virtual", _("Virtual")


def new_page_version() -> str:
    """A fresh random token for `version` fields. Random rather than a counter so that a key
    built from it never repeats, even after a restored backup or a rolled-back test."""
    return secrets.token_hex(8)


def new_check_in_secret() -> str:
    """The key each day's check-in code is derived from (gatherings.checkin). Never shown."""
    return secrets.token_urlsafe(32)


class Gathering(models.Model):
    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="gatherings")
    title = models.CharField(_("title"), max_length=200, validators=one_line(_("the title")))
    format = models.CharField(_("format"), max_length=10, choices=GatheringFormat.choices)
    host_organization = models.ForeignKey(
        Organization, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    city = models.CharField(
        _("city"), max_length=100, blank=True, validators=one_line(_("the city"))
    )
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    venue = models.CharField(
        _("venue"), max_length=200, blank=True, validators=one_line(_("the venue"))
    )
    address = models.CharField(
        _("address"), max_length=300, blank=True, validators=one_line(_("the address"))
    )
    video_link = models.URLField(
        _("video link"), blank=True, validators=one_line(_("the video link"))
    )
    capacity = models.PositiveIntegerField(_("capacity"), null=True, blank=True)
    rsvp_deadline = models.DateTimeField(_("RSVP deadline"), null=True, blank=True)
    proposal_deadline = models.DateTimeField(_("proposal deadline"), null=True, blank=True)
    youth_take_part = models.BooleanField(_("youth members take part"), default=False)
    stipend_budget = models.DecimalField(
        _("stipend budget"), max_digits=10, decimal_places=2, default=Decimal(0)
    )
    # Sum of approved stipends; raised only by a conditional UPDATE that keeps it <= budget.
    stipend_committed = models.DecimalField(max_digits=10, decimal_places=2, default=Decimal(0))
    # Each gathering day's check-in code is an HMAC of the day under this secret, so a code
    # works on its own day only and none is stored (gatherings.checkin).
    check_in_secret = models.CharField(max_length=64, default=new_check_in_secret, editable=False)
    announced_at = models.DateTimeField(null=True, blank=True)
    # Changes (services.pages_changed) in the same transaction as every write that the
    # gathering's page shows: details, parts, agenda, RSVPs, stipends, substitutions. The
    # page cache is keyed by it, so a cached page is never older than the last write.
    version = models.CharField(max_length=16, default=new_page_version, editable=False)

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        ordering = ["-starts_at"]
        indexes = [models.Index(fields=["network", "starts_at"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")),
                name="gathering_ends_after_start",
            ),
            models.CheckConstraint(
                condition=models.Q(stipend_committed__lte=models.F("stipend_budget")),
                name="gathering_stipends_within_budget",
            ),
            # Released approvals lower the total: never below nothing.
            models.CheckConstraint(
                condition=models.Q(stipend_committed__gte=0),
                name="gathering_stipends_not_negative",
            ),
        ]

    def __str__(self) -> str:
        return self.title


class GatheringPart(models.Model):
    """A part of a gathering: the Thursday reception and dinner, the Friday meeting."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    gathering = models.ForeignKey(Gathering, on_delete=models.CASCADE, related_name="parts")
    title = models.CharField(_("title"), max_length=120, validators=one_line(_("the title")))
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        ordering = ["starts_at"]

    def __str__(self) -> str:
        return f"{self.gathering}: {self.label}"

    @property
    def label(self) -> str:
        """The title as shown: a default part's in the reader's language, a steward's as typed."""
        return PART_DEFAULTS.text(self.title)


class Attendance(models.Model):
    """The attendance ledger: this person was at this part."""

    class Source(models.TextChoices):
        SELF_CHECK_IN = "self", _("Checked in from their phone")
        DOOR_LIST = "door", _("Checked in by a steward")
        HISTORY = "history", _("Imported history")

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    part = models.ForeignKey(GatheringPart, on_delete=models.CASCADE, related_name="attendance")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="attendance"
    )
    recorded_at = models.DateTimeField(auto_now_add=True)
    source = models.CharField(max_length=10, choices=Source.choices)

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["part", "user"], name="attendance_once_per_part")
        ]
        indexes = [models.Index(fields=["network", "user"])]

    def __str__(self) -> str:
        return f"{self.user} at {self.part}"


# --- Gathering details, settings and the RSVP flow -----------------------------------------


RECEPTION_PART = gettext_noop("Welcome reception and dinner")
MEETING_PART = gettext_noop("Meeting")
VIRTUAL_PART = gettext_noop("Virtual gathering")
# Part titles are stored in English as the template gives them and read in the reader's
# language while a steward has not retitled them (networks/defaults.py says why).
PART_DEFAULTS = Defaults(RECEPTION_PART, MEETING_PART, VIRTUAL_PART)


def default_part_template() -> list[dict[str, object]]:
    """The national pattern: Thursday reception and dinner, Friday meeting 8:00-15:00.
    `day` counts from the first day of the gathering."""
    return [
        {"title": RECEPTION_PART, "day": 0, "start": "18:00", "end": "21:00"},
        {"title": MEETING_PART, "day": 1, "start": "08:00", "end": "15:00"},
    ]


class GatheringSettings(models.Model):
    """A network's gathering defaults (one row per network, created on first use)."""

    network = models.OneToOneField(
        Network, on_delete=models.CASCADE, related_name="gathering_settings"
    )
    part_template = models.JSONField(_("parts of an in-person gathering"), default=list)
    default_capacity = models.PositiveIntegerField(_("default capacity"), default=50)
    rsvp_reminder_days = models.PositiveIntegerField(
        _("RSVP reminder, days before the RSVP deadline"), default=14
    )
    gathering_reminder_days = models.PositiveIntegerField(
        _("reminder, days before the gathering"), default=2
    )
    # Changes with every gathering's `version` in this network: the gathering list's cache
    # key (the list shows every gathering's seat count and the viewer's answers).
    version = models.CharField(max_length=16, default=new_page_version, editable=False)

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    def __str__(self) -> str:
        return f"Gathering settings of {self.network}"


class AgendaKind(models.TextChoices):
    MEAL = "meal", _("Meal")
    RITUAL = "ritual", _("Ritual")
    SMALL_GROUPS = "small_groups", _("Small groups")
    CREDIT_CLUB = "credit_club", _("Rotating Credit Club")
    OTHER = "other", _("Other")


# Agenda titles the software writes (the demo's national agenda) and a title that is only its
# kind's name: stored in English and read in the reader's language while untouched, as part
# titles are; a steward's own title reads as typed.
WELCOME_RECEPTION_ITEM = gettext_noop("Welcome reception")
DINNER_ITEM = gettext_noop("Dinner together")
BREAKFAST_ITEM = gettext_noop("Breakfast")
SMALL_GROUPS_ITEM = gettext_noop("Small-group discussions")
CREDIT_CLUB_ITEM = gettext_noop("Rotating Credit Club")
CLOSING_ITEM = gettext_noop("Lunch and closing circle")
AGENDA_DEFAULTS = Defaults(
    WELCOME_RECEPTION_ITEM,
    DINNER_ITEM,
    BREAKFAST_ITEM,
    SMALL_GROUPS_ITEM,
    CREDIT_CLUB_ITEM,
    CLOSING_ITEM,
    gettext_noop("Meal"),
    gettext_noop("Ritual"),
    gettext_noop("Small groups"),
    gettext_noop("Other"),
)


class AgendaItem(models.Model):
    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    gathering = models.ForeignKey(Gathering, on_delete=models.CASCADE, related_name="agenda")
    starts_at = models.DateTimeField(_("time"))
    title = models.CharField(_("title"), max_length=200, validators=one_line(_("the title")))
    kind = models.CharField(_("kind"), max_length=20, choices=AgendaKind.choices)

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        ordering = ["starts_at", "pk"]

    def __str__(self) -> str:
        return self.title

    @property
    def label(self) -> str:
        """The title as shown: a default's in the reader's language, a steward's as typed."""
        return AGENDA_DEFAULTS.text(self.title)

    @property
    def kind_note(self) -> str:
        """The kind's name to show beside the title, or "" when the title already is it
        ("Rotating Credit Club Rotating Credit Club", "Small groups (Small groups)" read as
        slips): the agenda and the seating forms name an item by this one rule."""
        kind = str(self.get_kind_display())
        return "" if " ".join(self.label.split()).casefold() == kind.casefold() else kind


class RsvpStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Coming")
    WAITLISTED = "waitlisted", _("On the waitlist")
    MAYBE = "maybe", _("Maybe")
    DECLINED = "declined", _("Not coming")


class Rsvp(models.Model):
    """A member's answer for one gathering. "Yes" becomes confirmed or waitlisted."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    gathering = models.ForeignKey(Gathering, on_delete=models.CASCADE, related_name="rsvps")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    status = models.CharField(_("status"), max_length=12, choices=RsvpStatus.choices)
    both_parts = models.BooleanField(_("attends both parts in full"), default=False)
    wants_to_present = models.BooleanField(
        _("would like to present in the Rotating Credit Club"), default=False
    )
    dietary_needs = models.CharField(
        _("dietary needs"), max_length=300, blank=True, validators=one_line(_("the dietary needs"))
    )
    access_needs = models.CharField(
        _("access needs"), max_length=300, blank=True, validators=one_line(_("the access needs"))
    )
    answered_at = models.DateTimeField(_("answered"))
    waitlisted_at = models.DateTimeField(null=True, blank=True)
    promoted_at = models.DateTimeField(null=True, blank=True)

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["gathering", "user"], name="rsvp_once_per_gathering")
        ]
        indexes = [models.Index(fields=["gathering", "status"])]

    def __str__(self) -> str:
        return f"{self.user} for {self.gathering}: {self.status}"


class DecisionStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for a steward")
    APPROVED = "approved", _("Approved")
    DENIED = "denied", _("Denied")
    # Substitutions only: a steward withdrew an approved substitute's pass.
    REVOKED = "revoked", _("Withdrawn by a steward")
    # Stipends only: the member no longer holds a seat, so the approval went back to the
    # budget (services/budget.py).
    RELEASED = "released", _("Released: no longer coming")


class StipendRequest(models.Model):
    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    gathering = models.ForeignKey(Gathering, on_delete=models.CASCADE, related_name="stipends")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    reason = models.CharField(_("reason"), max_length=500, validators=one_line(_("the reason")))
    amount = models.DecimalField(_("amount"), max_digits=8, decimal_places=2)
    status = models.CharField(
        max_length=10, choices=DecisionStatus.choices, default=DecisionStatus.PENDING
    )
    requested_at = models.DateTimeField()
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    # When an approval went back to the budget, its member no longer holding a seat.
    released_at = models.DateTimeField(null=True, blank=True)

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        ordering = ["requested_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["gathering", "user"], name="stipend_once_per_gathering"
            ),
            models.CheckConstraint(condition=models.Q(amount__gt=0), name="stipend_positive"),
        ]

    def __str__(self) -> str:
        return f"Stipend for {self.user} at {self.gathering}"


class Substitution(models.Model):
    """A member sends someone in their place. The substitute has no account: the approval
    issues a pass for this one gathering (only a digest of its secret is stored)."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    gathering = models.ForeignKey(Gathering, on_delete=models.CASCADE, related_name="substitutions")
    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    name = models.CharField(
        _("substitute's name"), max_length=150, validators=one_line(_("the substitute's name"))
    )
    email = models.EmailField(
        _("substitute's email"), validators=one_line(_("the substitute's email"))
    )
    reason = models.CharField(_("reason"), max_length=500, validators=one_line(_("the reason")))
    status = models.CharField(
        max_length=10, choices=DecisionStatus.choices, default=DecisionStatus.PENDING
    )
    requested_at = models.DateTimeField()
    decided_at = models.DateTimeField(null=True, blank=True)
    # Kept after a withdrawal, so the pass still opens the page that says it was withdrawn.
    pass_digest = models.CharField(max_length=64, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    checked_in_at = models.DateTimeField(null=True, blank=True)

    class ClosedBy(models.TextChoices):
        """Why a denied request was closed: the member's page and the stewards' list word
        it to fit (read from the ledger, a steward's earlier denial read as the check-in's)."""

        STEWARD = "steward", _("Denied by a steward")
        CHECK_IN = "check_in", _("Closed by the member's check-in")

    # Blank unless denied.
    closed_by = models.CharField(max_length=10, choices=ClosedBy.choices, blank=True)

    class PassNotice(models.TextChoices):
        """What the substitute was last told of the pass and its member's membership
        (`services.substitutes`): set in the transaction that sends the notice, so each is
        sent once however often networks calls its membership hooks."""

        STOPPED = "stopped", _("Told it stopped with its member")
        RESUMED = "resumed", _("Told it works again")

    # Machine-written. Blank: told neither (a steward's withdrawal is not recorded here).
    pass_notice = models.CharField(max_length=10, choices=PassNotice.choices, blank=True)
    # When the link that opens the pass now was issued (the approval, a reinstatement, a
    # steward's "send the pass again"); null on rows approved before it was kept. A kept
    # email given up (`pass_undelivered_at`) counts only if made after it: one that carried
    # an older link is no news about this one.
    pass_link_at = models.DateTimeField(null=True, blank=True)
    # When the mail queue gave up the email carrying the current link (two days of failed
    # tries): the stewards' list and the member's page say so, and a steward can send the
    # pass again (`substitution_pass_resend`), which clears it.
    pass_undelivered_at = models.DateTimeField(null=True, blank=True)
    # SHA-256 digests of the last few links this pass replaced (never the secrets), newest
    # last, at most `PASS_REPLACED_KEPT`: an old link answers "replaced by a newer one"
    # rather than "not found", while a made-up link still finds nothing.
    replaced_digests = models.JSONField(default=list, blank=True)

    PASS_REPLACED_KEPT: ClassVar[int] = 3

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        ordering = ["requested_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["gathering", "member"], name="substitution_once_per_gathering"
            ),
            # One person, one seat: no two passes of a gathering name one address (in any
            # case) while they stand. Approved rather than "standing" (which also reads the
            # member's admission): a pass stopped by its member's removal stands again at a
            # reinstatement, so it keeps its address until a steward withdraws it.
            models.UniqueConstraint(
                Lower("email"),
                "gathering",
                condition=models.Q(status="approved"),
                name="substitution_one_pass_per_email",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} for {self.member} at {self.gathering}"


class CalendarFeed(models.Model):
    """A member's secret calendar URL. Only a SHA-256 digest of the secret is kept."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    digest = models.CharField(max_length=64)
    created_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["network", "user"],
                condition=models.Q(revoked_at__isnull=True),
                name="calendar_feed_one_active",
            )
        ]

    def __str__(self) -> str:
        return f"Calendar of {self.user} in {self.network}"


class NoticeKind(models.TextChoices):
    ANNOUNCEMENT = "announcement", _("Announcement")
    RSVP_REMINDER = "rsvp_reminder", _("RSVP reminder")
    GATHERING_REMINDER = "gathering_reminder", _("Gathering reminder")
    PROMOTED = "promoted", _("Off the waitlist")


class NoticeSent(models.Model):
    """The sent-log: one row per email, so each notice goes out exactly once."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    gathering = models.ForeignKey(Gathering, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=20, choices=NoticeKind.choices)
    sent_at = models.DateTimeField()

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["gathering", "user", "kind"], name="notice_sent_once")
        ]

    def __str__(self) -> str:
        return f"{self.kind} to {self.user}"
