"""Reusable reads of follow-through: settings, "my commitments", a project's commitments and
updates, the gratitude roll call, a member's ledger, partnerships."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, cast

from django.conf import settings
from django.db.models import Case, CharField, F, Max, OuterRef, Q, QuerySet, Subquery, Value, When
from django.db.models.functions import Cast, Concat
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_str
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from django_scopes import scope, scopes_disabled

from collaboratory.capital import CapitalKind
from collaboratory.commitments import lifecycle
from collaboratory.commitments.models import (
    COUNTED,
    NOT_COUNTED,
    PROPOSAL_STATES,
    Commitment,
    CommitmentStatus,
    CommitmentTexts,
)
from collaboratory.creditclub.models import Proposal, ProposalState
from collaboratory.creditclub.selectors import minor_name, minor_name_hidden
from collaboratory.followthrough.models import (
    CommitmentActivity,
    FollowthroughSettings,
    Partnership,
    PartnershipInvitation,
    PartnershipMilestone,
    PresenterFeedback,
    ProjectUpdate,
    ReminderSent,
    ReminderSnooze,
)
from collaboratory.gatherings.calendar_sources import DayEvent
from collaboratory.gatherings.models import Gathering
from collaboratory.networks.models import (
    ADMITTED_STATUSES,
    Membership,
    Network,
    NetworkKind,
    Organization,
)
from collaboratory.networks.prepared import prepared
from collaboratory.networks.scoping import date_in
from collaboratory.networks.selectors import (
    followed_exists,
    members_and_guests_among,
    youth_cohort_membership,
)
from collaboratory.people.models import MINOR_AGE_BANDS, User
from collaboratory.people.selectors import when
from collaboratory.plaintext import search_text


def own_commitment_gathering(network: Network, user: User, commitment_id: int) -> int | None:
    """The gathering of a commitment in `network` that `user` made or received (to their own
    proposal), or None: a youth guest's pass (networks/guests.py) reaches their own
    commitments at the host, which their reminders and their Power Project's page link to,
    and no one else's."""
    with scope(network=network):
        return (
            Commitment.objects.filter(network=network, pk=commitment_id)
            .filter(Q(committer=user) | Q(proposal__proposer=user))
            .values_list("gathering_id", flat=True)
            .first()
        )


@dataclass(frozen=True)
class Followers:
    """Of some people, who the network may still chase: its admitted members, and youth
    guests of its gatherings (admitted youth members of a cohort under it). Anyone else
    (removed, left, suspended, a cohort member whose consent was withdrawn) can open no
    page here and make no move, so reminders and news stop for them."""

    members: frozenset[int]
    guests: frozenset[int]

    def __contains__(self, user_id: object) -> bool:
        return user_id in self.members or user_id in self.guests


def followers_among(*, network: Network, user_ids: set[int]) -> Followers:
    """Two queries, whatever the number of people (see `Followers`)."""
    members, guests = members_and_guests_among(network=network, ids=user_ids)
    return Followers(frozenset(members), frozenset(guests))


def followthrough_settings_for(*, network: Network) -> FollowthroughSettings:
    """The network's follow-through rules; an unsaved row with the defaults until a steward
    first saves them (`followthrough_settings_update`): a page view or the hourly pass
    writes nothing."""
    row = FollowthroughSettings.objects.filter(network=network).first()
    return row if row is not None else FollowthroughSettings(network=network)


def reminder_timing(options: FollowthroughSettings) -> lifecycle.ReminderTiming:
    try:
        before = lifecycle.parse_days(options.before_due_days)
    except ValueError:
        before = lifecycle.ReminderTiming().before_due_days
    return lifecycle.ReminderTiming(
        before_due_days=before,
        overdue_every_days=options.overdue_every_days,
        overdue_max=options.overdue_max,
    )


def _shown(network: Network | int) -> QuerySet[Commitment]:
    return Commitment.objects.filter(
        network=network, hidden_at__isnull=True, undone_at__isnull=True
    ).exclude(guardian_approval__in=NOT_COUNTED)


# What a row of My commitments reads (followthrough/_row.html, views.rows_html): the page asks
# for these columns alone, as plain values. Whole rows of the five tables joined took ~4 ms for
# 20 rows, model instances of these columns ~2 ms, the values ~1.4 ms; a column left out is
# an AttributeError, not a query per row.
ROW_COLUMNS = (
    "pk",
    "committer_id",
    "committer__full_name",
    "proposal__proposer_id",
    "proposal__title",
    "proposal__proposer__full_name",
    "capital",
    "what",
    "amount",
    "unit",
    "due_on",
    "status",
    "delivered_amount",
)

_LABELS = {
    name: dict(Commitment._meta.get_field(name).flatchoices)  # type: ignore[union-attr]
    for name in ("status", "capital", "unit")
}


def _label(name: str, value: str) -> str:
    """What `get_<name>_display()` of a Commitment says for `value` (Django's own rule)."""
    return force_str(_LABELS[name].get(value, value), strings_only=True)


@dataclass(frozen=True, slots=True)
class CommitmentRow(CommitmentTexts):
    """A row of My commitments: the columns `ROW_COLUMNS` names, and the few texts the
    template asks of a Commitment, computed as the model computes them."""

    pk: int
    committer_id: int
    committer_name: str
    proposer_id: int
    title: str
    proposer_name: str
    capital: str
    what: str
    amount: Decimal | None
    unit: str
    due_on: date
    status: str
    delivered_amount: Decimal | None

    def get_status_display(self) -> str:
        return _label("status", self.status)

    def get_capital_display(self) -> str:
        return _label("capital", self.capital)

    def get_unit_display(self) -> str:
        return _label("unit", self.unit)


def commitment_rows(queryset: QuerySet[Commitment], limit: int) -> list[CommitmentRow]:
    """The first `limit` commitments of `queryset` (in its order) as rows, one query."""
    return [CommitmentRow(*row) for row in _row_values(queryset, limit)]


def _row_values(queryset: QuerySet[Commitment], limit: int) -> QuerySet[Commitment, Any]:
    """The columns a `CommitmentRow` holds, for the first `limit` commitments."""
    return queryset.select_related(None).values_list(*ROW_COLUMNS)[:limit]


def commitments_owed(
    *, network: Network | int, user: User | int, status: str = "", capital: str = ""
) -> QuerySet[Commitment]:
    """What `user` promised: still owed first, by due date, then the settled ones; the
    presenter in the same query (`commitment_rows` reads only what My commitments shows)."""
    qs = _shown(network).filter(committer=user)
    if status:
        qs = qs.filter(status=status)
    if capital:
        qs = qs.filter(capital=capital)
    settled = Case(When(status__in=lifecycle.SETTLED, then=Value(1)), default=Value(0))
    qs = (
        qs.select_related("proposal__proposer", "ask", "gathering")
        .annotate(settled=settled)
        .order_by("settled", "due_on", "pk")
    )
    return qs


STATUS_ORDER = {s: i for i, s in enumerate(lifecycle.STATES)}


def commitments_to_me_query(
    *, network: Network, user: User, status: str = "", capital: str = ""
) -> QuerySet[Commitment]:
    """What was promised to `user` as a presenter, grouped by status (those needing the
    presenter first: offered, then done), then by due date: sorted by the database, so the
    API can read one window of it."""
    # Through the person's proposals, so the (proposal, network) index leads rather than a
    # walk over every commitment of the network; most members present nothing, and then
    # no commitment query is built or run at all.
    theirs = _proposal_ids(network=network, user=user)
    if not theirs:
        return Commitment.objects.none()
    return _to_me(network=network, proposal_ids=theirs, status=status, capital=capital)


def _proposal_ids(*, network: Network | int, user: User | int) -> list[int]:
    return list(_proposal_ids_query(network=network, user=user))


def _proposal_ids_query(*, network: Network | int, user: User | int) -> QuerySet[Proposal, int]:
    # Unordered: the proposals' default order joins their gatherings for nothing.
    return (
        Proposal.objects.filter(network=network, proposer=user)
        .order_by()
        .values_list("pk", flat=True)
    )


def _to_me(
    *, network: Network | int, proposal_ids: list[int], status: str, capital: str
) -> QuerySet[Commitment]:
    qs = _shown(network).filter(proposal__in=proposal_ids)
    if status:
        qs = qs.filter(status=status)
    if capital:
        qs = qs.filter(capital=capital)
    first = {lifecycle.OFFERED: -2, lifecycle.DONE: -1}
    rank = Case(
        *(When(status=s, then=Value(first.get(s, STATUS_ORDER[s]))) for s in STATUS_ORDER),
        default=Value(len(STATUS_ORDER)),
    )
    return qs.annotate(status_rank=rank).order_by("status_rank", "due_on", "pk")


def commitments_to_me(
    *,
    network: Network,
    user: User,
    status: str = "",
    capital: str = "",
    limit: int | None = None,
) -> list[Commitment]:
    """`commitments_to_me_query`'s rows with who, what project and which ask, the first
    `limit` of them when given."""
    query = commitments_to_me_query(network=network, user=user, status=status, capital=capital)
    if query.query.is_empty():
        return []  # most members present nothing: no query to build (~0.7 ms)
    return list(query.select_related("committer", "proposal", "ask")[:limit])


def commitment_rows_to_me(
    *, network: Network, user: User, status: str = "", capital: str = "", limit: int
) -> list[CommitmentRow]:
    """The first `limit` rows of what was promised to `user` (`commitments_to_me_query`),
    both reads prepared (`networks.prepared`): `status` and `capital` are the filter form's
    choices, so they shape the compiled query (a few dozen shapes) rather than fill it."""
    theirs = prepared(
        "followthrough.proposal_ids", _proposal_ids_query, network=network, user=user.pk
    )
    if not theirs:
        return []  # most members present nothing: no query to build or run
    return _prepared_rows(
        ("followthrough.to_me", status, capital, limit),
        lambda network, proposal_ids: _to_me(
            network=network, proposal_ids=proposal_ids, status=status, capital=capital
        ),
        limit=limit,
        network=network,
        proposal_ids=theirs,
    )


@dataclass(frozen=True)
class GuestProject:
    """A youth guest's own proposal at the host network, for the links beside its rows."""

    pk: int
    gathering_id: int
    title: str
    followed_up: bool  # selected or presented: its follow-up list is the one to read


@dataclass(frozen=True)
class AtHost:
    """A youth member's commitments at the host network: what its room promised their
    Power Projects (`projects`, `to_me`) and what they promised its presenters (`owed`)."""

    host: Network
    projects: list[GuestProject]
    to_me: list[CommitmentRow]
    owed: list[CommitmentRow]


def commitments_at_host(
    *, cohort: Network, user: User, status: str = "", capital: str = "", limit: int
) -> AtHost | None:
    """For a youth cohort's member: their commitments at the host network (the cohort's
    parent), made by them or to their own proposals, read as their guest pass there reads
    them (networks/guests.py, `own_commitment_gathering`): only while they are an admitted
    youth member of a cohort under the host (`youth_cohort_membership`), and only at
    gatherings that let youth take part (the pass's gathering check), so every row links to
    a page the pass opens. None for every other network (no query), a person with no pass,
    or nothing there. Crossing networks on purpose, as the pass does: the host's rows, read
    for the person's own commitments and projects only."""
    if cohort.kind != NetworkKind.YOUTH or cohort.parent_id is None:
        return None
    with scopes_disabled():  # the cohort's parent, asked about from the cohort
        host = Network.objects.get(pk=cohort.parent_id)
    if youth_cohort_membership(user=user, network=host) is None:
        return None
    with scope(network=host):
        projects = [
            GuestProject(pk, gathering_id, title, state in PROPOSAL_STATES)
            for pk, gathering_id, title, state in Proposal.objects.filter(
                network=host, proposer=user, gathering__youth_take_part=True
            )
            .exclude(state=ProposalState.WITHDRAWN)
            .order_by("-gathering__starts_at", "-pk")
            .values_list("pk", "gathering_id", "title", "state")
        ]
        to_me = (
            commitment_rows(
                _to_me(
                    network=host,
                    proposal_ids=[p.pk for p in projects],
                    status=status,
                    capital=capital,
                ),
                limit,
            )
            if projects
            else []
        )
        owed = commitment_rows(
            commitments_owed(network=host, user=user, status=status, capital=capital).filter(
                gathering__youth_take_part=True
            ),
            limit,
        )
    if not projects and not owed:
        return None
    return AtHost(host, projects, to_me, owed)


def commitment_rows_owed(
    *, network: Network, user: User, status: str = "", capital: str = "", limit: int
) -> list[CommitmentRow]:
    """The first `limit` rows of what `user` promised (`commitments_owed`), prepared like
    `commitment_rows_to_me`: one query, compiled once per filter and limit."""
    return _prepared_rows(
        ("followthrough.owed", status, capital, limit),
        lambda network, user: commitments_owed(
            network=network, user=user, status=status, capital=capital
        ),
        limit=limit,
        network=network,
        user=user.pk,
    )


def _prepared_rows(
    key: tuple[str, str, str, int],
    build: Callable[..., QuerySet[Commitment]],
    *,
    limit: int,
    network: Network,
    **values: int | list[int],
) -> list[CommitmentRow]:
    """The first `limit` commitments of `build`'s query as plain rows, read prepared: the
    row columns and the limit are the same for both lists of My commitments."""
    rows = prepared(
        key,
        lambda **given: _row_values(build(**given), limit),
        network=network,
        **cast(dict[str, Any], values),  # only the query's own values, never `using`
    )
    return [CommitmentRow(*row) for row in rows]


def commitment_history(*, commitment: Commitment) -> QuerySet[CommitmentActivity]:
    return CommitmentActivity.objects.filter(
        network=commitment.network, commitment=commitment
    ).select_related("author")


@dataclass(frozen=True)
class ProjectFollowthrough:
    commitments: list[Commitment]
    updates: list[ProjectUpdate]
    counts: list[tuple[str, int]]  # (status label, how many), in lifecycle order
    feedback: PresenterFeedback | None


def project_followthrough(*, proposal: Proposal) -> ProjectFollowthrough:
    """A project's commitments (by ask), its updates and status counts: three queries."""
    commitments = list(
        _shown(proposal.network)
        .filter(proposal=proposal)
        .select_related("committer", "ask")
        .order_by("ask__position", "created_at", "pk")
    )
    updates = list(
        ProjectUpdate.objects.filter(network=proposal.network, proposal=proposal).select_related(
            "author"
        )
    )
    feedback = PresenterFeedback.objects.filter(network=proposal.network, proposal=proposal).first()
    return ProjectFollowthrough(
        commitments=commitments,
        updates=updates,
        counts=[
            (str(CommitmentStatus(status).label), n)
            for status, n in sorted(
                Counter(c.status for c in commitments).items(), key=lambda i: STATUS_ORDER[i[0]]
            )
        ],
        feedback=feedback,
    )


@dataclass(frozen=True)
class Thanks:
    """One line of the gratitude roll call: plain values a board can render."""

    commitment_id: int
    committer: str
    presenter: str
    proposal_id: int  # the group: two projects may share a title
    project: str
    what: str
    capital: str
    partly: bool
    kept_at: datetime


def gratitude_roll_call(
    *, gathering: Gathering, viewer: User | None, steward: bool = False
) -> list[Thanks]:
    """Commitments kept (or partly kept) since the network's previous gathering began, up to
    this gathering's start: who helped whom with what. One query each for the bounds and
    the rows.

    Young people are named as this `viewer` reads them on the network's other pages: a young
    presenter outside a youth cohort as "A youth member" (`minor_name_hidden`, the project
    pages' rule) and a young committer to an adult by first name (`minor_name`, the table
    cards' rule); the stewards (`steward`) read full names. The room's board passes no
    viewer: everyone in the room reads it."""
    network = gathering.network
    previous = (
        Gathering.objects.filter(network=network, starts_at__lt=gathering.starts_at)
        .order_by("-starts_at")
        .values_list("starts_at", flat=True)
        .first()
    )
    window = Q(kept_at__lt=gathering.starts_at)
    if previous is not None:
        window &= Q(kept_at__gte=previous)
    rows = (
        _shown(network)
        .filter(window, status__in=(lifecycle.KEPT, lifecycle.PARTLY_KEPT))
        .select_related("committer", "proposal__proposer", "proposal__network")
        .order_by("proposal__title", "proposal_id", "kept_at", "pk")
    )
    young_reader = viewer is not None and viewer.is_minor
    return [
        Thanks(
            commitment_id=c.pk,
            committer=(
                minor_name(c.committer.full_name)
                if c.committer.is_minor
                and not (steward or young_reader or c.committer_id == getattr(viewer, "pk", None))
                else c.committer.full_name
            ),
            presenter=(
                _("A youth member")
                if minor_name_hidden(proposal=c.proposal, viewer=viewer, steward=steward)
                else c.proposal.proposer.full_name
            ),
            proposal_id=c.proposal_id,
            project=c.proposal.title,
            what=c.what,
            capital=c.capital,
            partly=c.status == lifecycle.PARTLY_KEPT,
            kept_at=c.kept_at,  # type: ignore[arg-type]
        )
        for c in rows
    ]


@dataclass
class LedgerLine:
    capital: str
    label: str
    total: int = 0
    kept: int = 0
    partly_kept: int = 0
    released: int = 0
    lapsed: int = 0
    open: int = 0

    @property
    def kept_rate(self) -> float | None:
        """Kept (fully or partly) out of those settled; None before anything settled."""
        settled = self.kept + self.partly_kept + self.released + self.lapsed
        return (self.kept + self.partly_kept) / settled if settled else None


@dataclass
class Ledger:
    given: list[LedgerLine] = field(default_factory=list)
    received: list[LedgerLine] = field(default_factory=list)

    @staticmethod
    def _total(lines: list[LedgerLine]) -> LedgerLine:
        total = LedgerLine("", "")
        for line in lines:
            for name in ("total", "kept", "partly_kept", "released", "lapsed", "open"):
                setattr(total, name, getattr(total, name) + getattr(line, name))
        return total

    @property
    def given_total(self) -> LedgerLine:
        return self._total(self.given)

    @property
    def received_total(self) -> LedgerLine:
        return self._total(self.received)


def _lines(pairs: list[tuple[str, str]]) -> list[LedgerLine]:
    lines = {kind: LedgerLine(kind, str(label)) for kind, label in CapitalKind.choices}
    for capital, status in pairs:
        line = lines[capital]
        line.total += 1
        if status in (lifecycle.KEPT, lifecycle.PARTLY_KEPT, lifecycle.RELEASED, lifecycle.LAPSED):
            setattr(line, status, getattr(line, status) + 1)
        else:
            line.open += 1
    return list(lines.values())


def member_ledger(*, network: Network, user: User) -> Ledger:
    """Commitments given and received by kind of capital, with kept rates. Private: shown to
    the member and to stewards, never ranked or published. Two queries."""
    shown = _shown(network)
    given = list(shown.filter(committer=user).values_list("capital", "status"))
    received = list(
        shown.filter(proposal__proposer=user)
        .exclude(committer=user)
        .values_list("capital", "status")
    )
    return Ledger(given=_lines(given), received=_lines(received))


def partnerships_visible(*, network: Network, user: User, steward: bool) -> QuerySet[Partnership]:
    """Published ones for everyone; stewards also see those waiting; members those they
    recorded or are on (the 6- and 12-month check-in links every person on it to its page,
    published or not)."""
    qs = Partnership.objects.filter(network=network)
    if not steward:
        on_it = Partnership.members.through.objects.filter(user_id=user.pk).values("partnership_id")
        qs = qs.filter(Q(published_at__isnull=False) | Q(recorded_by=user) | Q(pk__in=on_it))
    return qs.prefetch_related("members", "organizations", "proposals")


def partnership_milestones(*, partnership: Partnership) -> QuerySet[PartnershipMilestone]:
    return PartnershipMilestone.objects.filter(
        network=partnership.network, partnership=partnership
    ).order_by(F("due_on").asc(nulls_last=True), "pk")


def presenter_feedback_list(*, network: Network) -> QuerySet[PresenterFeedback]:
    return (
        PresenterFeedback.objects.filter(network=network)
        .select_related("author", "proposal__gathering")
        .order_by("-updated_at")
    )


def today_in(network: Network, now: datetime) -> date:
    """The network's date at `now`, whichever time zone is active (a task, a test)."""
    return date_in(network, now)


MEMBER_SEARCH_MIN = 2
MEMBER_SEARCH_LIMIT = 20


@dataclass(frozen=True)
class MemberChoice:
    """A member as the partnership form offers them: the membership id and what the
    directory shows (name, organization). Never an email."""

    membership_id: int
    user_id: int
    name: str
    organization: str


def _members_pickable(network: Network) -> QuerySet[Membership]:
    """Admitted members of this network whom any member may see, by the directory's rule:
    minors only inside their youth cohort."""
    qs = Membership.objects.filter(network=network, status__in=ADMITTED_STATUSES)
    if network.kind != NetworkKind.YOUTH:
        qs = qs.exclude(user__age_band__in=MINOR_AGE_BANDS)
    return qs


def _choices(qs: QuerySet[Membership], limit: int | None = None) -> list[MemberChoice]:
    rows = qs.order_by("user__full_name", "pk").values_list(
        "pk", "user_id", "user__full_name", "organization__name"
    )[:limit]
    return [MemberChoice(pk, user_id, name, org or "") for pk, user_id, name, org in rows]


def partnership_member_search(*, network: Network, q: str) -> list[MemberChoice]:
    """Members whose name contains `q`, for picking the people in a partnership. Names only:
    an address is never searched, so typing one tells nothing about who is a member."""
    q = " ".join(search_text(q).split())
    if len(q) < MEMBER_SEARCH_MIN or "@" in q:
        return []
    qs = _members_pickable(network).filter(user__full_name__icontains=q)
    return _choices(qs, MEMBER_SEARCH_LIMIT)


def partnership_members_chosen(
    *, network: Network, membership_ids: list[int]
) -> list[MemberChoice]:
    """The chosen memberships that may be linked (this network's, and visible as above);
    any other id is simply not among them."""
    return _choices(_members_pickable(network).filter(pk__in=membership_ids))


def partnership_choices(*, network: Network) -> dict[str, list[tuple[int, str]]]:
    """What a partnership may link besides people: the network's organizations and its
    presented projects, by name."""
    return {
        "organizations": list(
            Organization.objects.filter(network=network).order_by("name").values_list("pk", "name")
        ),
        "proposals": list(
            Proposal.objects.filter(network=network, state=ProposalState.PRESENTED)
            .order_by("title")
            .values_list("pk", "title")
        ),
    }


def span_networks(*, user: User, network: Network) -> list[Network]:
    """The other local networks under the same national network where `user` is admitted:
    the ones whose members they may bring onto a partnership of `network`."""
    if network.kind != NetworkKind.LOCAL or network.parent_id is None:
        return []
    with scopes_disabled():  # the person's own memberships, across networks
        return list(
            Network.objects.filter(
                parent_id=network.parent_id,
                kind=NetworkKind.LOCAL,
                is_practice=False,
                memberships__user=user,
                memberships__status__in=ADMITTED_STATUSES,
            )
            .exclude(pk=network.pk)
            .distinct()
            .order_by("name")
        )


@dataclass(frozen=True)
class InvitationLine:
    """One invitation as a page shows it, in words that depend on who reads it."""

    invitation: PartnershipInvitation
    state: str  # a key of SENT_STATES or RECEIVED_STATES
    label: str


# What the home network reads of an address it invited: waiting (declined included, until
# it runs out), then not accepted (declined, ignored, or no member's); a member is named
# only once they accepted.
SENT_STATES = {
    "waiting": gettext_noop("Invitation sent if this address belongs to a member"),
    "accepted": gettext_noop("Accepted"),
    "not_accepted": gettext_noop("Not accepted"),
}
# What the invited member and their own network's stewards read.
RECEIVED_STATES = {
    "waiting": gettext_noop("Waiting for an answer"),
    "accepted": gettext_noop("Accepted"),
    "declined": gettext_noop("Declined"),
    "not_accepted": gettext_noop("Not answered in time"),
}


def partnership_invitations_sent(
    *, partnership: Partnership, now: datetime
) -> list[InvitationLine]:
    """The addresses the home network typed for this partnership, in `SENT_STATES`' words:
    the same for an address of no member as for a member who declined or never answered,
    so the page is no membership oracle."""
    with scopes_disabled():  # each lives in its partner network
        rows = list(PartnershipInvitation.objects.filter(partnership=partnership))
    lines = []
    for row in rows:
        state = _sent_state(row, now)
        lines.append(InvitationLine(row, state, _(SENT_STATES[state])))
    return lines


def _sent_state(row: PartnershipInvitation, now: datetime) -> str:
    """What the home network reads of an invitation (`SENT_STATES`' key): a decline stays
    "waiting" until the invitation runs out, like an address of no member."""
    if row.answer == PartnershipInvitation.Answer.ACCEPTED:
        return "accepted"
    return "waiting" if now < row.expires_at else "not_accepted"


def _received_state(row: PartnershipInvitation, now: datetime) -> str:
    """What the invited member reads (`RECEIVED_STATES`' key)."""
    return row.answer or ("waiting" if now < row.expires_at else "not_accepted")


def partnership_invitations_received(
    *, network: Network, user: User, steward: bool, now: datetime
) -> list[InvitationLine]:
    """Invitations onto other networks' partnerships sent to members of `network`: the
    person's own, or every member's for its stewards. Addresses that belong to no member
    here are not listed (they are the other network's typing, not this network's)."""
    qs = PartnershipInvitation.objects.filter(network=network, invitee__isnull=False)
    if not steward:
        qs = qs.filter(invitee=user)
    lines = []
    for row in qs.select_related("partnership", "home_network", "invitee").order_by(
        "-created_at", "-pk"
    ):
        state = _received_state(row, now)
        lines.append(InvitationLine(row, state, _(RECEIVED_STATES[state])))
    return lines


def partnership_commitments(*, partnership: Partnership) -> QuerySet[Commitment]:
    """The shown commitments a partnership grew from, with who made them to whom."""
    return partnership.commitments.filter(COUNTED).select_related("committer", "proposal__proposer")


# --- The automatic follow-up's reads ---------------------------------------------------------


def _followed(network: Network) -> QuerySet[Commitment]:
    """The network's commitments that have a follow-up: neither hidden nor undone."""
    return Commitment.objects.filter(
        network=network, hidden_at__isnull=True, undone_at__isnull=True
    ).exclude(guardian_approval__in=NOT_COUNTED)


def is_overdue(commitment: Commitment | CommitmentRow, today: date) -> bool:
    """The one rule of "overdue": still owed (open or disputed, what reminders chase) after
    its due day on the network's calendar (`today` is `date_in`). My commitments and a
    commitment's page mark such a row; the stewards' Overdue commitments lists them."""
    return commitment.status in lifecycle.CHASED and commitment.due_on < today


def overdue_q(today: date) -> Q:
    """`is_overdue` as a query filter, for lists and counts too long to test row by row
    (tests/followthrough/test_overdue_page.py holds the two equal for every status)."""
    return Q(status__in=lifecycle.CHASED, due_on__lt=today)


def _last_reminder() -> Subquery:
    """When the last automatic reminder about the outer commitment went to its committer:
    the sent-log's keys are "c:<commitment>:<rule>" (services/reminders.py)."""
    prefix = Concat(Value("c:"), Cast(OuterRef("pk"), CharField()), Value(":"))
    return Subquery(
        ReminderSent.objects.filter(
            network=OuterRef("network_id"), user=OuterRef("committer_id"), key__startswith=prefix
        )
        .order_by("-sent_at")
        .values("sent_at")[:1]
    )


# What a row of Overdue commitments reads: values only, the committer's name and no contact
# details (a minor's row is shown to the network's stewards like any other, safeguards.md).
OVERDUE_COLUMNS = (
    "pk",
    "what",
    "capital",
    "amount",
    "unit",
    "status",
    "due_on",
    "committer__full_name",
    "proposal_id",
    "proposal__title",
    "proposal__proposer__full_name",
)


def _owed_rows(network: Network, owed: Q) -> QuerySet[Commitment, Any]:
    """The network's followed commitments matching `owed`, due first, as the values a row of
    Overdue commitments reads, with `last_reminder` (None: none went yet) and
    `committer_followed` (False: the committer has left, so no reminder goes to them: the
    reminders' own rule, `followers_among`, as a subquery). One query for any slice of it."""
    return (
        _followed(network)
        .filter(owed)
        .order_by("due_on", "pk")
        .values(*OVERDUE_COLUMNS)
        .annotate(
            last_reminder=_last_reminder(),
            committer_followed=followed_exists(network=network, user=OuterRef("committer_id")),
        )
    )


def commitments_overdue(*, network: Network, today: date) -> QuerySet[Commitment, Any]:
    """The network's commitments `is_overdue` on `today`, oldest due first."""
    return _owed_rows(network, overdue_q(today))


def commitments_overdue_count(*, network: Network, today: date) -> int:
    """How many commitments of the network are overdue: the stewards' home card and the
    page's heading, one figure. Those of people who have left count too: still owed, and
    with no reminder going to them a steward is the only one left to settle them (the
    page marks their rows)."""
    return _followed(network).filter(overdue_q(today)).count()


def commitments_due_soon(*, network: Network, today: date, days: int) -> QuerySet[Commitment, Any]:
    """Commitments still owed that fall due from `today` to `days` days on, soonest first."""
    return _owed_rows(
        network,
        Q(status__in=lifecycle.CHASED, due_on__gte=today, due_on__lte=today + timedelta(days=days)),
    )


def commitments_done_before(*, network: Network, cutoff: datetime) -> QuerySet[Commitment]:
    """Done commitments nobody has confirmed or disputed since `cutoff`."""
    return _followed(network).filter(status=lifecycle.DONE, status_changed_at__lte=cutoff)


def commitments_open_due_by(*, network: Network, due_by: date) -> QuerySet[Commitment]:
    """Commitments still owed that were due on or before `due_by`."""
    return _followed(network).filter(status__in=lifecycle.OPEN, due_on__lte=due_by)


def commitments_chased_due_by(*, network: Network, due_by: date) -> QuerySet[Commitment]:
    """What committer reminders chase (`lifecycle.CHASED`: open or disputed), due on or
    before `due_by`."""
    return _followed(network).filter(status__in=lifecycle.CHASED, due_on__lte=due_by)


def commitments_awaiting_thanks(
    *,
    network: Network,
    offered_before: datetime | None = None,
    proposal_id: int | None = None,
    presenter_id: int | None = None,
    up_to: int | None = None,
) -> QuerySet[Commitment]:
    """The one rule of what the presenter's reminder to acknowledge is about, with the
    presenter: commitments still offered (not acknowledged, adjusted, kept or released),
    neither hidden nor undone, to a project not withdrawn. The reminder run asks it for
    those offered before `offered_before` (the start of a day of the network's); the weekly
    digest asks it again for one batch (`proposal_id`, its presenter, commitments up to the
    batch's newest `up_to`): `acknowledge_reminder_still_news`."""
    return (
        _followed(network)
        .filter(status=lifecycle.OFFERED)
        .exclude(proposal__state=ProposalState.WITHDRAWN)
        .filter(
            **_given(
                created_at__lt=offered_before,
                proposal_id=proposal_id,
                proposal__proposer_id=presenter_id,
                pk__lte=up_to,
            )
        )
        .select_related("proposal__proposer")
    )


def projects_presented_between(
    *,
    network: Network,
    after: datetime | None = None,
    until: datetime | None = None,
    proposal_id: int | None = None,
    presenter_id: int | None = None,
) -> QuerySet[Proposal]:
    """The one rule of which projects the presenter's follow-up prompt is about: presented
    at a gathering that started after `after` and by `until` (the reminder run's window),
    or one project of one presenter (the weekly digest asking again:
    `follow_up_reminder_still_news`), with `last_update_at`, when the newest update of
    the project was posted (`prompt_followed_up`)."""
    return (
        Proposal.objects.filter(network=network, state=ProposalState.PRESENTED)
        .filter(
            **_given(
                gathering__starts_at__lte=until,
                gathering__starts_at__gt=after,
                pk=proposal_id,
                proposer_id=presenter_id,
            )
        )
        .annotate(last_update_at=Max("updates__created_at"))
        .select_related("proposer", "gathering")
    )


def _given(**lookups: object) -> dict[str, object]:
    """The lookups whose value was given (not None): a selector's optional narrowing."""
    return {lookup: value for lookup, value in lookups.items() if value is not None}


def prompt_day(*, network: Network, proposal: Proposal, days: int) -> date:
    """The network's calendar day a follow-up prompt is due: `days` from the day the
    gathering started there (one at 23:30 is prompted on day 30 from the morning)."""
    return date_in(network, proposal.gathering.starts_at) + timedelta(days=days)


def prompt_followed_up(*, network: Network, proposal: Proposal, day: date) -> bool:
    """Whether the presenter followed up already: an update of the project (from
    `projects_presented_between`) was posted on or after the prompt's `day`. The run does
    not ask for it then, and the weekly digest drops the prompt it queued."""
    last = getattr(proposal, "last_update_at", None)
    return last is not None and date_in(network, last) >= day


def project_commitments(
    *, network: Network, proposal: Proposal, made_by: datetime | None = None
) -> QuerySet[Commitment]:
    """The shown commitments to a project (made by `made_by`, when given), with their
    committers."""
    rows = _followed(network).filter(proposal=proposal)
    if made_by is not None:
        rows = rows.filter(created_at__lte=made_by)
    return rows.select_related("committer")


def project_updates_posted_since(*, network: Network, since: datetime) -> QuerySet[ProjectUpdate]:
    """The network's project updates posted since `since`, oldest first, with what sending
    them reads."""
    return (
        ProjectUpdate.objects.filter(network=network, created_at__gte=since)
        .select_related("proposal", "network", "author")
        .order_by("created_at", "pk")
    )


def commitments_still_chased(*, network: Network, user_id: int, today: date) -> frozenset[int]:
    """The commitments the committer reminders' rule still chases `user_id` about
    (`commitments_chased_due_by` and `reminders_snoozed`, for one committer): theirs, still
    open or disputed, neither hidden nor undone, and no snooze holds today. Their due days
    aside: a reminder queued for the weekly digest was due when it was written. One set
    for every reminder of theirs a digest carries (`committer_reminder_still_news`)."""
    snoozed = {c for c, _u in reminders_snoozed(network=network, today=today, user_id=user_id)}
    return frozenset(
        _followed(network)
        .filter(committer_id=user_id, status__in=lifecycle.CHASED)
        .exclude(pk__in=snoozed)
        .values_list("pk", flat=True)
    )


def reminders_snoozed(
    *, network: Network, today: date, user_id: int | None = None
) -> set[tuple[int, int]]:
    """(commitment, user) pairs whose reminders are paused today: a snooze's `until` is the
    day they resume (as the form asks for it). With `user_id`, that person's only."""
    rows = ReminderSnooze.objects.filter(network=network, until__gt=today)
    if user_id is not None:
        rows = rows.filter(user_id=user_id)
    return set(rows.values_list("commitment_id", "user_id"))


def reminder_keys_sent(*, network: Network, keys: list[str]) -> set[str]:
    """Which of these reminder keys went out already (to anyone)."""
    return set(
        ReminderSent.objects.filter(network=network, key__in=keys).values_list("key", flat=True)
    )


def acknowledge_reminded_up_to(*, network: Network, proposal_ids: set[int]) -> dict[int, int]:
    """For each proposal, the newest commitment an acknowledge reminder has covered (its key
    is `p:<proposal>:ack:<newest>`): a batch's commitments are reminded of once, even after
    the newest of them is thanked."""
    if not proposal_ids:
        return {}
    prefixes = Q(pk__in=[])
    for proposal_id in sorted(proposal_ids):
        prefixes |= Q(key__startswith=f"p:{proposal_id}:ack:")
    covered: dict[int, int] = {}
    for key in ReminderSent.objects.filter(prefixes, network=network).values_list("key", flat=True):
        _p, proposal, _ack, newest = key.split(":")
        covered[int(proposal)] = max(covered.get(int(proposal), 0), int(newest))
    return covered


def reminder_pairs_sent(*, network: Network, keys: list[str]) -> set[tuple[int, str]]:
    """(user, key) pairs among these keys that went out already."""
    return set(
        ReminderSent.objects.filter(network=network, key__in=keys).values_list("user_id", "key")
    )


def reminder_users_sent(*, network: Network, key: str) -> set[int]:
    """The people one key (a project update) went to already."""
    return set(
        ReminderSent.objects.filter(network=network, key=key).values_list("user_id", flat=True)
    )


def commitment_due_days(user: User, network: Network) -> list[DayEvent]:
    """The calendar feed's due dates: each commitment `user` made in `network` that is still
    owed, on its due date (registered with gatherings' calendar sources). Only the owner's
    own commitments: the feed link is theirs alone."""
    rows = (
        _shown(network)
        .filter(committer=user, status__in=lifecycle.OPEN)
        .select_related("proposal__proposer")
        .order_by("due_on", "pk")
    )
    return [
        DayEvent(
            uid=f"commitment-due-{c.pk}@collaboratory",
            day=c.due_on,
            summary=_("Due: %(what)s") % {"what": c.what},
            description=_("Your commitment to %(presenter)s (%(project)s)")
            % {"presenter": c.proposal.proposer.full_name, "project": c.proposal.title},
            url=settings.SITE_URL
            + reverse(
                "followthrough:commitment",
                kwargs={"network_slug": network.slug, "commitment_id": c.pk},
            ),
        )
        for c in rows
    ]


def personal_followthrough(user: User) -> dict[str, list[dict[str, object]]]:
    """For "export my data": what the person wrote after the room, in every network (their
    own rows cross networks): their notes on commitments' moves and updates, their project
    updates, their feedback as a presenter and their reminder snoozes."""
    with scopes_disabled():  # the person's own rows, whichever networks hold them
        notes = list(
            CommitmentActivity.objects.filter(author=user)
            .select_related("network")
            .order_by("created_at", "pk")
        )
        updates = list(
            ProjectUpdate.objects.filter(author=user)
            .select_related("network", "proposal")
            .order_by("created_at", "pk")
        )
        feedback = list(
            PresenterFeedback.objects.filter(author=user)
            .select_related("network", "proposal")
            .order_by("updated_at", "pk")
        )
        snoozes = list(
            ReminderSnooze.objects.filter(user=user)
            .select_related("network")
            .order_by("until", "pk")
        )
    return {
        "commitment_notes": [
            {
                "network": a.network.name,
                "commitment": a.commitment_id,
                "kind": a.kind,
                "from_status": a.from_status,
                "to_status": a.to_status,
                "note": a.note,
                "link": a.link,
                "created_at": when(a.created_at),
            }
            for a in notes
        ],
        "project_updates": [
            {
                "network": u.network.name,
                "project": u.proposal.title,
                "text": u.text,
                "link": u.link,
                "created_at": when(u.created_at),
            }
            for u in updates
        ],
        "presenter_feedback": [
            {
                "network": f.network.name,
                "project": f.proposal.title,
                "helpful": f.helpful,
                "text": f.text,
                "updated_at": when(f.updated_at),
            }
            for f in feedback
        ],
        # Their "remind me again on ..." choices.
        "reminder_snoozes": [
            {"network": z.network.name, "commitment": z.commitment_id, "until": when(z.until)}
            for z in snoozes
        ],
    }


def personal_partnerships(user: User) -> dict[str, list[dict[str, object]]]:
    """For "export my data": the partnerships the person recorded (their words) or is named
    on, and the invitations onto partnerships they sent (the addresses they typed, in the
    words their page shows: never whether an address was a member's, nor a decline) and
    received (with their own answer). Nothing of anyone else's invitations."""
    now = timezone.now()
    with scopes_disabled():  # the person's own rows, whichever networks hold them
        on_it = Partnership.members.through.objects.filter(user_id=user.pk).values("partnership_id")
        partnerships = list(
            Partnership.objects.filter(Q(recorded_by=user) | Q(pk__in=on_it))
            .select_related("network")
            .order_by("created_at", "pk")
        )
        sent = list(
            PartnershipInvitation.objects.filter(invited_by=user)
            .select_related("partnership", "network")
            .order_by("created_at", "pk")
        )
        received = list(
            PartnershipInvitation.objects.filter(invitee=user)
            .select_related("partnership", "home_network")
            .order_by("created_at", "pk")
        )
    return {
        "partnerships": [
            {
                "network": p.network.name,
                "title": p.title,
                "recorded_by_me": p.recorded_by_id == user.pk,
                # The story and links are the recorder's words.
                "story": p.story if p.recorded_by_id == user.pk else None,
                "links": p.link_list if p.recorded_by_id == user.pk else None,
                "created_at": when(p.created_at),
            }
            for p in partnerships
        ],
        "invitations_sent": [
            {
                "email": i.email,
                "partnership": i.partnership.title,
                "partner_network": i.network.name,
                "state": _sent_state(i, now),
                "created_at": when(i.created_at),
                "expires_at": when(i.expires_at),
            }
            for i in sent
        ],
        "invitations_received": [
            {
                "partnership": i.partnership.title,
                "from_network": i.home_network.name,
                "state": _received_state(i, now),
                "created_at": when(i.created_at),
                "expires_at": when(i.expires_at),
                "answered_at": when(i.answered_at),
            }
            for i in received
        ],
    }
