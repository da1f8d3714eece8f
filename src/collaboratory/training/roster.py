"""The initial roster of an organization in training: a CSV checked with the roster
importer's own pure rules (networks/roster_csv.py) against the sectors a new local network
starts with, and worded with the roster import's messages (networks/roster_messages.py)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from collaboratory.networks.defaults import sector_spellings
from collaboratory.networks.roster_csv import (
    CsvUnreadable,
    RosterRow,
    guess_mapping,
    mapping_problems,
    read_csv,
    validate_rows,
)
from collaboratory.networks.roster_messages import CSV_MESSAGES, row_messages
from collaboratory.networks.services import DEFAULT_SECTORS
from collaboratory.people.models import MINOR_AGE_BANDS, AgeBand
from collaboratory.people.selectors import minor_account_emails

MAX_ROSTER_BYTES = 1024 * 1024


def roster_rows_of(data: bytes) -> list[RosterRow]:
    """Every row of the file, or a ValidationError on `roster` naming each bad line: the
    columns must be named (email and full name at least), as the roster import guesses."""
    if len(data) > MAX_ROSTER_BYTES:
        raise ValidationError({"roster": _("The roster file is larger than 1 MB.")})
    try:
        headers, raw = read_csv(data)
    except CsvUnreadable as error:
        raise ValidationError({"roster": str(CSV_MESSAGES[error.args[0]])}) from error
    mapping = guess_mapping(headers)
    if mapping_problems(mapping, len(headers)):
        raise ValidationError(
            {
                "roster": _(
                    "Name the columns in the first line: at least “email” and “full name” "
                    "(also organization, title, sector, city, region, age band)."
                )
            }
        )
    column = mapping["email"] or 0  # mapping_problems checked that it is set
    minors = minor_account_emails(
        emails=(row[column].strip() for row in raw if column < len(row) and row[column].strip())
    )
    rows, errors = validate_rows(
        raw,
        mapping,
        sectors=DEFAULT_SECTORS,
        sector_spellings=sector_spellings(DEFAULT_SECTORS),
        age_bands=AgeBand.values,
        minor_age_bands=MINOR_AGE_BANDS,
        member_emails=(),
        minor_emails=minors,
    )
    if errors:
        messages = [
            _("Line %(line)d, %(column)s: %(message)s")
            % {"line": m.line, "column": m.column, "message": m.message}
            for m in row_messages(errors[:20], list(DEFAULT_SECTORS))
        ]
        raise ValidationError({"roster": messages})
    return rows
