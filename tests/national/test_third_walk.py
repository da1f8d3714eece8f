"""The national pages walked a third time, in Spanish. Each test failed before its fix."""

from __future__ import annotations

from django.urls import reverse

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
