"""Write a small ONNX model (protobuf wire format) without the `onnx` package.

The counterpart of the reader in :mod:`collaboratory.matching.tuning`: importing `onnx` alone
took more than the 1 s model-load budget, and the few messages a graph of ready-made
operators needs (model, graph, node, attribute, tensor, value info) are a page of code.
Field numbers are onnx.proto's. Nothing here imports Django.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from typing import Final, TypeAlias

import numpy as np

# TensorProto.DataType
FLOAT: Final = 1
UINT8: Final = 2
INT64: Final = 7
_DATA_TYPES: Final = {np.dtype("<f4"): FLOAT, np.dtype("u1"): UINT8, np.dtype("<i8"): INT64}
# AttributeProto.AttributeType
_ATTRIBUTE_FLOAT, _ATTRIBUTE_INT = 1, 2
Chunk: TypeAlias = bytes | memoryview


def _varint(value: int) -> bytes:
    if value < 0:
        value += 1 << 64  # int64 as protobuf writes it: ten bytes of two's complement
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def _int(field: int, value: int) -> bytes:
    return _varint(field << 3) + _varint(value)


def _bytes(field: int, payload: bytes | str) -> bytes:
    raw = payload.encode() if isinstance(payload, str) else payload
    return _varint(field << 3 | 2) + _varint(len(raw)) + raw


def _message(field: int, parts: Sequence[Chunk]) -> list[Chunk]:
    """A length-delimited field of parts not yet joined (so the weights are copied once)."""
    return [_varint(field << 3 | 2) + _varint(sum(len(part) for part in parts)), *parts]


def tensor(name: str, array: np.ndarray) -> list[Chunk]:
    """A TensorProto with raw little-endian data (float32, uint8 or int64), as parts."""
    array = np.ascontiguousarray(array)
    dims = b"".join(_int(1, size) for size in array.shape)
    head = dims + _int(2, _DATA_TYPES[array.dtype]) + _bytes(8, name)
    raw = array.data.cast("B")
    return [head, *_message(9, [raw])]


def node(
    op_type: str,
    inputs: Sequence[str],
    outputs: Sequence[str],
    *,
    domain: str = "",
    **attributes: int | float,
) -> bytes:
    """A NodeProto; "" stands for an optional input left out. Attributes: ints and floats."""
    fields = [_bytes(1, name) for name in inputs] + [_bytes(2, name) for name in outputs]
    fields.append(_bytes(4, op_type))
    for key, value in attributes.items():
        if isinstance(value, float):
            attribute = _bytes(1, key) + _varint(2 << 3 | 5) + struct.pack("<f", value)
            attribute += _int(20, _ATTRIBUTE_FLOAT)
        else:
            attribute = _bytes(1, key) + _int(3, value) + _int(20, _ATTRIBUTE_INT)
        fields.append(_bytes(5, attribute))
    if domain:
        fields.append(_bytes(7, domain))
    return b"".join(fields)


def value_info(name: str, shape: Sequence[int | str], elem_type: int = FLOAT) -> bytes:
    """A ValueInfoProto of a tensor; a str in the shape is a named (free) dimension."""
    dims = b"".join(
        _bytes(1, _bytes(2, size) if isinstance(size, str) else _int(1, size)) for size in shape
    )
    tensor_type = _int(1, elem_type) + _bytes(2, dims)
    return _bytes(1, name) + _bytes(2, _bytes(1, tensor_type))


def model(
    nodes: Sequence[bytes],
    initializers: Sequence[list[Chunk]],
    inputs: Sequence[bytes],
    outputs: Sequence[bytes],
    opsets: dict[str, int],
    *,
    ir_version: int = 9,
) -> bytes:
    """A ModelProto holding one graph."""
    graph: list[Chunk] = [b"".join(_bytes(1, one) for one in nodes), _bytes(2, "graph")]
    for one in initializers:
        graph.extend(_message(5, one))
    graph.append(
        b"".join([*(_bytes(11, one) for one in inputs), *(_bytes(12, one) for one in outputs)])
    )
    opset_ids = b"".join(
        _bytes(8, (_bytes(1, domain) if domain else b"") + _int(2, version))
        for domain, version in opsets.items()
    )
    return b"".join([_int(1, ir_version), opset_ids, *_message(7, graph)])
