"""Who may do what in follow-through. A commitment's committer and its recipient (the
presenter of the proposal) and the network's stewards see it; moves are checked by the pure
table in commitments/lifecycle.py against the roles `commitment_roles` gives."""

from __future__ import annotations

import rules

from collaboratory.commitments import lifecycle
from collaboratory.commitments.models import Commitment
from collaboratory.creditclub.models import Proposal
from collaboratory.networks.rules import is_network_member, is_network_steward
from collaboratory.people.models import User


def commitment_roles(user: User, commitment: Commitment) -> frozenset[str]:
    """The lifecycle roles `user` holds on `commitment` (a person can hold several: a
    presenter who commits to their own project)."""
    roles = set()
    if commitment.committer_id == user.pk:
        roles.add(lifecycle.COMMITTER)
    if commitment.proposal.proposer_id == user.pk:
        roles.add(lifecycle.RECIPIENT)
    if is_network_steward(user, commitment):
        roles.add(lifecycle.STEWARD)
    return frozenset(roles)


@rules.predicate
def is_party(user: User, commitment: Commitment) -> bool:
    return (
        isinstance(commitment, Commitment)
        and is_network_member(user, commitment)
        and bool(commitment_roles(user, commitment))
    )


@rules.predicate
def is_presenter(user: User, proposal: Proposal) -> bool:
    return isinstance(proposal, Proposal) and proposal.proposer_id == user.pk


rules.add_perm("followthrough.view", is_network_member)
rules.add_perm("followthrough.steward", is_network_steward)
rules.add_perm("followthrough.view_commitment", is_party)
rules.add_perm("followthrough.post_project_update", is_network_member & is_presenter)
