"""Creating a network checks its time zone against the zone database (read once per
process: the check ran on every network's full_clean)."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django_scopes import scopes_disabled

from collaboratory.networks.models import Network, NetworkKind
from collaboratory.networks.services import network_create


@pytest.mark.django_db
@pytest.mark.parametrize("zone", ["Mars/Olympus_Mons", "asia/tokyo", "", "UTC+3"])
def test_a_network_with_an_unknown_time_zone_is_refused_and_not_created(zone: str) -> None:
    with pytest.raises(ValidationError) as caught:
        network_create(
            slug="zed", name="Zed Collaboratory", kind=NetworkKind.NATIONAL, time_zone=zone
        )

    assert list(caught.value.message_dict) == ["time_zone"]
    with scopes_disabled():
        assert not Network.objects.filter(slug="zed").exists()


@pytest.mark.django_db
def test_every_network_takes_a_known_time_zone_also_after_the_first() -> None:
    first = network_create(
        slug="one", name="One", kind=NetworkKind.NATIONAL, time_zone="America/Chicago"
    )
    second = network_create(
        slug="two", name="Two", kind=NetworkKind.LOCAL, parent=first, time_zone="Asia/Tokyo"
    )

    assert (first.time_zone, second.time_zone) == ("America/Chicago", "Asia/Tokyo")
