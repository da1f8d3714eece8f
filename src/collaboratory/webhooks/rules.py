"""Who may manage a network's webhooks: its stewards (they choose where network news goes)."""

from __future__ import annotations

import rules

from collaboratory.networks.rules import is_network_steward

rules.add_perm("webhooks.manage", is_network_steward)
