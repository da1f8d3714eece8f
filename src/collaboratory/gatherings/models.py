"""Gatherings, their parts, and the attendance ledger.

The ledger (one row per person per part attended) is the single source for activity status
(Membership) and for eligibility to propose in the Rotating Credit Club. This app owns it.
"""

from __future__ import annotations

from typing import ClassVar

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

from collaboratory.networks.models import Network, Organization


class GatheringFormat(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    VIRTUAL = "virtual", _("Virtual")


class Gathering(models.Model):
    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="gatherings")
    title = models.CharField(_("title"), max_length=200)
    format = models.CharField(_("format"), max_length=10, choices=GatheringFormat.choices)
    host_organization = models.ForeignKey(
        Organization, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    city = models.CharField(_("city"), max_length=100, blank=True)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        ordering = ["-starts_at"]
        indexes = [models.Index(fields=["network", "starts_at"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")),
                name="gathering_ends_after_start",
            )
        ]

    def __str__(self) -> str:
        return self.title


class GatheringPart(models.Model):
    """A part of a gathering: the Thursday reception and dinner, the Friday meeting."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    gathering = models.ForeignKey(Gathering, on_delete=models.CASCADE, related_name="parts")
    title = models.CharField(_("title"), max_length=120)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        ordering = ["starts_at"]

    def __str__(self) -> str:
        return f"{self.gathering}: {self.title}"


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
