"""A member's sector, organization or region edited in place changes no count or date the
fingerprint reads, so the cached figures showed the old value for up to an hour. Each such
write now gives the figures of the member's networks a new attributes token
(`insights.selectors.figures.attributes_changed`), and the next view recomputes."""

from __future__ import annotations

from typing import Any

from django_scopes import scopes_disabled

from collaboratory.insights.selectors import insights_figures
from collaboratory.national.selectors import national_rollup
from collaboratory.networks.models import Membership, NetworkKind, Sector
from collaboratory.networks.services import membership_organization_change
from collaboratory.people.services import profile_update
from tests.factories import NetworkFactory
from tests.insights.conftest import HelpNet


def counts(helpnet: HelpNet, attribute: str) -> dict[str, int]:
    figures = insights_figures(network=helpnet.network)
    (diversity,) = (d for d in figures.result.diversity if d.attribute == attribute)
    return dict(diversity.counts)  # type: ignore[arg-type]


def test_a_new_sector_shows_at_the_next_view(
    helpnet: HelpNet, django_capture_on_commit_callbacks: Any
) -> None:
    before = counts(helpnet, "sector")  # cached now
    with scopes_disabled():
        membership = Membership.objects.get(network=helpnet.network, user=helpnet.dan)
        government = Sector.objects.get(network=helpnet.network, name="Government")
    with django_capture_on_commit_callbacks(execute=True):
        membership_organization_change(
            membership=membership, organization_name="City Hall", title="Clerk", sector=government
        )

    after = counts(helpnet, "sector")

    assert after["Government"] == before["Government"] + 1
    assert after["Nonprofit"] == before["Nonprofit"] - 1


def test_a_new_region_shows_at_the_next_view_of_every_network_of_the_member(
    helpnet: HelpNet, django_capture_on_commit_callbacks: Any
) -> None:
    before = counts(helpnet, "region")
    assert "Lake Shore" not in before
    with django_capture_on_commit_callbacks(execute=True):
        profile_update(user=helpnet.dan, city="Elk Grove", region="Lake Shore")

    assert counts(helpnet, "region")["Lake Shore"] == 1


def test_the_national_bridging_follows_a_new_sector(
    helpnet: HelpNet, django_capture_on_commit_callbacks: Any
) -> None:
    """The roll-up keeps each local network's bridging under a digest of the same counts:
    a sector edited in place moves it at the next view too."""
    with scopes_disabled():
        national = NetworkFactory(slug="usa-attrs", name="National")
        helpnet.network.kind, helpnet.network.parent = NetworkKind.LOCAL, national
        helpnet.network.save(update_fields=["kind", "parent"])
        membership = Membership.objects.get(network=helpnet.network, user=helpnet.dan)
        business = Sector.objects.get(network=helpnet.network, name="Business")
    # The network's own figures the roll-up adds up (the national sum of so few ties is
    # suppressed: tests/national/test_national_leaks.py).
    (before,) = (x.bridging["sector"] for x in national_rollup(national=national).locals)
    with django_capture_on_commit_callbacks(execute=True):
        # Dan (Nonprofit, like Ann whom he helped) moves to Business: his tie now crosses.
        membership_organization_change(
            membership=membership, organization_name="Shop", title="Owner", sector=business
        )

    (after,) = (x.bridging["sector"] for x in national_rollup(national=national).locals)
    assert after[0] == before[0] + 1
