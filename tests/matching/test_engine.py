"""The matching engine on the real model: pooling, storage, search, ranking and the fallback."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from collaboratory.matching import engine, kinds, kinds_build, kinds_vectors, memory, tuning
from collaboratory.matching.engine import (
    DIMENSIONS,
    ENGLISH_DIMENSIONS,
    SENTENCE_DIMENSIONS,
    bm25_scores,
    load_encoder,
    rank_offers,
    text_scores,
    top_k,
    vector_from_bytes,
    vector_to_bytes,
    vectors_from_bytes,
)
from tests.matching.accuracy import (
    Score,
    bm25_scorer,
    embedding_scorer,
    evaluate,
    low_overlap_share,
    sentence_scorer,
)
from tests.matching.examples_dev import DEVELOPMENT
from tests.matching.examples_heldout import HELD_OUT


@pytest.fixture(scope="module")
def encoder() -> engine.Encoder:
    loaded = load_encoder()
    assert loaded is not None, "the model ships in the locked install; it must load here"
    return loaded


def test_the_example_that_shares_no_word_is_found(encoder: engine.Encoder) -> None:
    offers = [
        "I can introduce you to the deputy mayor.",
        "Our community hall seats 80.",
        "We give small grants of up to $5,000.",
    ]

    assert rank_offers("A room for 60 people", offers)[0] == 1
    assert text_scores("A room for 60 people", offers).method == "embedding"


def test_vectors_have_unit_length_and_the_model_name(encoder: engine.Encoder) -> None:
    texts = ["a grant writer", "", "¿Quién tiene un salón para 50 personas?"]

    sentences = encoder.encode(texts)
    asks = encoder.english_asks(texts)
    offers = encoder.english_offers(texts)

    assert encoder.name == engine.MODEL_NAME + "+es-mE5-small-q4-ort-0.3.0"
    english = f"all-MiniLM-L6-v2-int8+civic-{tuning.digest()}+kinds-{kinds.digest()}"
    assert f"{english}+memory-{memory.digest()}" == engine.MODEL_NAME
    assert sentences.shape == (3, SENTENCE_DIMENSIONS)
    assert asks.shape == offers.shape == (3, ENGLISH_DIMENSIONS) == (3, SENTENCE_DIMENSIONS + 8)
    for vectors in (sentences, asks, offers):
        assert vectors.dtype == np.float32
        np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert encoder.encode([]).shape == (0, SENTENCE_DIMENSIONS)
    assert encoder.encode_asks([]).shape == encoder.encode_offers([]).shape == (0, DIMENSIONS)
    assert encoder.encode_asks(texts).shape == (3, ENGLISH_DIMENSIONS + 2 * 384 + 2)


def test_padding_does_not_change_a_texts_vector(encoder: engine.Encoder) -> None:
    short = "Volunteers to serve lunch on Saturday"
    long = " ".join(["A long description of our food pantry and its many programmes."] * 12)

    alone = encoder.encode([short])[0]
    padded = encoder.encode([short, long])[0]

    np.testing.assert_allclose(alone, padded, atol=1e-4)


def test_mean_pooling_ignores_masked_tokens() -> None:
    hidden = np.array([[[1.0, 0.0], [0.0, 1.0], [50.0, 50.0]]], dtype=np.float32)
    mask = np.array([[1, 1, 0]])

    pooled = engine.mean_pool(hidden, mask)

    np.testing.assert_allclose(pooled, [[2**-0.5, 2**-0.5]], atol=1e-6)


def test_order_of_encoding_follows_the_input(encoder: engine.Encoder) -> None:
    texts = ["a much longer text about a church basement that holds a hundred", "hall", "money"]

    together = encoder.encode(texts)

    for i, text in enumerate(texts):
        np.testing.assert_allclose(together[i], encoder.encode([text])[0], atol=1e-4)


def test_bytes_round_trip_and_reject_wrong_lengths() -> None:
    vector = engine.normalise(np.arange(DIMENSIONS, dtype=np.float32))

    data = vector_to_bytes(vector)

    assert len(data) == DIMENSIONS * 4
    np.testing.assert_array_equal(vector_from_bytes(data), vector)
    np.testing.assert_array_equal(vectors_from_bytes([data, data]), np.stack([vector, vector]))
    assert vectors_from_bytes([]).shape == (0, DIMENSIONS)
    with pytest.raises(ValueError, match="4648 bytes, not 4"):
        vector_from_bytes(b"\0\0\0\0")
    with pytest.raises(ValueError, match="4648 bytes"):
        vectors_from_bytes([data, data[:-4]])
    # Vectors stored before the kinds (384 floats) or before the multilingual model (392) are
    # not read as today's.
    with pytest.raises(ValueError, match="4648 bytes, not 1536"):
        vector_from_bytes(bytes(1536))
    with pytest.raises(ValueError, match="4648 bytes, not 1568"):
        vector_from_bytes(bytes(1568))
    with pytest.raises(ValueError, match="shape"):
        vector_to_bytes(np.zeros(3))


def test_stored_vectors_are_used_without_encoding() -> None:
    ask = np.zeros(DIMENSIONS, dtype=np.float32)
    ask[0] = 1.0
    offers = np.zeros((2, DIMENSIONS), dtype=np.float32)
    offers[0, 1] = 1.0
    offers[1, 0] = 1.0

    # encoder=None would mean BM25 if anything had to be encoded: the vectors decide here.
    scores = text_scores("x", ["a", "b"], ask_vector=ask, offer_vectors=offers, encoder=None)

    assert scores.method == "embedding"
    np.testing.assert_allclose(scores.scores, [0.5, 1.0])
    with pytest.raises(ValueError, match="offer_vectors must be"):
        text_scores("x", ["a"], offer_vectors=offers)


def test_top_k_is_exact_and_breaks_ties_by_index() -> None:
    rng = np.random.default_rng(7)
    matrix = engine.normalise(rng.normal(size=(500, DIMENSIONS)).astype(np.float32))
    matrix[300] = matrix[10]  # a tie with a higher index
    ask = matrix[10]

    indices, scores = top_k(ask, matrix, 5)

    expected = np.argsort(-(matrix @ ask), kind="stable")[:5]
    assert list(indices[:2]) == [10, 300]
    assert list(indices) == list(expected)
    assert scores[0] == pytest.approx(1.0)
    assert list(scores) == sorted(scores, reverse=True)
    assert len(top_k(ask, matrix, 10_000)[0]) == 500
    assert len(top_k(ask, matrix, 0)[0]) == 0
    with pytest.raises(ValueError, match="k must be"):
        top_k(ask, matrix, -1)


def test_the_fallback_is_bm25_and_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(engine.SWITCH, "off")
    offers = ["Our community hall seats 80.", "Volunteers for the Saturday food drive.", "Grants."]

    scores = text_scores("Need volunteers on Saturday", offers)

    assert load_encoder() is None
    assert scores.method == "lexical"
    assert rank_offers("Need volunteers on Saturday", offers)[0] == 1
    assert scores.scores.max() == pytest.approx(1.0)


def test_a_damaged_model_file_is_reported_as_unavailable(tmp_path: Path) -> None:
    damaged = tmp_path / "model.onnx"
    damaged.write_bytes(b"not an onnx graph")

    with pytest.raises(engine.ModelUnavailable, match=r"cannot load model\.onnx"):
        engine.open_encoder(model_file=damaged)
    with pytest.raises(engine.ModelUnavailable, match=r"cannot load model\.onnx"):
        engine.open_encoder(tokenizer_file=damaged)  # the graph file is no tokenizer either


def test_bm25_stems_folds_accents_and_weighs_rare_words() -> None:
    docs = ["Un salón para reuniones", "the volunteer team", "volunteer volunteer the the the"]

    assert bm25_scores("salon", docs)[0] > 0
    scores = bm25_scores("volunteers", docs)
    assert scores[0] == 0
    assert scores[1] > 0
    assert scores[2] > 0
    assert bm25_scores("the of and", docs).tolist() == [0.0, 0.0, 0.0]
    assert bm25_scores("anything", []).shape == (0,)


def test_rank_offers_edge_cases() -> None:
    assert rank_offers("a room", []) == []
    with pytest.raises(ValueError, match="blank"):
        rank_offers("  \n", ["a hall"])
    # Equal offers score equally; the earlier one stays first.
    assert rank_offers("a hall for sixty", ["a hall", "a hall"]) == [0, 1]


@given(
    ask=st.text(min_size=1, max_size=60).filter(str.strip),
    offers=st.lists(st.text(max_size=60), max_size=6),
)
def test_any_text_gives_a_permutation(ask: str, offers: list[str]) -> None:
    ranked = rank_offers(ask, offers)

    assert sorted(ranked) == list(range(len(offers)))


def test_top_k_many_agrees_with_top_k() -> None:
    rng = np.random.default_rng(3)
    offers = engine.normalise(rng.normal(size=(300, DIMENSIONS)).astype(np.float32))
    asks = engine.normalise(rng.normal(size=(4, DIMENSIONS)).astype(np.float32))

    indices, scores = engine.top_k_many(asks, offers, 7)

    assert indices.shape == (4, 7)
    for row, ask in enumerate(asks):
        one_indices, one_scores = top_k(ask, offers, 7)
        assert list(indices[row]) == list(one_indices)
        np.testing.assert_allclose(scores[row], one_scores, atol=1e-6)
    assert engine.top_k_many(asks, offers, 0)[0].shape == (4, 0)
    assert engine.top_k_many(asks, offers[:3], 7)[0].shape == (4, 3)


# ------------------------------------------------------------------------------ kinds of help


def test_cues_fold_case_and_accents_and_are_capped() -> None:
    counts = kinds.cue_counts(
        ["We need $5,000: a grant, any funding, money!", "Un SALÓN para cincuenta", ""]
    )

    funding = kinds.CATEGORIES.index("funding")
    assert counts.shape == (3, len(kinds.CATEGORIES))
    assert counts[0, funding] == kinds.CUE_CAP  # four cues, counted up to the cap
    assert counts[1, kinds.CATEGORIES.index("space")] == 1
    assert counts[2].sum() == 0


def test_an_ask_and_an_offer_of_the_same_kind_share_their_kind_block(
    encoder: engine.Encoder,
) -> None:
    ask = encoder.english_asks(["We need a venue for sixty people on a weeknight."])[0]
    offers = encoder.english_offers(
        ["Our community hall seats 80.", "Our foundation gives small grants to youth groups."]
    )

    block = slice(SENTENCE_DIMENSIONS, ENGLISH_DIMENSIONS)
    space, funding = kinds.CATEGORIES.index("space"), kinds.CATEGORIES.index("funding")
    assert int(np.argmax(ask[block])) == int(np.argmax(offers[0, block])) == space
    assert int(np.argmax(offers[1, block])) == funding
    assert ask[block] @ offers[0, block] > ask[block] @ offers[1, block]


def test_the_kinds_turn_a_pull_of_a_shared_word_around(encoder: engine.Encoder) -> None:
    """The model alone puts "meet every week" beside "meet weekly"; the reading as ask and
    offer, measured from each side's centre and with the kinds, puts the room first."""
    ask = "Where can our chess club meet every week?"
    offers = [
        "Men from our fraternity will meet weekly with young men.",
        "The café's back room has six tables and is quiet on Thursday nights.",
    ]

    plain = encoder.encode([ask]) @ encoder.encode(offers).T
    read = encoder.encode_asks([ask]) @ encoder.encode_offers(offers).T

    assert int(np.argmax(plain)) == 0
    assert int(np.argmax(read)) == 1
    assert rank_offers(ask, offers) == [1, 0]


def test_the_shipped_kind_references_are_todays(encoder: engine.Encoder) -> None:
    """kinds_vectors.py is generated from kinds.py; after an edit of kinds.py, run
    `python -m collaboratory.matching.kinds_build`."""
    computed = engine.compute_kind_references(encoder)

    assert kinds_vectors.DIGEST == engine.REFERENCES_DIGEST, "run python -m ...kinds_build"
    shipped = engine.kind_references(encoder)
    for name in ("ask_centre", "offer_centre", "ask_prototypes", "offer_prototypes"):
        np.testing.assert_allclose(getattr(shipped, name), getattr(computed, name), atol=1e-5)
    assert shipped.ask_prototypes.shape == (len(kinds.CATEGORIES), SENTENCE_DIMENSIONS)


def test_stale_kind_references_are_computed_at_load(
    encoder: engine.Encoder, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(kinds_vectors, "DIGEST", "an-older-kinds")

    references = engine.kind_references(encoder)

    assert "kinds_vectors.py is stale" in caplog.text
    np.testing.assert_allclose(
        references.offer_prototypes, encoder.references.offer_prototypes, atol=1e-5
    )


def test_the_builder_writes_what_the_engine_reads(encoder: engine.Encoder) -> None:
    namespace: dict[str, object] = {}
    exec(kinds_build.render(encoder.references), namespace)  # noqa: S102 (our own output)

    assert namespace["DIGEST"] == f"{kinds.digest()}-{tuning.digest()}"
    assert namespace["VECTORS"] == kinds_vectors.VECTORS


# ------------------------------------------------------------------------------ accuracy
# Each ask is ranked against every offer of its set. Figures and the gap to the goal are in
# docs/architecture.md ("Text matching") and printed by bench/matching.py.


@pytest.fixture(scope="module")
def dev_scores(encoder: engine.Encoder) -> tuple[Score, Score]:
    return evaluate(DEVELOPMENT, embedding_scorer(encoder)), evaluate(DEVELOPMENT, bm25_scorer)


def test_the_labelled_sets_are_big_low_overlap_and_unambiguous() -> None:
    for examples in (DEVELOPMENT, HELD_OUT):
        offers = [offer for _, _, offer in examples]
        asks = [ask for _, ask, _ in examples]
        assert len(set(offers)) == len(offers)
        assert len(set(asks)) == len(asks)
        assert low_overlap_share(examples) >= 0.8
    assert len(DEVELOPMENT) >= 200
    assert not {offer for *_, offer in DEVELOPMENT} & {offer for *_, offer in HELD_OUT}


def test_the_kinds_are_not_drawn_from_the_labelled_sets() -> None:
    described = {text for asks, offers in kinds.DESCRIPTIONS.values() for text in (*asks, *offers)}
    labelled = {
        text for examples in (DEVELOPMENT, HELD_OUT) for _, *pair in examples for text in pair
    }

    assert not described & labelled


def test_embeddings_find_what_keywords_cannot(
    encoder: engine.Encoder, dev_scores: tuple[Score, Score]
) -> None:
    embedding, lexical = dev_scores
    sentences = evaluate(DEVELOPMENT, sentence_scorer(encoder))

    # Measured 0.776 / 0.839 (0.701 / 0.790 without the answered asks; 0.759 / 0.829 before
    # the tuning learnt all 3,838 pairs); BM25 0.033 / 0.057. A drop below these floors is a
    # regression.
    assert embedding.top1 >= 0.775
    assert embedding.mrr >= 0.835
    assert embedding.top1 >= sentences.top1 + 0.02
    assert embedding.top1 >= 5 * lexical.top1


def test_narrowing_by_help_category_lifts_accuracy(encoder: engine.Encoder) -> None:
    narrowed = evaluate(DEVELOPMENT, embedding_scorer(encoder), same_category=True)

    assert narrowed.top1 >= 0.84  # measured 0.842, MRR 0.891
    assert narrowed.mrr >= 0.89


def test_the_goal_accuracy_on_the_held_out_set(encoder: engine.Encoder) -> None:
    held_out = evaluate(HELD_OUT, embedding_scorer(encoder))

    # Issue #16's goal (0.80 / 0.85), met on this set since the civic tuning: measured 0.852 /
    # 0.900 (without the answered asks 0.770 / 0.844; the untuned engine 0.738 / 0.810).
    # Never tune against this set.
    assert held_out.top1 >= 0.80
    assert held_out.mrr >= 0.85


@pytest.mark.xfail(
    strict=True,
    reason="Goal of issue #16 not met on this set: the engine reaches top-1 0.78, MRR 0.84 "
    "(held-out 0.85 / 0.90) when 91% of pairs share no content word (see docs/architecture.md)",
)
def test_the_goal_accuracy_on_the_development_set(dev_scores: tuple[Score, Score]) -> None:
    embedding, _ = dev_scores

    assert embedding.top1 >= 0.80
    assert embedding.mrr >= 0.85
