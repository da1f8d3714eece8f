"""Youth guests: members of a youth cohort open one gathering of the cohort's host network.

A youth cohort (`NetworkKind.YOUTH`) sits under its host network (`parent`). When a host
gathering says youth take part, the cohort's admitted youth members may open the pages of
that gathering only (the gathering page and RSVP, check-in, the live room's phone view and
board, the gratitude roll call), without becoming members. Every other page of the host
network stays 404 for them.

The grant is narrow by construction: `NetworkMiddleware` asks `guest_membership` only when
the person is not an admitted member, and it answers only for a route registered here with
the gathering it names. The apps above networks register their routes and the gathering
check from `AppConfig.ready()` (networks imports none of them). The answer is an unsaved
`Membership` with the youth member's role, `guest_gathering_id` set, handed to
`membership_known` for this request only: the permission rules then treat the guest as a
youth member of the host network for this one page, and pages that must tell a guest apart
read `is_guest(membership)`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from collaboratory.networks.models import Membership, MembershipStatus, Network, Role
from collaboratory.networks.selectors import youth_cohort_membership
from collaboratory.people.models import User

# Whether a gathering of this network (by id) lets youth take part. gatherings registers it.
GatheringCheck = Callable[[Network, int], bool]
# From a page's URL value to the id of the gathering it belongs to, for this person.
GatheringOf = Callable[[Network, User, int], int | None]

_routes: dict[str, tuple[str, GatheringOf | None]] = {}
_gathering_check: list[GatheringCheck] = []


def register_guest_route(
    view_name: str, kwarg: str, gathering_of: GatheringOf | None = None
) -> None:
    """Let youth guests open `view_name` (namespaced) for the gathering its URL value
    `kwarg` names (by default the value is the gathering's id)."""
    _routes[view_name] = (kwarg, gathering_of)


def register_gathering_check(check: GatheringCheck) -> None:
    _gathering_check[:] = [check]


def guest_routes() -> frozenset[str]:
    return frozenset(_routes)


def is_guest(membership: Membership | None) -> bool:
    """Whether this membership is a youth guest's pass for one gathering, not a membership."""
    return getattr(membership, "guest_gathering_id", None) is not None


def guest_membership(
    *, user: User, network: Network, view_name: str, kwargs: Mapping[str, object]
) -> Membership | None:
    """The guest pass of a youth cohort's member for this page of the host network, or None.

    Given only when the page is a registered guest route, the gathering it names belongs to
    `network` and has youth taking part, and the person is an admitted youth member of a
    youth cohort whose parent is `network`."""
    route = _routes.get(view_name)
    if route is None or not _gathering_check or not user.is_authenticated:
        return None
    kwarg, gathering_of = route
    raw = kwargs.get(kwarg)
    if not isinstance(raw, int):
        return None
    cohort = youth_cohort_membership(user=user, network=network)
    if cohort is None:
        return None
    gathering_id = raw if gathering_of is None else gathering_of(network, user, raw)
    if gathering_id is None or not _gathering_check[0](network, gathering_id):
        return None
    guest = Membership(
        network=network, user=user, role=Role.YOUTH_MEMBER, status=MembershipStatus.ACTIVE
    )
    guest.guest_gathering_id = gathering_id  # type: ignore[attr-defined]
    guest.cohort = cohort.network  # type: ignore[attr-defined]
    return guest
