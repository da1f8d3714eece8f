"""Reads for the asks board: the asks of this network's presented projects that are still
live between gatherings. A proposal is private until presented (creditclub's rule), so only
presented ones are listed. An ask is live while its date has not passed, the presenter (or a
steward) has not marked it met (`AskMet`), and its project was presented within the last six
months, two gatherings (an ask with no date would otherwise stay for ever). Kept commitments
do not close an ask by themselves: asks usually draw several, and the quantity is free text."""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.commitments.models import COUNTED, Commitment, GuardianApproval
from collaboratory.creditclub.models import Ask, Proposal, ProposalState
from collaboratory.creditclub.selectors import proposer_hidden_from
from collaboratory.matching.models import AskMet
from collaboratory.networks.models import (
    ADMITTED_STATUSES,
    Membership,
    Network,
)
from collaboratory.networks.prepared import prepared
from collaboratory.networks.scoping import date_in
from collaboratory.networks.selectors import guest_host_id
from collaboratory.people.models import User

ASKS_PAGE_SIZE = 20
LIVE_FOR = timedelta(days=183)


@dataclass(frozen=True)
class AskFilters:
    category: str = ""
    capital: str = ""


def _presenter_admitted(network: Network) -> Exists:
    """The presenter is an admitted member of this network. A youth guest presents at a host
    gathering without being a member: offers there would never reach them (their follow-through
    is their cohort's), and a minor is not shown to another network's members (safeguards.md)."""
    return Exists(
        Membership.objects.filter(
            network=network, user=OuterRef("proposal__proposer"), status__in=ADMITTED_STATUSES
        )
    )


def _live_asks(*, network: Network, today: date) -> QuerySet[Ask]:
    """Asks of this network's presented projects of the last six months whose date has not
    passed and that nobody marked met, whoever presented them."""
    return Ask.objects.filter(
        Q(needed_by__isnull=True) | Q(needed_by__gte=today),
        network=network,
        proposal__state=ProposalState.PRESENTED,
        proposal__gathering__starts_at__gte=timezone.now() - LIVE_FOR,
    ).exclude(Exists(AskMet.objects.filter(ask=OuterRef("pk"))))


def guest_projects_with_open_asks(
    *, network: Network, membership: Membership | None, now: datetime
) -> list[Proposal]:
    """For a youth member on their cohort's pages: the projects they presented as a guest at
    the host's gatherings (youth taking part) whose asks are still live there, with gathering
    and host. The host's board leaves these asks out (`_presenter_admitted`: a minor is not
    shown to its adults) and its stewards follow them up; the cohort's board said only that
    asks appear once presented. Crossing to the host's rows on purpose, as the guest pass
    does. One query, none for anyone else."""
    host = network.parent
    if (
        membership is None
        or host is None
        or guest_host_id(network=network, membership=membership) is None
    ):
        return []
    with scopes_disabled():
        live = _live_asks(network=host, today=date_in(host, now)).filter(proposal=OuterRef("pk"))
        return list(
            Proposal.objects.filter(
                network=host,
                proposer_id=membership.user_id,
                state=ProposalState.PRESENTED,
                gathering__youth_take_part=True,
            )
            .filter(Exists(live))
            .exclude(
                Exists(
                    Membership.objects.filter(
                        network=host, user_id=membership.user_id, status__in=ADMITTED_STATUSES
                    )
                )
            )
            .select_related("gathering", "network")
            .order_by("-gathering__starts_at", "pk")
        )


def open_asks(*, network: Network, filters: AskFilters, today: date) -> QuerySet[Ask]:
    """Live asks of this network, soonest needed first, each with `commitment_count` (shown
    commitments made to it so far) and its proposal, presenter and gathering. Only asks whose
    presenter is an admitted member here (`_presenter_admitted`). One query."""
    made = (
        Commitment.objects.filter(COUNTED, ask=OuterRef("pk"))
        .order_by()
        .values("ask")
        .annotate(n=Count("pk"))
        .values("n")
    )
    qs = _listed_asks(network=network, today=today)
    if filters.category:
        qs = qs.filter(category=filters.category)
    if filters.capital:
        qs = qs.filter(capital=filters.capital)
    return qs.annotate(commitment_count=Coalesce(Subquery(made), 0))


def _listed_asks(*, network: Network, today: date) -> QuerySet[Ask]:
    """The board's asks in the board's order, with proposal, presenter and gathering, without
    the count of commitments (a page that does not show it should not pay for it: an ask of
    a busy network has thousands)."""
    return (
        _live_asks(network=network, today=today)
        .filter(_presenter_admitted(network))
        .select_related("proposal", "proposal__proposer", "proposal__gathering")
        .order_by(
            F("needed_by").asc(nulls_last=True),
            "-proposal__gathering__starts_at",
            "proposal_id",
            "position",
            "pk",
        )
    )


# What the board shows of each ask: a narrow row (a correlated count, no GROUP BY over
# every column of four tables).
BOARD_FIELDS = (
    *("id", "network_id", "proposal_id", "position", "category", "capital", "what"),
    *("quantity", "needed_by", "proposal__title", "proposal__proposer_id"),
    *("proposal__gathering_id", "proposal__proposer__full_name"),
    *("proposal__gathering__title", "proposal__gathering__starts_at"),
)


def board_asks(*, network: Network, filters: AskFilters, today: date) -> QuerySet[Ask]:
    """`open_asks` with only the columns the board renders."""
    return open_asks(network=network, filters=filters, today=today).only(*BOARD_FIELDS)


def presenter_open_asks(
    *, network: Network, proposals: Sequence[Proposal], today: date
) -> list[Ask]:
    """One presenter's asks as the board lists them (`open_asks`: any member of this network
    sees these), for their profile, which did not point to what they still need. `proposals`
    are the presenter's, already read by the profile: the asks are looked up by those
    projects, so nobody who never presented costs a query, and SQLite does not walk every ask
    of the network to find one person's (3 ms a profile on the bench's network). Without the
    board's count of commitments, which the profile does not show. One query at most."""
    presented = [p.pk for p in proposals if p.state == ProposalState.PRESENTED]
    if not presented:
        return []
    return list(
        _listed_asks(network=network, today=today)
        .filter(proposal_id__in=presented)
        .only(*BOARD_FIELDS)
    )


def board_changes_at(*, network: Network, filters: AskFilters, today: date) -> datetime | None:
    """When the next of these asks leaves the board because its project's six months run
    out (None: no live ask). One query."""
    oldest = (
        open_asks(network=network, filters=filters, today=today)
        .order_by("proposal__gathering__starts_at")
        .values_list("proposal__gathering__starts_at", flat=True)
        .first()
    )
    return oldest + LIVE_FOR if oldest is not None else None


def open_ask(*, network: Network, ask_id: int | None, today: date) -> Ask | None:
    """One live ask of this network by number; None for any other (foreign, closed, private)."""
    return (
        open_asks(network=network, filters=AskFilters(), today=today).filter(pk=ask_id or 0).first()
    )


def closed_ask(*, network: Network, ask_id: int | None, today: date) -> Ask | None:
    """An ask of this network's presented projects that is no longer on the board (marked
    met, its date passed, its six months over), with `is_met`; None for an open ask and for
    any other number (foreign, private, a presenter not admitted here). For a page posted
    after the ask closed: such an ask was on every member's board, so naming it tells nothing
    new."""
    return (
        Ask.objects.filter(network=network, pk=ask_id or 0, proposal__state=ProposalState.PRESENTED)
        .filter(_presenter_admitted(network))
        .exclude(pk__in=open_asks(network=network, filters=AskFilters(), today=today).values("pk"))
        .annotate(is_met=Exists(AskMet.objects.filter(ask=OuterRef("pk"))))
        .select_related("proposal", "proposal__proposer")
        .first()
    )


def offers_help(*, proposer_id: int, viewer: User) -> bool:
    """Whether the board offers "Offer help" to this viewer on a listed ask of this
    presenter: on every ask but one's own (a presenter does not commit to their own project,
    commitments.commit)."""
    return proposer_id != viewer.pk


@dataclass(frozen=True)
class ProposalAskHelp:
    """What a project's page offers beside each of its asks, as the asks board does: the ids
    of the asks with "Offer help" and of those with "Who could help?"."""

    offer: frozenset[int]
    suggest: frozenset[int]


def proposal_ask_help(*, proposal: Proposal, asks: list[Ask], viewer: User) -> ProposalAskHelp:
    """The board's offers on one project's page: "Offer help" on the asks the viewer's board
    lists (its permission and `open_asks`) unless they are the viewer's own, and "Who could
    help?" where `suggestions_shown` lets the viewer see it. No query for a project that was
    never presented; one for the board otherwise (suggestions' checks read the rows given)."""
    network = proposal.network
    listed: set[int] = set()
    if proposal.state == ProposalState.PRESENTED and viewer.has_perm("matching.view_asks", network):
        listed = set(
            open_asks(network=network, filters=AskFilters(), today=date_in(network, timezone.now()))
            .filter(proposal=proposal)
            .values_list("pk", flat=True)
        )
    offer = listed if offers_help(proposer_id=proposal.proposer_id, viewer=viewer) else set()
    hidden = functools.cache(lambda: proposer_hidden_from(proposal=proposal, viewer=viewer))
    suggest = {
        ask.pk
        for ask in asks
        if suggestions_shown(
            viewer=viewer,
            ask=ask,
            on_the_board=functools.partial(listed.__contains__, ask.pk),
            hidden=hidden,
        )
    }
    return ProposalAskHelp(offer=frozenset(offer), suggest=frozenset(suggest))


def suggestions_shown(
    *,
    viewer: User,
    ask: Ask,
    on_the_board: Callable[[], bool],
    hidden: Callable[[], bool] | None = None,
) -> bool:
    """Who sees "who can meet this ask": stewards and the ask's presenter for any ask of
    theirs (as on the review board and the follow-up page), anyone else for an ask their
    board lists or listed (`on_the_board`, asked only then); never while the network reviews
    anonymously, as the ranking tells who wrote the proposal (`proposer_hidden_from`, or
    `hidden` when the caller reads it once for several asks of one proposal)."""
    if not (viewer.has_perm("matching.view_ask_suggestions", ask) or on_the_board()):
        return False
    if hidden is not None:
        return not hidden()
    return not proposer_hidden_from(proposal=ask.proposal, viewer=viewer)


def offer_under_key(*, ask: Ask, committer: User, key: object) -> Commitment | None:
    """This person's offer on this ask stored under a form's key, or None (no such offer, an
    unusable key): the same form sent again after its ask closed (the first answer lost)
    finds what it stored. One query."""
    try:
        found = uuid.UUID(str(key))
    except ValueError:
        return None
    return Commitment.objects.filter(
        network=ask.network_id, ask=ask, committer=committer, idempotency_key=found
    ).first()


def own_offers(*, network: Network, user: User, ask_ids: list[int]) -> dict[int, list[Commitment]]:
    """The viewer's own offers on these asks, oldest first, for the board's per-viewer
    slot: the board is kept for everyone, and a member back days later saw no sign of what
    they had offered, and offered again. Undone ones and a minor's money the guardian
    declined are left out (they are no offer); one awaiting the guardian is theirs. One
    query, prepared (`networks.prepared`): built through the ORM it was most of the board's
    own time at a member's first view (about 1 ms of the page's 4 beyond the bare view)."""
    if not ask_ids:
        return {}  # nothing to read (a board of one's own asks), and `IN ()` compiles to none
    found: dict[int, list[Commitment]] = {}
    rows = prepared(
        "matching.own_offers", _own_offers_query, network=network, user=user.pk, asks=ask_ids
    )
    # Sorted here, not in SQL: with ORDER BY created_at SQLite walked the network's index on
    # (network, created_at) through every commitment (0.2-0.3 s a board at 200,000), where
    # the committer's index finds their few rows at once (bench/landing.py).
    for commitment in sorted(rows, key=lambda c: (c.created_at, c.pk)):
        found.setdefault(commitment.ask_id, []).append(commitment)
    return found


def _own_offers_query(network: int, user: int, asks: list[int]) -> QuerySet[Commitment]:
    return (
        Commitment.objects.filter(
            network=network, committer=user, ask_id__in=asks, undone_at__isnull=True
        )
        .exclude(guardian_approval=GuardianApproval.DECLINED)
        .order_by()
    )
