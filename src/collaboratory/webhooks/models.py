"""Webhooks of a network and their deliveries (the outbox).

A delivery row is written in the same transaction as the change it reports (the audit
listener), so a rolled-back change sends nothing and a committed one is never lost; the
worker posts it afterwards and keeps the last answer. The secret is stored as it is, not
hashed: it signs every payload, so the server must be able to read it back.
"""

from __future__ import annotations

import secrets
import uuid
from datetime import datetime
from typing import ClassVar

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

from collaboratory.commitments.models import Commitment
from collaboratory.networks.models import Network
from collaboratory.validators import multi_line, one_line
from collaboratory.webhooks import errors


class EventType(models.TextChoices):
    COMMITMENT_MADE = "commitment.made", _("A commitment is made")
    COMMITMENT_MOVED = "commitment.moved", _("A commitment moves (kept, released, lapsed...)")
    COMMITMENT_WITHDRAWN = "commitment.withdrawn", _("A commitment is taken back or hidden")
    PROPOSAL_SELECTED = "proposal.selected", _("A proposal is selected (announced)")
    GATHERING_ANNOUNCED = "gathering.announced", _("A gathering is announced")
    MEMBER_JOINED = "member.joined", _("A member joins")


PING = "ping"  # the test button's event; not something to subscribe to


def new_secret() -> str:
    return "whsec_" + secrets.token_urlsafe(32)


class Webhook(models.Model):
    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    url = models.CharField(_("payload URL"), max_length=500, validators=one_line(_("the URL")))
    events = models.JSONField(_("events"), default=list)
    secret = models.CharField(
        max_length=100, default=new_secret, editable=False, validators=one_line("secret")
    )
    # The secret a rotation replaced, still signing beside the new one until
    # `previous_secret_until` (services.ROTATION_GRACE), so the receiver keeps accepting
    # deliveries while it is given the new one; emptied by the sweep after that.
    previous_secret = models.CharField(
        max_length=100, blank=True, editable=False, validators=one_line("secret")
    )
    previous_secret_until = models.DateTimeField(null=True, blank=True, editable=False)
    active = models.BooleanField(_("active"), default=True)
    # Switched on with rows held from a pause that the worker has not released yet: new
    # events are held too until the backlog is out, so none overtakes it (services).
    catching_up = models.BooleanField(default=False, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.url

    def signing_secrets(self, now: datetime) -> list[str]:
        """The secrets a post at `now` is signed with: the current one, and during a
        rotation's grace window the one it replaced."""
        until = self.previous_secret_until
        if self.previous_secret and until is not None and until > now:
            return [self.secret, self.previous_secret]
        return [self.secret]


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("pending")
    DELIVERED = "delivered", _("delivered")
    FAILED = "failed", _("failed")
    # Still waiting when the hook's URL changed: never sent to the new URL (see services).
    CANCELLED = "cancelled", _("cancelled")


class WebhookDelivery(models.Model):
    webhook = models.ForeignKey(Webhook, on_delete=models.CASCADE, related_name="deliveries")
    # The id the receiver sees (`Collaboratory-Delivery`): the same on every retry, so a
    # receiver can drop a repeat.
    event_id = models.UUIDField(default=uuid.uuid4, editable=False, unique=True)
    event_type = models.CharField(max_length=40, validators=one_line("event type"))
    # The hook's URL when the delivery was queued: it goes there or nowhere, so a steward
    # pointing the hook at another receiver never hands it events meant for the old one.
    url = models.CharField(max_length=500, validators=one_line("URL"))
    payload = models.JSONField()
    status = models.CharField(
        max_length=10, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    # The lease of the attempt under way (the worker's or a steward's "Retry now"): no other
    # attempt is claimed before it ends; a process killed mid-post leaves it to expire.
    sending_until = models.DateTimeField(null=True, blank=True)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    last_status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    # Written by us from the receiver's answer, control characters already replaced.
    last_response = models.TextField(blank=True, validators=multi_line("response"))
    # Why the last attempt failed, as a code and its values (webhooks/errors.py): put into
    # words when shown, in the viewer's language, not the language of whoever ran it.
    last_error_code = models.CharField(max_length=20, blank=True, validators=one_line("error"))
    last_error_params = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    delivered_at = models.DateTimeField(null=True, blank=True)

    objects: ClassVar[ScopedManager] = ScopedManager(network="webhook__network")

    class Meta:
        ordering = ["-pk"]
        indexes = [
            models.Index(fields=["status", "next_attempt_at"], name="webhook_delivery_due"),
        ]

    def __str__(self) -> str:
        return f"{self.event_type} {self.event_id}"

    @property
    def error_text(self) -> str:
        """The last attempt's error in the active language ("" when there is none)."""
        return errors.error_text(self.last_error_code, self.last_error_params)


class WebhookCommitmentMade(models.Model):
    """A hook that was sent `commitment.made` for this commitment. `commitment.withdrawn`
    goes only to such hooks (a receiver never hears of a commitment it did not know, such as
    a minor's money still awaiting the guardian), and deleting the row when it is sent makes
    it once: undone and later hidden is withdrawn one time."""

    webhook = models.ForeignKey(Webhook, on_delete=models.CASCADE, related_name="+")
    commitment = models.ForeignKey(Commitment, on_delete=models.CASCADE, related_name="+")

    objects: ClassVar[ScopedManager] = ScopedManager(network="webhook__network")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["commitment", "webhook"], name="webhook_commitment_made_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.webhook_id} {self.commitment_id}"


class WebhookHeld(models.Model):
    """Something a paused hook chose happened: what it was (the audit action, its target and
    data), kept until the hook is switched on again. Then each object's rows become one
    delivery with the object's state at that moment (`services._held_release`), and the rows
    go, so what happened during a pause is sent once."""

    webhook = models.ForeignKey(Webhook, on_delete=models.CASCADE, related_name="+")
    event_type = models.CharField(max_length=40, validators=one_line("event type"))
    action = models.CharField(max_length=60, validators=one_line("action"))
    target_id = models.CharField(max_length=64, validators=one_line("target"))
    data = models.JSONField(default=dict, blank=True)  # the audit event's, e.g. a move's from/to
    occurred_at = models.DateTimeField()

    objects: ClassVar[ScopedManager] = ScopedManager(network="webhook__network")

    class Meta:
        ordering = ["pk"]

    def __str__(self) -> str:
        return f"{self.webhook_id} {self.action} {self.target_id}"


class WebhookSecretReveal(models.Model):
    """One showing of a hook's secret, asked for by adding the hook, "Reveal secret" or
    "Make a new secret". The session that asked keeps the row's id; the hook's page shows
    the secret if the row was never shown and has not expired (one conditional update, so
    two pages at once show it once), and says why not otherwise."""

    webhook = models.ForeignKey(Webhook, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField()
    expires_at = models.DateTimeField()
    shown_at = models.DateTimeField(null=True, blank=True)

    objects: ClassVar[ScopedManager] = ScopedManager(network="webhook__network")

    class Meta:
        indexes = [models.Index(fields=["expires_at"], name="webhook_reveal_expires")]

    def __str__(self) -> str:
        return f"{self.webhook_id} {self.created_at:%Y-%m-%d %H:%M}"
