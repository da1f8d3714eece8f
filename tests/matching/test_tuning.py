"""The civic tuning (`collaboratory.matching.tuning`): applied in memory to the int8 model,
made from today's training pairs, and none of them (nor any pair the answered asks are made
from) from the labelled sets that measure it."""

from __future__ import annotations

import runpy
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from collaboratory.matching import engine, memory_build, tuning
from tests.matching.accuracy import embedding_scorer, evaluate
from tests.matching.examples_dev import DEVELOPMENT
from tests.matching.examples_heldout import HELD_OUT

RECIPE = Path(__file__).resolve().parents[2] / "scripts" / "matching_tuning"
# Every training pair: the tuning's and the answered asks' (memory_build reads them all), and
# the fourth batch that neither reads (kept for measurements, docs "Eighth round").
PAIRS = [
    *memory_build.training_pairs(),
    *runpy.run_path(str(RECIPE / "fourth_pairs.py"))["PAIRS"],
]


@pytest.fixture(scope="module")
def encoder() -> engine.Encoder:
    loaded = engine.load_encoder()
    assert loaded is not None, "the model ships in the locked install; it must load here"
    return loaded


def test_the_shipped_tuning_is_made_from_todays_pairs_and_settings() -> None:
    """After editing a pair file or the settings, run scripts/matching_tuning/train.py."""
    recipe = runpy.run_path(str(RECIPE / "recipe.py"))
    # The tuning learns from every pair the answered asks are read beside.
    assert recipe["PAIR_FILES"] == memory_build.PAIR_FILES
    with np.load(tuning.TUNING_FILE) as data:
        assert str(data["stamp"]) == recipe["stamp"](), "run scripts/matching_tuning/train.py"
    rank = recipe["SETTINGS"]["rank"]
    changes = tuning.factors()
    assert len(changes) == 6 * len(tuning.PARTS)
    down, up = changes["0.intermediate.dense"]
    assert down.shape == (rank, 384)
    assert up.shape == (1536, rank)


def test_the_training_pairs_are_not_the_labelled_ones() -> None:
    labelled = [
        text for examples in (DEVELOPMENT, HELD_OUT) for _, *pair in examples for text in pair
    ]
    trained = [text for _, *pair in PAIRS for text in pair]

    assert not set(trained) & set(labelled)
    # Content words as BM25 counts them (the set's Jaccard), each text's set made once.
    trained_words = [set(engine.words(text)) for text in trained]
    labelled_words = [set(engine.words(text)) for text in labelled]
    closest = max(
        len(a & b) / max(1, len(a | b)) for a in trained_words for b in labelled_words if a & b
    )
    assert closest < 0.7, "a training text is a near copy of a labelled one"
    assert len(PAIRS) == len({ask for _, ask, _ in PAIRS}) == len({offer for *_, offer in PAIRS})


def test_requantising_keeps_the_files_scheme() -> None:
    rng = np.random.default_rng(0)
    weight = rng.normal(size=(384, 96)).astype(np.float32)
    weight[:, 5] = 0.0  # a column of zeros must not divide by zero

    values, scales = tuning.requantise(weight)

    assert values.dtype == np.int8
    assert scales.shape == (1, 96)
    assert np.abs(values).max(axis=0)[:5].tolist() == [127] * 5
    assert not values[:, 5].any()
    assert np.all(np.abs(values * scales - weight) <= scales / 2 + 1e-7)
    # Weights already quantised come back unchanged.
    again, scales_again = tuning.requantise(values * scales)
    np.testing.assert_array_equal(again, values)
    np.testing.assert_allclose(scales_again, scales, rtol=1e-6)


def test_a_tuning_of_zeros_gives_the_models_own_vectors(tmp_path: Path) -> None:
    import onnxruntime

    zeros = tuning.write_neutral(tmp_path / "zeros.npz")
    model_file, _ = engine._model_files()
    untuned = engine.open_encoder(tuning_file=zeros, memory_file=None)
    plain = onnxruntime.InferenceSession(str(model_file), providers=["CPUExecutionProvider"])
    texts = ["Our community hall seats 80.", "¿Quién puede traducir al español?"]
    batch = untuned._tokenizer.encode_batch(texts)
    ids = np.array([e.ids for e in batch], dtype=np.int64)
    mask = np.array([e.attention_mask for e in batch], dtype=np.int64)
    feeds = {"input_ids": ids, "attention_mask": mask}
    if "token_type_ids" in {node.name for node in plain.get_inputs()}:
        feeds["token_type_ids"] = np.zeros_like(ids)

    expected = engine.mean_pool(plain.run(None, feeds)[0], mask)

    np.testing.assert_allclose(untuned.encode(texts), expected, atol=1e-5)


def test_the_tuning_changes_the_vectors(encoder: engine.Encoder, tmp_path: Path) -> None:
    zeros = tuning.write_neutral(tmp_path / "zeros.npz")
    untuned = engine.open_encoder(tuning_file=zeros, memory_file=None)
    texts = ["I need: somewhere to store 40 folding tables over the winter"]

    cosine = float(encoder.encode(texts)[0] @ untuned.encode(texts)[0])

    assert 0.5 < cosine < 0.999  # moved, not replaced
    # Another tuning's encoder measures from its own centres, not the shipped tuning's.
    assert not np.allclose(untuned.references.ask_centre, encoder.references.ask_centre)
    assert encoder.name.startswith(f"all-MiniLM-L6-v2-int8+civic-{tuning.digest()}+kinds-")


def test_a_missing_or_damaged_tuning_is_reported_as_unavailable(tmp_path: Path) -> None:
    damaged = tmp_path / "tuning.npz"
    damaged.write_bytes(b"not a NumPy archive")

    with pytest.raises(engine.ModelUnavailable, match=r"cannot load model\.onnx"):
        engine.open_encoder(tuning_file=damaged)
    with pytest.raises(engine.ModelUnavailable):
        engine.open_encoder(tuning_file=tmp_path / "absent.npz")
    assert tuning.digest(tmp_path / "absent.npz") == "missing"


def test_the_tuning_lifts_accuracy_on_pairs_it_never_saw(tmp_path: Path) -> None:
    neutral = tuning.write_neutral(tmp_path / "zeros.npz")
    untuned = engine.open_encoder(tuning_file=neutral, memory_file=None)
    tuned_alone = engine.open_encoder(memory_file=None)  # the tuning's share, answered asks apart

    tuned = evaluate(DEVELOPMENT, embedding_scorer(tuned_alone))
    before = evaluate(DEVELOPMENT, embedding_scorer(untuned))

    # Measured 0.701 / 0.790 against 0.622 / 0.727 (held-out: 0.770 / 0.844 against 0.738 /
    # 0.810); the development set is not in the training pairs.
    assert tuned.top1 >= before.top1 + 0.03
    assert tuned.mrr >= before.mrr + 0.03


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_are_read_or_refused_never_misread(data: bytes) -> None:
    """A damaged file must fail loudly (the engine then falls back to BM25), never hang and
    never yield a weight that is not there."""
    try:
        found = tuning.locate_initialisers(memoryview(data), {"val_49_q"})
    except (KeyError, ValueError, IndexError):
        return
    assert set(found) == {"val_49_q"}  # only if the bytes really hold that tensor
