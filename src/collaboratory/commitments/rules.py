"""Who may do what with commitments."""

from __future__ import annotations

import rules

from collaboratory.creditclub.models import Proposal
from collaboratory.gatherings.rules import is_youth_guest
from collaboratory.networks.models import Role
from collaboratory.networks.rules import is_network_member, is_network_steward, network_of
from collaboratory.networks.selectors import membership_for
from collaboratory.people.models import User

# Stewards and facilitators run the room: they enter commitments for others and moderate.
ROOM_ROLES = frozenset({Role.STEWARD, Role.FACILITATOR})


@rules.predicate
def runs_the_room(user: User, obj: object) -> bool:
    network = network_of(obj)
    if network is None:
        return False
    membership = membership_for(user=user, network=network)
    return membership is not None and membership.role in ROOM_ROLES


@rules.predicate
def presents(user: User, obj: object) -> bool:
    """The person is the presenter (proposer) of this proposal."""
    return isinstance(obj, Proposal) and obj.proposer_id == user.pk


# A youth guest listens to the gathering they take part in (the stream re-checks with a
# fresh user, who carries no guest pass).
rules.add_perm("commitments.listen", is_network_member | is_youth_guest)
# Help comes from the rest of the room: a presenter does not commit to their own proposal
# (asked about the network, any member may commit).
rules.add_perm("commitments.commit", is_network_member & ~presents)
rules.add_perm("commitments.scribe", runs_the_room)
rules.add_perm("commitments.moderate", runs_the_room)
rules.add_perm("commitments.run_room", runs_the_room)
# After the session the presenter sees every committer's contact details; so do stewards.
rules.add_perm("commitments.follow_up", is_network_member & (presents | is_network_steward))
