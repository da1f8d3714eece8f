"""An ask's quantity never shows as a bare number: "Social · 3" said nothing (walk-through).
The pages that show an ask's quantity all go through one filter (creditclub's `asks` tags)."""

from __future__ import annotations

import pathlib
import re

import pytest
from django.test import Client
from django.urls import reverse

from collaboratory.creditclub.services import AskInput
from collaboratory.networks.models import Network
from collaboratory.people.models import User
from tests.conftest import client_for
from tests.factories import MembershipFactory, NetworkFactory
from tests.matching.test_asks_board import project

pytestmark = pytest.mark.django_db

SRC = pathlib.Path(__file__).resolve().parents[2] / "src" / "collaboratory"


def _client(user: User) -> Client:
    client = client_for(user)
    client.defaults["HTTP_HOST"] = "127.0.0.1"
    return client


def _board(network: Network) -> str:
    member = MembershipFactory(network=network).user
    url = reverse("matching:asks", kwargs={"network_slug": network.slug})
    response = _client(member).get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_a_bare_number_on_the_asks_board_is_labelled() -> None:
    network = NetworkFactory()
    project(network, AskInput("intro_people", "social", "Introductions to officials", "3"))

    body = _board(network)

    assert "amount: 3" in body
    assert not re.search(r"· 3\s*(·|</p>)", body)


def test_a_quantity_with_its_unit_shows_as_written() -> None:
    network = NetworkFactory()
    project(network, AskInput("space", "institutional", "A room for trainings", "3 Saturdays"))

    body = _board(network)

    assert "· 3 Saturdays" in body
    assert "amount:" not in body


def test_no_template_prints_an_asks_quantity_by_itself() -> None:
    """Every page and email goes through `ask_quantity`: none shows a bare number again."""
    printed = [
        str(path.relative_to(SRC))
        for path in [*SRC.rglob("*.html"), *SRC.rglob("*.txt")]
        if re.search(r"\{\{\s*(ask|a)\.quantity\s*\}\}", path.read_text())
    ]

    assert printed == []
