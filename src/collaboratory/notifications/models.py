"""The weekly digest's sent-log. The preferences and the digest's outbox live in networks,
beside `mail_send`, which reads and fills them."""

from __future__ import annotations

from typing import ClassVar

from django.conf import settings
from django.db import models
from django_scopes import ScopedManager

from collaboratory.networks.models import Network


class WeeklyDigestSent(models.Model):
    """One weekly digest to one person in one network: the unique constraint makes a retry,
    a second run or a second worker send nothing (the row shares the send's transaction)."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    week = models.DateField(help_text="The Monday, in the network's time zone.")
    sent_at = models.DateTimeField()

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["network", "user", "week"], name="weekly_digest_once_a_week"
            )
        ]

    def __str__(self) -> str:
        return f"weekly digest #{self.pk}"
