"""Page version tokens: every write the gathering pages show renews them (see pagecache)."""

from __future__ import annotations

from collaboratory.gatherings.models import (
    Gathering,
    GatheringSettings,
    default_part_template,
    new_page_version,
)
from collaboratory.networks.versions import network_changed


def pages_changed(*, gathering_id: int, network_id: int) -> str:
    """Give the gathering, and its network's gathering list, new version tokens: the page
    cache (networks/pagecache.py) is keyed by them, so the next request renders afresh.
    Every write that the gathering page or the list shows calls this inside its own
    transaction, so no reader can see the new token before the new data. The network's
    content version (networks.versions) is renewed too, audited write or not: the network
    home and the insights show gatherings as well. Returns the token."""
    network_changed(network_id=network_id)
    token = new_page_version()
    Gathering.objects.filter(network=network_id, pk=gathering_id).update(version=token)
    if not GatheringSettings.objects.filter(network=network_id).update(version=token):
        # No settings row yet (reads never make it): the list was read under the unsaved
        # row's fixed token, so this first write makes the row, with the new token.
        settings_row_make(network_id=network_id)
        GatheringSettings.objects.filter(network=network_id).update(version=token)
    return token


def settings_row_make(*, network_id: int) -> None:
    """Make the network's settings row with the national defaults unless it exists. An
    INSERT that skips on the one-to-one's unique constraint, so two first writes at once
    make one row and neither fails."""
    GatheringSettings.objects.bulk_create(
        [GatheringSettings(network_id=network_id, part_template=default_part_template())],
        ignore_conflicts=True,
    )


def gathering_pages_changed(gathering: Gathering) -> None:
    """`pages_changed` for a gathering at hand, keeping its copy's token current."""
    gathering.version = pages_changed(gathering_id=gathering.pk, network_id=gathering.network_id)
