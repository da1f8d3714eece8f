"""The network's insights settings and its released snapshots of the sensitive tables.

Most figures are computed, not stored: the dashboards read the other apps' rows and keep the
result in Django's cache (selectors.py). Counts over ideology and race are the exception: they
are published only from snapshots taken by a periodic task and released under the rule in
snapshots.py, so no filter and no single newcomer can move them."""

from __future__ import annotations

from typing import ClassVar

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

from collaboratory.insights.privacy import DEFAULT_K, MIN_K
from collaboratory.networks.models import Network

MAX_K = 100


class InsightsSettings(models.Model):
    """How small a published count over a sensitive self-description may be (k)."""

    network = models.OneToOneField(
        Network, on_delete=models.CASCADE, related_name="insights_settings"
    )
    min_cell_size = models.PositiveSmallIntegerField(
        _("smallest published group (k)"),
        default=DEFAULT_K,
        validators=[MinValueValidator(MIN_K), MaxValueValidator(MAX_K)],
        help_text=_(
            "Counts of members by ideology or race are shown only when they are 0 or at "
            "least this many. Never below 6."
        ),
    )

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(min_cell_size__gte=MIN_K),
                name="insights_settings_k_at_least_6",
            )
        ]

    def __str__(self) -> str:
        return f"insights settings of {self.network}"


class SensitiveAttribute(models.TextChoices):
    IDEOLOGY = "ideology", _("Political ideology")
    RACE = "race", _("Race and ethnicity")


class SensitiveSnapshot(models.Model):
    """One released table over a sensitive self-description, for one network and attribute.

    Only released snapshots are stored (a candidate that fails the rule is dropped). The table
    is stored as published (already suppressed at ``k``), with the figures that rest on the
    same values (Blau index, bridging against chance), so the dashboards show them "as of"
    ``taken_at`` whatever period is chosen. ``digests`` maps a keyed digest of each person in
    the table to a keyed digest of their value: enough to count who changed by the next
    snapshot, readable by no one (see snapshots.py). No individual value is kept."""

    ADMITTED_ADULTS_CONSENTING = "admitted-adults-consenting"
    POPULATIONS = [
        (
            ADMITTED_ADULTS_CONSENTING,
            _("Admitted adult members who consent to aggregate reporting"),
        )
    ]

    network = models.ForeignKey(
        Network, on_delete=models.CASCADE, related_name="sensitive_snapshots"
    )
    attribute = models.CharField(max_length=10, choices=SensitiveAttribute.choices)
    taken_at = models.DateTimeField()
    population = models.CharField(
        max_length=40, choices=POPULATIONS, default=ADMITTED_ADULTS_CONSENTING
    )
    population_size = models.PositiveIntegerField()
    k = models.PositiveSmallIntegerField()
    # People who entered, left or changed value since the previous released snapshot of this
    # attribute (for the first: everyone in the table).
    changed = models.PositiveIntegerField()
    table = models.JSONField()  # {"labels": [...], "counts": [n or null], "total": n or null}
    blau = models.FloatField(null=True)
    bridging = models.JSONField(null=True)
    digests = models.JSONField(default=dict)
    key_id = models.CharField(max_length=16)

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        ordering = ["network", "attribute", "taken_at", "pk"]
        indexes = [models.Index(fields=["network", "attribute", "taken_at"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(k__gte=MIN_K), name="sensitive_snapshot_k_at_least_6"
            )
        ]

    def __str__(self) -> str:
        return f"{self.attribute} snapshot of {self.network} at {self.taken_at:%Y-%m-%d}"
