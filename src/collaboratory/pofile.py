"""Read gettext .po catalogs and compile them to .mo, in plain Python.

The .mo files are build output (not committed): `make install`, `make demo` and the test run
compile them from the committed .po. Django's `compilemessages` needs GNU gettext's `msgfmt`,
which a fresh machine may lack; this small compiler (the format is the one Python's own
Tools/i18n/msgfmt.py writes) needs nothing but the standard library. Pure: no Django, so the
translation test and scripts/untranslated.py read catalogs with it too.

    python -m collaboratory.pofile            # compile every locale/*/LC_MESSAGES/*.po
"""

from __future__ import annotations

import ast
import os
import re
import struct
import sys
from dataclasses import dataclass, field
from pathlib import Path

LOCALE_DIR = Path(__file__).resolve().parent / "locale"


@dataclass
class Entry:
    msgid: str
    msgid_plural: str = ""
    msgctxt: str | None = None
    msgstr: list[str] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)
    obsolete: bool = False

    @property
    def translated(self) -> bool:
        return bool(self.msgstr) and all(self.msgstr) and "fuzzy" not in self.flags


def _unquote(text: str) -> str:
    return ast.literal_eval(text) if text else ""


def read(path: Path) -> list[Entry]:
    """Every entry of a .po file, the header (msgid "") first."""
    entries: list[Entry] = []
    current: Entry | None = None
    flags: set[str] = set()
    target: tuple[str, int] | None = None  # which field continuation lines extend

    def finish() -> None:
        nonlocal current
        if current is not None:
            entries.append(current)
        current = None

    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        obsolete = line.startswith("#~")
        if obsolete:
            line = line[2:].strip()
        if not line:
            finish()
            flags, target = set(), None
            continue
        if line.startswith("#,"):
            flags |= {f.strip() for f in line[2:].split(",")}
            continue
        if line.startswith("#"):
            continue
        keyword, _sep, rest = line.partition(" ")
        if line.startswith('"'):
            if current is None or target is None:
                raise ValueError(f"{path}: a continuation line with no field: {raw!r}")
            name, index = target
            if name == "msgstr":
                current.msgstr[index] += _unquote(line)
            else:
                setattr(current, name, (getattr(current, name) or "") + _unquote(line))
            continue
        if keyword in ("msgctxt", "msgid") and (
            current is not None and (current.msgstr or keyword == "msgctxt")
        ):
            finish()
        if current is None:
            current = Entry(msgid="", flags=flags, obsolete=obsolete)
        if keyword == "msgctxt":
            current.msgctxt, target = _unquote(rest), ("msgctxt", 0)
        elif keyword == "msgid":
            current.msgid, target = _unquote(rest), ("msgid", 0)
        elif keyword == "msgid_plural":
            current.msgid_plural, target = _unquote(rest), ("msgid_plural", 0)
        elif keyword == "msgstr":
            current.msgstr, target = [_unquote(rest)], ("msgstr", 0)
        elif match := re.fullmatch(r"msgstr\[(\d+)\]", keyword):
            index = int(match.group(1))
            current.msgstr.extend([""] * (index + 1 - len(current.msgstr)))
            current.msgstr[index], target = _unquote(rest), ("msgstr", index)
        else:
            raise ValueError(f"{path}: cannot read line {raw!r}")
    finish()
    return entries


def compile_mo(entries: list[Entry]) -> bytes:
    """The .mo bytes for the translated entries (fuzzy and empty ones are left out, as msgfmt
    does, so the English shows rather than a wrong or blank text)."""
    table: dict[bytes, bytes] = {}
    for e in entries:
        if e.obsolete or not (e.msgid == "" or e.translated):
            continue
        key = e.msgid if not e.msgid_plural else e.msgid + "\0" + e.msgid_plural
        if e.msgctxt is not None:
            key = e.msgctxt + "\x04" + key
        table[key.encode()] = "\0".join(e.msgstr).encode()
    keys = sorted(table)
    ids = strs = b""
    offsets = []
    for k in keys:
        offsets.append((len(ids), len(k), len(strs), len(table[k])))
        ids += k + b"\0"
        strs += table[k] + b"\0"
    start_keys = 7 * 4
    start_values = start_keys + len(keys) * 8
    start_ids = start_values + len(keys) * 8
    start_strs = start_ids + len(ids)
    key_index: list[int] = []
    value_index: list[int] = []
    for o1, l1, o2, l2 in offsets:
        key_index += [l1, o1 + start_ids]
        value_index += [l2, o2 + start_strs]
    header = struct.pack("Iiiiiii", 0x950412DE, 0, len(keys), start_keys, start_values, 0, 0)
    return (
        header
        + struct.pack(f"{len(key_index)}i", *key_index)
        + struct.pack(f"{len(value_index)}i", *value_index)
        + ids
        + strs
    )


def compile_all(locale_dir: Path = LOCALE_DIR) -> list[Path]:
    """Write a .mo beside every .po that is newer than its .mo; returns those written."""
    written = []
    for po in sorted(locale_dir.glob("*/LC_MESSAGES/*.po")):
        mo = po.with_suffix(".mo")
        if mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime:
            continue
        # Through a temporary file: parallel test workers may compile at the same moment, and
        # a reader must never see half a catalog.
        partial = mo.with_suffix(f".mo.{os.getpid()}")
        partial.write_bytes(compile_mo(read(po)))
        os.replace(partial, mo)
        written.append(mo)
    return written


if __name__ == "__main__":
    for path in compile_all(Path(sys.argv[1]) if len(sys.argv) > 1 else LOCALE_DIR):
        print(f"compiled {path}")
