"""Junk in every request value never gives a 5xx (finding 11).

Which names to send is collected statically, so a new read is covered without editing this
file: an AST walk over src/collaboratory finds every `request.GET` / `request.POST` read
(`.get("x")`, `["x"]`, `"x" in ...`, reads through a local alias such as
`data = request.POST`, and reads keyed by a module-level tuple of names such as
`SUBMIT_FIELDS`), every constant compared with such a read (the values of selectors like
`action` or `step`, which decide which branch parses the rest), and every field of every form
class, with the constant prefixes the code gives them (formsets get their management fields).
The roster importer's `map-<field>` names, built at run time, are added from the same
constant the code builds them from. Not covered here: a review form's `p<proposal>-` prefix
(its number is the object's), and the roster mapping step, which needs an uploaded file
first (a test below covers it).

Each route of the authorization policy is one test: as the steward of the own network, and
as a member where the policy lets members in, it sends a GET with every name set to each junk
value, a POST likewise, and for each selector value of the view's module a POST with that
value and junk everywhere else. POSTs are form-encoded, as a browser sends a form without a
file (Django parses a multipart body of a thousand fields about ten times slower, which was
half of this file's minutes in CI); the 10,000-character text goes in as many requests as
Django's body limit needs, so that it reaches the views instead of being refused whole.
Any 5xx fails, with the request that caused it. On
PostgreSQL only the junk a database can answer differently is sent (`DATABASE_JUNK`).
"""

from __future__ import annotations

import ast
import json
import logging
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from django import forms
from django.conf import settings
from django.db import connection
from django.test import Client
from django.urls import resolve, reverse

import collaboratory
from collaboratory.networks.roster_csv import FIELDS as ROSTER_FIELDS
from tests.api.helpers import api_client, persona_token
from tests.authz.objects import proposal_pk
from tests.authz.policy import OWN_NETWORK, POLICY, Rule
from tests.conftest import World, client_for
from tests.formwalk import our_form_classes

SRC = Path(collaboratory.__file__).parent
LONG = "x" * 10_000  # past every column's length: sent in form bodies only (`_requests`)
JUNK = [
    "abc",
    "-1",
    "0",
    "99999999999999999999",
    "",
    "\x00",
    "1e9",
    "2026-13-45",
    LONG,
    "²",  # str.isdigit() says yes, int() says no
]
# No "<script>" (one request in eleven here): no view hands a request value to a parser to
# which "<" or ">" means anything (no HTML or XML parser, no email header built from typed
# text, no regular expression or full-text query; searched 2026-12-07), so it reaches the
# same paths "abc" does; escaping on the pages has its own tests (tests/web/test_chrome.py
# and the pages' own).
# With a selector set to a real value, the rest gets these (the types most often parsed).
SELECTOR_JUNK = ["abc", "99999999999999999999", "\x00", "²"]
# On PostgreSQL (CI's second pass) only the values a database can answer differently: a NUL
# byte (PostgreSQL refuses it in text, SQLite stores it), an integer past 64 bits, a text
# past a column's length (enforced by PostgreSQL only), a negative number (check
# constraints) and the malformed number and date. The rest is parsed in Python before any
# query, which the first pass, on SQLite, covered; sending it again cost CI minutes.
DATABASE_JUNK = ["-1", "99999999999999999999", "\x00", "1e9", "2026-13-45", LONG]
DATABASE_SELECTOR_JUNK = ["99999999999999999999", "\x00"]
FORM = "application/x-www-form-urlencoded"


def _is_request_data(node: ast.AST, aliases: set[str]) -> bool:
    """`request.GET`, `request.POST` (any object's), or a local name bound to one."""
    if isinstance(node, ast.Attribute) and node.attr in ("GET", "POST"):
        return True
    return isinstance(node, ast.Name) and node.id in aliases


class _Reads(ast.NodeVisitor):
    """Per module: the names read from request data and the constants compared with them."""

    def __init__(self, tuples: dict[str, list[str]]) -> None:
        self.tuples = tuples
        self.names: set[str] = set()
        self.selectors: set[tuple[str, str]] = set()
        self.aliases: set[str] = set()
        self.bound: dict[str, str] = {}  # local variable -> the request name it holds

    def _key(self, node: ast.AST) -> list[str]:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return [node.value]
        if isinstance(node, ast.Name) and node.id in self.tuples:
            return self.tuples[node.id]
        return []

    def _read(self, node: ast.AST) -> str | None:
        """The request name `node` reads, if it is a read (or a variable holding one)."""
        if isinstance(node, ast.BoolOp):
            return next((n for n in map(self._read, node.values) if n), None)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr == "strip":
                return self._read(node.func.value)
            if node.func.attr == "get" and _is_request_data(node.func.value, self.aliases):
                keys = self._key(node.args[0]) if node.args else []
                return keys[0] if len(keys) == 1 else None
        if isinstance(node, ast.Subscript) and _is_request_data(node.value, self.aliases):
            keys = self._key(node.slice)
            return keys[0] if len(keys) == 1 else None
        if isinstance(node, ast.Name):
            return self.bound.get(node.id)
        return None

    def visit_Assign(self, node: ast.Assign) -> None:
        for target in node.targets:
            if isinstance(target, ast.Name):
                if _is_request_data(node.value, self.aliases):
                    self.aliases.add(target.id)
                elif (name := self._read(node.value)) is not None:
                    self.bound[target.id] = name
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        if (
            isinstance(node.func, ast.Attribute)
            and node.func.attr == "get"
            and _is_request_data(node.func.value, self.aliases)
            and node.args
        ):
            self.names.update(self._key(node.args[0]))
        self.generic_visit(node)

    def visit_Subscript(self, node: ast.Subscript) -> None:
        if _is_request_data(node.value, self.aliases):
            self.names.update(self._key(node.slice))
        self.generic_visit(node)

    def visit_Compare(self, node: ast.Compare) -> None:
        sides = [node.left, *node.comparators]
        read = next((n for n in map(self._read, sides) if n), None)
        for side in sides:
            if _is_request_data(side, self.aliases) and isinstance(node.left, ast.Constant):
                self.names.add(str(node.left.value))  # "submit" in request.POST
            if read is None:
                continue
            values = side.elts if isinstance(side, ast.Tuple | ast.List | ast.Set) else [side]
            for value in values:
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    self.selectors.add((read, value.value))
        self.generic_visit(node)


@cache
def _module_reads() -> dict[str, tuple[frozenset[str], frozenset[tuple[str, str]]]]:
    found = {}
    for path in SRC.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        tree = ast.parse(path.read_text())
        tuples = {
            t.id: [e.value for e in node.value.elts if isinstance(e, ast.Constant)]
            for node in tree.body
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Tuple | ast.List)
            for t in node.targets
            if isinstance(t, ast.Name)
        }
        visitor = _Reads(tuples)
        visitor.visit(tree)
        module = "collaboratory." + ".".join(path.relative_to(SRC).with_suffix("").parts)
        found[module] = (frozenset(visitor.names), frozenset(visitor.selectors))
    return found


def _constant_prefixes() -> set[str]:
    prefixes = set()
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if (
                isinstance(node, ast.keyword)
                and node.arg == "prefix"
                and isinstance(node.value, ast.Constant)
                and isinstance(node.value.value, str)
            ):
                prefixes.add(node.value.value)
    return prefixes


@cache
def all_names() -> frozenset[str]:
    """Every request name the code reads (see the module docstring)."""
    names = set().union(*(reads for reads, _selectors in _module_reads().values()))
    fields: set[str] = set()
    for cls in our_form_classes():
        fields.update(cls.base_fields)  # type: ignore[attr-defined]
        if issubclass(cls, forms.BaseForm):
            fields.update(getattr(cls, "declared_fields", {}))
    names |= fields
    for prefix in _constant_prefixes():
        names |= {f"{prefix}-{f}" for f in fields} | {f"{prefix}-0-{f}" for f in fields}
        names |= {f"{prefix}-{m}" for m in ("TOTAL_FORMS", "INITIAL_FORMS", "MAX_NUM_FORMS")}
    names |= {f"map-{field}" for field in ROSTER_FIELDS}
    return frozenset(names)


def selectors_of(module: str) -> list[tuple[str, str]]:
    return sorted(_module_reads().get(module, (frozenset(), frozenset()))[1])


def test_the_walk_finds_the_reads_of_the_findings() -> None:
    """The three reads of finding 11 and the selectors that lead to them are collected."""
    names = all_names()
    gatherings = selectors_of("collaboratory.gatherings.views")

    assert {"gathering", "proposal", "stipend", "direction", "what", "map-email"} <= names
    assert {"stipend-amount", "asks-0-what", "asks-TOTAL_FORMS"} <= names
    assert ("action", "stipend_approve") in gatherings
    assert ("step", "preview") in selectors_of("collaboratory.networks.roster_views")


def _personas(route: str) -> list[str]:
    rule = POLICY[route]
    personas = ["steward"]
    if rule.foreign is not None and rule.own["member"] not in (403, 404):
        personas.append("member")
    return personas


def _batches(names: list[str], junk: str) -> Iterator[dict[str, str]]:
    """Every name set to `junk`, split so that no form body passes Django's limits: a body over
    DATA_UPLOAD_MAX_MEMORY_SIZE (the 10,000-character text in every field) is refused whole,
    with a 400, before any view reads a value."""
    limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    batch: dict[str, str] = {}
    size = 0
    for name in names:
        pair = len(urlencode({name: junk})) + 1
        if batch and size + pair > limit:
            yield batch
            batch, size = {}, 0
        batch[name] = junk
        size += pair
    yield batch


def _requests(route: str, module: str) -> Iterator[tuple[str, dict[str, str]]]:
    names = sorted(all_names())
    postgres = connection.vendor == "postgresql"
    for junk in DATABASE_JUNK if postgres else JUNK:
        for batch in _batches(names, junk):
            if junk != LONG:
                # A 10,000-character value in a query string never reaches a view: the
                # servers refuse a request line past a few kilobytes (gunicorn's
                # limit_request_line is 4,094 bytes, uvicorn's h11 16 KB of head), so only
                # a form body carries it. Its four GETs cost CI time and tested nothing.
                yield "get", batch
            yield "post", batch
    for selector, value in selectors_of(module):
        for junk in DATABASE_SELECTOR_JUNK if postgres else SELECTOR_JUNK:
            yield "post", {**dict.fromkeys(names, junk), selector: value}


def test_every_junk_request_reaches_the_view() -> None:
    """Django refuses, before any view runs, a request with more fields than
    DATA_UPLOAD_MAX_NUMBER_FIELDS or a body over DATA_UPLOAD_MAX_MEMORY_SIZE: a junk request
    past either would pass here without testing anything."""
    sent = [
        (method, data)
        for module in ("collaboratory.gatherings.views", "collaboratory.networks.roster_views")
        for method, data in _requests("gatherings:manage", module)
    ]

    assert max(len(data) for _method, data in sent) < settings.DATA_UPLOAD_MAX_NUMBER_FIELDS
    assert (
        max(len(urlencode(data)) for _method, data in sent) <= settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    )
    assert any(LONG in data.values() for method, data in sent if method == "post")
    assert not any(LONG in data.values() for method, data in sent if method == "get")


# What the REST API reads: its query parameters and the fields of its request bodies.
API_NAMES = ("q", "limit", "offset", "role", "status")
API_BODY_FIELDS = ("answer", "both_parts", "wants_to_present", "dietary_needs", "access_needs")
API_BODY_FIELDS += ("to", "note", "delivered_amount")


def _api_requests(rule: Rule) -> Iterator[tuple[str, Any]]:
    """Junk in every query parameter, and as every field of a JSON body (and as the body)."""
    for junk in DATABASE_JUNK if connection.vendor == "postgresql" else JUNK:
        yield "get", dict.fromkeys(API_NAMES, junk)
        if rule.method != "get":
            yield rule.method, json.dumps(dict.fromkeys(API_BODY_FIELDS, junk))
            yield rule.method, json.dumps(junk)
            yield rule.method, junk


def _show(data: Any) -> str:
    if isinstance(data, str):
        return f"body={data[:40]!r}"
    values = set(data.values())
    junk = next((v for v in values if list(data.values()).count(v) > 1), "")
    odd = {k: v for k, v in data.items() if v != junk}
    return f"junk={junk[:20]!r} {odd}"


@pytest.fixture
def _quiet_request_log() -> Iterator[None]:
    """The 4xx answers are expected by the hundred; their warnings would drown the output."""
    logger = logging.getLogger("django.request")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    yield
    logger.setLevel(level)


@pytest.mark.usefixtures("_quiet_request_log")
@pytest.mark.parametrize("route", sorted(POLICY))
def test_junk_in_every_value_a_route_reads_gives_no_5xx(world: World, route: str) -> None:
    rule = POLICY[route]
    failures: list[str] = []
    for persona in _personas(route):
        network_key = OWN_NETWORK[persona]
        kwargs: dict[str, Any] = {
            k: v(world, network_key) if callable(v) else v for k, v in rule.kwargs.items()
        }
        if rule.foreign is not None:
            kwargs["network" if rule.api else "network_slug"] = world.network(network_key).slug
        url = reverse(route, kwargs=kwargs)
        module = resolve(url).func.__module__
        client: Client = (
            api_client(persona_token(world, persona))
            if rule.api
            else client_for(world.personas[persona])
        )
        client.raise_request_exception = False
        requests = _api_requests(rule) if rule.api else _requests(route, module)
        for method, data in requests:
            if isinstance(data, str):  # an API body: JSON text
                response = getattr(client, method)(url, data, content_type="application/json")
            elif method == "post":  # a form's own encoding, parsed far faster than multipart
                response = client.post(url, urlencode(data), content_type=FORM)
            else:
                response = client.get(url, data)
            if response.status_code >= 500:
                error = getattr(response, "exc_info", None)
                cause = repr(error[1])[:200] if error else ""
                failures.append(
                    f"{persona} {method.upper()} {response.status_code} {_show(data)} {cause}"
                )
    assert failures == []


def test_a_junk_id_gets_a_400_that_says_what_to_do(world: World) -> None:
    """Finding 11's three cases, which answered 500: now a 400 naming the value."""
    client = client_for(world.personas["steward"])
    gathering = world.gatherings["alpha"].pk
    proposal = proposal_pk(world, "alpha")

    carry = client_for(world.personas["member"]).post(  # the proposer carries over
        f"/n/alpha/creditclub/proposals/{proposal}/carry-over/", {"gathering": "abc"}
    )
    run = client.post(
        f"/n/alpha/creditclub/gatherings/{gathering}/run-of-show/", {"proposal": "abc"}
    )
    stipend = client.post(
        f"/n/alpha/gatherings/{gathering}/manage/", {"action": "stipend_approve", "stipend": "abc"}
    )

    assert [r.status_code for r in (carry, run, stipend)] == [400, 400, 400]
    for response, field in ((carry, "gathering"), (run, "proposal"), (stipend, "stipend")):
        assert (
            f"“{field}” must be the number of one of the page&#x27;s choices: reload the page "
            "and choose again."
        ) in response.content.decode()


def test_a_junk_column_number_in_the_roster_mapping_is_no_column(world: World) -> None:
    """The mapping step parses column numbers: "²" passed str.isdigit() and broke int()."""
    from tests.networks.test_roster_csv import upload

    client = client_for(world.personas["steward"])
    upload(client, "alpha", "Email,Name\nana@example.org,Ana Alvarez\n")

    response = client.post(
        "/n/alpha/roster/import/", {"step": "preview", "map-email": "²", "map-full_name": "1"}
    )

    assert response.status_code == 200
    assert "Choose the column that holds Email: it is required." in response.content.decode()
