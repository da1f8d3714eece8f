"""Update the Spanish catalog from the sources and list what is left to translate.

    python scripts/untranslated.py            # makemessages -l es, then list
    python scripts/untranslated.py --no-update  # list only

Run from the repository root with the project's environment (`make messages` does both).
New strings arrive empty; translate them in src/collaboratory/locale/es/LC_MESSAGES/django.po
until this prints nothing, then `make test` (tests/test_translations.py checks the same).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "collaboratory"
sys.path.insert(0, str(ROOT / "src"))

from collaboratory.pofile import read  # noqa: E402  (needs src on the path first)

CATALOG = PACKAGE / "locale" / "es" / "LC_MESSAGES" / "django.po"


def update() -> None:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT / "src"),
        "DJANGO_SETTINGS_MODULE": "collaboratory.config.settings",
    }
    subprocess.run(  # noqa: S603 (our own interpreter, fixed arguments)
        [sys.executable, "-m", "django", "makemessages", "-l", "es", "--no-location"],
        cwd=PACKAGE,
        env=env,
        check=True,
    )


def main() -> int:
    if "--no-update" not in sys.argv:
        update()
    left = [e for e in read(CATALOG)[1:] if not e.obsolete and not e.translated]
    for e in left:
        state = "fuzzy" if "fuzzy" in e.flags else "empty"
        print(f"[{state}] {e.msgid!r}" + (f" / {e.msgid_plural!r}" if e.msgid_plural else ""))
    print(f"{len(left)} string(s) left to translate in {CATALOG.relative_to(ROOT)}")
    return 1 if left else 0


if __name__ == "__main__":
    raise SystemExit(main())
