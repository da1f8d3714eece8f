"""Every write of matching: storing the vectors of offers and asks.

One function per kind of row. Each takes (id, text) pairs, computes only what is missing or
stale (another text or another model) and upserts it; the task after a save, the periodic
sweep and ranking's inline top-up all call these, so a vector is written one way.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from typing import Literal

import numpy as np
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from collaboratory.creditclub.models import Ask
from collaboratory.matching import engine
from collaboratory.matching.models import AskVector, OfferVector, StoredVector, text_hash
from collaboratory.networks.models import Network
from collaboratory.people.models import OfferedAsset

# Rows per encoding run in the sweep: bounded memory, and progress committed as it goes.
SWEEP_BATCH = 256
_UPSERT = ["text_hash", "model_name", "vector", "updated_at"]


def offer_text(offer: OfferedAsset) -> str:
    """What the model reads of an offer: the member's own words."""
    return offer.description


def ask_text(ask: Ask) -> str:
    """What the model reads of an ask: the presenter's own words."""
    return ask.what


Side = Literal["ask", "offer"]

# Vectors of texts encoded lately, by (model, side, text): many members word an offer the
# same way (the demo's do), and the sweep meets the same words batch after batch; an ask and
# an offer of the same words have different vectors. Bounded; a race between threads at worst
# encodes a text twice.
_RECENT: OrderedDict[tuple[str, Side, str], np.ndarray] = OrderedDict()
RECENT_SIZE = 2048


def _encode(encoder: engine.Encoder, side: Side, texts: list[str]) -> np.ndarray:
    """Each distinct text once, and none met lately."""
    new = [t for t in dict.fromkeys(texts) if (encoder.name, side, t) not in _RECENT]
    if new:
        encode = encoder.encode_asks if side == "ask" else encoder.encode_offers
        for text, vector in zip(new, encode(new), strict=True):
            _RECENT[(encoder.name, side, text)] = vector
    out = np.empty((len(texts), engine.DIMENSIONS), dtype=np.float32)
    for i, text in enumerate(texts):
        _RECENT.move_to_end((encoder.name, side, text))
        out[i] = _RECENT[(encoder.name, side, text)]
    while len(_RECENT) > RECENT_SIZE:
        _RECENT.popitem(last=False)
    return out


def _store(
    *,
    model: type[StoredVector],
    key: str,
    side: Side,
    rows: Sequence[tuple[int, str]],
    encoder: engine.Encoder,
    **extra: object,
) -> dict[int, np.ndarray]:
    """The one write of both kinds of vector: encode the rows whose stored vector is
    missing or stale (`key` names the row's own id column) and upsert them."""
    stored = {
        pk: (digest, name)
        for pk, digest, name in model._default_manager.filter(
            **extra, **{f"{key}__in": [pk for pk, _ in rows]}
        ).values_list(key, "text_hash", "model_name")
    }
    todo = [(pk, text) for pk, text in rows if stored.get(pk) != (text_hash(text), encoder.name)]
    if not todo:
        return {}
    vectors = _encode(encoder, side, [text for _, text in todo])
    now = timezone.now()
    model._default_manager.bulk_create(
        [
            model(
                **extra,
                **{key: pk},
                text_hash=text_hash(text),
                model_name=encoder.name,
                vector=engine.vector_to_bytes(vector),
                updated_at=now,
            )
            for (pk, text), vector in zip(todo, vectors, strict=True)
        ],
        update_conflicts=True,
        unique_fields=[key.removesuffix("_id")],
        update_fields=_UPSERT,
    )
    return {pk: vector for (pk, _), vector in zip(todo, vectors, strict=True)}


def offer_vectors_refresh(
    *, offers: Sequence[tuple[int, str]], encoder: engine.Encoder | None = None
) -> dict[int, np.ndarray]:
    """Store the vectors of these (offer id, text) pairs that are missing or stale, and
    return the ones computed ({} without a model: ranking falls back to words)."""
    encoder = encoder or engine.load_encoder()
    if encoder is None or not offers:
        return {}
    return _store(model=OfferVector, key="offer_id", side="offer", rows=offers, encoder=encoder)


def ask_vectors_refresh(
    *,
    network: Network,
    asks: Sequence[tuple[int, str]],
    encoder: engine.Encoder | None = None,
) -> dict[int, np.ndarray]:
    """As `offer_vectors_refresh`, for asks of one network."""
    encoder = encoder or engine.load_encoder()
    if encoder is None or not asks:
        return {}
    with scope(network=network):
        return _store(
            model=AskVector, key="ask_id", side="ask", rows=asks, encoder=encoder, network=network
        )


def _batches(rows: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    return [rows[i : i + SWEEP_BATCH] for i in range(0, len(rows), SWEEP_BATCH)]


def vectors_sweep() -> int:
    """Bring every missing or stale vector up to date (offers of everyone, asks of every
    network); returns how many were written. Nothing to do without a model."""
    encoder = engine.load_encoder()
    if encoder is None:
        return 0
    written = 0
    with scopes_disabled():  # offers belong to people, not networks; asks are grouped below
        offers = list(
            OfferedAsset.objects.order_by("pk").values_list(
                "pk", "description", "matching_vector__text_hash", "matching_vector__model_name"
            )
        )
        asks = list(
            Ask.objects.order_by("network_id", "pk").values_list(
                "network_id",
                "pk",
                "what",
                "matching_vector__text_hash",
                "matching_vector__model_name",
            )
        )
        networks = {n.pk: n for n in Network.objects.filter(pk__in={a[0] for a in asks})}
    stale_offers = [
        (pk, text)
        for pk, text, digest, model in offers
        if (digest, model) != (text_hash(text), encoder.name)
    ]
    for batch in _batches(stale_offers):
        written += len(offer_vectors_refresh(offers=batch, encoder=encoder))
    by_network: dict[int, list[tuple[int, str]]] = {}
    for network_id, pk, text, digest, model in asks:
        if (digest, model) != (text_hash(text), encoder.name):
            by_network.setdefault(network_id, []).append((pk, text))
    for network_id, rows in by_network.items():
        for batch in _batches(rows):
            written += len(
                ask_vectors_refresh(network=networks[network_id], asks=batch, encoder=encoder)
            )
    return written
