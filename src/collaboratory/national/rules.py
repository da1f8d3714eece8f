"""Who sees the national pages.

- The national team (stewards of a national network): every local network under it side by
  side and the national impact report, as far as each local network shares.
- A local network's stewards: its sharing setting (default: figures only).
"""

from __future__ import annotations

import rules

from collaboratory.networks.models import Network, NetworkKind
from collaboratory.networks.rules import is_network_steward


@rules.predicate
def is_national_network(user: object, network: object) -> bool:
    return isinstance(network, Network) and network.kind == NetworkKind.NATIONAL


@rules.predicate
def is_local_network(user: object, network: object) -> bool:
    return isinstance(network, Network) and network.kind == NetworkKind.LOCAL


rules.add_perm("national.view", is_network_steward & is_national_network)
rules.add_perm("national.share", is_network_steward & is_local_network)
