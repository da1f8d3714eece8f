"""The dashboard is rendered once per visibility class, filter and content version
(networks/pagecache.py) and served to the class's other members: a member is never served
the stewards' map and names, and a write through the services shows on the very next
request."""

from __future__ import annotations

from typing import Any

import pytest
from django_scopes import scopes_disabled

from collaboratory.commitments.models import Commitment
from collaboratory.commitments.services import commitment_hide
from tests.conftest import client_for
from tests.factories import MembershipFactory
from tests.insights.conftest import HelpNet
from tests.insights.test_views import headline, url

pytestmark = pytest.mark.django_db

NAMES = ("Ann Able", "Ben Baker")


def _body(client: Any, **params: str) -> str:
    response = client.get(url("dashboard"), params)
    assert response.status_code == 200
    return str(response.content.decode())


def test_members_after_a_steward_and_a_steward_after_members_each_get_their_own(
    helpnet: HelpNet,
) -> None:
    other = MembershipFactory(network=helpnet.network).user

    member_first = _body(client_for(helpnet.member))
    steward = _body(client_for(helpnet.steward))
    member_after = _body(client_for(other))

    for page in (member_first, member_after):
        assert ("ins-map" in page, [n for n in NAMES if n in page]) == (False, [])
        assert page.count('class="ins-chart') == 3
    assert ("ins-map" in steward, [n for n in NAMES if n in steward]) == (True, list(NAMES))


def test_the_htmx_body_and_the_whole_page_are_kept_apart(helpnet: HelpNet) -> None:
    client = client_for(helpnet.member)
    whole = _body(client, gathering=str(helpnet.second.pk))
    part = client.get(
        url("dashboard"), {"gathering": helpnet.second.pk}, headers={"HX-Request": "true"}
    ).content.decode()
    whole_again = _body(client, gathering=str(helpnet.second.pk))

    assert ("<html" in whole, "<html" in part, "<html" in whole_again) == (True, False, True)
    assert headline(part, "commitments") == headline(whole, "commitments") == "3"


def test_a_hidden_commitment_leaves_the_next_views_figures(
    helpnet: HelpNet, django_capture_on_commit_callbacks: Any
) -> None:
    readers = [client_for(helpnet.member), client_for(helpnet.steward)]
    assert [headline(_body(r), "commitments") for r in readers] == ["7", "7"]
    with scopes_disabled():
        made = Commitment.objects.filter(network=helpnet.network).order_by("pk").first()
    assert made is not None

    with django_capture_on_commit_callbacks(execute=True), scopes_disabled():
        commitment_hide(commitment=made, actor=helpnet.steward, reason="Not a commitment")

    assert [headline(_body(r), "commitments") for r in readers] == ["6", "6"]
