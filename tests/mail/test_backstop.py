"""The backstop: only collaboratory.networks.mail may touch django.core.mail, so no future
caller sends around the safeguard rule (see networks/mail.py for why a test and not a
backend)."""

from __future__ import annotations

import ast
from pathlib import Path

import collaboratory

SRC = Path(collaboratory.__file__).parent
ALLOWED = SRC / "networks" / "mail.py"


def mail_imports(source: str) -> list[int]:
    """Line numbers that import django.core.mail (any spelling) or reach it as an attribute."""
    lines = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [f"{node.module}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Attribute):
            names = [ast.unparse(node)]
        else:
            continue
        if any(n == "django.core.mail" or n.startswith("django.core.mail.") for n in names):
            lines.add(node.lineno)
    return sorted(lines)


def test_the_checker_sees_every_spelling() -> None:
    source = (
        "from django.core.mail import send_mail\n"
        "from django.core import mail\n"
        "import django.core.mail.message\n"
        "import django\n"
        "django.core.mail.send_mail('s', 'b', None, ['a@example.org'])\n"
        "from django.core.mail.message import EmailMessage\n"
        "x = 'django.core.mail.backends.locmem.EmailBackend'\n"
    )

    assert mail_imports(source) == [1, 2, 3, 5, 6]


def test_only_the_mail_module_imports_django_core_mail() -> None:
    offenders = {
        f"{path.relative_to(SRC)}:{line}"
        for path in SRC.rglob("*.py")
        if path != ALLOWED
        for line in mail_imports(path.read_text(encoding="utf-8"))
    }

    assert offenders == set()
