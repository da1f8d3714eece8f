"""Who may do what with profiles, introductions and the asks board. Members of the network
see profiles (within the directory's visibility, checked by the selectors) and the board;
offering help on an ask is the same permission as committing in the room; stewards handle
introductions that go through them."""

from __future__ import annotations

import rules

from collaboratory.creditclub.models import Ask
from collaboratory.networks.rules import is_network_member, is_network_steward
from collaboratory.people.models import User

rules.add_perm("matching.view_profiles", is_network_member)
rules.add_perm("matching.request_introduction", is_network_member)
rules.add_perm("matching.introduce_members", is_network_steward)
rules.add_perm("matching.view_asks", is_network_member)


@rules.predicate
def presents_the_ask(user: User, ask: Ask) -> bool:
    return isinstance(ask, Ask) and ask.proposal.proposer_id == user.pk


# The presenter who asked, or a steward, says when an ask needs no more help.
rules.add_perm("matching.mark_ask_met", is_network_member & (presents_the_ask | is_network_steward))
