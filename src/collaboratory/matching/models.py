"""Stored text vectors: one per offered asset and one per ask, so ranking reads numbers
instead of running the language model on every page.

A vector is stale when the text it was computed from (its SHA-256 `text_hash`) or the model
that computed it (`model_name`) differs from today's; stale and missing vectors are
recomputed by the background task, the periodic sweep, or inline at ranking time (capped).
"""

from __future__ import annotations

import hashlib
from typing import ClassVar

from django.db import models
from django_scopes import ScopedManager

from collaboratory.creditclub.models import Ask
from collaboratory.networks.models import Network
from collaboratory.people.models import OfferedAsset


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
