"""Who trains: the stewards of a national network (it runs the convener training and owns
every cohort). No separate trainer role: the national team already chooses its stewards,
and a trainer needs what a steward has there (its gatherings, for the immersion)."""

from __future__ import annotations

import rules

from collaboratory.networks.models import NetworkKind
from collaboratory.networks.rules import is_network_steward, network_of
from collaboratory.people.models import User


@rules.predicate
def is_national(user: User, obj: object) -> bool:
    network = network_of(obj)
    return network is not None and network.kind == NetworkKind.NATIONAL


rules.add_perm("training.train", is_network_steward & is_national)
