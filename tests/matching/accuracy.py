"""Accuracy of ranking over a labelled set, shared by the tests and `bench/matching.py`.

Every ask is ranked against *all* offers of the set (not only its own), as a member's ask is
ranked against every offer of the network; the right offer's rank gives top-1 and MRR.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from collaboratory.matching import engine
from tests.matching.examples_dev import Example

# (asks, offers) -> scores, shape (len(asks), len(offers)), higher is better.
Scorer = Callable[[Sequence[str], Sequence[str]], np.ndarray]


@dataclass
class Score:
    ranks: list[int] = field(default_factory=list)
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # ask, wanted, got

    @property
    def top1(self) -> float:
        return sum(rank == 1 for rank in self.ranks) / max(1, len(self.ranks))

    @property
    def mrr(self) -> float:
        return sum(1 / rank for rank in self.ranks) / max(1, len(self.ranks))


def evaluate(
    examples: Sequence[Example],
    scorer: Scorer,
    *,
    same_category: bool = False,
    distractors: Sequence[str] = (),
) -> Score:
    """The rank of each ask's own offer among all offers, ties broken as `rank_offers` does.

    With `same_category`, only offers of the ask's help category compete, as when the product
    narrows suggestions by the category a member picked. `distractors` are more offers that
    compete (of no category: they count only without `same_category`).
    """
    asks = [ask for _, ask, _ in examples]
    offers = [offer for _, _, offer in examples] + list(distractors)
    categories = np.array([category for category, _, _ in examples] + [""] * len(distractors))
    matrix = scorer(asks, offers)
    result = Score()
    for i, row in enumerate(matrix):
        if same_category:
            row = np.where(categories == categories[i], row, -np.inf)
        own = row[i]
        rank = 1 + int((row > own).sum()) + int((row[:i] == own).sum())
        result.ranks.append(rank)
        if rank > 1:
            best = int(np.argsort(-row, kind="stable")[0])
            result.misses.append((asks[i], offers[i], offers[best]))
    return result


# One process's scores per (model name, asks, offers): the name says which tuning, kinds,
# answered asks and multilingual model made the vectors, so two encoders of one name give the
# same scores, and several tests reading the development set with the shipped encoder
# encode its 482 texts once (about 5 s each time on a free core).
_SCORES: dict[tuple[str, tuple[str, ...], tuple[str, ...]], np.ndarray] = {}


def embedding_scorer(encoder: engine.Encoder) -> Scorer:
    """The engine's own scores: asks and offers as matching vectors, as they are stored."""

    def score(asks: Sequence[str], offers: Sequence[str]) -> np.ndarray:
        key = (encoder.name, tuple(asks), tuple(offers))
        if key not in _SCORES:
            _SCORES[key] = encoder.encode_asks(asks) @ encoder.encode_offers(offers).T
        return _SCORES[key]

    return score


def sentence_scorer(encoder: engine.Encoder) -> Scorer:
    """The model's plain sentence vectors, as the engine read texts before the kinds: the
    baseline the engine's reading is measured against."""

    def score(asks: Sequence[str], offers: Sequence[str]) -> np.ndarray:
        return encoder.encode(asks) @ encoder.encode(offers).T

    return score


def bm25_scorer(asks: Sequence[str], offers: Sequence[str]) -> np.ndarray:
    return np.stack([engine.bm25_scores(ask, offers) for ask in asks])


def jaccard(a: str, b: str) -> float:
    """Share of content words (as BM25 counts them) that two texts have in common."""
    left, right = set(engine.words(a)), set(engine.words(b))
    return len(left & right) / max(1, len(left | right))


def low_overlap_share(examples: Sequence[Example], below: float = 0.1) -> float:
    """Share of pairs whose ask and offer have a content-word Jaccard under `below`."""
    return sum(jaccard(ask, offer) < below for _, ask, offer in examples) / max(1, len(examples))
