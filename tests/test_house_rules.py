"""The rules of the house (docs/architecture.md, "Layers and import direction"), as tests.

- Interface code (pages, screens, tasks, management commands, the `collaboratory` command and
  the demo generator) writes no model directly: it calls a service, the one way to write.
- An import placed inside a function says why it is there.
- Pure modules import no Django.
- A calendar day is the network's (`networks.scoping.date_in`), never the active time zone's.

import-linter checks which modules may import which; these check what they do.
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
import io
import os
import re
import subprocess
import sys
import tokenize
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import ModuleType

import pytest
from django.core.cache import cache
from django.db.models import Manager, Model, QuerySet
from django.forms import ModelForm
from django.forms.models import BaseModelForm, BaseModelFormSet

import collaboratory
from collaboratory.people.models import User

SRC = Path(collaboratory.__file__).parent

# ---------------------------------------------------------------------------- direct writes

# Called on a manager or a queryset, each of these writes rows.
QUERYSET_WRITES = frozenset(
    {
        "create",
        "bulk_create",
        "bulk_update",
        "get_or_create",
        "update_or_create",
        "update",
        "delete",
    }
)
# Called on a model instance (or a model form), each of these writes rows.
INSTANCE_WRITES = frozenset({"save", "delete"})
MANAGERS = frozenset({"objects", "_default_manager", "_base_manager"})

# Files whose owners are fixing them on their own branches of issue 13, with what is missing.
# An entry that no longer matches anything fails the test below: delete it then.
PENDING: dict[str, str] = {}


def interface_modules() -> list[Path]:
    """Every module of the interface layer: views (`views.py`, `*_views.py`, a `live/`
    package's views), screens, tasks, management commands, the `collaboratory` command and
    the demo generator."""
    found = set()
    for path in SRC.rglob("*.py"):
        rel = path.relative_to(SRC)
        if "migrations" in rel.parts or path.name == "__init__.py":
            continue
        if (
            path.name in {"views.py", "screens.py", "tasks.py", "cli.py"}
            or path.name.endswith("_views.py")
            or rel.parts[-3:-1] == ("management", "commands")
            or ("live" in rel.parts[:-1] and "views" in path.stem)
            or rel.parts[0] == "demo"
        ):
            found.add(path)
    return sorted(found)


def _module_of(path: Path) -> ModuleType:
    name = ".".join(("collaboratory", *path.relative_to(SRC).with_suffix("").parts))
    return importlib.import_module(name)


def _touches_manager(node: ast.expr) -> bool:
    """Whether an expression reaches a model manager: `Model.objects...` anywhere along its
    chain of attributes and calls."""
    while True:
        if isinstance(node, ast.Attribute):
            if node.attr in MANAGERS:
                return True
            node = node.value
        elif isinstance(node, ast.Call):
            node = node.func
        elif isinstance(node, ast.Subscript):
            node = node.value
        else:
            return False


def _assignments(function: ast.AST | None, name: str) -> list[ast.expr]:
    """The values a local name is assigned in its function (none for a parameter or a loop
    variable: those stay unknown)."""
    if function is None:
        return []
    values: list[ast.expr] = []
    for node in ast.walk(function):
        if isinstance(node, ast.Assign):
            if any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
                values.append(node.value)
        elif (
            isinstance(node, ast.AnnAssign | ast.NamedExpr)
            and isinstance(node.target, ast.Name)
            and node.target.id == name
            and node.value
        ):
            values.append(node.value)
    return values


def _is_model_thing(obj: object) -> bool:
    return isinstance(obj, Model | QuerySet | Manager | BaseModelForm | BaseModelFormSet)


def _is_model_class(obj: object) -> bool:
    return isinstance(obj, type) and issubclass(
        obj, Model | QuerySet | Manager | BaseModelForm | BaseModelFormSet
    )


def _resolve(expr: ast.expr, namespace: Mapping[str, object]) -> tuple[bool, object]:
    """(found, object) for a dotted name (`cache`, `forms.Form`) in the module's globals."""
    parts: list[str] = []
    while isinstance(expr, ast.Attribute):
        parts.append(expr.attr)
        expr = expr.value
    if not isinstance(expr, ast.Name) or expr.id not in namespace:
        return False, None
    obj = namespace[expr.id]
    for part in reversed(parts):
        if not hasattr(obj, part):
            return False, None
        obj = getattr(obj, part)
    return True, obj


def _provably_not_a_model(
    receiver: ast.expr, function: ast.AST | None, namespace: Mapping[str, object]
) -> bool:
    """Whether the object a `.save()`/`.delete()` is called on is known not to be a model,
    a queryset or a model form: a module-level object of another kind (`cache`), or a local
    every assignment of which calls a class of another kind (`form = ContactForm(...)` with
    a plain Form). Anything we cannot tell is taken as a model."""
    found, obj = _resolve(receiver, namespace)
    if found:
        return not _is_model_thing(obj) and not _is_model_class(obj)
    if not isinstance(receiver, ast.Name):
        return False
    values = _assignments(function, receiver.id)
    if not values:
        return False
    for value in values:
        if not isinstance(value, ast.Call):
            return False
        found, cls = _resolve(value.func, namespace)
        if not (found and isinstance(cls, type)) or _is_model_class(cls):
            return False
    return True


def _is_queryset_local(
    receiver: ast.expr, function: ast.AST | None, namespace: Mapping[str, object]
) -> bool:
    if not isinstance(receiver, ast.Name) or receiver.id in namespace:
        return False
    return any(_touches_manager(v) for v in _assignments(function, receiver.id))


def _functions(tree: ast.AST) -> Iterator[tuple[ast.AST | None, ast.Call]]:
    """Every call with the innermost function around it (None at module level)."""

    def visit(node: ast.AST, function: ast.AST | None) -> Iterator[tuple[ast.AST | None, ast.Call]]:
        for child in ast.iter_child_nodes(node):
            inner = child if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef) else function
            if isinstance(child, ast.Call):
                yield function, child
            yield from visit(child, inner)

    yield from visit(tree, None)


def direct_writes(source: str, namespace: Mapping[str, object]) -> list[tuple[int, str]]:
    """(line, call) for each direct model write in `source`, a module whose globals are
    `namespace`.

    A write is `<manager or queryset>.create/bulk_create/bulk_update/get_or_create/
    update_or_create/update/delete(...)`, where the receiver reaches `.objects` (or
    `_default_manager`) in the same expression or is a local assigned from one; or
    `<x>.save(...)`/`<x>.delete(...)` unless `x` is provably something else (see
    `_provably_not_a_model`): so `cache.delete(key)` and the save of a plain `Form` are not
    writes, a `ModelForm`'s save and anything unknown are. `dict.update`, `delete_cookie` and
    `refresh_from_db` (a read) never match. Not seen: many-to-many manager writes (`.set`,
    `.add`) and querysets returned by other functions, which would need types."""
    tree = ast.parse(source)
    found = []
    for function, call in _functions(tree):
        if not isinstance(call.func, ast.Attribute):
            continue
        method, receiver = call.func.attr, call.func.value
        on_queryset = _touches_manager(receiver) or _is_queryset_local(
            receiver, function, namespace
        )
        if (method in QUERYSET_WRITES and on_queryset) or (
            method in INSTANCE_WRITES and not _provably_not_a_model(receiver, function, namespace)
        ):
            found.append((call.lineno, ast.unparse(call.func)))
    return found


def test_interface_code_writes_models_only_through_services() -> None:
    found = {}
    for path in interface_modules():
        rel = path.relative_to(SRC).as_posix()
        writes = direct_writes(path.read_text(), vars(_module_of(path)))
        if writes:
            found[rel] = writes
    unexpected = {
        f"{rel}:{line}": call for rel, w in found.items() if rel not in PENDING for line, call in w
    }
    stale = sorted(set(PENDING) - set(found))

    assert unexpected == {}, "call a service instead (services.py of the model's app)"
    assert stale == [], "these files no longer write directly: remove them from PENDING"


def test_the_interface_list_covers_every_kind_of_interface_module() -> None:
    names = {p.relative_to(SRC).as_posix() for p in interface_modules()}

    assert {
        "insights/views.py",
        "insights/tasks.py",
        "commitments/live/screens.py",
        "networks/consent_views.py",
        "demo/management/commands/seed_demo.py",
        "demo/generator.py",
        "cli.py",
    } <= names
    assert not [n for n in names if "migrations" in n or n.endswith("services.py")]


class _PlainForm:
    """Stands in for a non-model form, or anything else with a `save` method."""

    def save(self) -> None: ...


class _PersonForm(ModelForm):  # type: ignore[type-arg]
    class Meta:
        model = User
        fields = ["full_name"]


WRITES_AND_NOT = """
def view(request, pk):
    cache.delete("k")
    response.delete_cookie("c")
    context.update(a=1)
    thing.refresh_from_db()
    form = PlainForm(request.POST)
    form.save()
    model_form = PersonForm(request.POST)
    model_form.save()
    person = Person.objects.get(pk=pk)
    person.save()
    Person.objects.filter(pk=pk).update(name="x")
    rows = Person.objects.filter(pk=pk)
    rows.delete()
    Person.objects.bulk_create([])
"""


def test_the_detector_tells_model_writes_from_look_alikes() -> None:
    namespace = {"cache": cache, "PlainForm": _PlainForm, "PersonForm": _PersonForm, "Person": User}

    writes = direct_writes(WRITES_AND_NOT, namespace)

    assert [call for _line, call in writes] == [
        "model_form.save",
        "person.save",
        "Person.objects.filter(pk=pk).update",
        "rows.delete",
        "Person.objects.bulk_create",
    ]


# ---------------------------------------------------------------------------- imports in functions

DIRECTIVE = re.compile(r"noqa(:\s*[A-Z0-9, ]+)?|type:\s*ignore(\[[^\]]*\])?|pragma:[^#(]*", re.I)


def _comments(source: str) -> dict[int, tuple[str, bool]]:
    """{line: (comment text, whether the comment is the whole line)}."""
    out = {}
    lines = source.splitlines()
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT:
            row = token.start[0]
            out[row] = (token.string, lines[row - 1].lstrip().startswith("#"))
    return out


def _says_why(comment: str) -> bool:
    """A comment that is more than a linter directive (`# noqa: F401` alone says nothing)."""
    return bool(re.search(r"[A-Za-z]{2,}", DIRECTIVE.sub("", comment.lstrip("#"))))


def imports_without_a_reason(source: str) -> list[int]:
    """Lines of imports nested in a function with no comment saying why: one on the
    import's own lines, or a whole-line comment just above it, which also covers the imports
    that follow it directly (isort's blank lines between groups included)."""
    tree = ast.parse(source)
    comments = _comments(source)

    def on_its_lines(node: ast.stmt) -> bool:
        own = range(node.lineno, (node.end_lineno or node.lineno) + 1)
        return any(_says_why(comments[n][0]) for n in own if n in comments)

    def above(node: ast.stmt) -> bool:
        comment = comments.get(node.lineno - 1)
        return comment is not None and comment[1] and _says_why(comment[0])

    missing = []
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for body_owner in ast.walk(function):
            for field in ("body", "orelse", "finalbody", "handlers"):
                body = getattr(body_owner, field, None)
                if not isinstance(body, list):
                    continue
                group_explained = False
                previous_was_import = False
                for stmt in body:
                    if isinstance(stmt, ast.Import | ast.ImportFrom):
                        group_explained = above(stmt) or (previous_was_import and group_explained)
                        if not (group_explained or on_its_lines(stmt)):
                            missing.append(stmt.lineno)
                        previous_was_import = True
                    else:
                        previous_was_import = False
    return sorted(set(missing))


def test_the_import_check_reads_comments_as_intended() -> None:
    source = """
def f():
    import a  # a reason
    import b  # noqa: PLC0415
    # After setup: the registry needs it.
    from c import d

    from e import g
    x = 1
    import h
"""

    assert imports_without_a_reason(source) == [4, 10]


def test_every_import_inside_a_function_says_why() -> None:
    missing = {}
    for path in sorted(SRC.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        lines = imports_without_a_reason(path.read_text())
        if lines:
            missing[path.relative_to(SRC).as_posix()] = lines

    assert missing == {}, "say why on the line or just above, or move it to the top"


# ---------------------------------------------------------------------------- the network's day

# `timezone.localdate()` (or `localtime(at).date()`) with no zone named is the day in
# whatever time zone happens to be active: UTC in a task, a shell or a service called on its
# own, so a New York evening reads as tomorrow. Where a day truly belongs to no network,
# name the file here with the reason.
NETWORK_FREE_DAYS: dict[str, str] = {}


def _zone_named(call: ast.Call) -> bool:
    return len(call.args) >= 2 or any(kw.arg == "timezone" for kw in call.keywords)


def _called(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def zoneless_days(source: str) -> list[int]:
    """The lines that take a day in the active time zone: `localdate()` (as
    `timezone.localdate()` or imported bare) or `localtime(at).date()` with no zone named."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        if _called(node) == "localdate" and not _zone_named(node):
            lines.append(node.lineno)
        inner = node.func.value if isinstance(node.func, ast.Attribute) else None
        if (
            _called(node) == "date"
            and isinstance(inner, ast.Call)
            and _called(inner) == "localtime"
            and not _zone_named(inner)
        ):
            lines.append(node.lineno)
    return lines


def test_a_calendar_day_is_the_networks() -> None:
    found = {
        str(path.relative_to(SRC)): lines
        for path in sorted(SRC.rglob("*.py"))
        if (lines := sorted(zoneless_days(path.read_text(encoding="utf-8"))))
    }
    unexplained = {path: lines for path, lines in found.items() if path not in NETWORK_FREE_DAYS}
    assert unexplained == {}, (
        "timezone.localdate() or localtime(at).date() with no zone is the active time zone's "
        "day (UTC outside a network's page): use networks.scoping.date_in(network, at)"
    )
    assert set(NETWORK_FREE_DAYS) <= set(found), "an allowed file no longer needs it: drop it"


def test_the_day_check_finds_only_the_active_time_zones_day() -> None:
    source = (
        "from django.utils import timezone\n"
        "from django.utils.timezone import localdate\n"
        "a = timezone.localdate()\n"
        "b = timezone.localdate(at, zone)\n"
        "c = timezone.localdate(timezone=zone)\n"
        "d = localdate()\n"
        "e = date_in(network, timezone.now())\n"
        "f = timezone.localdate(at)\n"
        "g = timezone.localtime(at).date()\n"
        "h = timezone.localtime(at, zone).date()\n"
        "i = timezone.localtime(at).time()\n"
    )

    assert zoneless_days(source) == [3, 6, 8, 9]


# ---------------------------------------------------------------------------- pure modules

# Each entry names where the module lives; alternatives cover a module that issue 13 moves.
PURE_MODULES: list[tuple[str, ...] | object] = [
    ("collaboratory.creditclub.lifecycle",),
    ("collaboratory.commitments.lifecycle",),
    ("collaboratory.commitments.specificity",),
    ("collaboratory.commitments.specificity_es",),
    ("collaboratory.insights.engine",),
    ("collaboratory.insights.privacy",),
    ("collaboratory.insights.charts",),
    ("collaboratory.insights.snapshots",),
    ("collaboratory.matching.e5_small",),
    ("collaboratory.matching.engine",),
    ("collaboratory.matching.kinds",),
    ("collaboratory.matching.kinds_build",),
    ("collaboratory.matching.kinds_vectors",),
    ("collaboratory.matching.onnx_writer",),
    ("collaboratory.networks.tokens",),
    ("collaboratory.networks.roster_csv",),
    ("collaboratory.training.readiness",),
    ("collaboratory.networks.activity",),
    ("collaboratory.networks.packet",),
    ("collaboratory.plaintext",),
    ("collaboratory.csvfile",),
    ("collaboratory.money",),
    ("collaboratory.networks.envelopes",),
    ("collaboratory.pofile",),
    ("collaboratory.seating.solver",),
    ("collaboratory.seating.relabel",),
    ("collaboratory.webhooks.signing",),
    ("collaboratory.webhooks.destination",),
    ("collaboratory.youth.program",),
]


def _where(names: tuple[str, ...]) -> str:
    for name in names:
        try:
            if importlib.util.find_spec(name) is not None:
                return name
        except ModuleNotFoundError:  # its package has gone (moved elsewhere)
            continue
    raise AssertionError(f"none of {names} exists")


@pytest.mark.parametrize("names", PURE_MODULES, ids=lambda names: names[0])
def test_a_pure_module_imports_no_django(names: tuple[str, ...]) -> None:
    """In a fresh interpreter (this one has Django loaded), importing the module loads no
    `django` nor any `django_*` package."""
    probe = (
        f"import sys, {_where(names)}; "
        "print(sorted({m.split('.')[0] for m in sys.modules"
        " if m.split('.')[0] == 'django' or m.startswith('django_')}))"
    )
    env = {**os.environ, "PYTHONPATH": str(SRC.parent)}
    env.pop("DJANGO_SETTINGS_MODULE", None)

    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=env
    ).stdout

    assert out.strip() == "[]"


# ---------------------------------------------------------------------------- migrations

# A migration runs years after it was written, against the code of that day: a function of
# the app it calls may have changed (a data migration then rewrites rows another way on a
# new installation than it did on an old one) or gone (the migration no longer imports, and
# no new installation can be set up). So a migration carries a frozen copy of what it needs.
# The one import of our code Django writes itself is a module whose callables a field names
# (`import collaboratory.validators`, `import collaboratory.gatherings.models` for a default):
# at module level, read only by the operations, never by a RunPython function.


def app_code_in_migration(source: str) -> list[int]:
    """The lines of a migration that reach our code beyond what Django writes: `from
    collaboratory... import`, an import of it inside a function, a function that reads a
    module-level `import collaboratory...`, or `import_module("collaboratory...")`."""
    tree = ast.parse(source)
    lines = []

    def ours(name: str | None) -> bool:
        return bool(name) and (name == "collaboratory" or str(name).startswith("collaboratory."))

    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and ours(node.module):
            lines.append(node.lineno)
        elif isinstance(node, ast.Call) and _called(node) in {"import_module", "__import__"}:
            first = node.args[0] if node.args else None
            if isinstance(first, ast.Constant) and ours(str(first.value)):
                lines.append(node.lineno)
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            continue
        for node in ast.walk(function):
            imported = isinstance(node, ast.Import) and any(ours(a.name) for a in node.names)
            if imported or (isinstance(node, ast.Name) and node.id == "collaboratory"):
                lines.append(node.lineno)
    return sorted(set(lines))


def test_the_migration_check_tells_djangos_imports_from_app_code() -> None:
    source = """
import collaboratory.validators
import collaboratory.gatherings.models
from django.db import migrations, models
from collaboratory.people import contact


def forwards(apps, schema_editor):
    from collaboratory.people.contact import without_contact_details
    import collaboratory.people.photos
    collaboratory.validators.plain_text("x")
    importlib.import_module("collaboratory.people.contact")


class Migration(migrations.Migration):
    operations = [
        migrations.AddField(
            "gathering",
            "secret",
            models.CharField(
                default=collaboratory.gatherings.models.new_check_in_secret,
                validators=[collaboratory.validators.within_years],
            ),
        ),
        migrations.RunPython(forwards, lambda apps, editor: collaboratory.x()),
    ]
"""

    assert app_code_in_migration(source) == [5, 9, 10, 11, 12, 25]


def test_no_migration_imports_app_code() -> None:
    found = {}
    for path in sorted(SRC.glob("*/migrations/*.py")):
        lines = app_code_in_migration(path.read_text())
        if lines:
            found[path.relative_to(SRC).as_posix()] = lines

    assert found == {}, "copy what the migration needs into it, frozen (see the comment above)"


# ---------------------------------------------------------------------------- dates

# Days and times are written through the format names of `collaboratory/formats`
# (docs/architecture.md, "How dates are written"), so a page, an email and a message say a
# day the same way in each language. A literal format is allowed only where it is for a
# machine or adds what no name holds.
FORMAT_NAMES = frozenset(
    {
        "DATE_FORMAT",
        "DATETIME_FORMAT",
        "SHORT_DATE_FORMAT",
        "SHORT_DATETIME_FORMAT",
        "MONTH_DAY_FORMAT",
        "YEAR_MONTH_FORMAT",
        "TIME_FORMAT",
    }
)
MACHINE_FORMATS = {
    "c": "ISO 8601 for a <time datetime> or a data attribute that script reads",
    "T": "the time zone's abbreviation after a house-style time, in an email read elsewhere",
    "e": "the time zone's name after a house-style time, where the reader may be elsewhere",
}
# Files that keep a literal format on purpose, with the formats and why.
LITERAL_DATES: dict[str, tuple[frozenset[str], str]] = {
    "webhooks/templates/webhooks/detail.html": (
        frozenset({"Y-m-d H:i:s", "Y-m-d H:i"}),
        "the delivery log is compared with the receiver's own logs: sortable, to the second",
    ),
}
TEMPLATE_DATE = re.compile(r"""\|(?:date|time):\s*(["'])(.*?)\1""")
DATE_FUNCTIONS = frozenset({"date_format", "time_format"})


def literal_date_formats(text: str, *, python: bool) -> list[str]:
    """The literal formats a template (`|date:"..."`, `|time:"..."`) or a Python module
    (`date_format(value, "...")`, `time_format(...)`) writes dates with."""
    if not python:
        found = [m.group(2) for m in TEMPLATE_DATE.finditer(text)]
    else:
        found = []
        for node in ast.walk(ast.parse(text)):
            if not (isinstance(node, ast.Call) and _called(node) in DATE_FUNCTIONS):
                continue
            args = [*node.args[1:2], *(k.value for k in node.keywords if k.arg == "format")]
            found += [a.value for a in args if isinstance(a, ast.Constant)]
    return [f for f in found if f not in FORMAT_NAMES and f not in MACHINE_FORMATS]


def test_dates_are_written_through_the_format_names() -> None:
    found = {}
    for path in sorted(SRC.rglob("*")):
        if path.suffix not in {".html", ".txt", ".py"} or "migrations" in path.parts:
            continue
        literals = literal_date_formats(
            path.read_text(encoding="utf-8"), python=path.suffix == ".py"
        )
        rel = path.relative_to(SRC).as_posix()
        allowed = LITERAL_DATES.get(rel, (frozenset(), ""))[0]
        if left := sorted(set(literals) - allowed):
            found[rel] = left

    assert found == {}, (
        "write dates with a format name (DATE_FORMAT, SHORT_DATE_FORMAT, DATETIME_FORMAT, ...)"
        " or list the file in LITERAL_DATES with the reason"
    )


def test_the_date_check_finds_literal_formats() -> None:
    template = (
        """{{ a|date:"l j F Y" }} {{ a|date:'c' }} {{ a|date:"DATE_FORMAT" }} {{ a|date }}"""
        """ {{ a|time:"H:i" }} {{ a|time:"TIME_FORMAT" }} {{ a|date:"T" }}"""
    )
    module = (
        "from django.utils.formats import date_format\n"
        "a = date_format(day, 'j M Y')\n"
        "b = date_format(day, 'SHORT_DATE_FORMAT')\n"
        "c = date_format(day)\n"
        "d = formats.date_format(day, format='N j, Y')\n"
        "e = time_format(at, 'H:i')\n"
    )

    assert literal_date_formats(template, python=False) == ["l j F Y", "H:i"]
    assert literal_date_formats(module, python=True) == ["j M Y", "N j, Y", "H:i"]
