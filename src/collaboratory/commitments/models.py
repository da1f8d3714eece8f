"""Commitments made in the Rotating Credit Club, and the live events that announce them.

A `Commitment` is one firm promise of help towards a presenter's ask (or the presenter in
general). `LiveEvent` is the durable log of what listeners of a gathering were told, so a
client that reconnects with `Last-Event-ID` can be replayed what it missed; `LiveChannel`
hands out each gathering's event numbers in commit order.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, ClassVar

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.template.defaultfilters import floatformat
from django.utils.formats import date_format
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

from collaboratory.capital import CapitalKind
from collaboratory.choicelabels import ChoiceLabels
from collaboratory.commitments import lifecycle
from collaboratory.creditclub.models import Ask, Proposal, ProposalState
from collaboratory.gatherings.models import Gathering
from collaboratory.money import money_text
from collaboratory.networks.models import Network
from collaboratory.validators import multi_line, one_line


class CommitmentStatus(models.TextChoices):
    """The follow-through lifecycle's states, built from `lifecycle` (the pure table of moves
    and the words for each state); one service (followthrough.services) owns the moves.

    offered -> acknowledged (or adjust requested) -> in progress -> done (the committer says
    so) -> kept or partly kept (the recipient confirms, or nobody disputes within the
    network's window); released (withdrawn with a note) and lapsed (overdue past the grace
    period) end it without blame.
    """

    OFFERED = lifecycle.OFFERED, _("Offered")
    ACKNOWLEDGED = lifecycle.ACKNOWLEDGED, _("Acknowledged")
    ADJUST_REQUESTED = lifecycle.ADJUST_REQUESTED, _("Adjustment asked")
    IN_PROGRESS = lifecycle.IN_PROGRESS, _("In progress")
    DONE = lifecycle.DONE, _("Done, awaiting confirmation")
    DISPUTED = lifecycle.DISPUTED, _("Disputed")
    KEPT = lifecycle.KEPT, _("Kept")
    PARTLY_KEPT = lifecycle.PARTLY_KEPT, _("Partly kept")
    RELEASED = lifecycle.RELEASED, _("Released")
    LAPSED = lifecycle.LAPSED, _("Lapsed")


# Commitments go to a presenter: a proposal selected for a gathering, or presented there.
PROPOSAL_STATES = (ProposalState.SELECTED, ProposalState.PRESENTED)


class Unit(models.TextChoices):
    HOURS = "hours", _("hours")
    DOLLARS = "dollars", _("dollars")
    INTRODUCTIONS = "introductions", _("introductions")
    PEOPLE = "people", _("people")
    VENUE_DATE = "venue_date", _("venue date")
    OTHER = "other", _("other")


# How an amount of each unit reads, with the plural form the language needs ("1 introduction",
# "3 introductions"); the unit's own label stays the plural name used in forms.
_AMOUNT_FORMS = {
    Unit.HOURS: lambda n: ngettext("%(n)s hour", "%(n)s hours", n),
    Unit.INTRODUCTIONS: lambda n: ngettext("%(n)s introduction", "%(n)s introductions", n),
    Unit.PEOPLE: lambda n: ngettext("%(n)s person", "%(n)s people", n),
    Unit.VENUE_DATE: lambda n: ngettext("%(n)s venue date", "%(n)s venue dates", n),
    # What the amount counts is in the text ("3 Saturday trainings"); a bare "(3)" beside it
    # read as a slip, so it says it counts units of that text.
    Unit.OTHER: lambda n: ngettext("%(n)s unit", "%(n)s units", n),
}


def amount_text(amount: Decimal | None, unit: str) -> str:
    """ "2 hours", "1 introduction", "2.5 hours", "$12.50": in the reader's language.

    A count (hours, people, introductions...) is a number of things, so it reads without
    trailing zeros ("2.5", "3", "2.25"; "2,5" in Spanish) and the unit takes the plural form
    its count needs (a fraction takes the general form). Money is written as the product
    writes money everywhere (`collaboratory.money.money_text`: "$12.50", "12,50 US$"):
    always with its cents, since "$12.5" reads as a slip and "12.50 dollars" unlike a
    stipend's "$12.50" on the next page."""
    if amount is None:
        return ""
    return _amount_text(amount, unit, get_language())


# Pages of commitments show the same few amounts and due dates again and again; each text
# depends only on its value and the language (formatting one took ~30 us, and My commitments
# shows 25 rows).
@lru_cache(maxsize=4096)
def _amount_text(amount: Decimal, unit: str, language: str | None) -> str:
    if unit == Unit.DOLLARS:
        return money_text(amount, language)
    # As many decimals as the value needs (the field stores two: 2.50 is 2.5), written in
    # the language's style by floatformat (a decimal comma in Spanish).
    exponent = amount.normalize().as_tuple().exponent
    number = floatformat(amount, -exponent if isinstance(exponent, int) and exponent < 0 else 0)
    whole = amount == amount.to_integral_value()
    count = int(amount) if whole else 2
    form = _AMOUNT_FORMS.get(unit)  # type: ignore[call-overload]
    return form(count) % {"n": number} if form else str(number)


@lru_cache(maxsize=4096)
def _day_text(day: date, language: str | None) -> str:
    return date_format(day, "SHORT_DATE_FORMAT")


def day_text(day: date) -> str:
    """A due date as the pages print it ("1 Mar 2026"), in the active language."""
    return _day_text(day, get_language())


class GuardianApproval(models.TextChoices):
    """Where a youth member's money commitment stands with their guardian (safeguards.md):
    it counts (boards, follow-through, figures) only once approved."""

    NOT_NEEDED = "", _("Not needed")
    AWAITING = "awaiting", _("Awaiting the guardian's approval")
    APPROVED = "approved", _("Approved by the guardian")
    DECLINED = "declined", _("Declined by the guardian")


# A commitment in one of these does not count anywhere yet (or ever, once declined).
NOT_COUNTED = (GuardianApproval.AWAITING, GuardianApproval.DECLINED)
# The commitments that count: not hidden, not undone, and not a minor's money that waits for
# (or was declined by) the guardian. Every read that shows or sums commitments filters by it.
COUNTED = Q(hidden_at__isnull=True, undone_at__isnull=True) & ~Q(guardian_approval__in=NOT_COUNTED)


class CommitmentTexts:
    """A commitment's amount, delivered amount and due date as the pages print them, for the
    model and for the plain rows My commitments reads (followthrough.selectors.CommitmentRow)."""

    __slots__ = ()
    if TYPE_CHECKING:
        amount: Decimal | None
        delivered_amount: Decimal | None
        unit: str
        due_on: date

    @property
    def amount_text(self) -> str:
        return amount_text(self.amount, self.unit)

    @property
    def delivered_text(self) -> str:
        return amount_text(self.delivered_amount, self.unit)

    @property
    def due_text(self) -> str:
        """The due date as the pages print it ("1 Mar 2026")."""
        return day_text(self.due_on)


class Commitment(CommitmentTexts, ChoiceLabels, models.Model):
    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    gathering = models.ForeignKey(Gathering, on_delete=models.CASCADE, related_name="+")
    # The presenter's proposal; the ask is empty for a "general" commitment to the presenter.
    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="commitments")
    ask = models.ForeignKey(
        Ask, on_delete=models.SET_NULL, null=True, blank=True, related_name="commitments"
    )
    committer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="commitments_made"
    )
    # The committer themself, or a scribe (steward or facilitator) typing for them.
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    capital = models.CharField(_("kind of capital"), max_length=16, choices=CapitalKind.choices)
    what = models.TextField(_("what exactly"), validators=one_line(_("the commitment")))
    amount = models.DecimalField(
        _("amount"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    unit = models.CharField(_("unit"), max_length=16, choices=Unit.choices, blank=True)
    due_on = models.DateField(_("by when"))
    status = models.CharField(
        max_length=16, choices=CommitmentStatus.choices, default=CommitmentStatus.OFFERED
    )
    status_changed_at = models.DateTimeField(null=True, blank=True)
    # When the recipient confirmed (or the confirmation window closed): insights' time to keep.
    kept_at = models.DateTimeField(null=True, blank=True)
    # What was actually delivered, in the commitment's unit; a partly kept one says how much.
    delivered_amount = models.DecimalField(
        _("amount delivered"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    delivered_note = models.TextField(
        _("what was delivered"),
        blank=True,
        validators=multi_line(_("the note on what was delivered")),
    )
    # A minor's money commitment is stored only with the guardian's approval (safeguards.md).
    guardian_approved = models.BooleanField(default=False)
    # A youth member's money commitment made without that approval waits for the guardian's
    # answer by emailed link (GuardianApprovalLink); until approved it does not count.
    guardian_approval = models.CharField(
        max_length=10, choices=GuardianApproval.choices, blank=True, default=""
    )
    # Offered between gatherings on the asks board (`commitment_offer`), not in the room: its
    # presenter is emailed it on its own (follow-through), and a sweep finds one whose email
    # was lost by this mark.
    on_asks_board = models.BooleanField(default=False)
    # When it began to count (`COUNTED`): when it was made, or, for a youth member's money,
    # when the guardian approved it or the committer kept it at 18 (days or weeks later).
    # Empty while it waits, and for one that never counted. The hourly pass that sends a lost
    # asks-board offer email looks back from here, not from `created_at`.
    counted_at = models.DateTimeField(null=True, blank=True)
    # Client-generated, so a double tap or a retry on bad wifi stores one commitment.
    idempotency_key = models.UUIDField()
    # The guard's verdict when it was saved; a person may insist on a text it found vague.
    firm = models.BooleanField()
    guard_problems = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField()
    hidden_at = models.DateTimeField(null=True, blank=True)
    hidden_reason = models.CharField(
        max_length=300, blank=True, validators=one_line(_("the reason"))
    )
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    undone_at = models.DateTimeField(null=True, blank=True)

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["network", "idempotency_key"], name="commitment_idempotency_key_once"
            ),
        ]
        indexes = [
            models.Index(fields=["network", "gathering", "created_at"]),
            # The asks board counts each ask's commitments (a correlated subquery that also
            # names the network, the scope's filter): with only single-column indexes SQLite
            # took the network's and read every commitment of the network per ask.
            # With the hidden and undone dates and the guardian's answer in the index the count
            # reads the index alone
            # (at 200,000 commitments it had read every row of every ask on the board).
            models.Index(
                fields=["ask", "network", "hidden_at", "undone_at", "guardian_approval"],
                name="commitment_ask_shown",
            ),
            # One person's commitments, made or received (My commitments, the API): the
            # same reason; SQLite otherwise walked the network's index, every commitment.
            models.Index(fields=["committer", "network"], name="commitment_committer_network"),
            models.Index(fields=["proposal", "network"], name="commitment_proposal_network"),
            # Insights' fingerprint reads the latest of each change date from one entry each.
            models.Index(fields=["network", "created_at"], name="commitment_network_created"),
            # The hourly offer email pass reads a few hours' worth by it.
            models.Index(fields=["network", "counted_at"], name="commitment_network_counted"),
            models.Index(
                fields=["network", "status_changed_at"], name="commitment_network_changed"
            ),
            models.Index(fields=["network", "kept_at"], name="commitment_network_kept"),
            models.Index(fields=["network", "hidden_at"], name="commitment_network_hidden"),
            models.Index(fields=["network", "undone_at"], name="commitment_network_undone"),
            # What is still owed by due day (the stewards' Overdue commitments and its count on
            # the network home, the hourly reminders): with the hidden and undone dates and the
            # guardian's answer the count reads the index alone; without it SQLite read every
            # commitment of the network (~140 ms a count at 100,000).
            models.Index(
                fields=[
                    "network",
                    "status",
                    "due_on",
                    "hidden_at",
                    "undone_at",
                    "guardian_approval",
                ],
                name="commitment_network_owed",
            ),
        ]

    def __str__(self) -> str:
        return self.what[:60]

    @property
    def is_shown(self) -> bool:
        """Whether it counts (`COUNTED`): not hidden, not undone, and not a youth's money
        that waits for, or was declined by, the guardian."""
        return (
            self.hidden_at is None
            and self.undone_at is None
            and self.guardian_approval not in NOT_COUNTED
        )

    @property
    def made_after_gathering(self) -> bool:
        """Offered once the gathering was over (on the asks board, or typed in later): the
        commitment still belongs to the gathering where the project was presented, but "made
        at" that gathering would be untrue."""
        return self.created_at > self.gathering.ends_at


class GuardianApprovalLink(models.Model):
    """One guardian's single-use link to approve or decline a youth member's money
    commitment (networks/tokens.py: only the digest is stored). The first answer decides;
    the other guardians' links then find nothing to decide."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    commitment = models.ForeignKey(
        Commitment, on_delete=models.CASCADE, related_name="guardian_links"
    )
    guardian_email = models.EmailField(validators=one_line(_("the guardian's email")))
    token_digest = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField()
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    def __str__(self) -> str:
        return f"guardian link for commitment {self.commitment_id}"


class LiveChannel(models.Model):
    """One row per gathering that has had a live event: the last event number handed out.
    Incrementing it locks the row until commit, so numbers follow commit order."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    gathering = models.OneToOneField(Gathering, on_delete=models.CASCADE, related_name="+")
    last_event_id = models.PositiveBigIntegerField(default=0)

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    def __str__(self) -> str:
        return f"live channel of gathering {self.gathering_id}"


class LiveEvent(models.Model):
    """What one gathering's listeners were told; `event_id` is the SSE id (1, 2, 3, ... per
    gathering, without gaps). Payloads hold no private data."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    gathering = models.ForeignKey(Gathering, on_delete=models.CASCADE, related_name="+")
    event_id = models.PositiveBigIntegerField()
    kind = models.CharField(max_length=40)
    payload = models.JSONField()
    created_at = models.DateTimeField()

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        ordering = ["gathering", "event_id"]
        constraints = [
            models.UniqueConstraint(fields=["gathering", "event_id"], name="live_event_id_once")
        ]

    def __str__(self) -> str:
        return f"{self.kind} #{self.event_id}"


# The practice's presentation length: 5 to 7 minutes (domain.md).
PRESENTATION_MINUTES_MIN = 5
PRESENTATION_MINUTES_MAX = 7


class LiveSettings(models.Model):
    """A network's defaults for the live room (one row, made by the first save)."""

    network = models.OneToOneField(Network, on_delete=models.CASCADE, related_name="+")
    presentation_minutes = models.PositiveSmallIntegerField(
        _("presentation length in minutes"),
        default=PRESENTATION_MINUTES_MAX,
        validators=[
            MinValueValidator(PRESENTATION_MINUTES_MIN),
            MaxValueValidator(PRESENTATION_MINUTES_MAX),
        ],
    )

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    def __str__(self) -> str:
        return f"live settings of {self.network}"


class LiveSession(models.Model):
    """The state of one gathering's Rotating Credit Club, as the facilitator sets it: who is
    presenting (and since when), and for whom the room's commitment window is open. Boards
    and phones follow it through `session.*` live events; the row is the truth they reload."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    gathering = models.OneToOneField(Gathering, on_delete=models.CASCADE, related_name="+")
    current_proposal = models.ForeignKey(
        Proposal, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    started_at = models.DateTimeField(null=True, blank=True)
    stopped_at = models.DateTimeField(null=True, blank=True)
    timer_minutes = models.PositiveSmallIntegerField(
        default=PRESENTATION_MINUTES_MAX,
        validators=[
            MinValueValidator(PRESENTATION_MINUTES_MIN),
            MaxValueValidator(PRESENTATION_MINUTES_MAX),
        ],
    )
    window_proposal = models.ForeignKey(
        Proposal, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    window_opened_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(null=True, blank=True)

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(timer_minutes__gte=PRESENTATION_MINUTES_MIN)
                & models.Q(timer_minutes__lte=PRESENTATION_MINUTES_MAX),
                name="live_session_timer_5_to_7",
            )
        ]

    def __str__(self) -> str:
        return f"live session of gathering {self.gathering_id}"

    @property
    def is_presenting(self) -> bool:
        return self.started_at is not None and self.stopped_at is None


class DigestRole(models.TextChoices):
    PRESENTER = "presenter", _("presenter")
    COMMITTER = "committer", _("committer")


class DigestSent(models.Model):
    """The sent-log of the morning-after digests: one row per person, gathering and role,
    written in the transaction that sends the email, so each goes out exactly once."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    gathering = models.ForeignKey(Gathering, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    role = models.CharField(max_length=10, choices=DigestRole.choices)
    commitments = models.PositiveIntegerField()
    sent_at = models.DateTimeField()

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["gathering", "user", "role"], name="commitment_digest_sent_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.role} digest to {self.user_id} for gathering {self.gathering_id}"
