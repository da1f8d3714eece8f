"""Proposals to present in the Rotating Credit Club, their asks, and stewards' reviews."""

from __future__ import annotations

from typing import ClassVar

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

from collaboratory.capital import CapitalKind, HelpCategory
from collaboratory.choicelabels import ChoiceLabels
from collaboratory.creditclub import lifecycle
from collaboratory.gatherings.models import Gathering
from collaboratory.networks.models import Network
from collaboratory.validators import multi_line, one_line, within_years


class CreditClubSettings(models.Model):
    """A network's Rotating Credit Club rules; defaults are the national network's."""

    class Eligibility(models.TextChoices):
        ATTENDED_ONE = lifecycle.RULE_ATTENDED_ONE, _("Has attended at least one gathering")
        ANY_MEMBER = lifecycle.RULE_ANY_MEMBER, _("Any member")

    network = models.OneToOneField(
        Network, on_delete=models.CASCADE, related_name="creditclub_settings"
    )
    presenter_slots = models.PositiveSmallIntegerField(
        _("presenters per gathering"), default=3, validators=[MinValueValidator(1)]
    )
    eligibility_rule = models.CharField(
        _("who may propose"),
        max_length=20,
        choices=Eligibility.choices,
        default=Eligibility.ATTENDED_ONE,
    )
    call_closes_days_before = models.PositiveSmallIntegerField(
        _("proposals close this many days before the gathering"),
        default=28,
        validators=[MinValueValidator(1), MaxValueValidator(120)],
    )
    anonymized_review = models.BooleanField(
        _("hide proposers' names from reviewers until the decision"), default=False
    )

    def __str__(self) -> str:
        return f"Credit Club settings of {self.network}"


class ProposalState(models.TextChoices):
    DRAFT = lifecycle.DRAFT, _("Draft")
    SUBMITTED = lifecycle.SUBMITTED, _("Submitted")
    SELECTED = lifecycle.SELECTED, _("Selected")
    WAITLISTED = lifecycle.WAITLISTED, _("Waitlisted")
    DECLINED = lifecycle.DECLINED, _("Declined")
    PRESENTED = lifecycle.PRESENTED, _("Presented")
    WITHDRAWN = lifecycle.WITHDRAWN, _("Withdrawn")


class Phase(models.TextChoices):
    IDEA = "idea", _("Idea")
    PLANNING = "planning", _("Planning")
    LAUNCHED = "launched", _("Launched")
    SCALING = "scaling", _("Scaling")


class Timeframe(models.TextChoices):
    FIXED = "fixed", _("Fixed dates")
    ONGOING = "ongoing", _("Ongoing")


class PowerStage(models.TextChoices):
    """A youth member's Power Project has its own path (domain.md, Youth Collaboratory):
    the idea it is proposed as, shaped with adults at the first gathering, reflected on at
    the second. Empty: not a Power Project."""

    NONE = "", _("Not a Power Project")
    IDEA = "idea", _("Idea")
    SHAPED = "shaped", _("Shaped with adults")
    REFLECTION = "reflection", _("Reflection")


class Proposal(ChoiceLabels, models.Model):
    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    gathering = models.ForeignKey(Gathering, on_delete=models.CASCADE, related_name="proposals")
    proposer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="proposals"
    )
    state = models.CharField(
        max_length=12, choices=ProposalState.choices, default=ProposalState.DRAFT
    )
    staged_decision = models.CharField(
        max_length=12,
        blank=True,
        choices=[(s, ProposalState(s).label) for s in lifecycle.DECISIONS],
        help_text=_("A steward's decision, kept private until decisions are announced."),
    )
    title = models.CharField(
        _("title"), max_length=150, blank=True, validators=one_line(_("the title"))
    )
    what = models.TextField(
        _("what it is"), blank=True, validators=multi_line(_("the description"))
    )
    who_it_serves = models.TextField(
        _("who it serves"), blank=True, validators=multi_line(_("the people it serves"))
    )
    problem = models.TextField(
        _("the problem it solves"), blank=True, validators=multi_line(_("the problem"))
    )
    where = models.CharField(
        _("where it takes place"),
        max_length=200,
        blank=True,
        validators=one_line(_("the place")),
    )
    timeframe = models.CharField(
        _("timeframe"), max_length=10, choices=Timeframe.choices, blank=True
    )
    starts_on = models.DateField(_("starts"), null=True, blank=True, validators=[within_years])
    ends_on = models.DateField(_("ends"), null=True, blank=True, validators=[within_years])
    phase = models.CharField(_("phase"), max_length=10, choices=Phase.choices, blank=True)
    asks_timeline = models.TextField(
        _("how the asks fit the timeline"),
        blank=True,
        validators=multi_line(_("the timeline of the asks")),
    )
    carried_from = models.OneToOneField(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="carried_to"
    )
    run_position = models.PositiveSmallIntegerField(null=True, blank=True)
    # A youth member's proposal is a Power Project (set when it is created): its stage.
    power_stage = models.CharField(
        _("Power Project stage"), max_length=10, choices=PowerStage.choices, blank=True
    )
    power_stage_at = models.DateTimeField(null=True, blank=True)
    slides_url = models.URLField(
        _("slides (link)"), blank=True, validators=one_line(_("the slides link"))
    )
    pack_acknowledged_at = models.DateTimeField(null=True, blank=True)
    # When a presenter who had not acknowledged the pack was reminded (once, a week before).
    pack_reminded_at = models.DateTimeField(null=True, blank=True)
    # When the proposer was reminded that it is still a draft (once, near the deadline).
    draft_reminded_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    announced_at = models.DateTimeField(null=True, blank=True)

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        ordering = ["gathering", "run_position", "submitted_at", "pk"]
        constraints = [
            # One live proposal per member per gathering; withdrawn ones do not count.
            models.UniqueConstraint(
                fields=["gathering", "proposer"],
                condition=~models.Q(state=lifecycle.WITHDRAWN),
                name="proposal_one_per_member_per_gathering",
            ),
        ]
        indexes = [models.Index(fields=["network", "gathering", "state"])]

    def __str__(self) -> str:
        return self.title or f"Proposal #{self.pk}"

    @property
    def is_power_project(self) -> bool:
        return bool(self.power_stage)


class Ask(ChoiceLabels, models.Model):
    """One specific need inside a proposal."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="asks")
    position = models.PositiveSmallIntegerField(default=0)
    category = models.CharField(_("category"), max_length=24, choices=HelpCategory.choices)
    capital = models.CharField(_("kind of capital"), max_length=16, choices=CapitalKind.choices)
    what = models.CharField(_("what exactly"), max_length=300, validators=one_line(_("the ask")))
    quantity = models.CharField(
        _("how much (optional)"), max_length=60, blank=True, validators=one_line(_("the quantity"))
    )
    needed_by = models.DateField(_("needed by (optional)"), null=True, blank=True)

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        ordering = ["proposal", "position", "pk"]

    def __str__(self) -> str:
        return self.what


class Review(models.Model):
    """One steward's scores and private notes on one proposal."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="reviews")
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    past_concept = models.PositiveSmallIntegerField(null=True, blank=True)
    many_ways_to_help = models.PositiveSmallIntegerField(null=True, blank=True)
    asks_fit_room = models.PositiveSmallIntegerField(null=True, blank=True)
    timing = models.PositiveSmallIntegerField(null=True, blank=True)
    note = models.TextField(_("private note"), blank=True, validators=multi_line(_("the note")))
    updated_at = models.DateTimeField(auto_now=True)

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    SCORE_FIELDS = ("past_concept", "many_ways_to_help", "asks_fit_room", "timing")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["proposal", "reviewer"], name="review_once"),
            *[
                models.CheckConstraint(
                    condition=models.Q(**{f"{f}__isnull": True})
                    | models.Q(**{f"{f}__gte": 1, f"{f}__lte": 5}),
                    name=f"review_{f}_1_to_5",
                )
                for f in ("past_concept", "many_ways_to_help", "asks_fit_room", "timing")
            ],
        ]

    def __str__(self) -> str:
        return f"Review of {self.proposal}"


class ProposalInvitation(models.Model):
    """The sent-log of invitations to propose: one per member per gathering, ever."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    gathering = models.ForeignKey(Gathering, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    sent_at = models.DateTimeField()

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["gathering", "user"], name="proposal_invitation_once")
        ]

    def __str__(self) -> str:
        return f"Invitation to propose for {self.gathering}"
