"""The network's insights settings. The figures themselves are computed, not stored: the
dashboards read the other apps' rows and keep the result in Django's cache (selectors.py)."""

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
