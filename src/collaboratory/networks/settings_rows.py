"""Per-network settings rows, made by the first save and never by a read (docs/architecture.md,
"Per-network settings"): a page view writes nothing."""

from __future__ import annotations

from typing import Any, TypeVar

from django.db import models

from collaboratory.networks.models import Network

Row = TypeVar("Row", bound=models.Model)


def settings_row_locked(model: type[Row], network: Network, **defaults: Any) -> Row:
    """The network's row of `model`, made here if it is not yet and locked until the
    caller's transaction ends. Two first saves at once make one row: the INSERT skips on
    the one-to-one's unique constraint, and both then lock that row."""
    model._default_manager.bulk_create([model(network=network, **defaults)], ignore_conflicts=True)
    return model._default_manager.select_for_update().get(network=network)
