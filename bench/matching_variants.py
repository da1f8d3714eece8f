"""Issue #16, second round: ways of reading asks and offers, each beside the engine in one run.

Top-1 / MRR on the development set (to choose) and the held-out set (measured once per
variant), every ask against every offer of its set (`tests/matching/accuracy.py`):

- segment max-pooling: an offer split into clauses (on ; . line breaks, bullets, "and also",
  ", we also"), each read as an offer; an ask's score is a blend of the whole text's and the
  best segment's (alpha x whole + (1 - alpha) x max);
- prompt ensembles: the centred meaning averaged over several role templates per side, each
  template with its own centre and prototypes;
- gating the kind block by the ask's kind confidence (share x (max probability / 0.5) ** gamma),
  chosen by 5-fold cross-validation on the development asks (20 shuffles);
- pooling over the text's own tokens only (the template read as context, not averaged in);
- the engine plus the model's plain sentence vectors.

Then a stress test of segment pooling (half the development offers followed by another
member's offer, "We also offer this: ...") and the search cost of K vectors per offer.

    .venv/bin/python bench/matching_variants.py
"""

from __future__ import annotations

import math
import re
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.matching.accuracy import Scorer, evaluate
from tests.matching.examples_dev import DEVELOPMENT, Example
from tests.matching.examples_heldout import HELD_OUT

from collaboratory.matching import engine, kinds

ASK_TEMPLATES = ("I need: {}", "We are looking for {}", "Can anyone help with this? {}")
OFFER_TEMPLATES = ("I can offer: {}", "I have {}", "We can provide {}")
SPLIT = re.compile(
    r"\s*(?:[;\n•·]|(?<=[.!?])\s+|\s+-\s+|,?\s+and\s+also\s+"
    r"|,\s+(?:and\s+)?(?:we|i|our|my)\s+(?:also\s+)?)\s*",
    re.IGNORECASE,
)


class Reader:
    """Sentence vectors with a cache, read with any template and either pooling."""

    def __init__(self, encoder: engine.Encoder, *, content_only: bool = False) -> None:
        self.encoder = encoder
        self.content_only = content_only
        self._cache: dict[str, np.ndarray] = {}
        self._references: dict[tuple[str, int], tuple[np.ndarray, np.ndarray]] = {}

    def sentences(self, texts: Sequence[str], template: str) -> np.ndarray:
        full = [template.format(text) for text in texts]
        missing = [text for text in dict.fromkeys(full) if text not in self._cache]
        if missing:
            vectors = (
                self._content_pooled(missing, template)
                if self.content_only
                else self.encoder.encode(missing)
            )
            self._cache.update(zip(missing, vectors, strict=True))
        return np.stack([self._cache[text] for text in full])

    def _content_pooled(self, texts: list[str], template: str) -> np.ndarray:
        """Mean of the token vectors of the text itself: not [CLS], the template or [SEP]."""
        tokenizer, session = self.encoder._tokenizer, self.encoder._session
        skip = len(tokenizer.encode(template.format("").strip()).ids) - 1  # [CLS] + template
        out = []
        for start in range(0, len(texts), engine.BATCH_SIZE):
            batch = tokenizer.encode_batch(texts[start : start + engine.BATCH_SIZE])
            ids = np.array([e.ids for e in batch], dtype=np.int64)
            mask = np.array([e.attention_mask for e in batch], dtype=np.int64)
            feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": 0 * ids}
            hidden = session.run(None, feeds)[0]
            for row, length in enumerate(mask.sum(axis=1)):
                out.append(hidden[row, skip : int(length) - 1].mean(axis=0))
        return engine.normalise(np.stack(out))

    def references(self, template: str, side: int) -> tuple[np.ndarray, np.ndarray]:
        """The side's centre and the kinds' prototypes, as `engine.compute_kind_references`
        makes them, for this template."""
        key = (template, side)
        if key not in self._references:
            groups = [
                self.sentences(kinds.DESCRIPTIONS[category][side], template)
                for category in kinds.CATEGORIES
            ]
            centre = np.concatenate(groups).mean(axis=0)
            prototypes = engine.normalise(
                np.stack([engine.normalise(g - centre).mean(axis=0) for g in groups])
            )
            self._references[key] = (centre, prototypes)
        return self._references[key]

    def parts(
        self, texts: Sequence[str], templates: Sequence[str], side: int
    ) -> tuple[np.ndarray, np.ndarray]:
        """The centred meaning (averaged over templates) and the kind distribution."""
        meanings, cosines = [], []
        for template in templates:
            centre, prototypes = self.references(template, side)
            meaning = engine.normalise(self.sentences(texts, template) - centre)
            meanings.append(meaning)
            cosines.append(meaning @ prototypes.T)
        logits = kinds.CUE_WEIGHT * kinds.cue_counts(list(texts))
        logits = logits + kinds.PROTOTYPE_WEIGHT * np.mean(cosines, axis=0)
        weights = np.exp(logits - logits.max(axis=1, keepdims=True))
        return engine.normalise(np.mean(meanings, axis=0)), weights / weights.sum(1, keepdims=True)

    def vectors(self, texts: Sequence[str], templates: Sequence[str], side: int) -> np.ndarray:
        """Matching vectors as the engine builds them (`engine.matching_vectors`)."""
        meaning, distribution = self.parts(texts, templates, side)
        share = kinds.KIND_SHARE
        blocks = (math.sqrt(1 - share) * meaning, math.sqrt(share) * engine.normalise(distribution))
        return np.concatenate(blocks, axis=1)


def segments(text: str) -> list[str]:
    """The clauses of a text of three words or more; [] when it is one clause."""
    parts = [part.strip(" ,.") for part in SPLIT.split(text) if part and part.strip(" ,.")]
    parts = [part for part in parts if len(part.split()) >= 3]
    return parts if len(parts) > 1 else []


def engine_scorer(reader: Reader, asks_t: Sequence[str], offers_t: Sequence[str]) -> Scorer:
    def score(asks: Sequence[str], offers: Sequence[str]) -> np.ndarray:
        return reader.vectors(asks, asks_t, 0) @ reader.vectors(offers, offers_t, 1).T

    return score


def segment_scorer(reader: Reader, alpha: float) -> Scorer:
    def score(asks: Sequence[str], offers: Sequence[str]) -> np.ndarray:
        ask_vectors = reader.vectors(asks, ASK_TEMPLATES[:1], 0)
        whole = ask_vectors @ reader.vectors(offers, OFFER_TEMPLATES[:1], 1).T
        best = whole.copy()
        for column, text in enumerate(offers):
            if parts := segments(text):
                pieces = ask_vectors @ reader.vectors(parts, OFFER_TEMPLATES[:1], 1).T
                best[:, column] = np.maximum(best[:, column], pieces.max(axis=1))
        return alpha * whole + (1 - alpha) * best

    return score


def plain_mix_scorer(reader: Reader, weight: float) -> Scorer:
    engine_score = engine_scorer(reader, ASK_TEMPLATES[:1], OFFER_TEMPLATES[:1])

    def score(asks: Sequence[str], offers: Sequence[str]) -> np.ndarray:
        plain = reader.sentences(asks, "{}") @ reader.sentences(offers, "{}").T
        return (1 - weight) * engine_score(asks, offers) + weight * plain

    return score


def figures(scorer: Scorer, examples: Sequence[Example]) -> str:
    result = evaluate(examples, scorer)
    return f"{result.top1:.3f} / {result.mrr:.3f}"


def row(name: str, scorer: Scorer, *, held_out: bool = True) -> None:
    dev = figures(scorer, DEVELOPMENT)
    held = figures(scorer, HELD_OUT) if held_out else "(not measured)"
    print(f"{name:<52}{dev:>16}{held:>18}", flush=True)


def gated_ranks(
    reader: Reader, examples: Sequence[Example], share: float, gamma: float
) -> np.ndarray:
    """Ranks with the ask's kind share scaled by its confidence (offers as stored)."""
    asks = [ask for _, ask, _ in examples]
    offers = [offer for _, _, offer in examples]
    ask_meaning, ask_kinds = reader.parts(asks, ASK_TEMPLATES[:1], 0)
    offer_meaning, offer_kinds = reader.parts(offers, OFFER_TEMPLATES[:1], 1)
    meaning = ask_meaning @ offer_meaning.T
    kind = engine.normalise(ask_kinds) @ engine.normalise(offer_kinds).T
    shares = np.clip(share * (ask_kinds.max(axis=1) / 0.5) ** gamma, 0, 0.9)[:, None]
    matrix = (1 - shares) * meaning + shares * kind
    own = np.diag(matrix)
    return 1 + (matrix > own[:, None]).sum(axis=1)


def gating(reader: Reader) -> None:
    grid = [(s, g) for s in (0.06, 0.08, 0.1, 0.12, 0.15, 0.2) for g in (0, 0.5, 1, 1.5, 2, 3)]
    ranks = {p: gated_ranks(reader, DEVELOPMENT, *p) for p in grid}
    rng = np.random.default_rng(0)
    n = len(DEVELOPMENT)

    def objective(r: np.ndarray) -> float:
        return float((r == 1).mean() + (1 / r).mean())

    for label, choices in (("gated (share, gamma)", grid), ("share only", grid[::6])):
        top1, mrr, chosen = [], [], []
        for _ in range(20):
            out = np.empty(n)
            for fold in np.array_split(rng.permutation(n), 5):
                train = np.setdiff1d(np.arange(n), fold)
                pick = max(choices, key=lambda p: objective(ranks[p][train]))
                chosen.append(pick)
                out[fold] = ranks[pick][fold]
            top1.append((out == 1).mean())
            mrr.append((1 / out).mean())
        common = max(set(chosen), key=chosen.count)
        print(
            f"  5-fold CV on development, {label}: top-1 {np.mean(top1):.3f}, MRR "
            f"{np.mean(mrr):.3f} (most chosen {common})"
        )
    best = max(grid, key=lambda p: objective(ranks[p]))
    r = ranks[best]
    print(f"  best on all of development {best}: {(r == 1).mean():.3f} / {(1 / r).mean():.3f}")


def composite(examples: Sequence[Example]) -> list[Example]:
    """Half the offers followed by another member's offer of another kind."""
    rng = np.random.default_rng(3)
    other = rng.permutation(len(examples))
    out = []
    for i, (category, ask, offer) in enumerate(examples):
        j = other[i]
        if i % 2 == 0 and examples[j][0] != category:
            offer = f"{offer} We also offer this: {examples[j][2]}"
        out.append((category, ask, offer))
    return out


def search_cost(encoder: engine.Encoder, n_offers: int = 10_000, repeat: int = 200) -> None:
    """One ask against n offers: one vector per offer (today) beside K per offer, max-pooled."""
    rng = np.random.default_rng(1)
    asks = [ask for _, ask, _ in DEVELOPMENT]
    print(f"\none ask against {n_offers:,} offers, encode + exact top 10, CPU ms of this thread")
    for k in (1, 2, 4):
        matrix = engine.normalise(
            rng.normal(size=(n_offers * k, engine.DIMENSIONS)).astype(np.float32)
        )
        samples = []
        for i in range(repeat):
            started = time.thread_time()
            vector = encoder.encode_asks([asks[i % len(asks)]])[0]
            scores = np.einsum("ij,j->i", matrix, vector).reshape(n_offers, k)
            blended = 0.5 * scores[:, 0] + 0.5 * scores.max(axis=1)
            np.argsort(-blended, kind="stable")[:10]
            samples.append((time.thread_time() - started) * 1000)
        samples.sort()
        print(
            f"  K={k} vectors per offer ({k * engine.DIMENSIONS * 4:,} bytes each offer): "
            f"p50 {samples[len(samples) // 2]:.1f}, p95 {samples[int(0.95 * len(samples))]:.1f}"
        )


def main() -> None:
    encoder = engine.open_encoder(2)
    reader = Reader(encoder)
    one_ask, one_offer = ASK_TEMPLATES[:1], OFFER_TEMPLATES[:1]
    split_dev = sum(bool(segments(offer)) for _, _, offer in DEVELOPMENT)
    split_held = sum(bool(segments(offer)) for _, _, offer in HELD_OUT)
    print(f"model {encoder.name}; offers that split into clauses: ", end="")
    print(f"development {split_dev}/{len(DEVELOPMENT)}, held-out {split_held}/{len(HELD_OUT)}\n")
    print(f"{'variant (top-1 / MRR)':<52}{'development':>16}{'held-out':>18}")
    row("the engine (this run's baseline)", engine_scorer(reader, one_ask, one_offer))
    for alpha in (0.0, 0.3, 0.7):
        row(f"segment max-pooling, alpha {alpha}", segment_scorer(reader, alpha), held_out=False)
    row("segment max-pooling, alpha 0.5 (chosen)", segment_scorer(reader, 0.5))
    row(
        "prompt ensemble, 3 templates per side",
        engine_scorer(reader, ASK_TEMPLATES, OFFER_TEMPLATES),
    )
    for weight in (0.1, 0.3):
        row(f"the engine + {weight} x plain sentence cosine", plain_mix_scorer(reader, weight))
    content = Reader(encoder, content_only=True)
    row("pooling the text's own tokens only", engine_scorer(content, one_ask, one_offer))
    row("  the same + segment max-pooling 0.5", segment_scorer(content, 0.5))
    print("\nkind block gated by the ask's kind confidence")
    gating(reader)
    mixed = composite(DEVELOPMENT)
    count = sum("We also offer this:" in offer for _, _, offer in mixed)
    print(f"\nstress test: development with {count} offers followed by another member's offer")
    print(f"  the engine: {figures(engine_scorer(reader, one_ask, one_offer), mixed)}")
    for alpha in (0.3, 0.5):
        print(
            f"  segment max-pooling, alpha {alpha}: {figures(segment_scorer(reader, alpha), mixed)}"
        )
    search_cost(encoder)


if __name__ == "__main__":
    main()
