"""Seating plans: who sits at which table in each round of a gathering's dinner or small
groups. Every generated plan is kept (a new version per generation); the seats of published
plans are the seating history the next plan learns from (who already met whom)."""

from __future__ import annotations

from typing import ClassVar

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

from collaboratory.gatherings.models import AgendaItem, Gathering, Substitution
from collaboratory.networks.models import Network
from collaboratory.validators import one_line


class PlanStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")
    # A published plan replaced by a later published version of the same session.
    SUPERSEDED = "superseded", _("Replaced")


class PlanSource(models.TextChoices):
    GENERATED = "generated", _("Generated")
    REFRESHED = "refreshed", _("Refreshed from the RSVPs")


class SeatingPlan(models.Model):
    """One version of the seating of a session: an agenda item (a meal, the small groups) or,
    when `agenda_item` is empty, the gathering as a whole. The figures are the plan's cost as
    last computed (after generation and after each move)."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    gathering = models.ForeignKey(Gathering, on_delete=models.CASCADE, related_name="+")
    agenda_item = models.ForeignKey(
        AgendaItem, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    version = models.PositiveIntegerField()
    status = models.CharField(max_length=12, choices=PlanStatus.choices, default=PlanStatus.DRAFT)
    source = models.CharField(max_length=12, choices=PlanSource.choices)
    rounds = models.PositiveSmallIntegerField(_("rounds"))
    table_sizes = models.JSONField(_("table sizes"), default=list)
    repeats = models.PositiveIntegerField(default=0)
    violations = models.PositiveIntegerField(default=0)
    diversity = models.FloatField(default=0)
    new_ties = models.PositiveIntegerField(default=0)
    lower_bound = models.FloatField(null=True, blank=True)
    gap = models.FloatField(null=True, blank=True)
    seconds = models.FloatField(default=0)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField()
    published_at = models.DateTimeField(null=True, blank=True)
    # The plan a refresh or re-plan was made from: one version per source plan, so a
    # replayed POST cannot make a second one (unique).
    made_from = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # The Generate form's one-time token: a replayed form makes no second plan (unique).
    form_token = models.UUIDField(null=True, blank=True)

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["gathering", "agenda_item", "version"], name="seating_plan_version_once"
            ),
            models.UniqueConstraint(fields=["made_from"], name="seating_plan_made_once_from"),
            models.UniqueConstraint(fields=["form_token"], name="seating_plan_form_token_once"),
            models.CheckConstraint(condition=models.Q(rounds__gte=1), name="seating_plan_rounds"),
        ]
        indexes = [models.Index(fields=["network", "status"])]

    def __str__(self) -> str:
        return f"seating plan #{self.pk} v{self.version}"

    @property
    def session_label(self) -> str:
        return self.agenda_item.label if self.agenda_item else str(_("The whole gathering"))

    @property
    def is_draft(self) -> bool:
        return self.status == PlanStatus.DRAFT


class Seat(models.Model):
    """One person at one table in one round of a plan (rounds and tables count from 0): a
    person with an account, or an approved substitute (who has none), never both."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    plan = models.ForeignKey(SeatingPlan, on_delete=models.CASCADE, related_name="seats")
    round = models.PositiveSmallIntegerField()
    table = models.PositiveSmallIntegerField()
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, related_name="+"
    )
    substitution = models.ForeignKey(
        Substitution, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        ordering = ["round", "table", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "round", "user"], name="seat_once_per_round"),
            models.UniqueConstraint(
                fields=["plan", "round", "substitution"], name="substitute_seat_once_per_round"
            ),
            models.CheckConstraint(
                condition=models.Q(user__isnull=False, substitution__isnull=True)
                | models.Q(user__isnull=True, substitution__isnull=False),
                name="seat_person_or_substitute",
            ),
        ]
        indexes = [models.Index(fields=["network", "user"])]

    def __str__(self) -> str:
        return f"seat r{self.round} t{self.table}"


class LockedTable(models.Model):
    """A table a steward fixed: moves in and out are refused and re-planning keeps it."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    plan = models.ForeignKey(SeatingPlan, on_delete=models.CASCADE, related_name="locks")
    round = models.PositiveSmallIntegerField()
    table = models.PositiveSmallIntegerField()

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["plan", "round", "table"], name="table_locked_once")
        ]

    def __str__(self) -> str:
        return f"lock r{self.round} t{self.table}"


class PairKind(models.TextChoices):
    APART = "apart", _("Keep apart")
    TOGETHER = "together", _("Keep together")


class SeatingPair(models.Model):
    """A steward's hard rule for two people in a network: never at one table, or always at
    the same one. The reason is for stewards only. Stored once per pair (`first` has the
    smaller id), so a pair cannot be both apart and together."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(_("rule"), max_length=10, choices=PairKind.choices)
    first = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    second = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    reason = models.CharField(
        _("reason (stewards only)"),
        max_length=300,
        blank=True,
        validators=one_line(_("the reason")),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField()

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["network", "first", "second"], name="seating_pair_once"
            ),
            models.CheckConstraint(
                condition=models.Q(first__lt=models.F("second")), name="seating_pair_ordered"
            ),
        ]

    def __str__(self) -> str:
        return f"seating pair #{self.pk}"
