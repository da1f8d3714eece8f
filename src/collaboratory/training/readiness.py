"""The readiness checklist before Launch, as a pure function: plain facts in, the items
and whether all are done out. No Django, so it is tested alone."""

from __future__ import annotations

from dataclasses import dataclass

# Item codes in the order shown; the pages word them.
ITEMS = ("assignments", "practice", "first_gathering", "roster")


@dataclass(frozen=True)
class Facts:
    assignments_total: int
    assignments_accepted: int
    practice_gatherings_held: int
    first_gathering_planned: bool
    roster_rows: int


@dataclass(frozen=True)
class Item:
    code: str
    done: bool


def checklist(facts: Facts) -> list[Item]:
    """Every item with its state. Assignments are done when every one was accepted by a
    trainer (a cohort with none has nothing to wait for)."""
    done = {
        "assignments": facts.assignments_accepted >= facts.assignments_total,
        "practice": facts.practice_gatherings_held > 0,
        "first_gathering": facts.first_gathering_planned,
        "roster": facts.roster_rows > 0,
    }
    return [Item(code, done[code]) for code in ITEMS]


def is_ready(facts: Facts) -> bool:
    return all(item.done for item in checklist(facts))
