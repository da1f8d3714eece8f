"""What stewards read when the planner refuses a room or a plan breaks a rule: the pure
solver's messages (plain English, people as keys) turned into translated sentences with the
people's names, the counts and what to change. The solver's wording is matched here only;
anything it says that is not foreseen is still shown, inside a translated sentence."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from collaboratory.seating.solver import SeatingError

_KEY = re.compile(r"\b[ps]([0-9]+)\b")


def named(text: str, names: Mapping[str, str]) -> str:
    """`text` with each person key (a person's "p<id>", a substitute's "s<id>") replaced by
    the name."""
    return _KEY.sub(lambda m: names.get(m.group(0), _("someone")), text)


def tables_for(people: int, size: int = 8) -> str:
    """Tables of `size` for `people`, as the form reads them ("7x8")."""
    return f"{max(1, -(-people // size))}x{size}"


_Words = Callable[[re.Match[str], Mapping[str, str]], str]


_VIOLATIONS: list[tuple[re.Pattern[str], _Words]] = [
    (
        re.compile(r"Table (\d+), round (\d+): a minor with fewer than two adults"),
        lambda m, n: (
            _("Table %(table)s, round %(round)s: a minor with fewer than two adults")
            % {"table": m[1], "round": m[2]}
        ),
    ),
    (
        re.compile(r"Table (\d+), round (\d+): (\S+) and (\S+) are to be kept apart"),
        lambda m, n: (
            _("Table %(table)s, round %(round)s: %(a)s and %(b)s are to be kept apart")
            % {"table": m[1], "round": m[2], "a": named(m[3], n), "b": named(m[4], n)}
        ),
    ),
    (
        re.compile(r"Round (\d+): (.+) are to sit together"),
        lambda m, n: (
            _("Round %(round)s: %(names)s are to sit together")
            % {"round": m[1], "names": named(m[2], n)}
        ),
    ),
    (
        re.compile(r"Table (\d+), round (\d+): (\d+) people at a table of (\d+)"),
        lambda m, n: (
            _("Table %(table)s, round %(round)s: %(people)s people at a table of %(seats)s")
            % {"table": m[1], "round": m[2], "people": m[3], "seats": m[4]}
        ),
    ),
    (
        re.compile(r"Round (\d+): (\S+) is not seated"),
        lambda m, n: (
            _("Round %(round)s: %(name)s has no seat") % {"round": m[1], "name": named(m[2], n)}
        ),
    ),
    (
        re.compile(r"Round (\d+): (\S+) is seated twice"),
        lambda m, n: (
            _("Round %(round)s: %(name)s is seated twice") % {"round": m[1], "name": named(m[2], n)}
        ),
    ),
]


def violation_text(line: str, names: Mapping[str, str]) -> str:
    """One hard rule a plan breaks (a line of `PlanCost.violations`), in words."""
    for pattern, words in _VIOLATIONS:
        if match := pattern.fullmatch(line):
            return words(match, names)
    return named(line, names)


@dataclass(frozen=True)
class BrokenRule:
    """A hard rule a plan breaks, in words, with the tables involved as (round, table),
    counted from 0: the board marks them, so the steward fixes the rule where it is."""

    text: str
    tables: tuple[tuple[int, int], ...] = ()


def listed(names: Sequence[str]) -> str:
    """Names in a sentence: "A", "A and B", "A, B and C"."""
    if len(names) < 2:
        return "".join(names)
    return _("%(listed)s and %(last)s") % {"listed": ", ".join(names[:-1]), "last": names[-1]}


def broken_rules(
    violations: Sequence[str],
    *,
    grid: Sequence[Sequence[Sequence[str]]],
    names: Mapping[str, str],
    minors: Collection[str],
    locks: Collection[tuple[int, int]],
) -> list[BrokenRule]:
    """Each line of `PlanCost.violations` of `grid` in words a steward can act on: who (by
    `names`, a young person already by first name), at which tables, and which of those
    tables are locked (a move there is refused until it is unlocked). The solver's line
    names no one for a young person's table, and only the round for a group kept together:
    the people and their tables are read from `grid`."""
    out = []
    for line in violations:
        rule = _broken_rule(line, grid=grid, names=names, minors=minors)
        locked = sorted(t for r, t in rule.tables if (r, t) in locks)
        if locked:
            r = rule.tables[0][0]
            numbers = listed([str(t + 1) for t in locked])
            note = ngettext(
                "table %(tables)s is locked in round %(round)d: unlock it to move people",
                "tables %(tables)s are locked in round %(round)d: unlock them to move people",
                len(locked),
            ) % {"tables": numbers, "round": r + 1}
            rule = BrokenRule(f"{rule.text} ({note})", rule.tables)
        out.append(rule)
    return out


def _name(key: str, names: Mapping[str, str]) -> str:
    return names.get(key, _("someone"))


def _broken_rule(
    line: str,
    *,
    grid: Sequence[Sequence[Sequence[str]]],
    names: Mapping[str, str],
    minors: Collection[str],
) -> BrokenRule:
    if match := re.fullmatch(r"Table (\d+), round (\d+): a minor with fewer than two adults", line):
        t, r = int(match[1]) - 1, int(match[2]) - 1
        seated = grid[r][t] if r < len(grid) and t < len(grid[r]) else []
        young = sorted((_name(p, names) for p in seated if p in minors), key=str.casefold)
        adults = sorted((_name(p, names) for p in seated if p not in minors), key=str.casefold)
        values = {"table": t + 1, "round": r + 1, "young": listed(young)}
        if adults:
            text = ngettext(
                "Table %(table)d, round %(round)d: %(young)s, a young person, has only one "
                "adult at the table, %(adult)s (two are needed)",
                "Table %(table)d, round %(round)d: %(young)s, young people, have only one "
                "adult at the table, %(adult)s (two are needed)",
                len(young),
            ) % {**values, "adult": adults[0]}
        else:
            text = (
                ngettext(
                    "Table %(table)d, round %(round)d: %(young)s, a young person, has no adult at "
                    "the table (two are needed)",
                    "Table %(table)d, round %(round)d: %(young)s, young people, have no adult at "
                    "the table (two are needed)",
                    len(young),
                )
                % values
            )
        return BrokenRule(text, ((r, t),))
    if match := re.fullmatch(
        r"Table (\d+), round (\d+): (\S+) and (\S+) are to be kept apart", line
    ):
        t, r = int(match[1]) - 1, int(match[2]) - 1
        a, b = sorted((_name(match[3], names), _name(match[4], names)), key=str.casefold)
        text = _("Table %(table)s, round %(round)s: %(a)s and %(b)s are to be kept apart") % {
            "table": t + 1,
            "round": r + 1,
            "a": a,
            "b": b,
        }
        return BrokenRule(text, ((r, t),))
    if match := re.fullmatch(r"Round (\d+): (.+) are to sit together", line):
        r = int(match[1]) - 1
        where = {p: t for t, seated in enumerate(grid[r] if r < len(grid) else []) for p in seated}
        people = sorted(match[2].split(", "), key=lambda p: _name(p, names).casefold())
        placed = [p for p in people if p in where]
        seats = [
            (_("%(name)s sits at table %(table)d") if i == 0 else _("%(name)s at table %(table)d"))
            % {"name": _name(p, names), "table": where[p] + 1}
            for i, p in enumerate(placed)
        ]
        text = _("Round %(round)d: %(names)s are to sit together, but %(where)s") % {
            "round": r + 1,
            "names": listed([_name(p, names) for p in people]),
            "where": listed(seats),
        }
        return BrokenRule(text, tuple(sorted({(r, where[p]) for p in placed})))
    if match := re.fullmatch(r"Table (\d+), round (\d+): \d+ people at a table of \d+", line):
        return BrokenRule(violation_text(line, names), ((int(match[2]) - 1, int(match[1]) - 1),))
    return BrokenRule(violation_text(line, names))


def seating_error_text(
    error: SeatingError,
    *,
    names: Mapping[str, str],
    table_sizes: Sequence[int],
    minors: int,
) -> str:
    """Why the planner cannot seat the room, with the counts and what to change."""
    text, people, seats = str(error), len(names), sum(table_sizes)
    if re.fullmatch(r"the tables seat \d+ people per round, fewer than the \d+ people", text):
        if seats >= people:
            # The seats are enough, but filling them would seat someone alone.
            size = max(3, *table_sizes)
            return _(
                "%(people)d people at these tables (%(seats)d seats) would leave someone "
                "sitting alone: use fewer, larger tables, for example %(suggestion)s."
            ) % {"people": people, "seats": seats, "suggestion": tables_for(people, size)}
        return too_few_seats_text(people=people, seats=seats)
    if text == "minors need at least two adults at their table; there are fewer":
        return minors_without_adults_text(minors=minors, adults=people - minors)
    if match := re.fullmatch(
        r"(\d+) minors cannot all sit with two adults: the tables leave room for (\d+)", text
    ):
        return ngettext(
            "%(minors)d young person needs a table with two adults, and these tables leave room "
            "for %(room)d beside two adults: use fewer, larger tables.",
            "%(minors)d young people need a table with two adults each, and these tables leave "
            "room for %(room)d beside two adults: use fewer, larger tables.",
            int(match[1]),
        ) % {"minors": int(match[1]), "room": int(match[2])}
    if match := re.fullmatch(
        r"the group to keep together \((.+)\) needs (\d+) seats; the largest table has (\d+)",
        text,
    ):
        return _(
            "%(names)s are kept together and need %(need)s seats, but the largest table seats "
            "%(largest)s: make one table larger or remove a keep-together rule."
        ) % {"names": named(match[1], names), "need": match[2], "largest": match[3]}
    if match := re.fullmatch(r"(\S+) and (\S+) are to be kept apart and to sit together", text):
        return _(
            "%(a)s and %(b)s are kept apart, and keep-together rules seat them at one table: "
            "remove one of those rules."
        ) % {"a": named(match[1], names), "b": named(match[2], names)}
    if match := re.fullmatch(
        r"the groups to keep together cannot be packed into the tables in round (\d+)", text
    ):
        return _(
            "The groups kept together do not fit the tables in round %(round)s: use larger "
            "tables or remove a keep-together rule."
        ) % {"round": match[1]}
    if match := re.fullmatch(
        r"(\S+) and (\S+) are to be kept apart, but round \d+ has one table", text
    ):
        return _(
            "%(a)s and %(b)s are to be kept apart, but everyone sits at one table: add a "
            "table, or remove that rule."
        ) % {"a": named(match[1], names), "b": named(match[2], names)}
    if match := re.fullmatch(
        r"the people to keep apart \((.+)\) cannot be split over the two tables of round \d+",
        text,
    ):
        return _(
            "The keep-apart rules among %(names)s cannot all be kept at two tables: add a "
            "table, or remove one of those rules."
        ) % {"names": named(match[1], names)}
    if match := re.fullmatch(r"no plan meeting the hard rules was found: (.+)", text):
        return _(
            "No plan keeps every hard rule at these tables (%(reasons)s): use fewer, larger "
            "tables, or remove a rule."
        ) % {"reasons": "; ".join(violation_text(line, names) for line in match[1].split("; "))}
    return _("The planner cannot seat this room: %(reason)s.") % {"reason": named(text, names)}


def minors_without_adults_text(*, minors: int, adults: int) -> str:
    return ngettext(
        "%(minors)d young person is coming and there are not two adults to sit with them "
        "(adults coming: %(adults)d): every table with a young person needs two adults.",
        "%(minors)d young people are coming and there are not two adults to sit with them "
        "(adults coming: %(adults)d): every table with a young person needs two adults.",
        minors,
    ) % {"minors": minors, "adults": adults}


def too_few_seats_text(*, people: int, seats: int) -> str:
    missing = people - seats
    return ngettext(
        "%(people)d people are coming but the tables seat %(seats)d: add %(missing)d seat.",
        "%(people)d people are coming but the tables seat %(seats)d: add %(missing)d seats.",
        missing,
    ) % {"people": people, "seats": seats, "missing": missing}


def pairs_text(pairs: Sequence[tuple[str, str]], *, most: int = 8) -> str:
    """Pairs of names in a sentence ("A and B, C and D and 3 more")."""
    listed = ", ".join(_("%(a)s and %(b)s") % {"a": a, "b": b} for a, b in pairs[:most])
    if len(pairs) > most:
        return _("%(listed)s, and %(more)d more") % {"listed": listed, "more": len(pairs) - most}
    return listed
