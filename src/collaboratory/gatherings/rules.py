"""Who may do what with gatherings. Objects are Networks or Gatherings (both reach their
network)."""

from __future__ import annotations

import rules

from collaboratory.networks.rules import is_network_member, is_network_steward

rules.add_perm("gatherings.view_gathering", is_network_member)
rules.add_perm("gatherings.rsvp_gathering", is_network_member)
rules.add_perm("gatherings.manage_gathering", is_network_steward)
