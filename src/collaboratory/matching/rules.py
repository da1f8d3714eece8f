"""Who may see suggestions. They name members and what they offer, so they go to the
people who act on an ask: the network's stewards (review board), the presenter of the ask
(follow-up page), and in the room those who run it (facilitator console)."""

from __future__ import annotations

import rules

from collaboratory.commitments.rules import runs_the_room
from collaboratory.creditclub.models import Ask, Proposal
from collaboratory.networks.rules import is_network_member, is_network_steward
from collaboratory.people.models import User


@rules.predicate
def presents_ask(user: User, ask: Ask) -> bool:
    return isinstance(ask, Ask) and ask.proposal.proposer_id == user.pk


@rules.predicate
def presents(user: User, proposal: Proposal) -> bool:
    return isinstance(proposal, Proposal) and proposal.proposer_id == user.pk


rules.add_perm(
    "matching.view_ask_suggestions", is_network_member & (is_network_steward | presents_ask)
)
rules.add_perm(
    "matching.view_proposal_suggestions", is_network_member & (is_network_steward | presents)
)
rules.add_perm("matching.view_room_suggestions", runs_the_room)
# Kept commitments and recent load come from members' ledgers, private to them and stewards.
rules.add_perm("matching.view_records", is_network_steward)
