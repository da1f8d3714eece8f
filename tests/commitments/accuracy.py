"""Accuracy of the guard over a labelled set, shared by the tests and `bench/specificity.py`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from tests.commitments.examples_dev import Example

LABELS = ("firm", "vague", "critique", "praise")


@dataclass
class Score:
    right: Counter[str] = field(default_factory=Counter)
    total: Counter[str] = field(default_factory=Counter)
    misses: list[tuple[str, str, str]] = field(default_factory=list)

    def accuracy(self, label: str | None = None) -> float:
        if label is None:
            return sum(self.right.values()) / max(1, sum(self.total.values()))
        return self.right[label] / max(1, self.total[label])


def score(examples: Sequence[Example], classify: Callable[[str], str]) -> Score:
    """Count, per label, how many examples `classify` labels as written."""
    result = Score()
    for text, label in examples:
        got = classify(text)
        result.total[label] += 1
        if got == label:
            result.right[label] += 1
        else:
            result.misses.append((text, label, got))
    return result
