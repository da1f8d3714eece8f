"""Who may hold API tokens: every admitted member, for themselves (a token acts as its owner
would in the pages, so it needs no other rule)."""

from __future__ import annotations

import rules

from collaboratory.networks.rules import is_network_member

rules.add_perm("api.manage_tokens", is_network_member)
