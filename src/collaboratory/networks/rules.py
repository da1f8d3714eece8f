"""Permission predicates for a network. Objects passed in are Network instances; later apps
pass their own objects and reach the network through them."""

from __future__ import annotations

import rules

from collaboratory.networks.models import Network, Role
from collaboratory.networks.selectors import membership_for
from collaboratory.people.models import User


def network_of(obj: object) -> Network | None:
    if isinstance(obj, Network):
        return obj
    return getattr(obj, "network", None)


@rules.predicate
def is_network_member(user: User, obj: object) -> bool:
    network = network_of(obj)
    return network is not None and membership_for(user=user, network=network) is not None


@rules.predicate
def is_network_steward(user: User, obj: object) -> bool:
    network = network_of(obj)
    if network is None:
        return False
    membership = membership_for(user=user, network=network)
    return membership is not None and membership.role == Role.STEWARD


@rules.predicate
def is_platform_admin(user: User) -> bool:
    return bool(user.is_authenticated and user.is_superuser)


rules.add_perm("networks.view_network", is_network_member)
rules.add_perm("networks.manage_network", is_network_steward)
rules.add_perm("networks.view_platform", is_platform_admin)
rules.add_perm("networks.view_directory", is_network_member)
rules.add_perm("networks.nominate", is_network_member)
rules.add_perm("networks.manage_membership", is_network_steward)
