"""Who may do what with profiles, introductions, the asks board and suggestions.

Members of the network see profiles (within the directory's visibility, checked by the
selectors) and the board; offering help on an ask is the same permission as committing in the
room; stewards handle introductions that go through them. Suggestions name members, what they
offer and why, as the directory does: stewards and the presenter see them for every ask
(review board, follow-up page), any member for an ask the asks board lists or listed (the
board's selectors decide, in the view: a presented project whose presenter is a member here,
so neither a private proposal's ask nor a youth guest's), and in the room those who run it
(facilitator console). Reasons from a member's record are for stewards only."""

from __future__ import annotations

import rules

from collaboratory.commitments.rules import runs_the_room
from collaboratory.creditclub.models import Ask, Proposal
from collaboratory.networks.guests import is_guest
from collaboratory.networks.rules import is_network_member, is_network_steward, network_of
from collaboratory.networks.selectors import membership_for
from collaboratory.people.models import User


@rules.predicate
def presents_ask(user: User, ask: Ask) -> bool:
    return isinstance(ask, Ask) and ask.proposal.proposer_id == user.pk


@rules.predicate
def presents(user: User, proposal: Proposal) -> bool:
    return isinstance(proposal, Proposal) and proposal.proposer_id == user.pk


@rules.predicate
def holds_guest_pass(user: User, obj: object) -> bool:
    """A youth guest on a host page of their own project: the pass makes them a youth member
    there for that page, but the host's members and offers stay out of their reach, as its
    directory does (a suggestion names them and links their profiles)."""
    network = network_of(obj)
    return network is not None and is_guest(membership_for(user=user, network=network))


@rules.predicate
def sees_proposal_of(user: User, ask: Ask) -> bool:
    """The viewer may see the ask's proposal (`creditclub.view_proposal`): a draft is its
    member's own, stewards too, as the proposal's suggestions already have it."""
    return isinstance(ask, Ask) and user.has_perm("creditclub.view_proposal", ask.proposal)


rules.add_perm("matching.view_profiles", is_network_member)
rules.add_perm("matching.request_introduction", is_network_member)
rules.add_perm("matching.introduce_members", is_network_steward)
rules.add_perm("matching.view_asks", is_network_member)
# The presenter who asked, or a steward, says when an ask needs no more help.
rules.add_perm("matching.mark_ask_met", is_network_member & (presents_ask | is_network_steward))
# Anyone else sees them for an ask on the asks board: the board's selectors decide that (a
# presented project whose presenter is an admitted member here), in the view.
rules.add_perm(
    "matching.view_ask_suggestions",
    is_network_member & ~holds_guest_pass & sees_proposal_of & (is_network_steward | presents_ask),
)
rules.add_perm(
    "matching.view_proposal_suggestions",
    is_network_member & ~holds_guest_pass & (is_network_steward | presents),
)
rules.add_perm("matching.view_room_suggestions", runs_the_room)
# Kept commitments and recent load come from members' ledgers, private to them and stewards.
rules.add_perm("matching.view_records", is_network_steward)
