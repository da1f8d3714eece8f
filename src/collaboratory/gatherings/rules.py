"""Who may do what with gatherings. Objects are Networks or Gatherings (both reach their
network)."""

from __future__ import annotations

import rules

from collaboratory.gatherings.models import Gathering
from collaboratory.gatherings.selectors import youth_guest_of
from collaboratory.networks.models import Role
from collaboratory.networks.rules import is_network_member, is_network_steward, network_of
from collaboratory.networks.selectors import membership_for
from collaboratory.people.models import User

# Who shows the day's check-in code in the room: stewards, and the facilitators who run the
# live room (where committing needs a check-in).
CHECK_IN_ROLES = frozenset({Role.STEWARD, Role.FACILITATOR})


@rules.predicate
def runs_check_in(user: User, obj: object) -> bool:
    network = network_of(obj)
    if network is None:
        return False
    membership = membership_for(user=user, network=network)
    return membership is not None and membership.role in CHECK_IN_ROLES


@rules.predicate
def is_youth_guest(user: User, obj: object) -> bool:
    """A youth cohort's member at a host gathering that youth take part in (the object must
    be that gathering: a guest has no standing in the rest of the network)."""
    return isinstance(obj, Gathering) and youth_guest_of(user=user, gathering=obj)


rules.add_perm("gatherings.view_gathering", is_network_member)
rules.add_perm("gatherings.rsvp_gathering", is_network_member)
rules.add_perm("gatherings.manage_gathering", is_network_steward)
rules.add_perm("gatherings.run_check_in", runs_check_in)
