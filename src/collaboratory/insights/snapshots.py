"""When a table over a sensitive self-description may be published again (pure: no Django).

Suppression (:mod:`.privacy`) protects one table. The leak it cannot see is *between* tables:
a table per year or per gathering, or a table recomputed live, differs from the one before by
whoever joined, left or changed in between, and anyone who knows who that was reads their
value off the difference. So ideology and race are published only from *snapshots*: one table
per attribute over one fixed population (the network's admitted adult members who consent, at
the moment the snapshot is taken), released only when enough people changed.

The release rule (:func:`may_release`), per attribute:

* A person *changed* between two tables when they entered one (joined the population with a
  known value, or gave a value), left it (withdrew, said "prefer not to say", stopped being an
  admitted member) or changed their value. People are counted, not (person, value) pairs, so
  a changed value counts once.
* A candidate is released only if, against **every** table released before for the same
  attribute, at least ``k`` people changed. The first candidate is compared with nothing
  published, so everyone in it counts as entering: it needs ``k`` people with a known value.
* Why every earlier release and not only the last one: whoever kept an old report can compare
  it with the newest, and changes that undo each other (eleven people move and move back) would
  otherwise let a new table differ from an old one by a single person. A candidate that is
  exactly an earlier release again waits for more changes; that costs time, never privacy.
* Why per attribute: a change that does not touch a table cannot hide one that does (ten
  people giving only their race must not let one newcomer's ideology through), and one
  attribute's slow changes should not hold back the other's table.

The guarantee is about the *set* of people between any two published tables of an attribute:
it is empty or has at least ``k`` people, and every published count is 0 or at least ``k``.
What it cannot stop is an observer who already knows all but one of the changed people's
values (colluders); k well above 1 is the defence there, as for suppression itself.

What a snapshot keeps so the next one can count changes (:func:`digests`): for each person in
the table a keyed digest of their id, mapped to a keyed digest of (id, attribute, value). No
value is readable from it, and with the key kept out of the database (the web layer derives it
from the secret key) nobody holding only the database can try the handful of possible values
either. The key the digests were made with is named by :func:`key_id`. Because the person's
digest needs only the id, a person's entries can be removed from every snapshot when they
withdraw consent; that makes later counts smaller, never larger, so it only delays releases.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping, Sequence
from dataclasses import asdict
from typing import Any

from .engine import Baseline, Bridging
from .privacy import CountTable, validate_k

DIGEST_CHARS = 16  # 64 bits: collisions among a network's members are out of reach


def _mac(key: bytes, message: str) -> str:
    return hmac.new(key, message.encode(), hashlib.sha256).hexdigest()[:DIGEST_CHARS]


def key_id(key: bytes) -> str:
    """A name for a digest key that reveals nothing about it (stored with each snapshot)."""
    return _mac(key, "collaboratory snapshot key id")


def person_digest(key: bytes, person: int) -> str:
    """The keyed digest naming a person in every snapshot (needs only the id, so a person's
    entries can be found and removed when they withdraw)."""
    return _mac(key, f"person:{person}")


def digests(key: bytes, attribute: str, values: Mapping[int, str | None]) -> dict[str, str]:
    """{person digest: value digest} for the people with a known value of ``attribute``."""
    return {
        person_digest(key, person): _mac(key, f"value:{person}:{attribute}:{value}")
        for person, value in values.items()
        if value is not None
    }


def changed(before: Mapping[str, str], after: Mapping[str, str]) -> int:
    """How many people entered, left or changed value between two digest maps."""
    moved = sum(1 for person, value in after.items() if before.get(person, value) != value)
    return len(before.keys() ^ after.keys()) + moved


def may_release(changes: Sequence[int], candidate_size: int, k: int) -> bool:
    """The release rule (see the module docstring). ``changes``: how many people changed
    against each earlier release of the attribute (:func:`changed`, any order);
    ``candidate_size``: people with a known value in the candidate. With no earlier release
    the candidate needs ``k`` people; otherwise ``k`` changes against every earlier one."""
    k = validate_k(k)
    if not changes:
        return candidate_size >= k
    return min(changes) >= k


# --------------------------------------------------------------------------- storage


def table_to_json(table: CountTable) -> dict[str, Any]:
    """A published table as stored (already suppressed: hidden counts are null)."""
    return {
        "labels": list(table.labels),
        "counts": list(table.counts),
        "total": table.total,
        "k": table.k,
    }


def table_from_json(attribute: str, data: Mapping[str, Any]) -> CountTable:
    return CountTable(
        attribute=attribute,
        labels=tuple(data["labels"]),
        counts=tuple(data["counts"]),
        total=data["total"],
        k=int(data["k"]),
    )


_BASELINES = ("share_crossing", "ei_index", "assortativity")


def bridging_to_json(b: Bridging) -> dict[str, Any]:
    """Bridging against chance over the snapshot's population, as stored."""
    out: dict[str, Any] = {
        "ties_known": b.ties_known,
        "crossing": b.crossing,
        "withheld": b.withheld,
    }
    for name in _BASELINES:
        base = getattr(b, name)
        out[name] = None if base is None else asdict(base)
    return out


def bridging_from_json(attribute: str, data: Mapping[str, Any]) -> Bridging:
    baselines = {
        name: None if data.get(name) is None else Baseline(**data[name]) for name in _BASELINES
    }
    return Bridging(
        attribute=attribute,
        ties_known=data["ties_known"],
        crossing=data["crossing"],
        withheld=data["withheld"],
        **baselines,
    )
