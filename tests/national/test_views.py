"""The national pages as the national team, local stewards and members meet them."""

from __future__ import annotations

import csv
import io
from zoneinfo import ZoneInfo

from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django_scopes import scopes_disabled
from pypdf import PdfReader

from collaboratory.audit.models import AuditEvent
from collaboratory.insights.privacy import SUPPRESSED
from collaboratory.national.models import NationalSharing, SharingLevel
from collaboratory.networks.models import Membership, Role
from collaboratory.people.services import user_language_set
from tests.conftest import client_for
from tests.factories import MembershipFactory
from tests.national.conftest import LOCAL_CANARY_EMAIL, LOCAL_CANARY_NAME


def _pages(client, national) -> dict[str, str]:  # type: ignore[no-untyped-def]
    bodies = {}
    for name in ("overview", "report", "report_csv"):
        response = client.get(reverse(f"national:{name}", kwargs={"network_slug": national.slug}))
        assert response.status_code == 200
        bodies[name] = response.content.decode()
    return bodies


def test_national_team_sees_every_local_network_and_no_local_person(
    national, national_steward, build_local
) -> None:
    build_local("Tulsa", kept=2, partnership="Tool library")
    build_local("Fresno", kept=1)
    client = client_for(national_steward)

    bodies = _pages(client, national)

    assert "Tulsa" in bodies["overview"]
    assert "Fresno" in bodies["overview"]
    assert "All local networks" in bodies["report"]
    for body in bodies.values():
        assert LOCAL_CANARY_NAME not in body
        assert LOCAL_CANARY_EMAIL not in body
        assert "Tool library" not in body  # figures only: titles are not shared
        assert "steward@tulsa.example" not in body
    assert SUPPRESSED in bodies["report_csv"]  # every sector here is below k nationally


def test_what_a_local_network_shares_reaches_the_national_page(
    national, national_steward, build_local
) -> None:
    tulsa = build_local("Tulsa", partnership="Tool library")
    with scopes_disabled():
        local_steward = Membership.objects.get(network=tulsa, role=Role.STEWARD).user
    url = reverse("national:sharing", kwargs={"network_slug": tulsa.slug})
    local = client_for(local_steward)

    assert local.get(url).status_code == 200
    response = local.post(url, {"level": SharingLevel.CONTACTS})

    assert response.status_code == 302
    overview = _pages(client_for(national_steward), national)["overview"]
    assert "Tool library" in overview
    assert "steward@tulsa.example" in overview
    assert LOCAL_CANARY_NAME not in overview  # a member's name never crosses
    with scopes_disabled():
        assert AuditEvent.objects.filter(action="national.sharing_set").count() == 1


def test_junk_sharing_choice_is_refused_and_changes_nothing(national, build_local) -> None:
    tulsa = build_local("Tulsa")
    with scopes_disabled():
        local_steward = Membership.objects.get(network=tulsa, role=Role.STEWARD).user
    url = reverse("national:sharing", kwargs={"network_slug": tulsa.slug})

    response = client_for(local_steward).post(url, {"level": "everything"})

    assert response.status_code == 400
    assert "Choose one of the sharing options." in response.content.decode()
    assert not NationalSharing.objects.filter(network=tulsa).exists()


def test_members_and_local_stewards_are_refused_the_national_pages(national, build_local) -> None:
    tulsa = build_local("Tulsa")
    with scopes_disabled():
        member = MembershipFactory(network=national).user
        local_steward = Membership.objects.get(network=tulsa, role=Role.STEWARD).user
        local_member = MembershipFactory(network=tulsa).user
    overview = reverse("national:overview", kwargs={"network_slug": national.slug})
    on_local = reverse("national:overview", kwargs={"network_slug": tulsa.slug})
    sharing = reverse("national:sharing", kwargs={"network_slug": tulsa.slug})

    assert client_for(member).get(overview).status_code == 403
    assert client_for(local_steward).get(overview).status_code == 404  # not a member there
    assert client_for(local_steward).get(on_local).status_code == 403
    assert client_for(local_member).get(sharing).status_code == 403


def test_report_pdf_and_csv_are_the_rolled_up_report(
    national, national_steward, build_local
) -> None:
    # Faith: 12 + 12 = 24 shown (12 left when either network's own are taken away); Labor
    # (6) and no sector (the stewards and presenters, 4) are both below k nationally, so
    # both are suppressed and neither can be derived.
    build_local("Tulsa", sectors={"Faith": 12, "Labor": 3}, kept=0)
    build_local("Fresno", sectors={"Faith": 12, "Labor": 3}, kept=0)
    client = client_for(national_steward)
    kwargs = {"network_slug": national.slug}

    pdf = client.get(reverse("national:report_pdf", kwargs=kwargs))
    csv = client.get(reverse("national:report_csv", kwargs=kwargs)).content.decode()

    assert pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")
    assert "Faith,24" in csv
    assert "Labor,suppressed" in csv
    assert "Members by generation" in csv
    with scopes_disabled():
        assert AuditEvent.objects.filter(action="national.report_exported").count() == 2


def test_the_national_pdf_and_csv_say_when_they_were_computed_in_the_national_zone(
    national, national_steward, build_local
) -> None:
    """Like the network's impact report, the national one carried no date: a printed copy
    did not say when its figures were read. It now says so in the national network's zone,
    named."""
    national.time_zone = "Pacific/Auckland"
    national.save(update_fields=["time_zone"])
    build_local("Tulsa", sectors={"Faith": 12}, kept=0)
    client = client_for(national_steward)
    kwargs = {"network_slug": national.slug}
    zone = ZoneInfo(national.time_zone)

    before = date_format(timezone.now().astimezone(zone), "DATETIME_FORMAT")
    pdf = client.get(reverse("national:report_pdf", kwargs=kwargs))
    rows = list(
        csv.reader(io.StringIO(client.get(reverse("national:report_csv", kwargs=kwargs)).text))
    )
    after = date_format(timezone.now().astimezone(zone), "DATETIME_FORMAT")

    text = " ".join(
        " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.content)).pages).split()
    )
    lines = {f"Figures computed {when} ({zone.key})." for when in (before, after)}
    assert any(line in text for line in lines), text[:400]
    assert any([line] in rows for line in lines)


def test_the_national_report_page_and_overview_say_when_they_were_computed(
    national, national_steward, build_local
) -> None:
    """The PDF and CSV said when the roll-up was read; the report's web page (and the
    side-by-side view) did not. Both now say it, in the national network's zone, named."""
    national.time_zone = "Pacific/Auckland"
    national.save(update_fields=["time_zone"])
    build_local("Tulsa", sectors={"Faith": 12}, kept=0)
    client = client_for(national_steward)
    zone = ZoneInfo(national.time_zone)

    before = date_format(timezone.now().astimezone(zone), "DATETIME_FORMAT")
    bodies = _pages(client, national)
    after = date_format(timezone.now().astimezone(zone), "DATETIME_FORMAT")

    lines = {f"Figures computed {when} ({zone.key})." for when in (before, after)}
    for name in ("report", "overview"):
        page = " ".join(bodies[name].split())
        assert any(line in page for line in lines), (name, lines)


def test_the_national_report_says_suppressed_in_the_readers_language(
    national, national_steward, build_local
) -> None:
    """A Spanish reader's report, its CSV and its note read «suprimido», as the network's
    own impact report does: they read the English "suppressed" in every cell hidden."""
    user_language_set(user=national_steward, language="es")
    build_local("Tulsa", sectors={"Faith": 6, "Labor": 3}, kept=0)
    build_local("Fresno", sectors={"Faith": 6, "Labor": 3}, kept=0)

    bodies = _pages(client_for(national_steward), national)

    for name in ("report", "report_csv"):
        assert "suprimido" in bodies[name], name
        assert SUPPRESSED not in bodies[name], name
    assert "Sindicatos,suprimido" in bodies["report_csv"]  # Labor, in Spanish
    # The column counts commitments kept: plural, not the status "Cumplido".
    assert '<th scope="col">Cumplidos</th>' in bodies["overview"]
