"""Roster CSV: column mapping and row validation, as pure functions (no Django).

Every row is checked before anything is written; errors name the spreadsheet line (the header
is line 1), the column and the fix. The caller writes all rows or none.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from collaboratory.plaintext import is_one_line

FIELDS = ("email", "full_name", "organization", "title", "sector", "city", "region", "age_band")
REQUIRED = ("email", "full_name")
# Header names as people write them, in English and Spanish, lowercased and without accents.
SYNONYMS = {
    "email": ("email", "e mail", "email address", "mail", "correo", "correo electronico"),
    "full_name": ("full name", "name", "member", "member name", "nombre", "nombre completo"),
    "organization": (
        "organization",
        "organisation",
        "org",
        "employer",
        "company",
        "organizacion",
        "empresa",
    ),
    "title": ("title", "job title", "position", "role title", "cargo", "puesto"),
    "sector": ("sector",),
    "city": ("city", "town", "ciudad"),
    "region": ("region", "state", "area", "estado"),
    "age_band": ("age band", "age", "age group", "generation", "edad", "generacion"),
}
MAX_LENGTHS = {"full_name": 150, "organization": 200, "title": 150, "city": 100, "region": 100}
MAX_ROWS = 20000
_EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[A-Za-z]{2,}$")


def reaches_nobody(email: str) -> bool:
    """Whether mail to this address can reach no one: its domain is `.invalid` (RFC 6761),
    the placeholder a deleted person's records keep and training's sample members' domain.
    An invitation to it is refused in the same words as one to an address closed to
    invitations for a reason about its person (`invitation_closed_emails`), so that refusal
    is not one that only a person's circumstances can cause."""
    domain = email.strip().rpartition("@")[2].rstrip(".").lower()
    return domain == "invalid" or domain.endswith(".invalid")


class CsvUnreadable(ValueError):
    """The upload is not a CSV file we can read; args[0] is a code the interface words."""


@dataclass(frozen=True)
class RowError:
    """One problem: spreadsheet line, field, a code naming the problem and its details.
    The interface turns the code into a translated sentence
    (`networks.roster_messages.ROW_MESSAGES`)."""

    line: int
    field: str
    code: str
    value: str = ""


@dataclass(frozen=True)
class RosterRow:
    line: int
    email: str
    full_name: str
    organization: str = ""
    title: str = ""
    sector: str = ""
    city: str = ""
    region: str = ""
    age_band: str = ""


def _blank(row: Sequence[str]) -> bool:
    return not any(c.strip() for c in row)


def read_csv(data: bytes) -> tuple[list[str], list[list[str]]]:
    """Header and rows of an uploaded CSV (UTF-8, with or without BOM; comma, semicolon or
    tab). `rows[i]` is the spreadsheet's line `i + 2` whatever blank rows the file has: a
    blank row stays as `[]` (blank rows above the header too, moved below it), so an error
    names the line the steward sees. Only the delimiter is sniffed: quotes are always `"`,
    as every spreadsheet writes them (the sniffer would take the apostrophes of `'Smith'`
    for quotes and run one row into the next)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise CsvUnreadable("not_utf8") from error
    if not text.strip():
        raise CsvUnreadable("empty")
    delimiter = _delimiter(text)
    # newline="": the reader itself takes CR, LF and CRLF line ends (old Excel for Mac ends
    # lines with a bare CR) and keeps line breaks inside quoted cells.
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), csv.excel, delimiter=delimiter))
    except csv.Error as error:  # a cell over the reader's 128 KB limit, a broken quote
        raise CsvUnreadable("not_csv") from error
    above = next((i for i, row in enumerate(records) if not _blank(row)), len(records))
    rows = [[] if _blank(row) else row for row in records[above + 1 :]]
    while rows and not rows[-1]:
        rows.pop()
    filled = sum(1 for row in rows if row)
    if above == len(records) or filled == 0:
        raise CsvUnreadable("no_rows")
    if filled > MAX_ROWS:
        raise CsvUnreadable("too_many_rows")
    return [h.strip() for h in records[above]], [[] for _blank_row in range(above)] + rows


def _delimiter(text: str) -> str:
    """Comma, semicolon or tab. The sniffer reads the first rows without the blank ones;
    when rows disagree (a hand-edited file whose short rows leave their last cells off),
    the header's most frequent candidate decides; a one-column file is read by commas."""
    lines = [line for line in text[:4096].splitlines() if line.strip()]
    try:
        return csv.Sniffer().sniff("\n".join(lines), delimiters=",;\t").delimiter
    except csv.Error:
        header = lines[0] if lines else ""
        counts = {candidate: header.count(candidate) for candidate in ",;\t"}
        best = max(counts, key=lambda candidate: counts[candidate])
        return best if counts[best] else ","


def _header_key(header: str) -> str:
    """A header as SYNONYMS spells it: accents dropped, case and punctuation ignored."""
    plain = unicodedata.normalize("NFKD", header).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]+", " ", plain.lower()).strip()


def guess_mapping(headers: Sequence[str]) -> dict[str, int | None]:
    """Field -> column index, from header names (case and punctuation ignored)."""
    normalized = [_header_key(h) for h in headers]
    mapping: dict[str, int | None] = {}
    for field in FIELDS:
        mapping[field] = next((i for i, h in enumerate(normalized) if h in SYNONYMS[field]), None)
    return mapping


def mapping_problems(mapping: dict[str, int | None], column_count: int) -> list[tuple[str, str]]:
    """(code, field) pairs: "missing" for a required field without a column, "no_column" for
    a column index outside the file, "twice" when one column fills two fields."""
    problems = [("missing", f) for f in REQUIRED if mapping.get(f) is None]
    used = [i for i in mapping.values() if i is not None]
    if any(i < 0 or i >= column_count for i in used):
        problems.append(("no_column", ""))
    if len(used) != len(set(used)):
        problems.append(("twice", ""))
    return problems


def validate_rows(
    rows: Iterable[Sequence[str]],
    mapping: dict[str, int | None],
    *,
    sectors: Iterable[str],
    sector_spellings: Mapping[str, str] | None = None,
    age_bands: Iterable[str],
    minor_age_bands: Iterable[str],
    member_emails: Iterable[str],
    minor_emails: Iterable[str],
    invited_emails: Iterable[str] = (),
    former_emails: Iterable[str] = (),
) -> tuple[list[RosterRow], list[RowError]]:
    """Check every row; return the clean rows and every error found (all or nothing).

    `minor_emails` are the file's addresses closed to a member invitation for a reason the
    steward may not learn (`networks.selectors.invitation_closed_emails`: a minor's account,
    a student's invitation waiting here): the line is refused as "cannot be invited", the
    answer an address that reaches nobody (`reaches_nobody`) gets too, before any check that
    would say more (a student of this cohort was "already a member", or "no longer active"
    once their guardian withdrew consent).

    `sectors` are the stored names; `sector_spellings` maps other accepted spellings to one
    of them (a default sector's name in another language). A stored name wins a clash.

    `invited_emails` are the file's addresses with an invitation already waiting: a second
    link would only confuse the person and double the email.

    `former_emails` are members' addresses whose membership no longer admits them (removed,
    suspended, alumni): the roster, not an invitation, brings them back."""
    sector_names = {s.casefold(): s for s in sectors}
    for spelling, name in (sector_spellings or {}).items():
        sector_names.setdefault(spelling.casefold(), name)
    bands, minors = set(age_bands), set(minor_age_bands)
    members = {e.lower() for e in member_emails}
    minor_accounts = {e.lower() for e in minor_emails}
    invited = {e.lower() for e in invited_emails}
    former = {e.lower() for e in former_emails}
    seen: dict[str, int] = {}
    clean: list[RosterRow] = []
    errors: list[RowError] = []
    for index, row in enumerate(rows):
        line = index + 2
        if _blank(row):  # a blank spreadsheet row (read_csv keeps its place)
            continue

        def cell(field: str, row: Sequence[str] = row) -> str:
            column = mapping.get(field)
            if column is None or column >= len(row):
                return ""
            return " ".join(row[column].split())

        values = {field: cell(field) for field in FIELDS}
        row_errors: list[RowError] = [
            RowError(line, field, "not_one_line")
            for field in FIELDS
            if (column := mapping.get(field)) is not None
            and column < len(row)
            and not is_one_line(row[column].strip())
        ]
        email = values["email"].lower()
        if not email:
            row_errors.append(RowError(line, "email", "empty"))
        elif not _EMAIL.match(email):
            row_errors.append(RowError(line, "email", "bad_email", values["email"]))
        elif email in seen:
            row_errors.append(RowError(line, "email", "duplicate", str(seen[email])))
        elif email in minor_accounts or reaches_nobody(email):
            row_errors.append(RowError(line, "email", "not_importable"))
        elif email in former:
            row_errors.append(RowError(line, "email", "former_member"))
        elif email in members:
            row_errors.append(RowError(line, "email", "already_member"))
        elif email in invited:
            row_errors.append(RowError(line, "email", "already_invited"))
        if email and email not in seen:
            seen[email] = line
        if not values["full_name"]:
            row_errors.append(RowError(line, "full_name", "empty"))
        for field, limit in MAX_LENGTHS.items():
            if len(values[field]) > limit:
                row_errors.append(RowError(line, field, "too_long", str(limit)))
        sector = values["sector"]
        if sector and sector.casefold() not in sector_names:
            row_errors.append(RowError(line, "sector", "unknown_sector", sector))
        band = values["age_band"]
        if band and band not in bands:
            row_errors.append(RowError(line, "age_band", "unknown_age_band", band))
        elif band in minors:
            row_errors.append(RowError(line, "age_band", "minor"))
        if row_errors:
            errors.extend(row_errors)
            continue
        clean.append(
            RosterRow(
                line=line,
                email=email,
                full_name=values["full_name"],
                organization=values["organization"],
                title=values["title"],
                sector=sector_names.get(sector.casefold(), "") if sector else "",
                city=values["city"],
                region=values["region"],
                age_band=band,
            )
        )
    return clean, errors
