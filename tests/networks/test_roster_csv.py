"""Roster CSV import (map, preview, validate every row, all or nothing) and export."""

from __future__ import annotations

import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django_scopes import scopes_disabled
from hypothesis import given, settings
from hypothesis import strategies as st

from collaboratory.audit.models import AuditEvent
from collaboratory.networks.models import Membership
from collaboratory.networks.roster_csv import (
    CsvUnreadable,
    RowError,
    guess_mapping,
    mapping_problems,
    read_csv,
    validate_rows,
    write_csv,
)
from collaboratory.people.models import MINOR_AGE_BANDS, AgeBand, User
from tests.conftest import World, client_for

SECTORS = ["Business", "Faith", "Nonprofit"]


def check(rows: list[list[str]], member_emails: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    mapping = guess_mapping(["Email", "Name", "Organisation", "Sector", "Age band"])
    return validate_rows(
        rows,
        mapping,
        sectors=SECTORS,
        age_bands=AgeBand.values,
        minor_age_bands=MINOR_AGE_BANDS,
        member_emails=member_emails,
    )


def test_headers_are_matched_to_fields_by_name() -> None:
    assert guess_mapping(["E-mail", "Full Name", "Employer", "Job title", "State"]) == {
        "email": 0,
        "full_name": 1,
        "organization": 2,
        "title": 3,
        "sector": None,
        "city": None,
        "region": 4,
        "age_band": None,
    }
    assert mapping_problems({"email": 0, "full_name": 0}, 2) == [("twice", "")]
    assert mapping_problems({"email": None, "full_name": 5}, 2) == [
        ("missing", "email"),
        ("no_column", ""),
    ]


def test_every_bad_row_is_reported_by_line_and_column() -> None:
    rows = [
        ["ana@example.org", "Ana Alvarez", "Food Bank", "nonprofit", "30-44"],
        ["not-an-email", "Ben Brooks", "", "", ""],
        ["ANA@example.org", "Ana Again", "", "", ""],
        ["cy@example.org", "", "", "Astrology", "12"],
        ["dee@example.org", "Dee Minor", "", "", "16-17"],
        ["member@alpha.example", "Already Here", "", "", ""],
    ]

    clean, errors = check(rows, member_emails=("Member@Alpha.example",))

    assert [r.email for r in clean] == ["ana@example.org"]
    assert clean[0].sector == "Nonprofit"  # matched case-insensitively, stored as listed
    assert errors == [
        RowError(3, "email", "bad_email", "not-an-email"),
        RowError(4, "email", "duplicate", "2"),
        RowError(5, "full_name", "empty"),
        RowError(5, "sector", "unknown_sector", "Astrology"),
        RowError(5, "age_band", "unknown_age_band", "12"),
        RowError(6, "age_band", "minor"),
        RowError(7, "email", "already_member"),
    ]


@pytest.mark.parametrize(
    ("data", "code"),
    [(b"\xff\xfe\x00bad", "not_utf8"), (b"   \n", "empty"), (b"email,name\n", "no_rows")],
)
def test_unreadable_files_say_why(data: bytes, code: str) -> None:
    with pytest.raises(CsvUnreadable, match=f"^{code}$"):
        read_csv(data)


@settings(max_examples=200)
@given(
    st.lists(
        st.lists(st.text(max_size=30), min_size=0, max_size=7),
        min_size=1,
        max_size=15,
    )
)
def test_any_rows_give_either_a_clean_row_or_an_error_and_never_crash(
    rows: list[list[str]],
) -> None:
    clean, errors = check(rows)

    lines_with_errors = {e.line for e in errors}
    assert {r.line for r in clean}.isdisjoint(lines_with_errors)
    assert len(clean) + len(lines_with_errors) == len(rows)
    assert all("@" in r.email and r.full_name for r in clean)


@given(st.lists(st.text(), min_size=1, max_size=6))
def test_export_never_lets_a_cell_become_a_formula(cells: list[str]) -> None:
    text = write_csv([f"c{i}" for i in range(len(cells))], [cells])
    row = next(iter(csv.reader(io.StringIO(text[text.index("\r\n") + 2 :]))), [])

    assert all(not c.startswith(("=", "+", "-", "@")) for c in row)


def upload(client, network_slug: str, text: str):  # type: ignore[no-untyped-def]
    file = SimpleUploadedFile("roster.csv", text.encode(), content_type="text/csv")
    return client.post(f"/n/{network_slug}/roster/import/", {"step": "upload", "file": file})


MAP = {"map-email": "0", "map-full_name": "1", "map-organization": "2", "map-sector": "3"}


def test_import_previews_then_writes_every_row(world: World) -> None:
    client = client_for(world.personas["steward"])
    upload(
        client,
        "alpha",
        "Email,Name,Organization,Sector\n"
        "ana@example.org,Ana Alvarez,Food Bank,Nonprofit\n"
        "member@alpha.example,Member Again,Alpha Works,\n",
    )

    page = client.get("/n/alpha/roster/import/").content.decode()
    preview = client.post("/n/alpha/roster/import/", {"step": "preview", **MAP}).content.decode()
    refused = client.post("/n/alpha/roster/import/", {"step": "import", **MAP})

    assert '<option value="0" selected>Email</option>' in page
    assert "1 problem to fix first" in preview
    assert "Already a member of this network: remove the line." in preview
    assert "Nothing has been written." in refused.content.decode()
    assert not User.objects.filter(email="ana@example.org").exists()

    upload(
        client,
        "alpha",
        "Email,Name,Organization,Sector\n"
        "ana@example.org,Ana Alvarez,Food Bank,Nonprofit\n"
        "bo@example.org,Bo Baker,,\n",
    )
    done = client.post("/n/alpha/roster/import/", {"step": "import", **MAP})

    assert done["Location"] == "/n/alpha/roster/"
    with scopes_disabled():
        imported = sorted(
            Membership.objects.filter(
                user__email__in=["ana@example.org", "bo@example.org"]
            ).values_list("user__full_name", "organization__name", "sector__name", "status")
        )
    assert imported == [
        ("Ana Alvarez", "Food Bank", "Nonprofit", "active"),
        ("Bo Baker", None, None, "active"),
    ]


def test_a_file_that_is_not_csv_text_is_refused_with_the_fix(world: World) -> None:
    client = client_for(world.personas["steward"])
    file = SimpleUploadedFile("roster.xlsx", b"PK\x03\x04\xff\xfe binary", content_type="x")

    response = client.post("/n/alpha/roster/import/", {"step": "upload", "file": file}, follow=True)

    assert "Save it from your spreadsheet as “CSV UTF-8”" in response.content.decode()


def test_export_has_the_roster_but_no_self_descriptions_and_no_minor_contacts(
    world: World,
) -> None:
    alpha = client_for(world.personas["steward"]).get("/n/alpha/roster/export.csv")
    youth = client_for(world.personas["steward"]).get("/n/alpha-youth/roster/export.csv")

    text = alpha.content.decode()
    rows = list(csv.DictReader(io.StringIO(text)))
    assert alpha["Content-Type"] == "text/csv; charset=utf-8"
    emails = {r["email"] for r in rows}
    assert {"member@alpha.example", "steward@alpha.example"} <= emails
    assert len(rows) == 3
    assert "CANARY-SELF-DESCRIBED" not in text
    youth_rows = list(csv.DictReader(io.StringIO(youth.content.decode())))
    assert [r["email"] for r in youth_rows if r["role"] == "youth_member"] == ["", ""]
    assert AuditEvent.objects.filter(action="roster.exported").count() == 2
