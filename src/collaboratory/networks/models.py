"""The tenant. A Network is one Civic Collaboratory (national, local or youth); every row a
network owns carries its network and is read through a ScopedManager, which raises
ScopeError when code forgets to enter a network scope (isolation by construction).
"""

from __future__ import annotations

import difflib
import functools
import zoneinfo
from typing import TYPE_CHECKING, ClassVar

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

from collaboratory.networks.defaults import DEFAULT_CRITERIA, NATIONAL_PACKET, default_text
from collaboratory.validators import multi_line, one_line, validate_short_name

if TYPE_CHECKING:
    from collaboratory.people.models import User

# `available_timezones` walks the zone files on every call (about 50 ms); the set is fixed
# while the process runs, and every network's full_clean asks.
# Not a network's zone: "localtime" is whatever the server is set to (moving the site would
# move every gathering's hour) and "Factory" is no zone at all ("-00").
NOT_A_NETWORKS_ZONE = frozenset({"localtime", "Factory"})


@functools.cache
def _time_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones() - NOT_A_NETWORKS_ZONE)


@functools.cache
def time_zone_names() -> tuple[str, ...]:
    """Every valid name, sorted: what a time zone field offers to pick from."""
    return tuple(sorted(_time_zones()))


def close_time_zones(value: str, *, limit: int = 3, cutoff: float = 0.6) -> list[str]:
    """Up to `limit` valid names closest to `value`, the closest first. Case is ignored and
    spaces read as underscores; the last part of a name counts alone too, so a city typed
    for a zone ("Buenos Aires") finds its zone (America/Argentina/Buenos_Aires)."""
    matcher = difflib.SequenceMatcher(b="_".join(value.split()).casefold())
    scored: list[tuple[float, str]] = []
    for name in time_zone_names():
        best = 0.0
        for part in {name.casefold(), name.rsplit("/", 1)[-1].casefold()}:
            matcher.set_seq1(part)
            if matcher.real_quick_ratio() >= cutoff and matcher.quick_ratio() >= cutoff:
                best = max(best, matcher.ratio())
        if best >= cutoff:
            scored.append((-best, name))
    return [name for _score, name in sorted(scored)[:limit]]


def validate_time_zone(value: str) -> None:
    """A valid zone name; a wrong one is answered with the valid names closest to it."""
    if value in _time_zones():
        return
    close = close_time_zones(value)
    if close:
        raise ValidationError(
            _("%(value)s is not a time zone name; close valid names: %(names)s."),
            params={"value": value, "names": ", ".join(close)},
        )
    raise ValidationError(
        _("%(value)s is not a time zone name; use one like America/Chicago."),
        params={"value": value},
    )


class NetworkKind(models.TextChoices):
    NATIONAL = "national", _("National")
    LOCAL = "local", _("Local")
    YOUTH = "youth", _("Youth cohort")


class Network(models.Model):
    """One Collaboratory. Locals and youth cohorts sit under the national network (federation)."""

    # The short-name rule on the field itself: every write that cleans the row meets it.
    # Rows saved before the rule are not rewritten (docs/architecture.md).
    slug = models.SlugField(
        _("short name"), unique=True, max_length=50, validators=[validate_short_name]
    )
    name = models.CharField(_("name"), max_length=150, validators=one_line(_("the name")))
    kind = models.CharField(_("kind"), max_length=10, choices=NetworkKind.choices)
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("parent network"),
    )
    tagline = models.CharField(
        _("tagline"), max_length=300, blank=True, validators=one_line(_("the tagline"))
    )
    time_zone = models.CharField(
        _("time zone"), max_length=64, default="America/New_York", validators=[validate_time_zone]
    )
    # A convener-training cohort's practice network (collaboratory.training): sample data for
    # a mock gathering, never counted in real figures.
    is_practice = models.BooleanField(_("practice network"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(kind="national") | models.Q(parent__isnull=True),
                name="network_national_has_no_parent",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        if self.kind != NetworkKind.NATIONAL and self.parent_id is None:
            raise ValidationError(
                {"parent": _("A local network or youth cohort sits under a national network.")}
            )
        if self.parent is not None and self.parent.kind != NetworkKind.NATIONAL:
            raise ValidationError({"parent": _("The parent must be a national network.")})


class Organization(models.Model):
    """An organization members belong to, as this network knows it."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="organizations")
    name = models.CharField(_("name"), max_length=200, validators=one_line(_("the name")))
    city = models.CharField(
        _("city"), max_length=100, blank=True, validators=one_line(_("the city"))
    )

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["network", "name"], name="organization_unique_name")
        ]

    def __str__(self) -> str:
        return self.name


class Sector(models.Model):
    """A sector from the network's own list (nonprofit, business, government, faith, ...)."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="sectors")
    name = models.CharField(_("name"), max_length=100, validators=one_line(_("the name")))

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["network", "name"], name="sector_unique")]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        """The name as shown: a default sector in the reader's language, a steward's as typed."""
        return default_text(self.name)


class Role(models.TextChoices):
    MEMBER = "member", _("Member")
    YOUTH_MEMBER = "youth_member", _("Youth member")
    STEWARD = "steward", _("Steward")
    HOST = "host", _("Host")
    FACILITATOR = "facilitator", _("Facilitator")


class MembershipStatus(models.TextChoices):
    INVITED = "invited", _("Invited")
    PENDING_CONSENT = "pending_consent", _("Waiting for guardian consent")
    ACTIVE = "active", _("Active")
    CHECK_IN_DUE = "check_in_due", _("Check-in due")
    TO_BE_REMOVED = "to_be_removed", _("To be removed")
    SUSPENDED = "suspended", _("Suspended")
    REMOVED = "removed", _("Removed")
    ALUMNI = "alumni", _("Alumni")


# Statuses whose holder may use the network's pages. Check-in due and to-be-removed members
# still belong until a steward acts.
ADMITTED_STATUSES = frozenset(
    {MembershipStatus.ACTIVE, MembershipStatus.CHECK_IN_DUE, MembershipStatus.TO_BE_REMOVED}
)
# What a steward may set on the roster. "Invited" and "waiting for guardian consent" are the
# invitation's and the guardian's to set: a steward who set them put an adult in a consent
# wait, or parked a suspended student where coming of age admits them.
STEWARD_SET_STATUSES = (
    MembershipStatus.ACTIVE,
    MembershipStatus.CHECK_IN_DUE,
    MembershipStatus.TO_BE_REMOVED,
    MembershipStatus.SUSPENDED,
    MembershipStatus.REMOVED,
    MembershipStatus.ALUMNI,
)
# Memberships that no longer admit their holder; a steward restores one on the roster rather
# than inviting the person again.
FORMER_STATUSES = frozenset(
    {MembershipStatus.SUSPENDED, MembershipStatus.REMOVED, MembershipStatus.ALUMNI}
)


class Membership(models.Model):
    """A person in a network, with one role. Personal and non-transferable."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.MEMBER)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=MembershipStatus.choices,
        default=MembershipStatus.ACTIVE,
    )
    organization = models.ForeignKey(
        Organization,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="memberships",
        verbose_name=_("organization"),
    )
    title = models.CharField(
        _("title"), max_length=150, blank=True, validators=one_line(_("the title"))
    )
    sector = models.ForeignKey(
        Sector, on_delete=models.PROTECT, null=True, blank=True, verbose_name=_("sector")
    )
    joined_at = models.DateTimeField(_("joined"), null=True, blank=True)
    pledges_accepted_at = models.DateTimeField(_("pledges accepted"), null=True, blank=True)
    # A youth member's date of birth, given when they took up their invitation: their 18th
    # birthday on this network's calendar ends the guardian's part (networks/adulthood.py).
    born_on = models.DateField(_("date of birth"), null=True, blank=True)
    # A steward's override: the daily activity evaluation leaves this membership alone.
    status_overridden = models.BooleanField(default=False)
    status_note = models.CharField(
        _("note"), max_length=300, blank=True, validators=one_line(_("the note"))
    )

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["network", "user"], name="membership_unique_person"),
        ]
        indexes = [models.Index(fields=["network", "role", "status"])]

    def __str__(self) -> str:
        return f"{self.user} in {self.network}"

    @property
    def is_admitted(self) -> bool:
        return self.status in ADMITTED_STATUSES

    @property
    def is_steward(self) -> bool:
        return self.role == Role.STEWARD and self.is_admitted

    @property
    def is_student(self) -> bool:
        """A youth cohort's student (at any age: the role stays after 18). A student belongs
        to no organization, so no page offers them an organization or title to change."""
        return self.role == Role.YOUTH_MEMBER


class MembershipSettings(models.Model):
    """The network's membership rules (defaults from the national practice)."""

    network = models.OneToOneField(
        Network, on_delete=models.CASCADE, related_name="membership_settings"
    )
    check_in_after_months = models.PositiveSmallIntegerField(
        _("check in after (months without attending)"), default=12
    )
    remove_after_months = models.PositiveSmallIntegerField(
        _("to be removed after (months without attending)"), default=24
    )
    invitation_valid_days = models.PositiveSmallIntegerField(
        _("invitations valid for (days)"), default=7
    )
    packet_markdown = models.TextField(
        _("new-member packet (Markdown)"),
        default=NATIONAL_PACKET,  # `membership_settings_for` gives each kind its own
        validators=multi_line(_("the packet")),
    )
    criteria = models.TextField(
        _("nomination criteria"), default=DEFAULT_CRITERIA, validators=multi_line(_("the criteria"))
    )

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    def __str__(self) -> str:
        return f"membership settings of {self.network}"


class NominationStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for review")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")


class Nomination(models.Model):
    """A member proposes someone from outside their own organization; a steward decides."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="nominations")
    nominator = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    nominee_name = models.CharField(
        _("nominee's name"), max_length=150, validators=one_line(_("the nominee's name"))
    )
    nominee_email = models.EmailField(
        _("nominee's email"), validators=one_line(_("the nominee's email"))
    )
    organization = models.ForeignKey(
        Organization,
        on_delete=models.SET_NULL,
        null=True,
        related_name="nominations",
        verbose_name=_("organization"),
    )
    sector = models.ForeignKey(
        Sector,
        on_delete=models.SET_NULL,
        null=True,
        related_name="nominations",
        verbose_name=_("sector"),
    )
    region = models.CharField(
        _("region"), max_length=100, blank=True, validators=one_line(_("the region"))
    )
    reasons = models.TextField(_("why this person"), validators=multi_line(_("the reasons")))
    status = models.CharField(
        max_length=10, choices=NominationStatus.choices, default=NominationStatus.PENDING
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_note = models.TextField(_("note"), blank=True, validators=multi_line(_("the note")))
    created_at = models.DateTimeField(auto_now_add=True)

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        ordering = ["created_at"]
        indexes = [models.Index(fields=["network", "status"])]

    def __str__(self) -> str:
        return f"nomination of {self.nominee_name}"


class Invitation(models.Model):
    """A single-use invitation. Only the SHA-256 digest of the token is stored; the token
    itself exists in the email and nowhere else."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField(_("email"), validators=one_line(_("the email")))
    full_name = models.CharField(_("name"), max_length=150, validators=one_line(_("the name")))
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.MEMBER)
    organization = models.ForeignKey(
        Organization,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="invitations",
    )
    sector = models.ForeignKey(
        Sector, on_delete=models.SET_NULL, null=True, blank=True, related_name="invitations"
    )
    nomination = models.ForeignKey(
        Nomination, on_delete=models.SET_NULL, null=True, blank=True, related_name="invitations"
    )
    # The job title the membership gets on acceptance (a roster import carries it over).
    title = models.CharField(
        _("title"), max_length=150, blank=True, validators=one_line(_("the title"))
    )
    guardian_email = models.EmailField(
        _("guardian's email"), blank=True, validators=one_line(_("the guardian's email"))
    )
    # A roster import's city and region: given to the account the invitation makes, never
    # written over an existing account's own (a person's profile is theirs).
    city = models.CharField(
        _("city"), max_length=100, blank=True, validators=one_line(_("the city"))
    )
    region = models.CharField(
        _("region"), max_length=100, blank=True, validators=one_line(_("the region"))
    )
    token_digest = models.CharField(max_length=64, unique=True)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    redeemed_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"invitation for {self.full_name}"

    @property
    def state(self) -> str:
        if self.redeemed_at:
            return "accepted"
        if self.revoked_at:
            return "revoked"
        if self.expires_at <= timezone.now():
            return "expired"
        return "pending"


class CheckInAnswer(models.TextChoices):
    OPEN = "", _("No answer yet")
    STAY = "stay", _("Wishes to stay")
    LEAVE = "leave", _("Wishes to leave")


class CheckIn(models.Model):
    """The steward's check-in after 12 months without attending: the email went out once
    (the unique open check-in is the sent-log) and the member's answer is recorded."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="check_ins")
    sent_at = models.DateTimeField(auto_now_add=True)
    answer = models.CharField(max_length=5, choices=CheckInAnswer.choices, blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        ordering = ["-sent_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["membership"], condition=models.Q(answer=""), name="one_open_check_in"
            )
        ]

    def __str__(self) -> str:
        return f"check-in #{self.pk}"


class OrganizationChange(models.Model):
    """History of a member's organization and title in a network ("I changed organizations")."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    membership = models.ForeignKey(
        Membership, on_delete=models.CASCADE, related_name="organization_changes"
    )
    previous_organization = models.CharField(
        max_length=200, blank=True, validators=one_line(_("the previous organization"))
    )
    previous_title = models.CharField(
        max_length=150, blank=True, validators=one_line(_("the previous title"))
    )
    organization = models.CharField(max_length=200, validators=one_line(_("the organization")))
    title = models.CharField(max_length=150, blank=True, validators=one_line(_("the title")))
    changed_at = models.DateTimeField(auto_now_add=True)

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        ordering = ["-changed_at", "-pk"]

    def __str__(self) -> str:
        return f"organization change #{self.pk}"


class MailKind(models.TextChoices):
    """The kinds of email a person may turn off or collect in the weekly digest. Mail with
    no kind is essential (invitations, guardian consent, login codes, answers to something
    the person did, introductions they were asked for, stewards' copies) and always goes.
    They live here, beside `mail_send`, which reads the preferences before every send."""

    REMINDERS = "reminders", _("Reminders")
    DIGESTS = "digests", _("Digests")
    UPDATES = "updates", _("Project updates")
    GATHERING_NOTICES = "gathering_notices", _("Gathering notices")


class Delivery(models.TextChoices):
    ON = "on", _("By email")
    DIGEST = "digest", _("In the weekly digest")
    OFF = "off", _("Off")


class NotificationPreference(models.Model):
    """One person's choice for one kind of email, across all their networks (an unsubscribe
    link then means what it says everywhere). No row: "on"."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_preferences"
    )
    kind = models.CharField(max_length=24, choices=MailKind.choices)
    delivery = models.CharField(max_length=8, choices=Delivery.choices, default=Delivery.ON)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "kind"], name="notification_pref_once"),
        ]

    def __str__(self) -> str:
        return f"{self.kind}: {self.delivery}"


class DigestItem(models.Model):
    """An email a person chose to read in the weekly digest instead: its subject, a short
    excerpt (none when the message carried someone's typed words) and its link, as the
    person's own message would have read (a minor's address already withheld)."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=24, choices=MailKind.choices)
    # Machine-written from a message we composed (tests/web/test_plain_text.py lists them).
    subject = models.CharField(max_length=300)
    excerpt = models.TextField(blank=True)
    link = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    # Machine-written: what its sender says it is news about ("<prefix>:<id>", as
    # `MailRetry.news`); the weekly digest asks that sender's own check again before it
    # carries it, so news of a thing withdrawn since is not told.
    news = models.CharField(max_length=100, blank=True)
    # The other people its subject or excerpt names (a `DigestItemAbout` row each): when
    # one of them deletes their account, the item goes (`digest_items_forget`).
    about: models.ManyToManyField[User, DigestItemAbout] = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="DigestItemAbout", related_name="+", blank=True
    )

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["network", "user"], name="digest_item_user")]

    def __str__(self) -> str:
        return f"digest item #{self.pk}"


class DigestItemAbout(models.Model):
    """One other person a queued `DigestItem` names (a committer's reminder names the
    presenter): when they delete their account, the items naming them go
    (`digest_items_forget`, one indexed lookup by `user`)."""

    item = models.ForeignKey(DigestItem, on_delete=models.CASCADE, related_name="+")
    # The account deletion hook drops the item before the account goes; the cascade only
    # keeps a row from outliving an account removed some other way.
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["item", "user"], name="digest_item_about_once"),
        ]

    def __str__(self) -> str:
        return f"digest item #{self.item_id} names #{self.user_id}"


class MailRetry(models.Model):
    """One email the mail server did not take (refused, down, timed out), kept as it was
    planned to go: the final envelope, a minor's address already withheld and a stewards'
    copy already its own message, so nothing is re-planned when it is handed over again.
    `networks.tasks.mail_retries_send` retries it with a growing wait and deletes it once
    sent or given up: it holds someone's words and address, so nothing keeps it longer."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    # Machine-written: copied from a message we composed (tests/web/test_plain_text.py).
    to = models.CharField(max_length=320)
    subject = models.TextField()
    body = models.TextField()
    html = models.TextField(blank=True)
    headers = models.JSONField(default=dict, blank=True)  # List-Unsubscribe and its -Post
    attempts = models.PositiveIntegerField(default=1)
    next_attempt_at = models.DateTimeField()
    # The kind of failure (an exception's name, an SMTP code): never an address.
    last_error = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    # A stewards' copy (free text across the age line), and the send it witnesses while
    # none of that send's copies has been taken: its other messages wait for one (a
    # steward_copy=False row with a group is not handed over until a copy of the group is).
    steward_copy = models.BooleanField(default=False)
    witness_group = models.UUIDField(null=True, blank=True)
    # Its `MailKind` when non-essential (blank: essential, or a stewards' copy): the retry
    # reads the recipient's choice again, as they may have turned that kind off since.
    kind = models.CharField(max_length=32, choices=MailKind.choices, blank=True)
    # Machine-written: what its single-use link is for ("guardian-consent:<user id>"). A
    # newer message of the same topic in the network replaces it: a dead link never goes.
    topic = models.CharField(max_length=100, blank=True)
    # What a non-essential message points to (`mail_send`'s link): a row moved to the weekly
    # digest of someone who chose it since keeps its subject and this link there.
    link = models.CharField(max_length=500, blank=True)
    # Machine-written: what a sender with its own sent-log says it is news about
    # ("<prefix>:<id>"); the retry asks that sender's own check whether it still is.
    news = models.CharField(max_length=100, blank=True)

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        ordering = ["pk"]
        indexes = [
            models.Index(fields=["network", "next_attempt_at"], name="mail_retry_due"),
        ]

    def __str__(self) -> str:
        return f"mail retry #{self.pk}"
