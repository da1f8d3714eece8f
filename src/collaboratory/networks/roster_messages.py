"""The roster import's words: column labels and the message for each problem the pure checks
(`roster_csv.py`) report by code. Shared by the roster page and convener training's initial
roster, so a bad file reads the same wherever it is uploaded."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy

from collaboratory.networks.defaults import default_text, label_sort_key
from collaboratory.networks.roster_csv import RowError

FIELD_LABELS = {
    "email": gettext_lazy("Email"),
    "full_name": gettext_lazy("Full name"),
    "organization": gettext_lazy("Organization"),
    "title": gettext_lazy("Title"),
    "sector": gettext_lazy("Sector"),
    "city": gettext_lazy("City"),
    "region": gettext_lazy("Region"),
    "age_band": gettext_lazy("Age band"),
}
ROW_MESSAGES = {
    "empty": gettext_lazy("It is empty: fill it in."),
    "bad_email": gettext_lazy("“%(value)s” is not an email address: correct it."),
    "duplicate": gettext_lazy("The same email is on line %(value)s: keep one of the two."),
    "already_member": gettext_lazy("Already a member of this network: remove the line."),
    "former_member": gettext_lazy(
        "Has a membership here that is no longer active (removed, suspended or alumni): "
        "remove the line, and change its status on the roster to bring them back."
    ),
    "already_invited": gettext_lazy(
        "An invitation to this address is already waiting: remove the line, or revoke that "
        "invitation on the invitations page first."
    ),
    # The same words whatever the reason (a minor's account, a student's invitation, an
    # address that reaches nobody): no more than the invitation form says (`CLOSED`).
    "not_importable": gettext_lazy("This address cannot be invited: remove the line."),
    "too_long": gettext_lazy("Longer than %(value)s characters: shorten it."),
    "not_one_line": gettext_lazy(
        "Use one line: remove line breaks and control characters from the cell."
    ),
    "unknown_sector": gettext_lazy(
        "Unknown sector “%(value)s”: use one from the network's list (%(sectors)s), or add "
        "it to the list under Membership settings."
    ),
    "unknown_age_band": gettext_lazy(
        "Unknown age band “%(value)s”: use one of 18-29, 30-44, 45-64, 65+."
    ),
    # An adult network's invitation form has no guardian field: say where students join.
    "minor": gettext_lazy(
        "Students cannot be imported: each joins a youth cohort, invited one by one on its "
        "Invitations page with a guardian's email."
    ),
}
CSV_MESSAGES = {
    "not_utf8": gettext_lazy(
        "The file is not UTF-8 text. Save it from your spreadsheet as “CSV UTF-8” and upload "
        "it again."
    ),
    "empty": gettext_lazy("The file is empty. Upload a CSV with a header line and members."),
    "not_csv": gettext_lazy(
        "The file could not be read as CSV (a cell may be far too long). Save it from your "
        "spreadsheet as “CSV UTF-8” and upload it again."
    ),
    "no_rows": gettext_lazy("The file has no member rows under its header line."),
    "too_many_rows": gettext_lazy("The file has more than 20,000 rows: split it in parts."),
}
MAPPING_MESSAGES = {
    "missing": gettext_lazy("Choose the column that holds %(field)s: it is required."),
    "no_column": gettext_lazy("A chosen column does not exist in the file: choose again."),
    "twice": gettext_lazy("Each column can fill one field only: a column was chosen twice."),
}


@dataclass(frozen=True)
class RowMessage:
    line: int
    column: str
    message: str


def row_messages(errors: list[RowError], sectors: list[str]) -> list[RowMessage]:
    """Each bad cell as a line, a column label and a message a person can act on. The
    sectors (stored names) are listed as the reader sees them elsewhere; a file may use
    those names or the stored ones."""
    listed = ", ".join(sorted((default_text(s) for s in sectors), key=label_sort_key))
    return [
        RowMessage(
            e.line,
            str(FIELD_LABELS[e.field]),
            str(ROW_MESSAGES[e.code]) % {"value": e.value, "sectors": listed},
        )
        for e in errors
    ]
