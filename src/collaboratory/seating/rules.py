"""Who may do what with seating: stewards plan; members see their own table of a published
plan (the selector reads only the viewer's own seats); a youth cohort's stewards see the host
network's rules that name their students."""

from __future__ import annotations

import rules

from collaboratory.networks.models import NetworkKind
from collaboratory.networks.rules import is_network_member, is_network_steward, network_of
from collaboratory.people.models import User


@rules.predicate
def is_youth_cohort(user: User, obj: object) -> bool:
    network = network_of(obj)
    return network is not None and network.kind == NetworkKind.YOUTH


rules.add_perm("seating.manage", is_network_steward)
rules.add_perm("seating.view_own_table", is_network_member)
rules.add_perm("seating.view_student_rules", is_youth_cohort & is_network_steward)
