"""The civic tuning: low-rank changes to all-MiniLM-L6-v2's weights for asks and offers.

The model was trained on the web's sentence pairs, where "similar" means "about the same
thing". Here an ask and the offer that meets it are about different things in different
words ("a place to cook for 200" / "our parish kitchen has two commercial ovens"), and the
model alone ranks by topic. The tuning teaches it that relation from 3,838 hand-written
ask/offer pairs (``scripts/matching_tuning/pairs.py`` and ``memory_pairs.py``; none from the
labelled sets in ``tests/matching``) as LoRA: for each of the 36 weight matrices of the 6
layers, a change ``up @ down`` of rank RANK, trained with the rest of the model frozen
(``scripts/matching_tuning/train.py``, which needs torch; the product never does).

``tuning.npz`` holds the factors (float16, 0.7 MB). :func:`tuned_model` applies them when
the model loads, in memory: each weight is read from the int8 ONNX file, dequantised (int8 x
its column's scale), the change added, and the sum quantised again the way the file was made
(symmetric, one scale per output column, max / 127) and written over the old bytes. Nothing
is written to disk and the graph is unchanged. (``SessionOptions.add_initializer`` would
skip the copy, but its values are ignored once constant folding has turned the file's int8
weights into float ones, and without that folding a text took 4 times as long.) Nothing
here imports Django.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import numpy as np

TUNING_FILE: Final = Path(__file__).with_name("tuning.npz")

#: The parts of a layer that are tuned, in the order of `_INITIALISERS`' rows.
PARTS: Final = (
    "attention.self.query",
    "attention.self.key",
    "attention.self.value",
    "attention.output.dense",
    "intermediate.dense",
    "output.dense",
)
#: The int8 file's weight initialisers (``val_<n>_q`` and ``val_<n>_scale``), per layer, in the
#: order of `PARTS`; read off the graph (each bias Add traced back to its MatMul's weight). The
#: lock pins the file by hash, so these names cannot drift under us.
_INITIALISERS: Final = (
    (49, 57, 65, 105, 109, 118),
    (122, 130, 138, 176, 180, 189),
    (193, 201, 209, 247, 251, 260),
    (264, 272, 280, 318, 322, 331),
    (335, 343, 351, 389, 393, 402),
    (406, 414, 422, 460, 464, 473),
)


def digest(path: Path = TUNING_FILE) -> str:
    """Eight hex digits of the tuning file: part of the stored vectors' model name ("missing"
    when it cannot be read: the model then does not load, and matching falls back to BM25)."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()[:8]
    except OSError:
        return "missing"


def factors(path: Path = TUNING_FILE) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """``{"<layer>.<part>": (down (rank, in), up (out, rank))}`` in float32; the LoRA scale is
    already folded into ``up``."""
    with np.load(path) as data:
        return {
            f"{layer}.{part}": (
                data[f"{layer}.{part}.down"].astype(np.float32),
                data[f"{layer}.{part}.up"].astype(np.float32),
            )
            for layer in range(len(_INITIALISERS))
            for part in PARTS
        }


def requantise(weight: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """A float weight (in, out) as the file keeps it: int8 values and one scale per column."""
    scale = np.abs(weight).max(axis=0, keepdims=True) / 127
    scale = np.where(scale > 0, scale, 1.0).astype(np.float32)
    values = np.clip(np.rint(weight / scale), -127, 127).astype(np.int8)
    return values, scale


def tuned_model(model_file: Path, tuning_file: Path = TUNING_FILE) -> bytes:
    """The int8 ONNX file with the tuning applied, as bytes for ``InferenceSession``.

    Only the bytes of the 72 weight tensors change, in place and at their own length (int8
    values and float32 scales of the same shapes), so the protobuf around them stays valid
    and nothing needs re-encoding. Raises on a damaged file (KeyError, ValueError,
    OSError...); the caller treats any error as "no model here"."""
    data = bytearray(model_file.read_bytes())
    names = {
        f"val_{number}_{kind}" for row in _INITIALISERS for number in row for kind in ("q", "scale")
    }
    places = locate_initialisers(memoryview(data), names)
    stored = {name: place.array(data) for name, place in places.items()}
    changes = factors(tuning_file)
    for layer, numbers in enumerate(_INITIALISERS):
        for part, number in zip(PARTS, numbers, strict=True):
            values, scales = stored[f"val_{number}_q"], stored[f"val_{number}_scale"]
            down, up = changes[f"{layer}.{part}"]
            weight = values.astype(np.float32) * scales + (up @ down).T  # torch: (out, in)
            for name, array in zip(("q", "scale"), requantise(weight), strict=True):
                place = places[f"val_{number}_{name}"]
                place.write(data, array)
    return bytes(data)


def write_neutral(path: Path) -> Path:
    """Write a tuning of the shipped shapes that changes nothing: the model as it came, to
    measure the tuning against (`bench/matching.py`, the tests)."""
    zeros: dict[str, Any] = {
        f"{key}.{side}": np.zeros(array.shape, dtype=np.float16)
        for key, pair in factors().items()
        for side, array in zip(("down", "up"), pair, strict=True)
    }
    np.savez(path, **zeros)
    return path


# ------------------------------------------------------------------ reading the ONNX file
# An ONNX file is a protobuf ModelProto. Reading a few named tensors needs only the wire
# format (varints and length-delimited fields), not the `onnx` package, whose import alone
# took 1.1 s (the model's whole load budget is 1 s). Field numbers from onnx.proto:
# ModelProto.graph = 7, GraphProto.initializer = 5, TensorProto.dims = 1, data_type = 2,
# name = 8, raw_data = 9.

_GRAPH, _INITIALIZER, _DIMS, _DATA_TYPE, _NAME, _RAW_DATA = 7, 5, 1, 2, 8, 9
# TensorProto's FLOAT and INT8.
_DTYPES: Final[dict[int, np.dtype[Any]]] = {1: np.dtype("<f4"), 3: np.dtype("i1")}


def _varint(data: memoryview, at: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at


def _fields(data: memoryview, at: int, end: int) -> Iterator[tuple[int, int, int]]:
    """(field number, start, end) of each field in data[at:end]; a varint's value as start."""
    while at < end:
        key, at = _varint(data, at)
        number, wire = key >> 3, key & 7
        if wire == 0:
            value, at = _varint(data, at)
            yield number, value, at
        elif wire == 2:
            length, at = _varint(data, at)
            yield number, at, at + length
            at += length
        elif wire in (1, 5):
            width = 8 if wire == 1 else 4
            yield number, at, at + width
            at += width
        else:
            raise ValueError(f"unsupported protobuf wire type {wire}")
    if at != end:
        raise ValueError("truncated protobuf message")


@dataclass(frozen=True)
class Place:
    """Where a tensor's raw bytes lie in the file, and how to read them."""

    dtype: np.dtype[Any]
    dims: tuple[int, ...]
    start: int
    end: int

    def array(self, data: bytearray) -> np.ndarray:
        raw = bytes(data[self.start : self.end])
        return np.frombuffer(raw, dtype=self.dtype).reshape(self.dims).copy()

    def write(self, data: bytearray, array: np.ndarray) -> None:
        raw = np.ascontiguousarray(array, dtype=self.dtype).tobytes()
        if array.shape != self.dims or len(raw) != self.end - self.start:
            raise ValueError(f"a tensor of shape {array.shape} cannot replace one of {self.dims}")
        data[self.start : self.end] = raw


def locate_initialisers(data: memoryview, names: set[str]) -> dict[str, Place]:
    """Where the named initialisers of an ONNX file (raw-data float32 or int8 tensors) lie."""
    found: dict[str, Place] = {}
    for number, start, end in _fields(data, 0, len(data)):
        if number != _GRAPH:
            continue
        for inner, tensor_start, tensor_end in _fields(data, start, end):
            if inner != _INITIALIZER:
                continue
            dims: list[int] = []
            name: str | None = None
            dtype: np.dtype[Any] | None = None
            raw: tuple[int, int] | None = None
            for field, value, value_end in _fields(data, tensor_start, tensor_end):
                if field == _DIMS:
                    dims.append(value)
                elif field == _DATA_TYPE:
                    dtype = _DTYPES.get(value)
                elif field == _NAME:
                    name = bytes(data[value:value_end]).decode()
                elif field == _RAW_DATA:
                    raw = (value, value_end)
            if name in names and dtype is not None and raw is not None:
                found[name] = Place(dtype, tuple(dims), *raw)
    missing = names - found.keys()
    if missing:
        raise KeyError(f"the model lacks {len(missing)} weights, e.g. {min(missing)}")
    return found
