"""How accurate and how fast the commitment guard is, beside a naive keyword lookup.

Accuracy per label and overall on the development set (the guard is tuned against it) and on
the held-out set (written before the guard, never tuned against), in English and in Spanish
(tests/commitments/examples_es.py); then the time per text,
mean, p50 and p99 in microseconds, over every example repeated many times, for the guard and
for the baseline in the same run, with the ratio.

    .venv/bin/python bench/specificity.py [--repeat 200]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.commitments.accuracy import LABELS, score
from tests.commitments.examples_dev import DEVELOPMENT
from tests.commitments.examples_es import ES_DEVELOPMENT, ES_HELD_OUT
from tests.commitments.examples_heldout import HELD_OUT

from collaboratory.commitments.specificity import assess_commitment

CRITIQUE_WORDS = ("?", "you should", "have you", "consider", "i wonder", "what about", "why not")
VAGUE_WORDS = (
    "maybe",
    "happy to help",
    "let me know",
    "if i have time",
    "could",
    "might",
    "reach out",
    "possibly",
    "probably",
)
PRAISE_WORDS = ("love", "great", "amazing", "inspiring", "thank", "wonderful", "bravo")


def naive(text: str) -> str:
    """The obvious first attempt: look for a few keywords, in order; anything else is firm."""
    lowered = text.lower()
    for label, words in (
        ("critique", CRITIQUE_WORDS),
        ("vague", VAGUE_WORDS),
        ("praise", PRAISE_WORDS),
    ):
        if any(word in lowered for word in words):
            return label
    return "firm"


def guard(text: str) -> str:
    return assess_commitment(text).kind


def timings(
    classify: Callable[[str], str],
    texts: Sequence[str],
    repeat: int,
    clock: Callable[[], int] = time.perf_counter_ns,
) -> list[float]:
    samples = []
    for _ in range(repeat):
        for text in texts:
            started = clock()
            classify(text)
            samples.append((clock() - started) / 1000)
    return samples


def percentile(sorted_samples: list[float], fraction: float) -> float:
    return sorted_samples[min(len(sorted_samples) - 1, int(fraction * len(sorted_samples)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()

    print("accuracy (right/total per label)")
    header = f"{'set':<12}{'classifier':<12}" + "".join(f"{label:>14}" for label in LABELS)
    print(header + f"{'overall':>12}")
    sets = (
        ("development", DEVELOPMENT),
        ("held-out", HELD_OUT),
        ("es-dev", ES_DEVELOPMENT),
        ("es-held-out", ES_HELD_OUT),
    )
    for name, examples in sets:
        for classifier_name, classify in (("guard", guard), ("naive", naive)):
            result = score(examples, classify)
            cells = "".join(
                f"{f'{result.right[label]}/{result.total[label]} {result.accuracy(label):.0%}':>14}"
                for label in LABELS
            )
            print(f"{name:<12}{classifier_name:<12}{cells}{result.accuracy():>12.1%}")

    english, spanish = (
        score([*DEVELOPMENT, *HELD_OUT], guard),
        score([*ES_DEVELOPMENT, *ES_HELD_OUT], guard),
    )
    print(
        f"guard, all English examples {english.accuracy():.1%}; "
        f"all Spanish examples {spanish.accuracy():.1%}"
    )

    texts = [text for text, _ in (*DEVELOPMENT, *HELD_OUT, *ES_DEVELOPMENT, *ES_HELD_OUT)]
    for classify in (guard, naive):  # warm up
        timings(classify, texts, 3)
    print(f"\ntime per text, {len(texts)} texts x {args.repeat} repetitions (microseconds)")
    print(
        "wall = elapsed time (includes waiting for a busy CPU); "
        "cpu = this thread's CPU time (the guard's own cost)"
    )
    print(f"load average: {' '.join(Path('/proc/loadavg').read_text().split()[:3])}")
    print(f"{'classifier':<12}{'clock':<6}{'mean':>10}{'p50':>10}{'p99':>10}{'max':>10}")
    means: dict[tuple[str, str], float] = {}
    clocks = (("wall", time.perf_counter_ns), ("cpu", time.thread_time_ns))
    for classifier_name, classify in (("guard", guard), ("naive", naive)):
        for clock_name, clock in clocks:
            samples = sorted(timings(classify, texts, args.repeat, clock))
            means[classifier_name, clock_name] = statistics.fmean(samples)
            print(
                f"{classifier_name:<12}{clock_name:<6}{means[classifier_name, clock_name]:>10.1f}"
                f"{percentile(samples, 0.5):>10.1f}{percentile(samples, 0.99):>10.1f}"
                f"{samples[-1]:>10.1f}"
            )
    for clock_name, _ in clocks:
        ratio = means["guard", clock_name] / means["naive", clock_name]
        print(f"ratio guard/naive ({clock_name}, mean): {ratio:.0f}x")
    long_text = "I will host your team at our library on March 3, let me know. " * 100
    for clock_name, clock in clocks:
        samples = sorted(timings(guard, [long_text], 200, clock))
        print(
            f"guard on a {len(long_text)}-character paste ({clock_name}): "
            f"p50 {percentile(samples, 0.5):.1f}, p99 {percentile(samples, 0.99):.1f}"
        )


if __name__ == "__main__":
    main()
