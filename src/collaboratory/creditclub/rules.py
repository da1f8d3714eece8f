"""Who may do what in the Rotating Credit Club."""

from __future__ import annotations

import rules

from collaboratory.creditclub.models import Proposal, ProposalState
from collaboratory.networks.rules import is_network_member, is_network_steward
from collaboratory.people.models import User


@rules.predicate
def is_proposer(user: User, proposal: Proposal) -> bool:
    return isinstance(proposal, Proposal) and proposal.proposer_id == user.pk


@rules.predicate
def is_presented(user: User, proposal: Proposal) -> bool:
    return isinstance(proposal, Proposal) and proposal.state == ProposalState.PRESENTED


@rules.predicate
def was_submitted(user: User, proposal: Proposal) -> bool:
    """A draft is its member's own: others, stewards too, see a proposal once it was
    submitted (a draft withdrawn before that stays the member's)."""
    return isinstance(proposal, Proposal) and (
        proposal.state not in (ProposalState.DRAFT, ProposalState.WITHDRAWN)
        or (proposal.state == ProposalState.WITHDRAWN and proposal.submitted_at is not None)
    )


rules.add_perm("creditclub.view_call", is_network_member)
rules.add_perm("creditclub.review", is_network_steward)
# A proposal is private to its proposer and, once submitted, the stewards, until it has
# been presented.
rules.add_perm(
    "creditclub.view_proposal",
    is_proposer | (is_network_member & ((is_network_steward & was_submitted) | is_presented)),
)
rules.add_perm("creditclub.edit_proposal", is_proposer)
