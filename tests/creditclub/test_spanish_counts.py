"""The review board in Spanish: a count beside a plural word read "1 rechazadas" (one
decision staged, declined) and "1 preparadas" (one presenter slot, one staged). The counts
of selected, waitlisted and declined are not the one the plural form is chosen by, so the
Spanish names each count as a label ("rechazadas: 1"), right for any number."""

from __future__ import annotations

import re

import pytest
from django_scopes import scopes_disabled

from collaboratory.creditclub import services
from collaboratory.creditclub.models import CreditClubSettings
from tests.conftest import client_for
from tests.creditclub.conftest import Club

pytestmark = pytest.mark.django_db

# A count of 1 before a plural word, as the board printed it.
ONE_BEFORE_A_PLURAL = re.compile(r"\b1 (seleccionadas|preparadas|rechazadas)\b")


def _spanish_board(club: Club) -> str:
    page = (
        client_for(club.steward)
        .get(
            f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/board/",
            HTTP_HOST="127.0.0.1",
            HTTP_ACCEPT_LANGUAGE="es",
        )
        .content.decode()
    )
    assert 'lang="es"' in page
    return page


def test_one_declined_decision_is_not_said_in_the_plural(club: Club) -> None:
    proposal = club.proposal(club.new_member("Proposer One"))
    with scopes_disabled():
        services.proposal_stage_decision(proposal=proposal, decision="declined", actor=club.steward)

    page = _spanish_board(club)

    assert ONE_BEFORE_A_PLURAL.findall(page) == []
    assert "seleccionadas: 0, en lista de espera: 0, rechazadas: 1" in page


def test_one_slot_with_one_staged_is_not_said_in_the_plural(club: Club) -> None:
    with scopes_disabled():
        CreditClubSettings.objects.update_or_create(
            network=club.network, defaults={"presenter_slots": 1}
        )
    proposal = club.proposal(club.new_member("Proposer One"))
    with scopes_disabled():
        services.proposal_stage_decision(proposal=proposal, decision="selected", actor=club.steward)

    page = _spanish_board(club)

    assert ONE_BEFORE_A_PLURAL.findall(page) == []
    assert "seleccionadas: 0, preparadas para seleccionar: 1" in page
