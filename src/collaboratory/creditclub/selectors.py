"""Reusable reads for the Rotating Credit Club."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import (
    Avg,
    Case,
    Count,
    F,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _
from django_scopes import scope, scopes_disabled

from collaboratory.creditclub import lifecycle
from collaboratory.creditclub.models import (
    Ask,
    CreditClubSettings,
    Proposal,
    ProposalState,
    Review,
)
from collaboratory.gatherings.models import Attendance, Gathering
from collaboratory.gatherings.selectors import OwnProject, Waiting, waiting_by_gathering
from collaboratory.networks.models import Network, NetworkKind
from collaboratory.people.models import User
from collaboratory.people.selectors import when


def creditclub_settings_for(*, network: Network) -> CreditClubSettings:
    """The network's Credit Club rules; an unsaved row with the defaults until a steward
    first saves them (`creditclub_settings_update`): a page read writes nothing."""
    row = CreditClubSettings.objects.filter(network=network).first()
    return row if row is not None else CreditClubSettings(network=network)


def proposer_hidden(*, proposal: Proposal, settings: CreditClubSettings) -> bool:
    """While a network reviews anonymously, who wrote a proposal stays hidden until its
    decision is announced (one that never is, withdrawn or left undecided, stays hidden): the
    review board's rule, for every page that shows a proposal. A proposal marked presented
    without an announcement is the project page, named to the whole network: not hidden."""
    return (
        settings.anonymized_review
        and proposal.announced_at is None
        and proposal.state != ProposalState.PRESENTED
    )


def proposer_hidden_from(*, proposal: Proposal, viewer: User) -> bool:
    """`proposer_hidden` for one viewer: a proposer always knows their own proposal."""
    if proposal.proposer_id == viewer.pk:
        return False
    settings = creditclub_settings_for(network=proposal.network)
    return proposer_hidden(proposal=proposal, settings=settings)


def minor_name_hidden(*, proposal: Proposal, viewer: User | None, steward: bool) -> bool:
    """Whether a page keeps a minor presenter's name from this viewer (`steward`: of the
    proposal's network, asked once per page): a youth guest presents at a host network's
    gathering, whose adult members otherwise read the name on its project pages (the weekly
    digest, the asks board and the directory already keep it from them). The presenter, the
    network's stewards and a youth cohort's own pages show it; a member who committed to the
    project reads it on their commitment's page. No `viewer`: a screen the whole room reads."""
    return (
        proposal.proposer.is_minor
        and proposal.network.kind != NetworkKind.YOUTH
        and (viewer is None or proposal.proposer_id != viewer.pk)
        and not steward
    )


def minor_name(full_name: str) -> str:
    """How a young person is named to adults who are not stewards, on their phones, on the
    table cards the room reads and in the gratitude roll call: the first name only
    (safeguards.md: an adult learns no more of a minor than the page needs), as the project
    pages and digests keep a youth presenter's name from them."""
    return (full_name.split() or [_("A youth member")])[0]


@dataclass(frozen=True)
class CallWindow:
    opens_at: datetime | None
    closes_at: datetime

    def is_open(self, now: datetime) -> bool:
        return lifecycle.call_is_open(now=now, opens_at=self.opens_at, closes_at=self.closes_at)


def call_window(*, gathering: Gathering, settings: CreditClubSettings) -> CallWindow:
    """The proposal call of a gathering opens with its announcement (at once if the steward
    has not announced it through the app) and closes at its proposal deadline, or by default
    the network's number of days before the gathering starts."""
    closes_at = gathering.proposal_deadline or gathering.starts_at - timedelta(
        days=settings.call_closes_days_before
    )
    return CallWindow(opens_at=gathering.announced_at, closes_at=closes_at)


@dataclass(frozen=True)
class AnnounceWindow:
    """Where `now` stands for announcing a gathering's staged decisions. One reading for the
    service, which refuses by it, and the board, which words its announce form by it, so the
    form never offers what the press would be refused for."""

    taken_place: bool  # the gathering has ended: no slot is left to give
    call_open_until: datetime | None  # the call's deadline while it is still open

    def changes_at(self, ends_at: datetime) -> datetime | None:
        """When this reading next changes (the call closes, then the gathering ends)."""
        return self.call_open_until or (None if self.taken_place else ends_at)


def announce_window(
    *, gathering: Gathering, now: datetime, settings: CreditClubSettings | None = None
) -> AnnounceWindow:
    settings = settings or creditclub_settings_for(network=gathering.network)
    closes_at = call_window(gathering=gathering, settings=settings).closes_at
    return AnnounceWindow(
        taken_place=now >= gathering.ends_at,
        call_open_until=closes_at if now < closes_at else None,
    )


def gathering_call_window(gathering: Gathering) -> CallWindow:
    """`call_window` under the network's settings: what the gathering page (gatherings, below
    this app) asks through `presenter_call_from`."""
    return call_window(
        gathering=gathering, settings=creditclub_settings_for(network=gathering.network)
    )


def gatherings_attended_count(*, user: User, network: Network) -> int:
    return (
        Attendance.objects.filter(network=network, user=user)
        .values("part__gathering")
        .distinct()
        .count()
    )


def anyone_attended(*, network: Network) -> bool:
    """Whether anyone has attended a gathering of the network: until then the default rule
    ("has attended at least one gathering") lets nobody propose."""
    return Attendance.objects.filter(network=network).exists()


def live_proposal_of(*, gathering: Gathering, proposer: User) -> Proposal | None:
    """The member's one proposal for the gathering that is not withdrawn (the constraint
    allows one), or None."""
    return (
        Proposal.objects.filter(gathering=gathering, proposer=proposer)
        .exclude(state=ProposalState.WITHDRAWN)
        .first()
    )


def proposals_of(*, user: User, network: Network) -> QuerySet[Proposal]:
    return (
        Proposal.objects.filter(network=network, proposer=user)
        .exclude(state=ProposalState.WITHDRAWN)
        .select_related("gathering")
        .annotate(ask_count=Count("asks"))
        .order_by("-gathering__starts_at", "-pk")  # down to the id: the API pages it
    )


def own_projects_at(gathering: Gathering, user_id: int) -> list[OwnProject]:
    """The person's proposals at this gathering, not withdrawn, for the links a youth
    guest's gathering page gives (gatherings.selectors.own_projects_from)."""
    return [
        OwnProject(pk, title, state in RUN_STATES)
        for pk, title, state in Proposal.objects.filter(
            network_id=gathering.network_id, gathering=gathering, proposer_id=user_id
        )
        .exclude(state=ProposalState.WITHDRAWN)
        .order_by("pk")
        .values_list("pk", "title", "state")
    ]


def own_proposal_gathering(network: Network, user: User, proposal_id: int) -> int | None:
    """The gathering of `user`'s own proposal in `network`, or None: a youth guest's pass
    (networks/guests.py) reaches their own Power Project's pages and no one else's."""
    with scope(network=network):
        return (
            Proposal.objects.filter(network=network, pk=proposal_id, proposer=user)
            .values_list("gathering_id", flat=True)
            .first()
        )


def _presented(network_id: int) -> QuerySet[Proposal]:
    return Proposal.objects.filter(
        network_id=network_id, state=ProposalState.PRESENTED, proposer=OuterRef("proposer")
    )


def review_board(
    *, gathering: Gathering, state: str = "", never_presented: bool = False, blind: bool = False
) -> QuerySet[Proposal]:
    """Proposals under review with everything a steward weighs, in a fixed number of queries:
    the proposer's rotation record (times presented, last presented), gatherings attended,
    the average of stewards' scores and the asks (`ask_list`). The same for every steward
    (the board's shared part); each steward's own reviews are `reviews_of`.

    People who never presented come first. A `blind` (anonymized) review orders by that
    alone, then by submission: ordered by the number of turns, the board would tell each
    proposer's record to anyone who knows the network's history."""
    network = gathering.network_id  # the id: no query for the network
    times_presented = Subquery(
        _presented(network).values("proposer").annotate(n=Count("pk")).values("n"),
        output_field=IntegerField(),
    )
    last_presented = Subquery(
        _presented(network).order_by("-gathering__starts_at").values("gathering__starts_at")[:1]
    )
    attended = Subquery(
        Attendance.objects.filter(network_id=network, user=OuterRef("proposer"))
        .values("user")
        .annotate(n=Count("part__gathering", distinct=True))
        .values("n"),
        output_field=IntegerField(),
    )
    queryset = (
        Proposal.objects.filter(gathering=gathering)
        .exclude(state__in=[ProposalState.DRAFT, ProposalState.WITHDRAWN])
        .select_related("proposer")
        # As a plain list (`ask_list`): a prefetch into `asks` built a filtered queryset for
        # every proposal, ~0.25 ms each.
        .prefetch_related(Prefetch("asks", queryset=Ask.objects.all(), to_attr="ask_list"))
        .annotate(
            times_presented=Coalesce(times_presented, 0),
            last_presented=last_presented,
            gatherings_attended=Coalesce(attended, 0),
            avg_past_concept=Avg("reviews__past_concept"),
            avg_many_ways_to_help=Avg("reviews__many_ways_to_help"),
            avg_asks_fit_room=Avg("reviews__asks_fit_room"),
            avg_timing=Avg("reviews__timing"),
            review_count=Count("reviews", distinct=True),
            # Where a standing carried-over copy is: "Mark as presented…" is refused then.
            carried_to_title=Subquery(
                carried_copies_standing()
                .filter(carried_from=OuterRef("pk"))
                .values("gathering__title")[:1]
            ),
        )
    )
    if blind:
        turns = Case(When(times_presented=0, then=Value(0)), default=Value(1))
        queryset = queryset.annotate(presented_before=turns).order_by(
            "presented_before", "submitted_at", "pk"
        )
    else:
        queryset = queryset.order_by("times_presented", "submitted_at", "pk")
    if state:
        queryset = queryset.filter(state=state)
    if never_presented:
        queryset = queryset.filter(times_presented=0)
    return queryset


def reviewers_by_proposal(*, proposal_ids: list[int]) -> dict[str, list[int]]:
    """Proposal id (as text) -> the ids of the stewards who reviewed it: one query."""
    found: dict[str, list[int]] = {str(pk): [] for pk in proposal_ids}
    rows = Review.objects.filter(proposal_id__in=proposal_ids).values_list(
        "proposal_id", "reviewer_id"
    )
    for proposal_id, reviewer_id in rows:
        found[str(proposal_id)].append(reviewer_id)
    return found


def reviews_of(*, reviewer: User, proposal_ids: Iterable[int]) -> dict[int, Review]:
    """Proposal id -> the reviewer's own review, among these proposals: one query."""
    return {
        r.proposal_id: r
        for r in Review.objects.filter(reviewer=reviewer, proposal_id__in=list(proposal_ids))
    }


@dataclass(frozen=True)
class BoardTally:
    """The review board's head count over every proposal of the gathering, whatever the
    filter shows: presenters already selected and decisions staged count against the slots
    together, and the proposals nobody decided yet are named, since announcing skips them."""

    slots: int
    selected: int
    staged_selected: int
    staged_waitlisted: int
    staged_declined: int
    undecided: int
    # Presenters already selected whom a staged decision moves off (to the waitlist).
    staged_leaving: int = 0

    @property
    def filled(self) -> int:
        return self.selected - self.staged_leaving + self.staged_selected

    @property
    def staged(self) -> int:
        return self.staged_selected + self.staged_waitlisted + self.staged_declined


def board_tally(*, gathering: Gathering, slots: int) -> BoardTally:
    staged = {
        f"staged_{state}": Count("pk", filter=Q(staged_decision=state))
        for state in ("selected", "waitlisted", "declined")
    }
    row = Proposal.objects.filter(gathering=gathering).aggregate(
        # A presenter marked presented keeps the slot they took (`selected_count`).
        selected=Count("pk", filter=Q(state__in=RUN_STATES)),
        undecided=Count("pk", filter=Q(state=ProposalState.SUBMITTED, staged_decision="")),
        staged_leaving=Count("pk", filter=Q(state=ProposalState.SELECTED) & ~Q(staged_decision="")),
        **staged,
    )
    return BoardTally(slots=slots, **{k: int(v) for k, v in row.items()})


def carried_copies_standing() -> QuerySet[Proposal]:
    """Carried-over copies that hold their project's turn: a declined or withdrawn copy
    gives it back to the original (which may then be selected or marked presented)."""
    return Proposal.objects.exclude(state__in=[ProposalState.WITHDRAWN, ProposalState.DECLINED])


def carried_copy(*, proposal: Proposal) -> Proposal | None:
    """The copy a waitlisted proposal was carried over to, read now (not the caller's
    cached relation), or None."""
    return Proposal.objects.filter(carried_from=proposal).first()


def staged_ids(*, gathering: Gathering) -> list[int]:
    """The proposals with a decision staged: what "Announce" applies, as its form was drawn."""
    return list(
        Proposal.objects.filter(gathering=gathering)
        .exclude(staged_decision="")
        .order_by("pk")
        .values_list("pk", flat=True)
    )


def announced_already(*, gathering: Gathering, proposal_ids: list[int]) -> bool:
    """Whether every one of these proposals was announced and nothing is staged now: the
    press being answered came after the announcement it asked for (a double tap, another
    steward first), and is no error."""
    if not proposal_ids or staged_ids(gathering=gathering):
        return False
    announced = Proposal.objects.filter(
        gathering=gathering, pk__in=proposal_ids, announced_at__isnull=False
    ).count()
    return announced == len(set(proposal_ids))


def selected_count(*, gathering: Gathering) -> int:
    """The slots taken: presenters selected, and those already marked presented (on the
    day, counting only the selected freed a presented one's slot for a further selection)."""
    return Proposal.objects.filter(gathering=gathering, state__in=RUN_STATES).count()


# Who is in a gathering's run of show, and its order. A presenter without a position (one
# selected before selection placed them) comes last, on SQLite as on PostgreSQL (their NULLs
# sort apart).
RUN_STATES = (ProposalState.SELECTED, ProposalState.PRESENTED)
RUN_ORDER = (F("run_position").asc(nulls_last=True), "pk")


def run_of_show(*, gathering: Gathering) -> QuerySet[Proposal]:
    """The selected presenters in their order."""
    return (
        Proposal.objects.filter(gathering=gathering, state__in=RUN_STATES)
        .select_related("proposer")
        .order_by(*RUN_ORDER)
    )


def run_positions(*, gathering_id: int) -> list[tuple[int, int | None]]:
    """The run of show as (proposal id, position) pairs, in order: one query."""
    return list(
        Proposal.objects.filter(gathering_id=gathering_id, state__in=RUN_STATES)
        .order_by(*RUN_ORDER)
        .values_list("pk", "run_position")
    )


def presented_projects(*, network: Network) -> QuerySet[Proposal]:
    return (
        Proposal.objects.filter(network=network, state=ProposalState.PRESENTED)
        .select_related("proposer", "gathering")
        .order_by("-gathering__starts_at", "run_position")
    )


def proposals_waiting(*, network: Network) -> Waiting:
    """Submitted proposals for coming gatherings, not yet selected or declined: one query."""
    return waiting_by_gathering(
        Proposal.objects.filter(
            network=network,
            state=ProposalState.SUBMITTED,
            gathering__ends_at__gte=timezone.now(),
        )
        .values("gathering")
        .annotate(n=Count("pk"))
        .order_by("gathering__starts_at", "gathering")
    )


def personal_proposals(user: User) -> list[dict[str, object]]:
    """For "export my data": every proposal the person wrote, in every network (their own
    rows cross networks), withdrawn ones too, with their words and their asks."""
    with scopes_disabled():  # the person's own rows, whichever networks hold them
        proposals = list(
            Proposal.objects.filter(proposer=user)
            .select_related("network", "gathering")
            .prefetch_related("asks")
            .order_by("created_at", "pk")
        )
    return [
        {
            "network": p.network.name,
            "gathering": p.gathering.title,
            "title": p.title,
            "state": p.state,
            "what": p.what,
            "who_it_serves": p.who_it_serves,
            "problem": p.problem,
            "where": p.where,
            "timeframe": p.timeframe,
            "starts_on": when(p.starts_on),
            "ends_on": when(p.ends_on),
            "phase": p.phase,
            "asks_timeline": p.asks_timeline,
            "slides_url": p.slides_url,
            "created_at": when(p.created_at),
            "submitted_at": when(p.submitted_at),
            "asks": [
                {
                    "category": a.category,
                    "capital": a.capital,
                    "what": a.what,
                    "quantity": a.quantity,
                    "needed_by": when(a.needed_by),
                }
                for a in sorted(p.asks.all(), key=lambda a: (a.position, a.pk))
            ],
        }
        for p in proposals
    ]


def personal_reviews_written(user: User) -> list[dict[str, object]]:
    """For "export my data": the reviews the person wrote as a steward, in every network,
    with their scores and private note (their own words; the proposal is named by its
    title, as the review board showed it to them)."""
    with scopes_disabled():  # the person's own rows, whichever networks hold them
        reviews = list(
            Review.objects.filter(reviewer=user)
            .select_related("network", "proposal__gathering")
            .order_by("updated_at", "pk")
        )
    return [
        {
            "network": r.network.name,
            "gathering": r.proposal.gathering.title,
            "proposal": r.proposal.title,
            **{field: getattr(r, field) for field in Review.SCORE_FIELDS},
            "note": r.note,
            "updated_at": when(r.updated_at),
        }
        for r in reviews
    ]
