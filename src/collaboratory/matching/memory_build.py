"""Write ``memory.npz``: the training pairs' matching vectors that offers are read beside
(:mod:`collaboratory.matching.memory`), computed once with today's model, tuning and kinds.

    python -m collaboratory.matching.memory_build

A developer's tool, run from a checkout (the pairs live in ``scripts/matching_tuning``, not
in the installed package), after `kinds_build` whenever the tuning, `kinds` or the pairs
change: a test fails until then. About a minute on two cores. Nothing here imports Django.
"""

from __future__ import annotations

import hashlib
import runpy
from pathlib import Path

from collaboratory.matching import engine, memory

PAIRS_DIR = Path(__file__).resolve().parents[3] / "scripts" / "matching_tuning"
#: Every file of training pairs, each a module with ``PAIRS: [(category, ask, offer)]``.
PAIR_FILES = ("pairs.py", "memory_pairs.py")


def pairs_digest(directory: Path = PAIRS_DIR) -> str:
    """What the memory is made from: the pair files' bytes."""
    data = b"".join((directory / name).read_bytes() for name in PAIR_FILES)
    return hashlib.sha256(data).hexdigest()[:16]


def training_pairs(directory: Path = PAIRS_DIR) -> list[tuple[str, str, str]]:
    pairs: list[tuple[str, str, str]] = []
    for name in PAIR_FILES:
        pairs.extend(runpy.run_path(str(directory / name))["PAIRS"])
    return pairs


def main() -> None:
    encoder = engine.open_encoder(threads=2, memory_file=None)
    pairs = training_pairs()
    asks = encoder.english_asks([ask for _, ask, _ in pairs])
    offers = encoder.english_offers_alone([offer for _, _, offer in pairs])
    memory.save(memory.MEMORY_FILE, offers, asks, encoder.references_digest, pairs_digest())
    print(f"wrote {memory.MEMORY_FILE}: {len(pairs)} pairs, references {encoder.references_digest}")


if __name__ == "__main__":
    main()
