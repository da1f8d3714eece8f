"""Removing a seating rule twice (a double click, a stale page) says it is gone already; a
rule of another network stays a 404 even after it was removed there."""

from __future__ import annotations

from django_scopes import scope

from collaboratory.networks.models import Role
from collaboratory.seating.models import PairKind, SeatingPair
from tests.conftest import client_for
from tests.factories import MembershipFactory, NetworkFactory
from tests.seating.conftest import Room, add_rule


def _rule(room: Room) -> SeatingPair:
    add_rule(room, PairKind.APART, *room.people[:2])
    return SeatingPair.objects.get()


def test_a_second_remove_says_the_rule_is_gone(room: Room) -> None:
    pair = _rule(room)
    client = client_for(room.steward)
    url = f"/n/{room.network.slug}/seating/rules/{pair.pk}/remove/"
    client.post(url)

    again = client.post(url, follow=True)

    assert again.redirect_chain == [(f"/n/{room.network.slug}/seating/rules/", 302)]
    assert "This rule was already removed." in again.content.decode()
    assert SeatingPair.objects.count() == 0


def test_another_networks_rule_is_404_before_and_after_its_removal(room: Room) -> None:
    pair = _rule(room)
    other = NetworkFactory(slug="elsewhere")
    with scope(network=other):
        outsider = MembershipFactory(network=other, role=Role.STEWARD).user
    client = client_for(outsider)
    url = f"/n/elsewhere/seating/rules/{pair.pk}/remove/"

    before = client.post(url)
    client_for(room.steward).post(f"/n/{room.network.slug}/seating/rules/{pair.pk}/remove/")
    after = client.post(url)

    assert (before.status_code, after.status_code) == (404, 404)
    assert "already removed" not in after.content.decode()


def test_each_remove_button_names_its_rule(room: Room) -> None:
    """A screen reader's list of buttons read "Remove" once per rule, with nothing to tell
    which pair each one frees: a safeguarding rule could go by a wrong press."""
    add_rule(room, PairKind.APART, *room.people[:2])
    add_rule(room, PairKind.TOGETHER, *room.people[2:4])
    a, b, c, d = (p.full_name for p in room.people[:4])

    body = client_for(room.steward).get(f"/n/{room.network.slug}/seating/rules/").content.decode()

    assert f'aria-label="Remove the rule for {a} and {b}"' in body
    assert f'aria-label="Remove the rule for {c} and {d}"' in body
