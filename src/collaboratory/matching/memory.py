"""Answered asks: an offer is read beside the asks that offers like it have met.

The model places an ask and an offer by what each is about, and an ask and the offer that
meets it are about different things ("a place to cook for 200" / "our parish kitchen has two
commercial ovens"). The civic tuning taught it part of that relation; this module adds the
rest at encoding time, from the same training pairs (`scripts/matching_tuning/pairs.py` and
`memory_pairs.py`, never the labelled sets): an offer's matching vector is moved towards the
asks that the training offers nearest to it answer, so the kitchen offer is read also as "we
need somewhere to cook a big meal". It is document expansion by neighbours: nothing is
learnt, search stays one dot product, and only offers change (asks are encoded as before, so
one ask's search costs what it did). Since the tuning learns all the pairs too, the neighbours
are offers the model was trained on.

`memory.npz` keeps the pairs' matching vectors (offers as keys, their asks as values) as
int8 (unit vectors times 127) and what they were computed with; `memory_build` writes it.
Nothing here imports Django.
"""

from __future__ import annotations

import hashlib
import logging
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import numpy as np

log = logging.getLogger(__name__)

MEMORY_FILE: Final = Path(__file__).with_name("memory.npz")
#: Training offers an offer is read beside, and how sharply the nearest dominate (a softmax
#: of the cosines at this temperature), and how far the offer moves towards their asks (the
#: mean direction of those asks, at this weight, before the vector is scaled back to length
#: 1). Chosen on the development set only (docs/architecture.md, "Answered asks").
NEIGHBOURS: Final = 20
TEMPERATURE: Final = 0.05
WEIGHT: Final = 0.4
#: What np.load raises for a missing, truncated or foreign file, or one without our arrays.
_UNREADABLE = (OSError, KeyError, ValueError, EOFError, zipfile.BadZipFile)
#: Offers expanded at once: the cosines of a chunk against every key fit in a few MB.
_CHUNK: Final = 512


@dataclass(frozen=True)
class Memory:
    """Training offers (keys) and the asks they answer (values), matching vectors, float32."""

    keys: np.ndarray
    values: np.ndarray
    references: str  # the engine's references digest the vectors were computed for
    pairs: str  # the digest of the training pairs

    def expand(self, offers: np.ndarray) -> np.ndarray:
        """Offers' matching vectors, each moved towards the asks its nearest training offers
        answer; unit length, float32, same shape."""
        out = np.empty_like(offers, dtype=np.float32)
        k = min(NEIGHBOURS, len(self.keys))
        for start in range(0, len(offers), _CHUNK):
            chunk = offers[start : start + _CHUNK].astype(np.float32)
            cosines = chunk @ self.keys.T
            nearest = np.argpartition(-cosines, k - 1, axis=1)[:, :k]
            near = np.take_along_axis(cosines, nearest, axis=1)
            weights = np.exp((near - near.max(axis=1, keepdims=True)) / TEMPERATURE)
            weights /= weights.sum(axis=1, keepdims=True)
            answered = np.einsum("nk,nkd->nd", weights, self.values[nearest])
            moved = chunk + WEIGHT * normalise(answered)
            out[start : start + _CHUNK] = normalise(moved)
        return out


def normalise(vectors: np.ndarray) -> np.ndarray:
    """Rows scaled to length 1 (the engine's too: it imports this one)."""
    norms = np.linalg.norm(vectors, axis=-1, keepdims=True)
    return (vectors / np.clip(norms, 1e-12, None)).astype(np.float32)


def to_int8(vectors: np.ndarray) -> np.ndarray:
    """Unit vectors as stored: each value times 127, rounded (a cosine moves by under 0.01)."""
    return np.clip(np.rint(vectors * 127), -127, 127).astype(np.int8)


def save(path: Path, keys: np.ndarray, values: np.ndarray, references: str, pairs: str) -> None:
    np.savez_compressed(
        path,
        keys=to_int8(keys),
        values=to_int8(values),
        references=np.array(references),
        pairs=np.array(pairs),
    )


def digest(path: Path = MEMORY_FILE) -> str:
    """The file's own digest, part of the model name stored beside every vector."""
    return hashlib.sha256(path.read_bytes()).hexdigest()[:8]


def shipped_digest(references: str, path: Path = MEMORY_FILE) -> str | None:
    """The shipped memory's digest if it was built for ``references``, else None (offers
    are then read without it, and the model name says so)."""
    try:
        with np.load(path, allow_pickle=False) as data:
            built_for = str(data["references"])
    except _UNREADABLE:
        return None
    return digest(path) if built_for == references else None


def load(path: Path = MEMORY_FILE, *, references: str, dimensions: int) -> Memory | None:
    """The memory in ``path`` if it was computed for ``references`` (today's kinds and
    tuning), else None with a logged warning: offers are then read without it (as before
    it existed), never beside vectors of another model."""
    try:
        with np.load(path, allow_pickle=False) as data:
            keys = data["keys"].astype(np.float32) / 127
            values = data["values"].astype(np.float32) / 127
            stored_references, pairs = str(data["references"]), str(data["pairs"])
    except _UNREADABLE as error:
        log.warning("Answered asks unavailable (%s): offers are read without them", error)
        return None
    if stored_references != references:
        log.warning(
            "memory.npz is stale: run python -m collaboratory.matching.memory_build; "
            "offers are read without it"
        )
        return None
    if keys.shape != values.shape or keys.ndim != 2 or keys.shape[1] != dimensions:
        log.warning("memory.npz has unexpected shapes %s, %s", keys.shape, values.shape)
        return None
    # Stored from unit vectors: rounding leaves lengths within 1% of 1, so they are not
    # scaled again (that took a third of the load time).
    return Memory(keys, values, stored_references, pairs)
