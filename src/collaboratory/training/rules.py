"""Who trains: the stewards of a national network (it runs the convener training and owns
every cohort). No separate trainer role: the national team already chooses its stewards,
and a trainer needs what a steward has there (its gatherings, for the immersion)."""

from __future__ import annotations

import rules

from collaboratory.networks.models import NetworkKind
from collaboratory.networks.rules import is_network_steward, network_of
from collaboratory.people.models import User


@rules.predicate
def is_national(user: User, obj: object) -> bool:
    network = network_of(obj)
    return network is not None and network.kind == NetworkKind.NATIONAL


@rules.predicate
def trains_in_this_practice(user: User, obj: object) -> bool:
    """A trainee in their cohort's practice network. Only a practice network asks the
    database (every other network page pays nothing for this entry of the bar)."""
    network = network_of(obj)
    if network is None or not network.is_practice:
        return False
    # deferred: selectors load models, and rules are imported while apps load
    from collaboratory.training.selectors import trains_in_practice

    return trains_in_practice(user=user, network_id=network.pk)


rules.add_perm("training.train", is_network_steward & is_national)
# "My training" in the practice network's bar: a trainee's own pages live outside any
# network (/training/mine/), and were found before only through the emails' links.
rules.add_perm("training.view_mine", trains_in_this_practice)
