"""Hot reads compiled once per process and run again with each request's values.

Issue #20: on the landing pages, building a query with the ORM (filters, joins, compiling
the SQL) cost 0.5-1.5 ms each, ten to thirty times what SQLite took to run it. A prepared
read is still written as an ORM query: `build` gets *stand-ins* for the values that change
per request (the network, the viewer, ids, a moment) and returns the QuerySet; it is built
and compiled once per shape, under a network scope whose network is the stand-in too, and
each call runs the same SQL with the stand-ins' parameters replaced by the real values. So
the query stays the one description of the read, every filter it has (the network's and
the viewer's included) stays in the SQL, and `tests/networks/test_prepared.py` holds it to
the ORM's own result.

What `build` may use: the stand-ins as values of filters (never in Python logic: the query
is built once), and no other per-request value. Compiling checks that every stand-in
reaches the SQL as a parameter (never written into its text), so a value the ORM turned
into something else fails at once instead of being run with the wrong value. Results as the
QuerySet would give them: model instances (with `select_related` and annotations),
`values_list` tuples, or `flat` values; no prefetching.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from django.db import connections
from django.db.models import QuerySet
from django.db.models.query import (  # type: ignore[attr-defined]
    FlatValuesListIterable,
    ModelIterable,
    ValuesListIterable,
    get_related_populators,
)
from django_scopes import get_scope, scope
from django_scopes.exceptions import ScopeError

from collaboratory.networks.models import Network

Value = int | datetime | Sequence[int]

# Stand-ins no row holds: ids far below zero, moments in 1901 with a microsecond mark.
_INT_BASE = -7_300_000_000_000
_MOMENT = datetime(1901, 2, 3, 4, 5, 6, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class _Compiled:
    sql: str
    params: tuple[Any, ...]
    slots: tuple[tuple[int, str, int], ...]  # (place in params, value's name, index or -1)
    kind: str  # "model", "tuple" or "flat"
    converters: tuple[tuple[int, tuple[Callable[..., Any], ...], Any], ...]
    model_part: tuple[Any, ...]  # model, init list, start, end, populators, annotations


_compiled: dict[tuple[Hashable, ...], _Compiled] = {}
_lock = threading.Lock()
KEPT = 1024


def _shape(values: dict[str, Value]) -> tuple[tuple[str, str, int], ...]:
    shape = []
    for name, value in sorted(values.items()):
        if isinstance(value, bool):
            raise TypeError(f"prepared value {name!r}: a bool is not an id")
        if isinstance(value, int):
            shape.append((name, "int", -1))
        elif isinstance(value, datetime):
            if value.tzinfo is None:
                raise TypeError(f"prepared value {name!r}: the moment needs a time zone")
            shape.append((name, "moment", -1))
        elif isinstance(value, (list, tuple)) and all(
            isinstance(v, int) and not isinstance(v, bool) for v in value
        ):
            shape.append((name, "ints", len(value)))
        else:
            raise TypeError(f"prepared value {name!r}: an int, a moment or a list of ints")
    return tuple(shape)


def _stand_ins(shape: tuple[tuple[str, str, int], ...]) -> dict[str, Any]:
    counter = itertools.count(1)
    made: dict[str, Any] = {}
    for name, kind, length in shape:
        if kind == "int":
            made[name] = _INT_BASE - next(counter)
        elif kind == "moment":
            made[name] = _MOMENT.replace(microsecond=next(counter))
        else:
            made[name] = [_INT_BASE - next(counter) for _ in range(length)]
    return made


def _adapt(value: Any, connection: Any) -> Any:
    """A value as the ORM passes it to the database for a filter on such a column."""
    if isinstance(value, datetime):
        return connection.ops.adapt_datetimefield_value(value)
    return value


def _compile(
    build: Callable[..., QuerySet[Any]], shape: tuple[tuple[str, str, int], ...], using: str
) -> _Compiled:
    stand_ins = _stand_ins(shape)
    # A read of no network is compiled under a stand-in network that must not reach its
    # SQL: a scoped model in it would be filtered by the network compiled first.
    unscoped = "network" not in stand_ins
    network = stand_ins["network"] if not unscoped else _INT_BASE
    connection = connections[using]
    with scope(network=network):
        queryset = build(**stand_ins)
        if queryset._prefetch_related_lookups or queryset._known_related_objects:  # type: ignore[attr-defined]
            raise TypeError("a prepared read cannot prefetch")
        compiler = queryset.query.get_compiler(using=using)
        sql, params = compiler.as_sql()
    wanted: dict[Any, tuple[str, int]] = {}
    for name, value in stand_ins.items():
        for index, one in enumerate(value) if isinstance(value, list) else [(-1, value)]:
            wanted[_adapt(one, connection)] = (name, index)
            if str(one) in sql:
                raise ValueError(f"prepared read: {name} was written into the SQL, not passed")
    slots = tuple(
        (place, *wanted[param])
        for place, param in enumerate(params)
        if isinstance(param, (int, str, datetime)) and param in wanted
    )
    if unscoped and network in params:
        raise ValueError("prepared read of no network: it reads a network's rows")
    missing = set(wanted.values()) - {(name, index) for _place, name, index in slots}
    if missing:
        raise ValueError(f"prepared read: {sorted(missing)} did not reach the SQL's parameters")
    iterable = queryset._iterable_class
    fields = [s[0] for s in compiler.select[: compiler.col_count]]
    converters = tuple(
        (place, tuple(found), expression)
        for place, (found, expression) in compiler.get_converters(fields).items()
    )
    model_part: tuple[Any, ...] = ()
    if iterable is ModelIterable:
        kind = "model"
        klass_info, select = compiler.klass_info, compiler.select
        select_fields = klass_info["select_fields"]
        start, end = select_fields[0], select_fields[-1] + 1
        model_part = (
            klass_info["model"],
            [f[0].target.attname for f in select[start:end]],
            start,
            end,
            get_related_populators(klass_info, select, using),
            tuple(compiler.annotation_col_map.items()),
        )
    elif iterable in (ValuesListIterable, FlatValuesListIterable):
        query = queryset.query
        names = [*query.extra_select, *query.values_select, *query.annotation_select]
        if queryset._fields and list(queryset._fields) != names:  # type: ignore[attr-defined]
            raise TypeError("a prepared values_list names its columns in the query's order")
        kind = "flat" if iterable is FlatValuesListIterable else "tuple"
    else:
        raise TypeError("a prepared read gives model instances or values_list rows")
    return _Compiled(sql, tuple(params), slots, kind, converters, model_part)


def prepared(
    key: Hashable,
    build: Callable[..., QuerySet[Any]],
    *,
    network: Network | int | None,
    using: str = "default",
    **values: Value,
) -> list[Any]:
    """`build(network=..., **values)`'s rows, the query compiled once per `key` and shape
    (the values' kinds and lengths). `key` names the query and whatever else shapes it
    (which filters apply, the limit); the values are only ever parameters. Inside a network
    scope the network must be the scope's. `network=None` is a read of what belongs to no
    network (a person's offers): `build` gets no network, and may read no scoped model."""
    all_values: dict[str, Value] = dict(values)
    if network is not None:
        network_id = network if isinstance(network, int) else network.pk
        current = get_scope()
        if current.get("_enabled", True):
            active = current.get("network")
            if active is None or getattr(active, "pk", active) != network_id:
                raise ScopeError("A prepared read runs in its own network's scope.")
        all_values["network"] = network_id
    shape = _shape(all_values)
    connection = connections[using]
    full_key = (key, connection.vendor, using, shape)
    compiled = _compiled.get(full_key)
    if compiled is None:
        compiled = _compile(build, shape, using)
        with _lock:
            if len(_compiled) >= KEPT:
                _compiled.clear()
            _compiled[full_key] = compiled
    params = list(compiled.params)
    for place, name, index in compiled.slots:
        value = all_values[name]
        params[place] = _adapt(value[index] if index >= 0 else value, connection)  # type: ignore[index]
    with connection.cursor() as cursor:
        cursor.execute(compiled.sql, params)
        rows: list[Any] = cursor.fetchall()
    if compiled.converters:
        converted = []
        for row in rows:
            row = list(row)
            for place, found, expression in compiled.converters:
                value = row[place]
                for converter in found:
                    value = converter(value, expression, connection)
                row[place] = value
            converted.append(row)
        rows = converted
    if compiled.kind == "flat":
        return [row[0] for row in rows]
    if compiled.kind == "tuple":
        return [tuple(row) for row in rows]
    model, init_list, start, end, populators, annotations = compiled.model_part
    objects = []
    for row in rows:
        obj = model.from_db(using, init_list, row[start:end])
        for populator in populators:
            populator.populate(row, obj)
        for name, place in annotations:
            setattr(obj, name, row[place])
        objects.append(obj)
    return objects
