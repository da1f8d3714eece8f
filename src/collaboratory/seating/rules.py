"""Who may do what with seating: stewards plan; members see their own table of a published
plan (the selector reads only the viewer's own seats)."""

from __future__ import annotations

import rules

from collaboratory.networks.rules import is_network_member, is_network_steward

rules.add_perm("seating.manage", is_network_steward)
rules.add_perm("seating.view_own_table", is_network_member)
