"""What a local network shares with the national team, chosen by its own stewards."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from collaboratory.networks.models import Network


class SharingLevel(models.TextChoices):
    """Each level adds to the one before. Members' names and contacts never cross: the
    national team reads figures, and at most the partnerships' titles and the stewards'
    own contacts."""

    FIGURES = "figures", _("Figures only")
    PARTNERSHIPS = "partnerships", _("Figures and the titles of published partnerships")
    CONTACTS = "contacts", _("Figures, partnerships' titles and the stewards' names and emails")


SHARING_ORDER = (SharingLevel.FIGURES, SharingLevel.PARTNERSHIPS, SharingLevel.CONTACTS)


class NationalSharing(models.Model):
    """One row per local network that changed the default (no row: figures only)."""

    network = models.OneToOneField(
        Network, on_delete=models.CASCADE, related_name="national_sharing"
    )
    level = models.CharField(
        _("what to share"),
        max_length=16,
        choices=SharingLevel.choices,
        default=SharingLevel.FIGURES,
    )
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    changed_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"{self.network_id}:{self.level}"
