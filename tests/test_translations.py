"""Every string shown to people has a Spanish translation that keeps its placeholders.

The catalog is regenerated from the sources (makemessages into a temporary copy of the
package's locale directory), so a new `{% translate %}` or `_()` without a Spanish line fails
here. `make messages` (scripts/untranslated.py) updates the real catalog and lists what is left.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from collaboratory.pofile import Entry, read

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "collaboratory"
CATALOG = PACKAGE / "locale" / "es" / "LC_MESSAGES" / "django.po"

# %(name)s, %s, %d, %%, {name}, {{ name }}: what must survive translation unchanged.
PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]|%[sd%]|\{\{ ?[a-z_.]+ ?\}\}|\{[a-z_]+\}")


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def placeholder_problems(entries: list[Entry]) -> list[str]:
    problems = []
    for e in entries:
        if not e.translated:
            continue
        sources = [e.msgid] if not e.msgid_plural else [e.msgid, e.msgid_plural]
        for i, text in enumerate(e.msgstr):
            # A plural form may drop the count ("Presented once") but never invent a name.
            expected = set(placeholders(sources[min(i, len(sources) - 1)])) | set(
                placeholders(sources[-1])
            )
            if not set(placeholders(text)) <= expected or (
                not e.msgid_plural and placeholders(text) != placeholders(e.msgid)
            ):
                problems.append(f"{e.msgid!r} -> {text!r}")
    return problems


@pytest.fixture(scope="module")
def fresh_catalog(tmp_path_factory: pytest.TempPathFactory) -> list[Entry]:
    """makemessages over the sources, merged into a copy of our catalog (the real one is left
    alone: running the tests changes no committed file)."""
    if shutil.which("msgmerge") is None:
        pytest.skip("GNU gettext (msgmerge) is not installed: makemessages cannot run")
    work = tmp_path_factory.mktemp("messages")
    package = work / "collaboratory"
    shutil.copytree(
        PACKAGE,
        package,
        ignore=shutil.ignore_patterns("__pycache__", "*.mo", "static"),
    )
    env = {
        **os.environ,
        "PYTHONPATH": str(PACKAGE.parent),
        "DJANGO_SETTINGS_MODULE": "collaboratory.config.settings",
    }
    subprocess.run(
        [sys.executable, "-m", "django", "makemessages", "-l", "es", "--no-location"],
        cwd=package,
        env=env,
        check=True,
        capture_output=True,
    )
    return read(package / "locale" / "es" / "LC_MESSAGES" / "django.po")[1:]


def test_every_string_shown_to_people_is_translated(fresh_catalog: list[Entry]) -> None:
    missing = [e.msgid for e in fresh_catalog if not e.obsolete and not e.translated]
    assert not missing, (
        f"{len(missing)} string(s) have no Spanish translation (run `make messages`):\n"
        + "\n".join(repr(m) for m in missing[:40])
    )


def test_translations_keep_their_placeholders() -> None:
    problems = placeholder_problems([e for e in read(CATALOG)[1:] if not e.obsolete])
    assert not problems, "Placeholders differ:\n" + "\n".join(problems)


def test_the_placeholder_check_catches_a_dropped_or_renamed_name() -> None:
    good = Entry(msgid="Hello %(name)s", msgstr=["Hola %(name)s"])
    dropped = Entry(msgid="Hello %(name)s", msgstr=["Hola"])
    renamed = Entry(msgid="Hello {name}", msgstr=["Hola {nombre}"])
    assert placeholder_problems([good]) == []
    assert len(placeholder_problems([dropped, renamed])) == 2


def test_the_catalog_declares_spanish_plurals() -> None:
    header = read(CATALOG)[0].msgstr[0]
    assert "Plural-Forms: nplurals=2; plural=(n != 1);" in header
    assert "Language: es" in header
