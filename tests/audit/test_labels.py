"""Every action the code records has a label in audit/labels.py, so the activity log never
shows a new action as a bare code.

The actions are read from the sources, not listed here: an AST walk over src/collaboratory
finds every `audit_record(action=...)` (and every `AuditEvent` row a migration creates) and
resolves what the argument can be: a string, either branch of `a if x else b`, a module
constant, a local name assigned strings in the function, or a parameter of the function,
resolved through the calls that pass it. An f-string must be declared below with the values
it takes; anything else fails, naming the file and line, so a new way of naming an action
cannot slip past unread.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import collaboratory
from collaboratory.audit.labels import (
    APPLICANT_ACTIONS,
    AREAS,
    GUARDIAN_ACTIONS,
    LABELS,
    NETWORKLESS_AREAS,
    UNNAMED_ACTOR_ACTIONS,
    action_label,
    area_of,
)
from collaboratory.commitments.models import GuardianApproval
from collaboratory.creditclub.models import ProposalState
from collaboratory.matching.models import IntroductionStatus

SRC = Path(collaboratory.__file__).parent

# The f-strings that build an action, with every value they can take. A new f-string fails
# the test until it is declared here (and its actions labelled).
BUILT: dict[str, list[str]] = {
    "f'commitment.guardian_{decision}'": [
        f"commitment.guardian_{d}" for d in (GuardianApproval.APPROVED, GuardianApproval.DECLINED)
    ],
    "f'introduction.{status}'": [f"introduction.{s}" for s in IntroductionStatus.values],
    "f'proposal.{target}'": [f"proposal.{s}" for s in ProposalState.values],
}


class Unreadable(Exception):
    pass


def _parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    return {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


def _function_of(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> ast.FunctionDef | None:
    while node in parents:
        node = parents[node]
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            return node  # type: ignore[return-value]
    return None


def _constants(tree: ast.Module) -> dict[str, str]:
    return {
        target.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
        for target in node.targets
        if isinstance(target, ast.Name)
    }


def _action_arguments(tree: ast.AST, function: str) -> Iterator[ast.Call]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name == function and any(kw.arg == "action" for kw in node.keywords):
                yield node


def _keyword(call: ast.Call) -> ast.expr:
    return next(kw.value for kw in call.keywords if kw.arg == "action")


class Module:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.tree = ast.parse(path.read_text(encoding="utf-8"))
        self.parents = _parents(self.tree)
        self.constants = _constants(self.tree)

    def values(self, node: ast.expr, at: ast.AST) -> set[str]:
        """The strings `node` (an argument written at `at`) can be."""
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return {node.value}
        if isinstance(node, ast.IfExp):
            return self.values(node.body, at) | self.values(node.orelse, at)
        if isinstance(node, ast.JoinedStr):
            built = ast.unparse(node)
            if built not in BUILT:
                raise Unreadable(f"{self.where(node)}: declare {built} in BUILT")
            return set(BUILT[built])
        if isinstance(node, ast.Name):
            return self.name_values(node, at)
        raise Unreadable(f"{self.where(node)}: cannot read the action {ast.unparse(node)}")

    def name_values(self, node: ast.Name, at: ast.AST) -> set[str]:
        function = _function_of(at, self.parents)
        if function is not None:
            assigned = {
                value
                for a in ast.walk(function)
                if isinstance(a, ast.Assign)
                and any(isinstance(t, ast.Name) and t.id == node.id for t in a.targets)
                for value in self.values(a.value, a)
            }
            if assigned:
                return assigned
            parameters = [a.arg for a in function.args.args + function.args.kwonlyargs]
            if node.id in parameters:
                passed = {
                    value
                    for call in _action_arguments(self.tree, function.name)
                    for value in self.values(_keyword(call), call)
                }
                if passed:
                    return passed
        if node.id in self.constants:
            return {self.constants[node.id]}
        raise Unreadable(f"{self.where(node)}: cannot tell what {node.id} holds")

    def where(self, node: ast.AST) -> str:
        return f"{self.path.relative_to(SRC)}:{getattr(node, 'lineno', '?')}"


def recorded_actions() -> dict[str, str]:
    """Every action the sources can record: {action: where it is recorded}."""
    found: dict[str, str] = {}
    for path in sorted(SRC.rglob("*.py")):
        module = Module(path)
        calls = list(_action_arguments(module.tree, "audit_record"))
        if path.parent.name == "migrations" and "AuditEvent" in path.read_text(encoding="utf-8"):
            calls += list(_action_arguments(module.tree, "create"))
        for call in calls:
            if path == SRC / "audit" / "services.py":
                continue  # audit_record itself, passing its parameter on
            for action in module.values(_keyword(call), call):
                found.setdefault(action, module.where(call))
    return found


def networked_areas() -> dict[str, str]:
    """The areas of every `audit_record` call that passes a network: {area: where}."""
    found: dict[str, str] = {}
    for path in sorted(SRC.rglob("*.py")):
        if path == SRC / "audit" / "services.py" or path.parent.name == "migrations":
            continue
        module = Module(path)
        for call in _action_arguments(module.tree, "audit_record"):
            if not any(k.arg == "network" for k in call.keywords):
                continue
            for action in module.values(_keyword(call), call):
                found.setdefault(area_of(action), module.where(call))
    return found


def test_the_filter_leaves_out_only_areas_never_recorded_with_a_network() -> None:
    """A network's log offers no area it can never hold, and hides none it can."""
    networked = networked_areas()

    assert sorted(NETWORKLESS_AREAS & set(networked)) == []
    assert sorted(set(AREAS) - NETWORKLESS_AREAS - set(networked)) == []


def test_every_recorded_action_has_a_label() -> None:
    actions = recorded_actions()

    missing = sorted(
        f"{action} ({where})" for action, where in actions.items() if action not in LABELS
    )

    assert missing == []


def test_the_walk_reads_every_way_an_action_is_named() -> None:
    actions = recorded_actions()

    # A string, a conditional, a local name, a parameter passed on, a module constant, an
    # f-string, a migration's row: one of each, as the code records them today.
    for action in (
        "guardian_consent.revoked",
        "profile.minor_read",
        "training.cohort_closed",
        "youth.session_created",
        "live.window_opened",
        "substitution.checked_in",
        "substitution.pass_stopped",
        "proposal.selected",
        "commitment.guardian_declined",
        "substitution.restored",
        "profile.name_contact_details_removed",
    ):
        assert action in actions
    assert len(actions) > 150


def test_an_unreadable_action_fails_the_walk(tmp_path: Path) -> None:
    source = tmp_path / "odd.py"
    source.write_text("def f(kind):\n    audit_record(action=kind.upper())\n")
    built = tmp_path / "built.py"
    built.write_text("def g(n):\n    audit_record(action=f'thing.{n}')\n")

    for path in (source, built):
        module = Module.__new__(Module)
        module.path, module.tree = SRC / path.name, ast.parse(path.read_text())
        module.parents, module.constants = _parents(module.tree), _constants(module.tree)
        call = next(_action_arguments(module.tree, "audit_record"))
        try:
            module.values(_keyword(call), call)
        except Unreadable:
            continue
        raise AssertionError(f"{path.name} was read")


def test_every_label_belongs_to_an_area() -> None:
    assert sorted({area_of(a) for a in LABELS} - set(AREAS)) == []


def test_an_action_without_a_label_reads_as_its_code() -> None:
    assert action_label("retired.thing_happened") == "retired.thing_happened"
    assert action_label("guardian_consent.revoked") == "Guardian withdrew consent"


def test_the_actions_named_apart_are_labelled_actions() -> None:
    """The sets the page reads to name an actor otherwise than by account ("a guardian",
    "an applicant", nobody) hold real actions: a misspelt code would silently not apply."""
    for actions in (GUARDIAN_ACTIONS, APPLICANT_ACTIONS, UNNAMED_ACTOR_ACTIONS):
        assert actions <= set(LABELS)
