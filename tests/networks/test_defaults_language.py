"""A network's starting texts (default sectors, the welcome packet, the nomination criteria)
are stored in English; a member reading in Spanish sees them in Spanish while they are
untouched, and whatever a steward typed exactly as typed (networks/defaults.py)."""

from __future__ import annotations

import re

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext
from django_scopes import scopes_disabled

from collaboratory.networks.defaults import (
    DEFAULT_CRITERIA,
    NATIONAL_PACKET,
    default_text,
    stored_default,
)
from collaboratory.networks.models import (
    Invitation,
    Membership,
    MembershipSettings,
    Network,
    Sector,
)
from collaboratory.people.models import User
from collaboratory.people.services import user_language_set
from tests.conftest import World, client_for
from tests.factories import MembershipFactory, NetworkFactory

SPANISH_SECTORS = [
    "Comunidades de fe",
    "Educación",
    "Empresas",
    "Filantropía",
    "Gobierno",
    "Medios y artes",
    "Sin fines de lucro",
    "Sindicatos",
]


def _member_in(network: Network, sector_name: str, full_name: str) -> Membership:
    with scopes_disabled():
        sector = Sector.objects.get(network=network, name=sector_name)
        return MembershipFactory(network=network, sector=sector, user__full_name=full_name)


def _spanish(user: User | None) -> User:
    assert user is not None
    user_language_set(user=user, language="es")
    return user


def _sector_options(page: str) -> list[str]:
    select = page[page.index('name="sector"') :]
    select = select[: select.index("</select>")]
    return re.findall(r'<option value="\d+"[^>]*>([^<]*)</option>', select)


def test_a_spanish_member_sees_the_default_sectors_packet_and_criteria_in_spanish(
    world: World,
) -> None:
    nora = _member_in(world.alpha, "Nonprofit", "Nora Nunez")
    client = client_for(_spanish(world.personas["member"]))

    directory = client.get("/n/alpha/members/").content.decode()
    profile = client.get(f"/n/alpha/members/{nora.pk}/").content.decode()
    welcome = client.get("/n/alpha/welcome/").content.decode()
    nominate = client.get("/n/alpha/nominations/new/").content.decode()

    assert "Sin fines de lucro" in directory
    assert "Nonprofit" not in directory
    # The filter and the nomination form list the sectors in Spanish, in Spanish order.
    assert _sector_options(directory) == SPANISH_SECTORS
    assert _sector_options(nominate) == SPANISH_SECTORS
    assert "Sin fines de lucro" in profile
    assert "<h3>Te damos la bienvenida al Collaboratory</h3>" in welcome
    assert "Club de Crédito Rotativo" in welcome
    assert "Welcome to the Collaboratory" not in welcome
    assert "Tiene redes regionales o nacionales" in nominate


def test_an_english_member_sees_the_defaults_as_stored(world: World) -> None:
    _member_in(world.alpha, "Nonprofit", "Nora Nunez")
    client = client_for(world.personas["member"])

    directory = client.get("/n/alpha/members/").content.decode()
    welcome = client.get("/n/alpha/welcome/").content.decode()

    assert "Nonprofit" in directory
    assert _sector_options(directory)[:3] == ["Business", "Education", "Faith"]
    assert "<h3>Welcome to the Collaboratory</h3>" in welcome


def test_what_a_steward_typed_shows_as_typed_in_spanish(world: World) -> None:
    own = NetworkFactory(slug="own", sectors=("Nonprofit", "Non-profit", "Cooperativas"))
    MembershipFactory(network=own, user=world.personas["member"])
    steward = MembershipFactory(network=own, role="steward").user
    _member_in(own, "Non-profit", "Nina Typed")
    _member_in(own, "Cooperativas", "Coco Coop")
    settings_form = {
        "check_in_after_months": "12",
        "remove_after_months": "24",
        "invitation_valid_days": "7",
        "packet_markdown": "## Hello from Own\n\nBring a friend.",
        "criteria": "Lives in the valley.",
    }
    client_for(steward).post("/n/own/membership/settings/", settings_form)
    client = client_for(_spanish(world.personas["member"]))

    directory = client.get("/n/own/members/").content.decode()
    welcome = client.get("/n/own/welcome/").content.decode()
    nominate = client.get("/n/own/nominations/new/").content.decode()

    # Only the untouched default is translated; a near miss and a typed name stay as typed.
    assert _sector_options(directory) == ["Cooperativas", "Non-profit", "Sin fines de lucro"]
    assert "Non-profit" in directory
    assert "<h3>Hello from Own</h3>" in welcome
    assert "Te damos la bienvenida al Collaboratory" not in welcome
    assert "Lives in the valley." in nominate


def test_the_settings_form_saved_unchanged_keeps_the_packet_a_translated_default(
    world: World,
) -> None:
    """A browser sends a textarea with CRLF line endings, and the form strips the final
    newline: the packet is still the default, not a steward's text, and is stored as it."""
    steward = world.personas["steward"]
    client_for(steward).post(
        "/n/alpha/membership/settings/",
        {
            "check_in_after_months": "12",
            "remove_after_months": "24",
            "invitation_valid_days": "7",
            "packet_markdown": NATIONAL_PACKET.replace("\n", "\r\n"),
            "criteria": DEFAULT_CRITERIA + "\r\n",
        },
    )
    with scopes_disabled():
        stored = MembershipSettings.objects.get(network=world.alpha).packet_markdown
    assert stored == NATIONAL_PACKET

    welcome = client_for(_spanish(world.personas["member"])).get("/n/alpha/welcome/")

    assert "<h3>Te damos la bienvenida al Collaboratory</h3>" in welcome.content.decode()


SETTINGS = {
    "check_in_after_months": "12",
    "remove_after_months": "24",
    "invitation_valid_days": "7",
}


def test_a_spanish_steward_edits_the_defaults_in_spanish_and_they_stay_defaults(
    world: World,
) -> None:
    """The settings form shows the untouched packet and criteria in the steward's language;
    saved unchanged they are stored as the English defaults again, so an English reader
    still reads English, and what the steward then types is stored as typed."""
    steward = client_for(_spanish(world.personas["steward"]))
    with translation.override("es"):
        packet, criteria = gettext(NATIONAL_PACKET), gettext(DEFAULT_CRITERIA)
    assert packet != NATIONAL_PACKET
    assert criteria != DEFAULT_CRITERIA

    form = steward.get("/n/alpha/membership/settings/").content.decode()
    assert escape(criteria) in form
    assert escape(packet.splitlines()[0]) in form
    assert "Welcome to the Collaboratory" not in form

    steward.post(
        "/n/alpha/membership/settings/",
        SETTINGS | {"packet_markdown": packet.replace("\n", "\r\n").strip(), "criteria": criteria},
    )
    with scopes_disabled():
        stored = MembershipSettings.objects.get(network=world.alpha)
    assert (stored.packet_markdown, stored.criteria) == (NATIONAL_PACKET, DEFAULT_CRITERIA)
    english = client_for(world.personas["member"]).get("/n/alpha/welcome/").content.decode()
    assert "<h3>Welcome to the Collaboratory</h3>" in english

    typed = criteria + " Y que cocine bien."
    steward.post(
        "/n/alpha/membership/settings/",
        SETTINGS | {"packet_markdown": packet, "criteria": typed},
    )
    with scopes_disabled():
        assert MembershipSettings.objects.get(network=world.alpha).criteria == typed


def test_stored_default_maps_only_a_default_as_read_in_a_site_language() -> None:
    with translation.override("es"):
        spanish = gettext(DEFAULT_CRITERIA)
    assert stored_default(spanish) == DEFAULT_CRITERIA
    assert stored_default(f"  {spanish}\r\n") == DEFAULT_CRITERIA
    assert stored_default(DEFAULT_CRITERIA.replace("\n", "\r\n")) == DEFAULT_CRITERIA
    assert stored_default("Sin fines de lucro") == "Nonprofit"
    assert stored_default(spanish[:-1]) == spanish[:-1]
    assert stored_default("sin fines de lucro") == "sin fines de lucro"
    assert stored_default("") == ""


def test_default_text_translates_only_an_exact_default() -> None:
    with translation.override("es"):
        assert default_text("Nonprofit") == "Sin fines de lucro"
        assert default_text("nonprofit") == "nonprofit"
        assert default_text("Nonprofits") == "Nonprofits"
        assert default_text("Sin fines de lucro") == "Sin fines de lucro"
        assert default_text("") == ""
    with translation.override("en"):
        assert default_text("Nonprofit") == "Nonprofit"


def _upload(client, text: str):  # type: ignore[no-untyped-def]
    file = SimpleUploadedFile("roster.csv", text.encode(), content_type="text/csv")
    client.post("/n/alpha/roster/import/", {"step": "upload", "file": file})


MAP = {"map-email": "0", "map-full_name": "1", "map-sector": "2"}


def test_a_spanish_stewards_roster_file_may_name_sectors_in_english_or_spanish(
    world: World,
) -> None:
    client = client_for(_spanish(world.personas["steward"]))
    _upload(
        client,
        "Email,Name,Sector\n"
        "ana@example.org,Ana Alvarez,Nonprofit\n"
        "bea@example.org,Bea Bravo,sin fines de lucro\n"
        "cy@example.org,Cy Cruz,Educación\n",
    )

    preview = client.post("/n/alpha/roster/import/", {"step": "preview", **MAP}).content.decode()
    client.post("/n/alpha/roster/import/", {"step": "import", **MAP})

    assert preview.count("<td>Sin fines de lucro</td>") == 2
    assert "<td>Educación</td>" in preview
    with scopes_disabled():
        invited = dict(
            Invitation.objects.filter(email__endswith="@example.org").values_list(
                "email", "sector__name"
            )
        )
    assert invited == {
        "ana@example.org": "Nonprofit",
        "bea@example.org": "Nonprofit",
        "cy@example.org": "Education",
    }


def test_an_unknown_sector_lists_the_sectors_as_the_steward_reads_them(world: World) -> None:
    client = client_for(_spanish(world.personas["steward"]))
    _upload(client, "Email,Name,Sector\nana@example.org,Ana Alvarez,Salud\n")

    preview = client.post("/n/alpha/roster/import/", {"step": "preview", **MAP}).content.decode()

    assert ", ".join(SPANISH_SECTORS) in preview
    assert "Salud" in preview
