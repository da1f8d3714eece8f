"""Reading a roster file as a spreadsheet wrote it: errors name the row the steward sees in
the spreadsheet, blank rows included, and an apostrophe in a name is only an apostrophe."""

from __future__ import annotations

from collaboratory.networks.roster_csv import RowError, guess_mapping, read_csv, validate_rows
from collaboratory.people.models import MINOR_AGE_BANDS, AgeBand


def _check(data: bytes) -> tuple[list[tuple[int, str]], list[RowError]]:
    headers, rows = read_csv(data)
    clean, errors = validate_rows(
        rows,
        guess_mapping(headers),
        sectors=[],
        age_bands=AgeBand.values,
        minor_age_bands=MINOR_AGE_BANDS,
        member_emails=(),
        minor_emails=(),
    )
    return [(r.line, r.email) for r in clean], errors


def test_an_error_after_a_blank_row_names_the_spreadsheets_line() -> None:
    data = b"email,name\nana@example.org,Ana\n,\n\nnot-an-email,Ben\ncy@example.org,Cy\n"

    clean, errors = _check(data)

    assert errors == [RowError(5, "email", "bad_email", "not-an-email")]
    assert clean == [(2, "ana@example.org"), (6, "cy@example.org")]


def test_blank_rows_above_the_header_count_too() -> None:
    clean, errors = _check(b",\n\nemail,name\nnot-an-email,Ben\nana@example.org,Ana\n")

    assert errors == [RowError(4, "email", "bad_email", "not-an-email")]
    assert clean == [(5, "ana@example.org")]


def test_a_cell_with_a_line_break_is_still_one_spreadsheet_row() -> None:
    clean, errors = _check(b'email,name\n"not-an-email","Ben\nBrooks"\nana@example.org,Ana\n')

    assert sorted((e.line, e.field) for e in errors) == [(2, "email"), (2, "full_name")]
    assert clean == [(3, "ana@example.org")]


def test_apostrophes_are_not_read_as_quotes() -> None:
    data = (
        b"email,name,organization\n"
        b"ana@example.org,Ana,'Smith'\n"
        b"ben@example.org,Ben,'Til Dawn Bakery\n"
        b"cy@example.org,Cy,Rock 'n' Roll Club\n"
        b'dee@example.org,"Lee, Dee",Acme\n'
    )

    _headers, rows = read_csv(data)

    assert rows == [
        ["ana@example.org", "Ana", "'Smith'"],
        ["ben@example.org", "Ben", "'Til Dawn Bakery"],
        ["cy@example.org", "Cy", "Rock 'n' Roll Club"],
        ["dee@example.org", "Lee, Dee", "Acme"],
    ]


def test_a_semicolon_file_with_apostrophes_is_still_read_by_semicolons() -> None:
    headers, rows = read_csv(b"email;name\nana@example.org;Ana O'Neil\nben@example.org;'Ben'\n")

    assert headers == ["email", "name"]
    assert rows == [["ana@example.org", "Ana O'Neil"], ["ben@example.org", "'Ben'"]]


def test_a_semicolon_file_with_a_blank_row_and_a_short_row_is_still_read_by_semicolons() -> None:
    """Excel in much of Europe and Latin America saves with semicolons, and a file edited by
    hand has blank rows and rows with their last cells left off: the delimiter comes from
    the header when the rows disagree."""
    data = (
        "\ufeffName;Email;Organization;City\r\n"
        "José Núñez;jose@example.org;Casa Latina;Riverbend\r\n"
        "\r\n"
        "María O'Brien;maria@example.org;City Hall\r\n"
    ).encode()

    headers, rows = read_csv(data)

    assert headers == ["Name", "Email", "Organization", "City"]
    assert rows == [
        ["José Núñez", "jose@example.org", "Casa Latina", "Riverbend"],
        [],
        ["María O'Brien", "maria@example.org", "City Hall"],
    ]


def test_spanish_headers_are_matched_to_fields() -> None:
    headers = ["Nombre", "Correo electrónico", "Organización", "Cargo", "Ciudad", "Región", "Edad"]

    mapping = guess_mapping(headers)

    assert mapping == {
        "full_name": 0,
        "email": 1,
        "organization": 2,
        "title": 3,
        "sector": None,
        "city": 4,
        "region": 5,
        "age_band": 6,
    }
