"""The national pages walked a third time, in Spanish. Each test failed before its fix."""

from __future__ import annotations

import re

from django.urls import reverse
from django_scopes import scopes_disabled

from collaboratory.national.models import SharingLevel
from collaboratory.national.report import local_header
from collaboratory.national.services import national_sharing_set
from collaboratory.networks.models import Membership, Role
from collaboratory.people.services import user_language_set
from tests.conftest import client_for


def test_the_spanish_heading_of_partnerships_by_status_agrees_with_its_labels(
    national, national_steward, build_local
) -> None:
    """ "Proyectos conjuntos por estado" (masculine) headed "Activa", "En pausa",
    "Completada": the labels are a partnership's ("alianza"), as the column beside reads."""
    build_local("Tulsa")
    user_language_set(user=national_steward, language="es")
    url = reverse("national:overview", kwargs={"network_slug": national.slug})

    body = client_for(national_steward).get(url, HTTP_HOST="127.0.0.1").content.decode()

    assert "Alianzas por estado" in body
    assert "Proyectos conjuntos" not in body


def test_what_a_network_shares_is_listed_below_the_table_not_in_a_tenth_column(
    national, national_steward, build_local
) -> None:
    """The shared titles and stewards were a tenth column of the side-by-side table, which
    is wider than the page on a laptop (1,221 px in a 1,116 px box at 1280 px, English;
    1,278 in Spanish): what a network chose to share sat cut off at the right edge, and a
    phone scrolled nine columns to reach it. The table now has the report's columns only."""
    tulsa = build_local("Tulsa", partnership="Shared tool library")
    build_local("Lowell")
    with scopes_disabled():
        steward = Membership.objects.get(network=tulsa, role=Role.STEWARD).user
    national_sharing_set(network=tulsa, actor=steward, level=SharingLevel.CONTACTS)
    url = reverse("national:overview", kwargs={"network_slug": national.slug})

    body = client_for(national_steward).get(url, HTTP_HOST="127.0.0.1").content.decode()

    table = body.split("<table", 1)[1].split("</table>", 1)[0]
    assert len(re.findall(r'<th scope="col"', table)) == len(local_header())
    assert "Shared with you" not in table
    assert "steward@tulsa.example" not in table
    shared = body.split('id="shared"', 1)[1]
    assert "Tulsa" in shared
    assert "Shared tool library" in shared
    assert '<a href="mailto:steward@tulsa.example">steward@tulsa.example</a>' in shared
    assert "Lowell" in shared.split("Figures only", 1)[1]
    assert "{#" not in body
