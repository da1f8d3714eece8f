"""Reads for member profiles and introductions. Who may be seen is the directory's rule
(`networks.selectors.directory_members`), reused rather than restated: a profile exists for
exactly the members the directory lists to this network's members. Every read is of this
network only, so nothing of another network reaches a profile."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from django.db.models import Case, Exists, F, OuterRef, Q, QuerySet, Subquery, When
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.capital import CapitalKind
from collaboratory.commitments import lifecycle
from collaboratory.commitments.models import COUNTED, Commitment
from collaboratory.creditclub.models import Proposal, ProposalState
from collaboratory.gatherings.models import Attendance, Gathering
from collaboratory.matching.models import (
    IntroductionConsent,
    IntroductionRequest,
    IntroductionStatus,
)
from collaboratory.networks.models import ADMITTED_STATUSES, Membership, Network, Role
from collaboratory.networks.prepared import prepared
from collaboratory.networks.selectors import (
    DirectoryFilters,
    directory_members,
    stewards_of_network,
)
from collaboratory.people.models import GuardianConsent, OfferedAsset, User
from collaboratory.people.selectors import when

# Requests a member may make in a day, whichever way they go.
INTRODUCTIONS_PER_DAY = 10
# After a note emailed to a member, no other note to them for this long: they agreed to be
# written to, not to ten differently worded notes a day from one person.
DIRECT_REST = timedelta(days=7)
# After the stewards declined, no new request to that member for this long: asking again at
# once only emailed every steward again about an answer already given.
DECLINED_REST = timedelta(days=30)
# The largest key a row can have (a signed 64-bit integer). The prepared read hands the
# path's number to the database as it is, without the ORM's range check, and SQLite refuses
# a larger one with an error.
LARGEST_ID = 2**63 - 1


def profile_member(*, network: Network, membership_id: int) -> Membership | None:
    """The admitted member the directory shows under this number, with user, profile,
    organization, sector and offers, and whether they agreed to be emailed introduction
    requests here (`intro_consent`); None for anyone the directory does not show here.
    Both reads prepared (`networks.prepared`): a profile nobody viewed yet runs them."""
    if not 0 < membership_id <= LARGEST_ID:
        return None  # no row has such a number (a mangled link): not found, not a 500
    kind = network.kind  # the directory's rule depends on it: part of the compiled shape
    found = prepared(
        ("matching.profile_member", kind),
        lambda network, member: _profile_member_query(Network(pk=network, kind=kind), member),
        network=network,
        member=membership_id,
    )
    if not found:
        return None
    member: Membership = found[0]
    offers = prepared(
        "matching.profile_offers",
        lambda user: OfferedAsset.objects.filter(user=user).order_by("pk"),
        network=None,  # a person's offers belong to no network; the directory shows them
        user=member.user_id,
    )
    # What `directory_members`' prefetch leaves on the person: `offered_assets.all()`.
    kept: QuerySet[OfferedAsset] = QuerySet(model=OfferedAsset)
    kept._result_cache = offers
    kept._prefetch_done = True  # type: ignore[attr-defined]
    member.user._prefetched_objects_cache = {"offered_assets": kept}  # type: ignore[attr-defined]
    return member


def _profile_member_query(network: Network, membership_id: int) -> QuerySet[Membership]:
    consent = IntroductionConsent.objects.filter(network=network, user=OuterRef("user"))
    # One row by its key: the directory's order (by name) is dropped, not compiled or sorted.
    return (
        directory_members(network=network, filters=DirectoryFilters())
        .prefetch_related(None)
        .filter(pk=membership_id)
        .annotate(intro_consent=Exists(consent))
        .order_by()[:1]
    )


def proposals_of(*, network: Network, user: User) -> list[Proposal]:
    """Every proposal the person made in this network, newest gathering first, with its
    gathering: read once for a profile's projects and its help received. Prepared."""
    return prepared(
        "matching.proposals_of",
        lambda network, user: (
            Proposal.objects.filter(network=network, proposer=user)
            .select_related("gathering")
            .order_by("-gathering__starts_at", "-pk")
        ),
        network=network,
        user=user.pk,
    )


def profile_projects(
    *,
    network: Network,
    user: User,
    private_too: bool,
    proposals: list[Proposal] | None = None,
) -> list[Proposal]:
    """The person's projects in this network: presented ones for everyone, and selected ones
    for the person and stewards (a proposal is private until presented). From `proposals`
    (`proposals_of`) when given, else one query."""
    states = [ProposalState.PRESENTED]
    if private_too:
        states.append(ProposalState.SELECTED)
    if proposals is not None:
        return [p for p in proposals if p.state in states]
    return list(
        Proposal.objects.filter(network=network, proposer=user, state__in=states)
        .select_related("gathering")
        .order_by("-gathering__starts_at", "-pk")
    )


@dataclass
class HelpLine:
    capital: str
    label: str
    given: int = 0
    given_kept: int = 0
    given_open: int = 0
    received: int = 0
    received_kept: int = 0
    received_open: int = 0


@dataclass
class HelpSummary:
    lines: list[HelpLine] = field(default_factory=list)

    @property
    def given(self) -> int:
        return sum(line.given for line in self.lines)

    @property
    def received(self) -> int:
        return sum(line.received for line in self.lines)


KEPT = frozenset({lifecycle.KEPT, lifecycle.PARTLY_KEPT})


def profile_help(
    *, network: Network, user: User, proposals: list[Proposal] | None = None
) -> HelpSummary:
    """Help given and received in this network, by kind of capital: commitments made and
    received (hidden and undone ones left out), how many were kept and how many are open.
    Two queries; one with the person's `proposals` (`proposals_of`) given."""
    lines = {kind: HelpLine(kind, str(label)) for kind, label in CapitalKind.choices}
    proposal_ids = (
        [p.pk for p in proposals]
        if proposals is not None
        else list(
            Proposal.objects.filter(network=network, proposer=user)
            .order_by()
            .values_list("pk", flat=True)
        )
    )
    rows = prepared(
        "matching.profile_help",
        _help_rows,
        network=network,
        user=user.pk,
        proposal_ids=proposal_ids,
    )
    for capital, status, committer_id in rows:
        line = lines.get(capital)
        if line is None:
            continue
        kept, open_ = status in KEPT, status in lifecycle.OPEN
        if committer_id == user.pk:
            line.given += 1
            line.given_kept += kept
            line.given_open += open_
        else:
            line.received += 1
            line.received_kept += kept
            line.received_open += open_
    return HelpSummary(lines=list(lines.values()))


def _help_rows(
    network: Network | int, user: User | int, proposal_ids: list[int]
) -> QuerySet[Commitment, tuple[str, str, int]]:
    shown = Commitment.objects.filter(COUNTED, network=network).order_by()
    # Made and received as two halves of one UNION ALL, the received ones through the
    # person's proposals read first (most members present nothing): an OR across the join,
    # or a subquery that the network scope widens, led SQLite to the network's index and
    # every commitment of the network.
    made = shown.filter(committer=user).values_list("capital", "status", "committer_id")
    if not proposal_ids:
        return made
    received = (
        shown.filter(proposal_id__in=proposal_ids)
        .exclude(committer=user)
        .values_list("capital", "status", "committer_id")
    )
    return made.union(received, all=True)


def shared_gatherings(
    *, network: Network, viewer: User, person: User | None = None, person_id: int | None = None
) -> list[Gathering]:
    """Gatherings of this network both people attended (the attendance ledger); for one's
    own profile, the gatherings one attended. The person by row or by id. One query."""
    person_id = person.pk if person is not None else person_id
    if person_id is None:
        raise TypeError("shared_gatherings needs the person or their id")
    both = viewer.pk != person_id
    return prepared(
        ("matching.shared_gatherings", both),
        lambda network, person, viewer: _shared_gatherings_query(network, person, viewer, both),
        network=network,
        person=person_id,
        viewer=viewer.pk,
    )


def _shared_gatherings_query(
    network: Network | int, person_id: int, viewer_id: int, both: bool
) -> QuerySet[Gathering]:
    of_person = Attendance.objects.filter(network=network, user_id=person_id)
    if both:
        # The person's attendance at a gathering that has a part the viewer attended: one
        # subquery with a join (this runs on every view of a profile, the shared part's
        # cache aside).
        of_person = of_person.filter(part__gathering__parts__attendance__user=viewer_id)
    else:
        # One's own profile: the viewer is the person (still a parameter of the read).
        of_person = of_person.filter(user_id=viewer_id)
    return (
        Gathering.objects.filter(network=network, pk__in=of_person.values("part__gathering"))
        .order_by("-starts_at")
        .only("title", "starts_at")[:50]  # what the profile prints
    )


def introduction_consent_of(*, network: Network, user: User) -> bool:
    """Whether the member agreed to receive introduction requests by email here."""
    return IntroductionConsent.objects.filter(network=network, user=user).exists()


def introductions_today(*, network: Network, requester: User, now: datetime | None = None) -> int:
    """Requests sent in the 24 hours before `now` (the service's clock, so a caller that
    passes its own time counts against it)."""
    since = (now or timezone.now()) - timedelta(days=1)
    return IntroductionRequest.objects.filter(
        network=network, requester=requester, created_at__gte=since
    ).count()


def introduction_waiting(*, network: Network, requester: User, target: User) -> bool:
    """Whether the requester already asked to meet the target here and the stewards have
    not handled it yet."""
    return IntroductionRequest.objects.filter(
        network=network, requester=requester, target=target, status=IntroductionStatus.PENDING
    ).exists()


def introduction_resting(
    *, network: Network, requester: User, target: User, now: datetime
) -> IntroductionRequest | None:
    """The requester's latest request to the target that still holds back a new one at
    `now` (`holds_back`). One query."""
    return (
        IntroductionRequest.objects.filter(network=network, requester=requester, target=target)
        .filter(
            Q(status=IntroductionStatus.SENT, created_at__gt=now - DIRECT_REST)
            | Q(status=IntroductionStatus.DECLINED, decided_at__gt=now - DECLINED_REST)
        )
        .order_by("-created_at", "-pk")
        .first()
    )


def holds_back(request: IntroductionRequest, *, now: datetime) -> bool:
    """Whether this request keeps its requester from asking that member again at `now`: a
    note emailed to them within DIRECT_REST, or declined within DECLINED_REST (the rule of
    `introduction_resting`, for rows read already)."""
    if request.status == IntroductionStatus.SENT:
        return request.created_at > now - DIRECT_REST
    if request.status == IntroductionStatus.DECLINED and request.decided_at is not None:
        return request.decided_at > now - DECLINED_REST
    return False


def introduction_deciders(
    *, request: IntroductionRequest, steward_ids: list[int] | None = None
) -> list[int]:
    """The stewards (by id) who decide a request that went through them: every steward
    but the two people it is about, as no steward decides their own proposal
    (creditclub's `_not_own`); when that leaves nobody, every steward (a lone steward asked
    to meet someone must still be able to answer). `steward_ids` when read already."""
    if steward_ids is None:
        steward_ids = [s.pk for s in stewards_of_network(network=request.network)]
    about = {request.requester_id, request.target_id}
    return [pk for pk in steward_ids if pk not in about] or steward_ids


def introductions_for_stewards(*, network: Network) -> QuerySet[IntroductionRequest]:
    """Requests that went through the stewards: pending ones first, then the latest decisions.
    Each carries both people's profile here (`requester_profile`, `target_profile`: the
    membership the directory shows, None for someone it no longer shows) and, for a youth
    member, the guardian who consented here (`requester_guardian`, `..._guardian_name`, and
    the same for the target): the list asks stewards to copy the guardian in, and a minor's
    own address is never shown. One query."""
    shown = directory_members(network=network, filters=DirectoryFilters()).prefetch_related(None)

    def profile_of(person: str) -> Subquery:
        return Subquery(shown.filter(user=OuterRef(person)).order_by().values("pk")[:1])

    consented = GuardianConsent.objects.filter(
        network=network, confirmed_at__isnull=False, revoked_at__isnull=True
    ).order_by("-confirmed_at", "-pk")

    def guardian_of(person: str, field: str) -> Subquery:
        return Subquery(consented.filter(user=OuterRef(person)).values(field)[:1])

    return (
        IntroductionRequest.objects.filter(network=network, route="steward")
        .select_related("requester", "target", "decided_by")
        .annotate(
            requester_profile=profile_of("requester"),
            target_profile=profile_of("target"),
            requester_guardian=guardian_of("requester", "guardian_email"),
            requester_guardian_name=guardian_of("requester", "guardian_name"),
            target_guardian=guardian_of("target", "guardian_email"),
            target_guardian_name=guardian_of("target", "guardian_name"),
        )
        # Waiting ones first (newest first), then the latest answers whatever they were:
        # by status, every "introduced" came before any "declined", however old.
        .order_by(
            Case(When(status=IntroductionStatus.PENDING, then=0), default=1),
            F("decided_at").desc(nulls_last=True),
            "-created_at",
            "-pk",
        )
    )


# A profile lists the viewer's latest requests to that member, at most this many.
ASKED_SHOWN = 5


def introductions_asked(
    *, network: Network, requester: User, target_id: int
) -> list[IntroductionRequest]:
    """The viewer's own requests to meet this member here, newest first: the profile they
    asked from is where they see what became of each. One query, prepared
    (`networks.prepared`): built through the ORM it cost ~0.8 ms of a profile's first view."""
    return prepared(
        "matching.introductions_asked",
        lambda network, requester, target: IntroductionRequest.objects.filter(
            network=network, requester=requester, target_id=target
        ).only("network_id", "status", "route", "created_at", "decided_at")[:ASKED_SHOWN],
        network=network,
        requester=requester.pk,
        target=target_id,
    )


def introductions_pending_count(*, network: Network, steward: User) -> int:
    """Requests waiting for this steward to introduce the two (their to-do on the network's
    home): as `introduction_deciders` has it, one about them is left to another admitted
    steward, so it is counted only when no such steward is left. The figure counted every
    waiting request, the ones the list shows them without buttons too. One query."""
    relieved_by = (
        Membership.objects.filter(network=network, role=Role.STEWARD, status__in=ADMITTED_STATUSES)
        .exclude(user=OuterRef("requester"))
        .exclude(user=OuterRef("target"))
    )
    return (
        IntroductionRequest.objects.filter(network=network, status=IntroductionStatus.PENDING)
        .filter(
            (~Q(requester=steward) & ~Q(target=steward)) | ~Exists(relieved_by),
        )
        .count()
    )


def introduction_of(*, network: Network, request_id: int | None) -> IntroductionRequest | None:
    return (
        IntroductionRequest.objects.filter(network=network, pk=request_id or 0)
        .select_related("requester", "target")
        .first()
    )


def personal_introductions(user: User) -> dict[str, Any]:
    """For "export my data": the introductions the person asked for (with their notes) and
    the networks where they agreed to be emailed requests. Others' notes to them are theirs."""
    with scopes_disabled():  # the person's own rows, whichever networks hold them
        asked = list(
            IntroductionRequest.objects.filter(requester=user)
            .select_related("network", "target")
            .order_by("pk")
        )
        consents = list(
            IntroductionConsent.objects.filter(user=user).select_related("network").order_by("pk")
        )
    return {
        "asked_for": [
            {
                "network": r.network.name,
                "to_meet": r.target.full_name,
                "note": r.note,
                "shared_email": r.share_email,
                "status": r.status,
                "created_at": when(r.created_at),
            }
            for r in asked
        ],
        "email_requests_allowed_in": [
            {"network": c.network.name, "since": when(c.granted_at)} for c in consents
        ],
    }
