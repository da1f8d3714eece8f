"""Roster CSV import (map, preview, validate every row, all or nothing) and export."""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, datetime

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.mail import EmailMessage
from django_scopes import scopes_disabled
from hypothesis import example, given, settings
from hypothesis import strategies as st

from collaboratory.audit.models import AuditEvent
from collaboratory.csvfile import csv_text
from collaboratory.networks.models import Invitation, Membership, MembershipStatus
from collaboratory.networks.roster_csv import (
    CsvUnreadable,
    RosterRow,
    RowError,
    guess_mapping,
    mapping_problems,
    read_csv,
    validate_rows,
)
from collaboratory.networks.roster_messages import RowMessage
from collaboratory.networks.services import roster_import
from collaboratory.people.models import MINOR_AGE_BANDS, AgeBand, User
from tests.conftest import World, client_for

SECTORS = ["Business", "Faith", "Nonprofit"]


def check(  # type: ignore[no-untyped-def]
    rows: list[list[str]],
    member_emails: tuple[str, ...] = (),
    minor_emails: tuple[str, ...] = (),
):
    mapping = guess_mapping(["Email", "Name", "Organisation", "Sector", "Age band"])
    return validate_rows(
        rows,
        mapping,
        sectors=SECTORS,
        age_bands=AgeBand.values,
        minor_age_bands=MINOR_AGE_BANDS,
        member_emails=member_emails,
        minor_emails=minor_emails,
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
        ["Kid@Example.org", "Adult Per The File", "", "", "30-44"],
    ]

    clean, errors = check(
        rows, member_emails=("Member@Alpha.example",), minor_emails=("kid@example.org",)
    )

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
        RowError(8, "email", "not_importable"),
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
    # A blank row is skipped (read_csv keeps it only so that later lines keep their number).
    filled = [row for row in rows if any(c.strip() for c in row)]
    assert len(clean) + len(lines_with_errors) == len(filled)
    assert all("@" in r.email and r.full_name for r in clean)


def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


@given(st.lists(st.text(), min_size=1, max_size=6))
@example(["\t0"])  # float() reads it as 0, but a spreadsheet reads a tab first
@example(["\r-1", " -1", "-1", "+1.5e3"])
def test_export_never_lets_a_cell_become_a_formula(cells: list[str]) -> None:
    """The roster export writes through the house's one CSV writer: a cell that would start a
    formula comes back quoted, and only a number may start with + or -."""
    text = csv_text([cells], header=[f"c{i}" for i in range(len(cells))])
    row = next(iter(csv.reader(io.StringIO(text[text.index("\r\n") + 2 :], newline=""))), [])

    assert all(not c.startswith(("=", "@", "\t", "\r")) for c in row)
    assert all(_is_number(c) for c in row if c.startswith(("+", "-")))


def upload(client, network_slug: str, text: str):  # type: ignore[no-untyped-def]
    file = SimpleUploadedFile("roster.csv", text.encode(), content_type="text/csv")
    return client.post(f"/n/{network_slug}/roster/import/", {"step": "upload", "file": file})


MAP = {"map-email": "0", "map-full_name": "1", "map-organization": "2", "map-sector": "3"}


def test_import_previews_then_invites_every_row(
    world: World,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
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
    with scopes_disabled():
        assert Invitation.objects.filter(email="ana@example.org").exists() is False

    upload(
        client,
        "alpha",
        "Email,Name,Organization,Sector,Title\n"
        "ana@example.org,Ana Alvarez,Food Bank,Nonprofit,Director\n"
        "bo@example.org,Bo Baker,,,\n",
    )
    with django_capture_on_commit_callbacks(execute=True):
        done = client.post("/n/alpha/roster/import/", {"step": "import", **MAP, "map-title": "4"})

    assert done["Location"] == "/n/alpha/invitations/"
    assert sorted(m.to[0] for m in mail.outbox) == ["ana@example.org", "bo@example.org"]
    assert User.objects.filter(email__in=["ana@example.org", "bo@example.org"]).count() == 0
    with scopes_disabled():
        invited = sorted(
            Invitation.objects.filter(email__in=["ana@example.org", "bo@example.org"]).values_list(
                "email", "full_name", "role", "organization__name", "sector__name", "title"
            )
        )
    assert invited == [
        ("ana@example.org", "Ana Alvarez", "member", "Food Bank", "Nonprofit", "Director"),
        ("bo@example.org", "Bo Baker", "member", None, None, ""),
    ]

    accepted = client_for(None).post(
        link_in(mail.outbox, "ana@example.org"),
        {"full_name": "Ana Alvarez", "age_band": "30-44", "password": "a-long-passphrase"}
        | {"pledges": ["0", "1", "2"]},
    )

    assert accepted["Location"] == "/n/alpha/welcome/"
    with scopes_disabled():
        joined = Membership.objects.filter(user__email="ana@example.org").values_list(
            "network__slug", "organization__name", "sector__name", "title", "status"
        )
        assert list(joined) == [("alpha", "Food Bank", "Nonprofit", "Director", "active")]


def link_in(outbox: list[EmailMessage], email: str) -> str:
    """The invitation link's path in the email sent to `email`."""
    (body,) = [m.body for m in outbox if m.to == [email]]
    match = re.search(r"https?://[^/\s]+(/invitations/token/[^/\s]+/)", body)
    assert match is not None
    return match.group(1)


def test_an_account_from_another_network_is_only_invited_and_nothing_about_it_shows(
    world: World,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    """Finding 1: a steward must not attach someone else's member, nor read their profile."""
    foreign = world.personas["foreign_steward"]
    assert foreign is not None
    User.objects.filter(pk=foreign.pk).update(
        full_name="Stored Bravo Name", city="Stored Bravo City", region="Stored Region"
    )
    client = client_for(world.personas["steward"])
    upload(
        client,
        "alpha",
        "Email,Name,Organization,City,Region\n"
        f"{foreign.email},Typed By Alpha,Alpha Partner,Typed City,Typed Region\n",
    )
    mapping = {"map-email": "0", "map-full_name": "1", "map-organization": "2"}
    mapping |= {"map-city": "3", "map-region": "4"}

    preview = client.post("/n/alpha/roster/import/", {"step": "preview", **mapping})
    with django_capture_on_commit_callbacks(execute=True):
        done = client.post("/n/alpha/roster/import/", {"step": "import", **mapping})
    pages = [
        preview,
        client.get(done["Location"]),
        client.get("/n/alpha/roster/"),
        client.get("/n/alpha/roster/export.csv"),
        client.get("/n/alpha/members/"),
    ]

    assert done.status_code == 302
    assert [m.to for m in mail.outbox] == [[foreign.email]]
    with scopes_disabled():
        assert Membership.objects.filter(network=world.alpha, user=foreign).exists() is False
    foreign.refresh_from_db()
    assert (foreign.full_name, foreign.city, foreign.region) == (
        "Stored Bravo Name",
        "Stored Bravo City",
        "Stored Region",
    )
    for response in pages:
        body = response.content.decode()
        assert "Stored Bravo" not in body
        assert "Stored Region" not in body
    assert foreign.email not in pages[3].content.decode()


def test_a_minors_account_in_an_adult_networks_file_is_refused_by_line(
    world: World,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    youth = world.personas["youth_member"]
    assert youth is not None
    client = client_for(world.personas["steward"])
    upload(
        client,
        "alpha",
        "Email,Name,Organization,Sector\n"
        "ana@example.org,Ana Alvarez,Food Bank,Nonprofit\n"
        f"{youth.email},Grown Up Per The File,,\n",
    )

    preview = client.post("/n/alpha/roster/import/", {"step": "preview", **MAP})
    with django_capture_on_commit_callbacks(execute=True):
        refused = client.post("/n/alpha/roster/import/", {"step": "import", **MAP})

    assert preview.context["errors"] == [
        # Words that say not whose address it is (test_students_address_closed.py).
        RowMessage(3, "Email", "This address cannot be invited: remove the line.")
    ]
    assert refused.status_code == 200
    assert "Nothing has been written." in refused.content.decode()
    assert mail.outbox == []
    with scopes_disabled():
        assert Invitation.objects.filter(email__in=["ana@example.org", youth.email]).count() == 0
        assert Membership.objects.filter(network=world.alpha, user=youth).exists() is False


def test_the_service_refuses_a_minors_account_even_without_the_preview(world: World) -> None:
    youth = world.personas["youth_member"]
    assert youth is not None
    rows = [
        RosterRow(line=2, email="ana@example.org", full_name="Ana Alvarez"),
        RosterRow(line=3, email=youth.email, full_name="Grown Up Per The File"),
    ]

    with pytest.raises(ValidationError) as raised, scopes_disabled():
        roster_import(network=world.alpha, rows=rows, actor=world.personas["steward"])  # type: ignore[arg-type]

    assert raised.value.messages == ["Line 3 can no longer be imported: check the file again."]
    with scopes_disabled():
        assert Invitation.objects.filter(email__in=["ana@example.org", youth.email]).count() == 0


CO_OP_FAITH = {"organization__name": "Co-op", "sector__name": "Faith"}


def _same_shape(text: str, email: str) -> str:
    """The text with the row's address, the CSRF token and any link token blanked out."""
    text = text.replace(email, "EMAIL")
    text = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "CSRF", text)
    text = re.sub(r'"X-CSRFToken": "[^"]+"', "CSRF", text)
    return re.sub(r"/invitations/token/[^/\s]+/", "/invitations/token/T/", text)


def test_a_row_with_an_account_answers_exactly_like_a_new_address(
    world: World,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    """No enumeration: the preview, the import's answer, the invitation and its email are the
    same whether or not the address has an account (here: a member of another network)."""
    foreign = world.personas["foreign_steward"]
    assert foreign is not None
    client = client_for(world.personas["steward"])
    seen = []
    for email in (foreign.email, "nobody-yet@example.org"):
        mail.outbox.clear()
        upload(client, "alpha", f"Email,Name,Organization,Sector\n{email},Pat Doe,Co-op,Faith\n")
        preview = client.post("/n/alpha/roster/import/", {"step": "preview", **MAP})
        with django_capture_on_commit_callbacks(execute=True):
            done = client.post("/n/alpha/roster/import/", {"step": "import", **MAP})
        landed = client.get(done["Location"]).content.decode()  # shows (and uses up) the notice
        notice = re.findall(r'<ul class="messages".*?</ul>', landed, flags=re.DOTALL)
        export = client.get("/n/alpha/roster/export.csv").content.decode()
        on_roster = [r for r in csv.DictReader(io.StringIO(export)) if r["email"] == email]
        with scopes_disabled():
            invitation = Invitation.objects.filter(email=email).values(
                "full_name", "role", "organization__name", "sector__name"
            )
        seen.append(
            (
                _same_shape(preview.content.decode(), email),
                (done.status_code, done["Location"], notice),
                on_roster,
                list(invitation),
                [(m.subject, _same_shape(m.body, email)) for m in mail.outbox],
            )
        )

    existing, new = seen
    assert (existing[2], new[2]) == ([], [])  # on the roster (and export) only on accepting
    assert existing[0].splitlines() == new[0].splitlines()
    assert existing[1:] == new[1:]
    assert existing[1][2][0].count("Invited 1 person. They join the roster when they accept.") == 1
    assert existing[3] == [{"full_name": "Pat Doe", "role": "member"} | CO_OP_FAITH]
    assert len(existing[4]) == 1
    with scopes_disabled():
        assert Membership.objects.filter(network=world.alpha, user=foreign).exists() is False


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


def test_export_gives_the_day_someone_joined_on_the_networks_calendar(world: World) -> None:
    """Alpha is in New York: 02:30 UTC on 4 December is 21:30 on 3 December there."""
    with scopes_disabled():
        Membership.objects.filter(network=world.alpha, user=world.personas["member"]).update(
            joined_at=datetime(2026, 12, 4, 2, 30, tzinfo=UTC)
        )

    export = client_for(world.personas["steward"]).get("/n/alpha/roster/export.csv")

    rows = csv.DictReader(io.StringIO(export.content.decode()))
    assert world.alpha.time_zone == "America/New_York"
    assert {r["email"]: r["joined"] for r in rows}["member@alpha.example"] == "2026-12-03"


def test_a_file_saved_with_old_mac_line_ends_is_read(world: World) -> None:
    """Excel's "CSV (Macintosh)" ends lines with a bare CR: the reader crashed on it (500)."""
    client = client_for(world.personas["steward"])
    file = SimpleUploadedFile(
        "roster.csv", b"Email,Name\rana@example.org,Ana Alvarez\rbo@example.org,Bo Baker\r"
    )

    client.post("/n/alpha/roster/import/", {"step": "upload", "file": file})
    mapping = {"map-email": "0", "map-full_name": "1"}
    preview = client.post("/n/alpha/roster/import/", {"step": "preview", **mapping})

    assert preview.status_code == 200
    assert [r.email for r in preview.context["preview"]] == ["ana@example.org", "bo@example.org"]


def test_a_cell_too_large_to_read_is_refused_with_the_fix(world: World) -> None:
    """A cell over the csv module's limit (128 KB) used to be a 500; now a message."""
    client = client_for(world.personas["steward"])
    file = SimpleUploadedFile("roster.csv", b"Email,Name\nana@example.org," + b"x" * 200_000)

    response = client.post("/n/alpha/roster/import/", {"step": "upload", "file": file}, follow=True)

    assert response.status_code == 200
    assert "The file could not be read as CSV" in response.content.decode()
    with pytest.raises(CsvUnreadable, match=r"^not_csv$"):
        read_csv(b"Email,Name\nana@example.org," + b"x" * 200_000)


def test_an_address_with_an_invitation_waiting_is_not_invited_again(
    world: World,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    """Importing the same file twice (or a grown copy of it) sent everyone a second link,
    which a single invitation refuses ("an invitation is already waiting")."""
    client = client_for(world.personas["steward"])
    mapping = {"map-email": "0", "map-full_name": "1"}
    upload(client, "alpha", "Email,Name\nana@example.org,Ana Alvarez\n")
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/n/alpha/roster/import/", {"step": "import", **mapping})
    mail.outbox.clear()

    upload(client, "alpha", "Email,Name\nANA@example.org,Ana Alvarez\nbo@example.org,Bo Baker\n")
    preview = client.post("/n/alpha/roster/import/", {"step": "preview", **mapping})
    with django_capture_on_commit_callbacks(execute=True):
        refused = client.post("/n/alpha/roster/import/", {"step": "import", **mapping})

    assert "An invitation to this address is already waiting" in preview.content.decode()
    assert refused.status_code == 200
    assert mail.outbox == []
    with scopes_disabled():
        assert Invitation.objects.filter(email="ana@example.org").count() == 1
        assert Invitation.objects.filter(email="bo@example.org").exists() is False
    with pytest.raises(ValidationError), scopes_disabled():
        roster_import(
            network=world.alpha,
            rows=[RosterRow(line=2, email="ana@example.org", full_name="Ana Alvarez")],
            actor=world.personas["steward"],  # type: ignore[arg-type]
        )


def test_a_former_member_in_the_file_is_told_apart_with_the_way_back(world: World) -> None:
    """A member removed after two years away was refused as "Already a member of this
    network", while the roster lists them as removed: the steward was told neither what
    the line is nor how to bring them back."""
    from tests.factories import MembershipFactory

    with scopes_disabled():
        MembershipFactory(
            network=world.alpha,
            status=MembershipStatus.REMOVED,
            user__email="gone@elsewhere.example",
        )
    client = client_for(world.personas["steward"])
    upload(
        client, "alpha", "Email,Name,Organization,Sector\ngone@elsewhere.example,Gone Person,,\n"
    )

    preview = client.post("/n/alpha/roster/import/", {"step": "preview", **MAP}).content.decode()

    assert "Already a member of this network" not in preview
    assert (
        "Has a membership here that is no longer active (removed, suspended or alumni): "
        "remove the line, and change its status on the roster to bring them back."
    ) in preview
    with scopes_disabled():
        assert not Invitation.objects.filter(email="gone@elsewhere.example").exists()
