"""The civic tuning's recipe: its settings and the stamp of what it is made from.

Kept apart from `train.py` (which needs torch) so the tests can check, without torch, that
`tuning.npz` was made from today's pairs and settings.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

HERE = Path(__file__).resolve().parent

SETTINGS: dict[str, float | int] = {
    "rank": 8,
    "alpha": 16.0,
    "epochs": 1,
    "learning_rate": 1e-3,
    "batch": 32,
    "scale": 20.0,
    "warmup": 0.1,
    "weight_decay": 0.01,
    "seed": 0,
    "max_tokens": 128,
}


def stamp() -> str:
    """What the file is made from: the pairs and the settings (`tuning.npz` keeps it)."""
    data = (HERE / "pairs.py").read_bytes() + repr(sorted(SETTINGS.items())).encode()
    return hashlib.sha256(data).hexdigest()[:16]
