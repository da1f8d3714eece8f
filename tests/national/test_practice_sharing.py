"""A practice network rolls up nowhere: its sharing page said so, yet showed and saved a
sharing choice that reached no one (found on a walk, 2026-12-07)."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.html import escape
from django_scopes import scopes_disabled

from collaboratory.national.models import NationalSharing, SharingLevel
from collaboratory.national.services import national_sharing_set
from collaboratory.networks.models import Network, Role
from collaboratory.people.models import User
from tests.conftest import client_for
from tests.factories import MembershipFactory, NetworkFactory

NO_EFFECT = "This network's figures reach no national team, so it has nothing to share."


def _practice(national: Network) -> tuple[Network, User]:
    with scopes_disabled():
        practice = NetworkFactory(slug="practice", kind="local", parent=national, is_practice=True)
        steward = MembershipFactory(network=practice, role=Role.STEWARD).user
    return practice, steward


def test_a_practice_networks_sharing_page_explains_without_a_form(national) -> None:
    practice, steward = _practice(national)
    url = reverse("national:sharing", kwargs={"network_slug": practice.slug})

    body = client_for(steward).get(url).content.decode()

    assert "are in no national view" in body
    assert 'name="level"' not in body
    assert "sees every local network's figures side by side" not in body


def test_a_sharing_choice_posted_for_a_practice_network_is_refused(national) -> None:
    practice, steward = _practice(national)
    url = reverse("national:sharing", kwargs={"network_slug": practice.slug})

    response = client_for(steward).post(url, {"level": SharingLevel.CONTACTS})

    assert response.status_code == 400
    assert escape(NO_EFFECT) in response.content.decode()
    with scopes_disabled():
        assert not NationalSharing.objects.filter(network=practice).exists()


def test_the_service_refuses_a_practice_network(national) -> None:
    practice, steward = _practice(national)

    with pytest.raises(ValidationError) as error:
        national_sharing_set(network=practice, actor=steward, level=SharingLevel.CONTACTS)

    assert NO_EFFECT in error.value.messages
    with scopes_disabled():
        assert not NationalSharing.objects.filter(network=practice).exists()
