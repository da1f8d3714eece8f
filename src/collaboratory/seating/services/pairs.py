"""The stewards' hard rules between two people of a network: keep apart, keep together.
The reason stays with the stewards; the solver hears only the pair."""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Iterable
from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from collaboratory.audit.services import audit_record
from collaboratory.creditclub.selectors import minor_name
from collaboratory.networks.models import Network
from collaboratory.people.models import User
from collaboratory.seating.models import PairKind, SeatingPair
from collaboratory.seating.selectors import StudentRule, rule_guests, rule_people, seating_pairs
from collaboratory.validators import check_text


def _shown(network: Network, *people: User) -> list[str]:
    """`people` as the rules page names them in its refusals: a youth guest by first name
    only (`rule_guests`, as the page and its form), never the family name in full."""
    guests = rule_guests(network=network)
    return [minor_name(p.full_name) if p.pk in guests else p.full_name for p in people]


def seating_pair_add(
    *,
    network: Network,
    kind: str,
    first: User,
    second: User,
    reason: str,
    actor: User,
    now: datetime | None = None,
) -> SeatingPair:
    """Keep two people apart or together: members of the network or its youth guests
    (`rule_people`). The same rule sent again (kind and reason alike:
    a double click, two stewards at once) returns the saved one; any other rule for the
    pair is refused until that one is removed."""
    if kind not in PairKind.values:
        raise ValidationError({"kind": _("Choose keep apart or keep together.")})
    if first.pk == second.pk:
        raise ValidationError({"second": _("Choose two different people.")})
    reason = check_text(reason.strip(), field="reason", what=_("the reason"))
    if len(reason) > 300:
        raise ValidationError({"reason": _("Keep the reason under 300 characters.")})
    low, high = sorted((first, second), key=lambda u: u.pk)
    with transaction.atomic():
        # The rules are read under the network's row lock (SQLite's BEGIN IMMEDIATE already
        # serializes): the same rule saved twice at once (a double click) found no rule on
        # both sides, and the second insert hit the unique constraint, a server error.
        Network.objects.select_for_update(no_key=True).filter(pk=network.pk).values_list(
            "pk", flat=True
        ).first()
        if rule_people(network=network).filter(pk__in=[first.pk, second.pk]).count() != 2:
            raise ValidationError(
                _("Both people must be members of this network or youth guests at its gatherings.")
            )
        existing = SeatingPair.objects.filter(network=network, first=low, second=high).first()
        if existing is not None and (existing.kind, existing.reason) == (kind, reason):
            return existing  # the same rule sent again (Save pressed twice): it is saved
        if existing is not None:
            raise ValidationError(
                _("%(a)s and %(b)s already have a rule (%(rule)s): remove it first to change it.")
                % {
                    **dict(zip("ab", _shown(network, low, high), strict=True)),
                    "rule": existing.get_kind_display(),
                }
            )
        _checked_consistent(network=network, kind=kind, first=first, second=second)
        pair = SeatingPair.objects.create(
            network=network,
            kind=kind,
            first=low,
            second=high,
            reason=reason,
            created_by=actor,
            created_at=now or timezone.now(),
        )
        audit_record(
            action="seating.pair_added",
            actor=actor,
            network=network,
            target=pair,
            data={"kind": kind},
        )
    return pair


def seating_pair_remove(*, pair: SeatingPair, actor: User) -> None:
    with transaction.atomic():
        audit_record(
            action="seating.pair_removed",
            actor=actor,
            network=pair.network,
            target=pair,
            data={"kind": pair.kind},
        )
        pair.delete()


def _together_links(pairs: list[SeatingPair]) -> dict[int, list[tuple[int, SeatingPair]]]:
    links: dict[int, list[tuple[int, SeatingPair]]] = defaultdict(list)
    for pair in pairs:
        if pair.kind == PairKind.TOGETHER:
            links[pair.first_id].append((pair.second_id, pair))
            links[pair.second_id].append((pair.first_id, pair))
    return links


def _together_path(pairs: list[SeatingPair], start: int, goal: int) -> list[SeatingPair] | None:
    """The keep-together rules that link `start` to `goal` (keep-together is transitive: a
    chain of them seats everyone on it at one table), shortest first; None if none does."""
    links = _together_links(pairs)
    came: dict[int, tuple[int, SeatingPair] | None] = {start: None}
    queue = deque([start])
    while queue:
        at = queue.popleft()
        if at == goal:
            path = []
            while (step := came[at]) is not None:
                at, pair = step
                path.append(pair)
            return path[::-1]
        for other, pair in links[at]:
            if other not in came:
                came[other] = (at, pair)
                queue.append(other)
    return None


def _checked_consistent(*, network: Network, kind: str, first: User, second: User) -> None:
    """Refuse a rule that contradicts the network's rules: keeping apart two people whom
    keep-together rules seat at one table, or keeping together two people whose groups hold
    a pair kept apart. Every later plan would otherwise fail."""
    pairs = seating_pairs(network=network)
    if kind == PairKind.APART:
        path = _together_path(pairs, first.pk, second.pk)
        if path:
            raise ValidationError(
                _(
                    "%(a)s and %(b)s cannot be kept apart: keep-together rules seat them at one "
                    "table (%(rules)s). Remove one of those first."
                )
                % {
                    **dict(zip("ab", _shown(network, first, second), strict=True)),
                    "rules": ", ".join(
                        " · ".join(_shown(network, p.first, p.second))
                        for p in sorted(path, key=pairs.index)
                    ),
                }
            )
        return
    group = _together_groups(pairs)
    joined = {group.get(first.pk, first.pk), group.get(second.pk, second.pk)}
    for pair in pairs:
        ends = {group.get(pair.first_id, pair.first_id), group.get(pair.second_id, pair.second_id)}
        if pair.kind == PairKind.APART and ends == joined:
            raise ValidationError(
                _(
                    "Keeping %(a)s and %(b)s together would seat %(x)s and %(y)s at one table, "
                    "and a rule keeps them apart. Remove one of those rules first."
                )
                % dict(
                    zip(
                        "abxy", _shown(network, first, second, pair.first, pair.second), strict=True
                    )
                )
            )


def _together_groups(pairs: list[SeatingPair]) -> dict[int, int]:
    """Person id -> one id of their keep-together group (people in no group are left out:
    each is a group of their own)."""
    links = _together_links(pairs)
    group: dict[int, int] = {}
    for start in links:
        if start in group:
            continue
        group[start], queue = start, [start]
        while queue:
            for other, _pair in links[queue.pop()]:
                if other not in group:
                    group[other] = start
                    queue.append(other)
    return group


def student_rules_read_record(
    *, cohort: Network, viewer: User, rules: Iterable[StudentRule]
) -> int:
    """Audit a cohort steward's read of the host's rules about their students: an adult
    reading about minors is part of the record (safeguards.md), like `youth.member_read` and
    `profile.minor_read`. One row per young person the page names (the student, and a minor
    they are kept with), with how many of its rules name them. Returns the rows written."""
    named: defaultdict[int, set[int]] = defaultdict(set)  # person -> the rules naming them
    for rule in rules:
        for person_id in (rule.student_id, rule.other_minor_id):
            if person_id is not None:
                named[person_id].add(rule.pair_id)
    with transaction.atomic():
        for person_id, pairs in named.items():
            audit_record(
                action="seating.student_rules_read",
                actor=viewer,
                network=cohort,
                target=User(pk=person_id),
                data={"rules": len(pairs)},
            )
    return len(named)
