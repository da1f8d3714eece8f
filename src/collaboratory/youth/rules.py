"""Who may do what in the youth program. Youth pages exist only in a youth cohort: in any
other network they are not there (404 from the views), so these predicates also ask the
network's kind."""

from __future__ import annotations

import rules
from django_scopes import scopes_disabled

from collaboratory.networks.models import NetworkKind
from collaboratory.networks.rules import is_network_member, is_network_steward, network_of
from collaboratory.people.models import User
from collaboratory.youth.selectors import leads_of


@rules.predicate
def is_youth_network(user: User, obj: object) -> bool:
    network = network_of(obj)
    return network is not None and network.kind == NetworkKind.YOUTH


@rules.predicate
def is_safeguarding_lead(user: User, obj: object) -> bool:
    """A named lead of the network; with no lead named (or none still in it), its stewards."""
    network = network_of(obj)
    if network is None or not is_network_member(user, network):
        return False
    # The lead list is the network's own; predicates may run outside the request's scope.
    with scopes_disabled():
        leads = set(leads_of(network=network).values_list("user_id", flat=True))
    if leads:
        return user.pk in leads
    return bool(is_network_steward(user, network))


rules.add_perm("youth.view", is_youth_network & is_network_member)
rules.add_perm("youth.steward", is_youth_network & is_network_steward)
rules.add_perm("youth.lead", is_youth_network & is_safeguarding_lead)
