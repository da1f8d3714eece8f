"""Matching's records.

Introductions between members (issue 16): a member asks to be introduced to another with a
short note; between two adults who agreed to be written to, the note goes by email; otherwise
(no consent, or a minor on either side) it waits for the network's stewards, who introduce
them. `IntroductionConsent` is that agreement, one row per member while they agree.

Stored text vectors: one per offered asset and one per ask, so ranking reads numbers instead
of running the language model on every page. A vector is stale when the text it was computed
from (its SHA-256 `text_hash`) or the model that computed it (`model_name`) differs from
today's; stale and missing vectors are recomputed by the background task, the periodic sweep,
or inline at ranking time (capped).
"""

from __future__ import annotations

import hashlib
from typing import ClassVar

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

from collaboratory.creditclub.models import Ask
from collaboratory.networks.models import Network
from collaboratory.people.models import OfferedAsset
from collaboratory.validators import multi_line

NOTE_MAX_CHARS = 1000


class IntroductionConsent(models.Model):
    """ "Members may email me introduction requests": exists only while the member agrees
    (default: no row, so requests go through the stewards). Per network, like the
    membership it belongs to. Minors cannot give it (no private adult-minor channel)."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    granted_at = models.DateTimeField()

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["network", "user"], name="introduction_consent_once")
        ]

    def __str__(self) -> str:
        return f"introduction consent #{self.pk}"


class IntroductionRoute(models.TextChoices):
    EMAIL = "email", _("Emailed to the member")
    STEWARD = "steward", _("Through a steward")


class IntroductionStatus(models.TextChoices):
    SENT = "sent", _("Sent by email")
    PENDING = "pending", _("Waiting for a steward")
    DONE = "done", _("Introduced by a steward")
    DECLINED = "declined", _("Declined by a steward")
    # The member who asked took it back while it waited: the stewards have nothing to do.
    WITHDRAWN = "withdrawn", _("Withdrawn by the member")


class IntroductionRequest(models.Model):
    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    requester = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    target = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    note = models.TextField(
        _("note"), max_length=NOTE_MAX_CHARS, validators=multi_line(_("the note"))
    )
    share_email = models.BooleanField(_("share my email address"), default=False)
    route = models.CharField(max_length=10, choices=IntroductionRoute.choices)
    status = models.CharField(max_length=10, choices=IntroductionStatus.choices)
    created_at = models.DateTimeField()
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # Rendered into the form by the server: a double tap or a resend of the same form finds
    # this row instead of sending the note (and its email) twice.
    idempotency_key = models.UUIDField()

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["network", "requester", "created_at"]),
            models.Index(fields=["network", "status"]),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["network", "idempotency_key"], name="introduction_idempotency_key_once"
            )
        ]

    def __str__(self) -> str:
        return f"introduction request #{self.pk}"


class AskMet(models.Model):
    """The presenter (or a steward) says an ask needs no more help: it leaves the asks board.
    Nothing else records it (an ask's quantity is free text, and one kept commitment rarely
    meets an ask), so the person who asked decides."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    ask = models.OneToOneField("creditclub.Ask", on_delete=models.CASCADE, related_name="+")
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    marked_at = models.DateTimeField()

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    def __str__(self) -> str:
        return f"ask {self.ask_id} met"


def text_hash(text: str) -> str:
    """The digest a vector is kept against: the exact text the model read."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class StoredVector(models.Model):
    """What both kinds of vector keep: the digest of the text read, the model that read it,
    the vector's bytes (engine.vector_to_bytes) and when it was written."""

    text_hash = models.CharField(max_length=64)
    model_name = models.CharField(max_length=100)
    vector = models.BinaryField()
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


class OfferVector(StoredVector):
    """The vector of one offered asset. Offers belong to a person, not a network (a
    profile is shared across the person's networks), so this row is not network-scoped:
    ranking reaches it only through the candidates of one network."""

    offer = models.OneToOneField(
        OfferedAsset, on_delete=models.CASCADE, primary_key=True, related_name="matching_vector"
    )

    def __str__(self) -> str:
        return f"vector of offer {self.offer_id}"


class AskVector(StoredVector):
    """The vector of one ask, in the ask's network."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    ask = models.OneToOneField(
        Ask, on_delete=models.CASCADE, primary_key=True, related_name="matching_vector"
    )

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    def __str__(self) -> str:
        return f"vector of ask {self.ask_id}"
