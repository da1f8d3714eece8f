"""Reusable reads for networks and memberships."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.core.cache import cache
from django.core.paginator import Page, Paginator
from django.db.models import Count, Exists, F, Max, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.utils import timezone
from django.utils.functional import LazyObject
from django_scopes import scope, scopes_disabled

from collaboratory.capital import CapitalKind, HelpCategory
from collaboratory.networks.adulthood import is_of_age
from collaboratory.networks.defaults import default_text, packet_default
from collaboratory.networks.models import (
    ADMITTED_STATUSES,
    FORMER_STATUSES,
    CheckIn,
    Delivery,
    DigestItem,
    Invitation,
    MailKind,
    MailRetry,
    Membership,
    MembershipSettings,
    MembershipStatus,
    Network,
    NetworkKind,
    Nomination,
    NominationStatus,
    NotificationPreference,
    OrganizationChange,
    Role,
    Sector,
)
from collaboratory.networks.roster_csv import reaches_nobody
from collaboratory.networks.scoping import date_in
from collaboratory.networks.tokens import token_digest
from collaboratory.people.models import (
    MINOR_AGE_BANDS,
    AgeBand,
    GuardianConsent,
    OfferedAsset,
    User,
)
from collaboratory.people.selectors import when


def membership_for(*, user: User, network: Network) -> Membership | None:
    """The person's admitted membership in this network, or None. Cached on the user object
    for the request, because every permission predicate asks."""
    if not user.is_authenticated:
        return None
    # `request.user` is a lazy wrapper around the User that permission checks receive; keep the
    # cache on the User itself so the middleware's lookup serves the predicates too.
    if isinstance(user, LazyObject):
        user = user._wrapped  # type: ignore[attr-defined]
    memberships: dict[int, Membership | None] = user.__dict__.setdefault("_membership_cache", {})
    if network.pk not in memberships:
        with scope(network=network):
            membership = (
                Membership.objects.select_related("organization", "sector")
                .filter(network=network, user=user, status__in=ADMITTED_STATUSES)
                .first()
            )
        if membership is not None:
            membership.network = network  # known already: reading it costs no query
        memberships[network.pk] = membership
    return memberships[network.pk]


def membership_ended_status(*, user: User, network: Network) -> str | None:
    """The status of the person's membership here if it has ended (alumni, removed,
    suspended), else None: read only on the way to a refusal, to say why instead of "not
    found" (a double tap on ending one's own membership, a bookmark kept)."""
    with scope(network=network):
        return (
            Membership.objects.filter(network=network, user=user, status__in=FORMER_STATUSES)
            .values_list("status", flat=True)
            .first()
        )


def membership_known(*, user: User, network: Network, membership: Membership | None) -> None:
    """Give `membership_for` the admitted membership (or None) a caller has just read in its
    own query, so the permission checks that follow ask the database nothing more (the REST
    API reads token, network, person and membership in one query per request)."""
    if isinstance(user, LazyObject):  # evaluated already (is_authenticated): use the User
        user = user._wrapped  # type: ignore[attr-defined]
    user.__dict__.setdefault("_membership_cache", {})[network.pk] = membership


def youth_cohort_membership(*, user: User, network: Network) -> Membership | None:
    """The person's admitted youth-member membership in a youth cohort under `network` (its
    youth guests, networks/guests.py), or None. Crossing networks on purpose: the cohort is
    another network, read only to let its member into one gathering of the host."""
    with scopes_disabled():  # the cohort's row, asked about from the host network
        return (
            Membership.objects.select_related("network")
            .filter(
                user=user,
                role=Role.YOUTH_MEMBER,
                status__in=ADMITTED_STATUSES,
                network__kind=NetworkKind.YOUTH,
                network__parent=network,
            )
            .order_by("network_id")
            .first()
        )


def guest_host_id(*, network: Network, membership: Membership | None) -> int | None:
    """The host network's id whose youth gatherings this membership opens as a guest: an
    admitted youth member of a youth cohort with a host; None for anyone else. No query:
    the pages that list the host's rows for a cohort member ask this first."""
    if (
        membership is None
        or membership.role != Role.YOUTH_MEMBER
        or membership.status not in ADMITTED_STATUSES
        or network.kind != NetworkKind.YOUTH
    ):
        return None
    return network.parent_id


def youth_guests_among(*, network: Network, ids: Iterable[int]) -> set[int]:
    """Which of `ids` are admitted youth members of a youth cohort under `network` (its youth
    guests, networks/guests.py). Crossing networks on purpose, as `youth_cohort_membership`
    does: the cohorts' rows, read for this only. One query whatever the number of people."""
    with scopes_disabled():
        return set(
            Membership.objects.filter(
                user_id__in=list(ids),
                role=Role.YOUTH_MEMBER,
                status__in=ADMITTED_STATUSES,
                network__kind=NetworkKind.YOUTH,
                network__parent=network,
            ).values_list("user_id", flat=True)
        )


def youth_guests_of(*, network: Network) -> dict[int, str]:
    """Every youth guest `network` may have (admitted youth members of the youth cohorts
    under it), by user id with their address: a host gathering where youth take part
    announces itself and reminds them as it does members. One query; crossing networks on
    purpose, as `youth_guests_among` does."""
    with scopes_disabled():
        return dict(
            Membership.objects.filter(
                role=Role.YOUTH_MEMBER,
                status__in=ADMITTED_STATUSES,
                network__kind=NetworkKind.YOUTH,
                network__parent=network,
            ).values_list("user_id", "user__email")
        )


def members_and_guests_among(*, network: Network, ids: set[int]) -> tuple[set[int], set[int]]:
    """Of these people, the network's admitted members and, of the rest, its youth guests:
    who the network may still write to or chase. Someone removed, gone or suspended opens no
    page here. Two queries whatever the number of people."""
    if not ids:
        return set(), set()
    with scope(network=network):
        members = set(
            Membership.objects.filter(
                network=network, user_id__in=ids, status__in=ADMITTED_STATUSES
            ).values_list("user_id", flat=True)
        )
    others = ids - members
    return members, youth_guests_among(network=network, ids=others) if others else set()


def followed_exists(*, network: Network, user: OuterRef | F) -> Exists:
    """`members_and_guests_among` as a query expression, true where `user` (an outer
    column, such as a commitment's committer) is one the network may still write to or
    chase: an admitted member, or an admitted youth member of a cohort under it. One
    subquery per row of the outer query, no query of its own (the stewards' Overdue
    commitments marks the rows of people who left with it).
    tests/followthrough/test_overdue_page.py holds the two equal."""
    with scopes_disabled():  # a youth guest's row is the cohort's, as in `youth_guests_among`
        rows = Membership.objects.filter(user=user, status__in=ADMITTED_STATUSES).filter(
            Q(network=network)
            | Q(role=Role.YOUTH_MEMBER, network__kind=NetworkKind.YOUTH, network__parent=network)
        )
    return Exists(rows)


def came_of_age(*, user: User, now: datetime | None = None) -> bool:
    """Whether a date of birth the person gave a cohort says they are 18 today on that
    cohort's calendar. Read on every request that gives a guardian a say, so the guardian's
    part ends on the birthday itself, whenever the daily run (`youth_members_come_of_age`)
    gets to the account. One query, for minors only."""
    if not user.is_minor:
        return False
    at = now or timezone.now()
    with scopes_disabled():  # the person's own rows, whichever cohort holds them
        rows = Membership.objects.filter(user=user, born_on__isnull=False).select_related("network")
        return any(is_of_age(m.born_on, date_in(m.network, at)) for m in rows)


def youth_birth_date_missing(*, network: Network, user: User) -> bool:
    """Whether this cohort holds no date of birth for its youth member (one who joined
    before it was asked): the steward's member page then offers to record it."""
    return Membership.objects.filter(
        network=network, user=user, role=Role.YOUTH_MEMBER, born_on__isnull=True
    ).exists()


def youth_birth_dates_missing(*, network: Network) -> set[int]:
    """The admitted youth members of this cohort with no date of birth on record (they
    joined before it was asked): until a steward records it their guardian's part can never
    end at 18. One query, for the stewards' program page."""
    return set(
        Membership.objects.filter(
            network=network,
            role=Role.YOUTH_MEMBER,
            status__in=ADMITTED_STATUSES,
            born_on__isnull=True,
        ).values_list("user_id", flat=True)
    )


def under_guardians(*, user: User, now: datetime | None = None) -> bool:
    """Whether guardians still have a say for this person: a minor who has not turned 18.
    Their views, links, approvals and notices all ask this."""
    return user.is_minor and not came_of_age(user=user, now=now)


def guardian_emails_of(*, user: User) -> list[str]:
    """The addresses of a youth member's guardians whose consent stands (confirmed, not
    revoked), in any cohort: they are told of the youth's RSVPs and approve money. None once
    the youth turned 18, whether or not the account has been moved to an adult age band."""
    if not under_guardians(user=user):
        return []
    with scopes_disabled():  # the person's own consent rows, whichever cohort holds them
        rows = list(
            GuardianConsent.objects.filter(user=user, confirmed_at__isnull=False).values_list(
                "network_id", "guardian_email", "confirmed_at", "revoked_at"
            )
        )
    # A guardian who withdrew consent in a cohort stands there no more through a consent of
    # theirs confirmed before it (as `youth.selectors.guardian_email_of` reads it): only
    # one confirmed after it.
    withdrawn: dict[tuple[int, str], datetime] = {}
    for network_id, email, _confirmed, revoked in rows:
        if revoked is not None:
            key = (network_id, email.strip().lower())
            withdrawn[key] = max(revoked, withdrawn.get(key, revoked))
    standing = set()
    for network_id, email, confirmed, revoked in rows:
        address = email.strip().lower()
        ended = withdrawn.get((network_id, address))
        if address and revoked is None and (ended is None or confirmed > ended):
            standing.add(address)
    return sorted(standing)


def networks_of_user(*, user: User) -> QuerySet[Network]:
    """The networks a person belongs to. Crossing networks on purpose: each is shown only
    through the person's own membership in it."""
    with scopes_disabled():  # a person's networks: crossing them is the point
        ids = list(
            Membership.objects.filter(user=user, status__in=ADMITTED_STATUSES).values_list(
                "network_id", flat=True
            )
        )
    return Network.objects.filter(pk__in=ids).order_by("kind", "name")


@dataclass(frozen=True)
class ConsentWait:
    """A youth cohort where the person's place waits for their guardian's consent, and when
    the latest link emailed to the guardian runs out (None: no request on file)."""

    network: Network
    link_expires_at: datetime | None


def consent_waits_of(*, user: User) -> list[ConsentWait]:
    """The person's own places waiting for a guardian's consent, for their home page (they
    can open none of those networks' pages until then). Nothing of the guardian's is read
    but the link's expiry. Two queries at most."""
    with scopes_disabled():  # the person's own rows, whichever cohort holds them
        waiting = list(
            Membership.objects.filter(
                user=user, role=Role.YOUTH_MEMBER, status=MembershipStatus.PENDING_CONSENT
            )
            .select_related("network")
            .order_by("network__name")
        )
        if not waiting:
            return []
        expiry = dict(
            GuardianConsent.objects.filter(
                user=user,
                network__in=[m.network_id for m in waiting],
                confirmed_at__isnull=True,
                revoked_at__isnull=True,
            )
            .values("network_id")
            .annotate(last=Max("expires_at"))
            .values_list("network_id", "last")
        )
    return [ConsentWait(m.network, expiry.get(m.network_id)) for m in waiting]


@dataclass(frozen=True)
class NetworkCounts:
    members: int
    youth_members: int
    stewards: int
    organizations: int


NETWORK_COUNTS_SECONDS = 60


def network_counts(*, network: Network) -> NetworkCounts:
    """Head counts for the network home: one aggregate over every membership (about 10 ms at
    10,000 members), so it is kept in Django's cache for a minute per network. A new member
    shows in the counts within a minute; nothing else reads these numbers."""
    key = f"networks:counts:{network.pk}"
    cached = cache.get(key)
    if isinstance(cached, NetworkCounts):
        return cached
    counts = _network_counts_uncached(network=network)
    cache.set(key, counts, NETWORK_COUNTS_SECONDS)
    return counts


def _network_counts_uncached(*, network: Network) -> NetworkCounts:
    admitted = Q(status__in=ADMITTED_STATUSES)
    with scope(network=network):
        row = Membership.objects.filter(network=network).aggregate(
            members=Count("pk", filter=admitted),
            youth=Count("pk", filter=admitted & Q(role=Role.YOUTH_MEMBER)),
            stewards=Count("pk", filter=admitted & Q(role=Role.STEWARD)),
            organizations=Count("organization", filter=admitted, distinct=True),
        )
    return NetworkCounts(
        members=row["members"],
        youth_members=row["youth"],
        stewards=row["stewards"],
        organizations=row["organizations"],
    )


def networks_overview() -> QuerySet[Network]:
    """Every network with its admitted head count, for the platform admin (no member data)."""
    return Network.objects.select_related("parent").annotate(
        member_count=Count("memberships", filter=Q(memberships__status__in=ADMITTED_STATUSES))
    )


def membership_settings_for(*, network: Network) -> MembershipSettings:
    """The network's membership settings, created with the defaults on first use (the packet
    of the network's kind)."""
    with scope(network=network):
        row, _created = MembershipSettings.objects.get_or_create(
            network=network, defaults={"packet_markdown": packet_default(network.kind)}
        )
    return row


def how_joined(*, membership: Membership) -> str:
    """How the person came into the network, as far as the data says, for the welcome page's
    greeting: "nominated" (a member's nomination, then the stewards' invitation), "invited"
    (invited directly), "student" (a student's invitation to a youth cohort), or "" when no
    invitation of theirs is on record (made by a command or the demo, or the address
    changed since), so the page says only what is true of everyone. The invitation is the
    latest one taken up here by the person's address: taking one up attaches it to the
    account with that address."""
    with scope(network=membership.network):
        invitation = (
            Invitation.objects.filter(
                network=membership.network,
                email__iexact=membership.user.email,
                redeemed_at__isnull=False,
            )
            .order_by("-redeemed_at")
            .only("role", "nomination_id")
            .first()
        )
    if invitation is None:
        return ""
    if invitation.role == Role.YOUTH_MEMBER:
        return "student"
    return "nominated" if invitation.nomination_id else "invited"


def nominations_for_review(*, network: Network) -> QuerySet[Nomination]:
    return Nomination.objects.filter(network=network).select_related(
        "nominator", "organization", "sector", "decided_by"
    )


def latest_invitations(
    *, network: Network, nominations: Iterable[Nomination]
) -> dict[int, Invitation]:
    """The newest invitation of each nomination, in one query: the review page shows whether
    one is already waiting instead of offering to send a second."""
    latest: dict[int, Invitation] = {}
    ids = [n.pk for n in nominations]
    for invitation in Invitation.objects.filter(network=network, nomination_id__in=ids).order_by(
        "created_at", "pk"
    ):
        latest[invitation.nomination_id] = invitation
    return latest


MY_NOMINATIONS_SHOWN = 20


def nominations_by(*, network: Network, user: User) -> list[tuple[Nomination, str]]:
    """The person's own latest nominations here, newest first, each with its outcome for the
    nominator: "waiting", "declined", "accepted", "invited" or "joined" (two queries). Never
    the stewards' note: it is written for the other stewards."""
    mine = list(
        Nomination.objects.filter(network=network, nominator=user)
        .only("nominee_name", "status", "created_at")
        .order_by("-created_at", "-pk")[:MY_NOMINATIONS_SHOWN]
    )
    latest = latest_invitations(
        network=network, nominations=[n for n in mine if n.status == NominationStatus.ACCEPTED]
    )
    invited = {"pending": "invited", "accepted": "joined"}
    outcomes = []
    for nomination in mine:
        if nomination.status == NominationStatus.PENDING:
            outcome = "waiting"
        elif nomination.status == NominationStatus.DECLINED:
            outcome = "declined"
        else:
            invitation = latest.get(nomination.pk)
            outcome = invited.get(invitation.state, "accepted") if invitation else "accepted"
        outcomes.append((nomination, outcome))
    return outcomes


def nominee_memberships(
    *, network: Network, nominations: Iterable[Nomination]
) -> dict[int, Membership]:
    """The membership (any status) each nominee's address already has in the network, in
    one query: the nomination form never says so to the nominating member, the stewards'
    queue does, for an adult (whose address the roster shows them anyway)."""
    by_email: dict[str, list[int]] = {}
    for nomination in nominations:
        by_email.setdefault(nomination.nominee_email, []).append(nomination.pk)
    found: dict[int, Membership] = {}
    # Not a minor's: no steward sees a student's address, so "already has a membership
    # (suspended)" under a nominee told whoever nominated one (a steward can nominate too)
    # that it is a student's, and whether their guardian withdrew consent. Inviting the
    # nominee answers as for any address closed to invitations (`invitation_closed_emails`).
    for membership in (
        Membership.objects.filter(network=network, user__email__in=list(by_email))
        .exclude(user__age_band__in=MINOR_AGE_BANDS)
        .select_related("user")
    ):
        for pk in by_email.get(membership.user.email, []):
            found[pk] = membership
    return found


INVITATION_STATES = ("pending", "accepted", "revoked", "expired")


def invitations_of_network(
    *, network: Network, state: str = "", query: str = ""
) -> QuerySet[Invitation]:
    """The network's invitations, newest first; `state` one of `INVITATION_STATES` (as
    `Invitation.state` says it), `query` a part of the name or of an adult's address (a
    student's address is not shown to stewards, so it is not found by guessing either)."""
    now = timezone.now()
    waiting = Q(redeemed_at__isnull=True, revoked_at__isnull=True)
    states = {
        "pending": waiting & Q(expires_at__gt=now),
        "accepted": Q(redeemed_at__isnull=False),
        "revoked": Q(redeemed_at__isnull=True, revoked_at__isnull=False),
        "expired": waiting & Q(expires_at__lte=now),
    }
    qs = Invitation.objects.filter(network=network)
    if state in states:
        qs = qs.filter(states[state])
    if query:
        qs = qs.filter(
            Q(full_name__icontains=query) | (Q(email__icontains=query) & ~Q(role=Role.YOUTH_MEMBER))
        )
    return qs.annotate(mail_waiting=_mail_kept()).order_by("-created_at", "-pk")


def _mail_kept() -> Exists:
    """Whether an invitation's email waits for the mail server: a kept message (`MailRetry`)
    to its address in its network since it was issued. Sent or given up, the row is gone."""
    return Exists(
        MailRetry.objects.filter(
            network=OuterRef("network"),
            to__iexact=OuterRef("email"),
            created_at__gte=OuterRef("created_at"),
        )
    )


def invitation_mail_waiting(*, invitation: Invitation) -> bool:
    """Whether the server did not take this invitation's email (kept, tried again for two
    days), so the steward is not told it was sent. Read after its send (on commit)."""
    return Invitation.objects.filter(_mail_kept(), pk=invitation.pk).exists()


@dataclass(frozen=True)
class ThinSpot:
    label: str
    count: int


@dataclass(frozen=True)
class ThinSpots:
    sectors: list[ThinSpot]
    regions: list[ThinSpot]
    age_bands: list[ThinSpot]
    small_organizations: int


def roster_thin_spots(*, network: Network, limit: int = 3) -> ThinSpots:
    """Where the roster is thin (fewest admitted members), shown beside the nomination queue."""
    with scope(network=network):
        admitted = Membership.objects.filter(network=network, status__in=ADMITTED_STATUSES)
        sector_counts = {
            row["name"]: row["n"]
            for row in Sector.objects.filter(network=network)
            .annotate(
                n=Count(
                    "membership",
                    filter=Q(membership__status__in=ADMITTED_STATUSES),
                )
            )
            .values("name", "n")
        }
        # Minors show no location beyond city (safeguards.md): their regions are not counted.
        regions = {
            row["user__region"]: row["n"]
            for row in admitted.exclude(user__region="")
            .exclude(user__age_band__in=MINOR_AGE_BANDS)
            .values("user__region")
            .annotate(n=Count("pk"))
        }
        bands = dict.fromkeys([b for b in AgeBand.values if b not in MINOR_AGE_BANDS], 0)
        for row in admitted.values("user__age_band").annotate(n=Count("pk")):
            if row["user__age_band"] in bands:
                bands[row["user__age_band"]] = row["n"]
        small = (
            admitted.exclude(organization=None)
            .values("organization")
            .annotate(n=Count("pk"))
            .filter(n=1)
            .count()
        )

    def thinnest(counts: dict[str, int], labels: dict[str, str] | None = None) -> list[ThinSpot]:
        ordered = sorted(counts.items(), key=lambda kv: (kv[1], kv[0]))[:limit]
        return [ThinSpot((labels or {}).get(k, k), n) for k, n in ordered]

    band_labels = {str(k): str(v) for k, v in AgeBand.choices}
    return ThinSpots(
        sectors=thinnest(sector_counts, {name: default_text(name) for name in sector_counts}),
        regions=thinnest(regions),
        age_bands=thinnest(bands, band_labels),
        small_organizations=small,
    )


@dataclass(frozen=True)
class DirectoryFilters:
    q: str = ""
    category: str = ""
    issue: str = ""
    sector: int | None = None
    region: str = ""


def directory_members(*, network: Network, filters: DirectoryFilters) -> QuerySet[Membership]:
    """Admitted members for the member directory. Minors appear only in their own youth
    cohort's directory; contact details are never part of the directory."""
    qs = Membership.objects.filter(network=network, status__in=ADMITTED_STATUSES)
    if network.kind != NetworkKind.YOUTH:
        qs = qs.exclude(user__age_band__in=MINOR_AGE_BANDS)
    if filters.q:
        qs = qs.filter(
            Q(user__full_name__icontains=filters.q)
            | Q(organization__name__icontains=filters.q)
            | Q(title__icontains=filters.q)
        )
    if filters.category:
        qs = qs.filter(
            user__in=OfferedAsset.objects.filter(category=filters.category).values("user")
        )
    if filters.issue:
        tag = filters.issue.strip().lower().replace(",", " ")
        qs = qs.filter(user__profile__issue_tags__contains=f",{tag},")
    if filters.sector:
        qs = qs.filter(sector_id=filters.sector)
    if filters.region:  # minors show no location beyond city: a region never finds them
        qs = qs.filter(user__region=filters.region).exclude(user__age_band__in=MINOR_AGE_BANDS)
    return (
        qs.select_related("user", "user__profile", "organization", "sector")
        .prefetch_related(
            Prefetch("user__offered_assets", queryset=OfferedAsset.objects.order_by("pk"))
        )
        .order_by("user__full_name", "pk")
    )


def directory_page(
    *, network: Network, filters: DirectoryFilters, page: str | int | None, per_page: int
) -> Page:  # type: ignore[type-arg,unused-ignore]
    """One page of the directory. Sorting 10,000 wide joined rows to keep 50 is the cost, so
    the page is found on a narrow query (ids only) and then those rows are fetched whole."""
    members = directory_members(network=network, filters=filters)
    page_obj = Paginator(members.values_list("pk", flat=True), per_page).get_page(page)
    ids: list[int] = list(page_obj.object_list)
    by_id = {m.pk: m for m in members.filter(pk__in=ids).order_by()}
    rows: list[Membership] = [by_id[pk] for pk in ids if pk in by_id]
    page_obj.object_list = rows  # type: ignore[assignment]
    # Model.get_FOO_display rebuilds the choices map on every call; label the offers once.
    categories = {str(k): str(v) for k, v in HelpCategory.choices}
    kinds = {str(k): str(v) for k, v in CapitalKind.choices}
    for member in rows:
        for asset in member.user.offered_assets.all():
            asset.category_label = categories.get(asset.category, asset.category)  # type: ignore[attr-defined]
            asset.kind_label = kinds.get(asset.kind, asset.kind)  # type: ignore[attr-defined]
    return page_obj


def directory_regions(*, network: Network) -> list[str]:
    with scope(network=network):
        return sorted(
            set(
                Membership.objects.filter(network=network, status__in=ADMITTED_STATUSES)
                .exclude(user__region="")
                .exclude(user__age_band__in=MINOR_AGE_BANDS)
                .values_list("user__region", flat=True)
                .distinct()
            )
        )


def roster_of_network(
    *, network: Network, status: str = "", query: str = ""
) -> QuerySet[Membership]:
    """The roster, by name; `query` finds a part of a name, an adult's address or an
    organization (a steward looking for one person among thousands)."""
    last_answer = CheckIn.objects.filter(membership=OuterRef("pk")).order_by("-sent_at")
    qs = (
        Membership.objects.filter(network=network)
        .select_related("user", "organization", "sector")
        .annotate(check_in_answer=Subquery(last_answer.values("answer")[:1]))
    )
    if status:
        qs = qs.filter(status=status)
    if query:
        # Not a minor's address: stewards are not shown it (nor is it in the export), so
        # it must not be found by guessing either.
        qs = qs.filter(
            Q(user__full_name__icontains=query)
            | (Q(user__email__icontains=query) & ~Q(user__age_band__in=MINOR_AGE_BANDS))
            | Q(organization__name__icontains=query)
        )
    return qs.order_by("user__full_name", "pk")


def invitation_for_token(*, token: str) -> Invitation | None:
    """The usable invitation for this token, or None (unknown, expired, revoked or used)."""
    with scopes_disabled():  # the link names no network: its row is found by digest alone
        return (
            Invitation.objects.select_related("network")
            .filter(
                token_digest=token_digest(token),
                redeemed_at__isnull=True,
                revoked_at__isnull=True,
                expires_at__gt=timezone.now(),
            )
            .first()
        )


def invitation_waiting(*, network: Network, **which: object) -> Invitation | None:
    """The newest invitation of the network matching `which` (an address, a nomination)
    that can still be taken up: not used, revoked or expired."""
    return (
        Invitation.objects.filter(
            network=network,
            redeemed_at__isnull=True,
            revoked_at__isnull=True,
            expires_at__gt=timezone.now(),
            **which,
        )
        .order_by("-created_at")
        .first()
    )


def invitation_waiting_emails(*, network: Network, emails: Iterable[str]) -> set[str]:
    """Which of these addresses (lower case) already have an invitation to this network
    waiting (not used, revoked or expired): one query per 900 addresses."""
    wanted = sorted({e.lower() for e in emails})
    found: set[str] = set()
    with scope(network=network):
        for start in range(0, len(wanted), 900):
            found.update(
                e.lower()
                for e in Invitation.objects.filter(
                    network=network,
                    email__in=wanted[start : start + 900],
                    redeemed_at__isnull=True,
                    revoked_at__isnull=True,
                    expires_at__gt=timezone.now(),
                ).values_list("email", flat=True)
            )
    return found


def invitation_closed_emails(
    *, network: Network, emails: Iterable[str], role: str = Role.MEMBER
) -> set[str]:
    """Which of these addresses (lower case) an invitation to `network` for `role` refuses
    with one neutral answer ("This address cannot be invited"), before any check that says
    more: the address of a minor's account (a student of another cohort may still be
    invited as a student here), of a minor with a membership here in any status, or of a
    student's invitation waiting here; and an address that reaches nobody (`.invalid`).
    No steward sees a student's address (roster, invitations, applications), so "already
    in the network", "now suspended" or "an invitation is already waiting" told whoever
    typed one that it is a student's, and whether their guardian withdrew consent. One
    query per 900 addresses for each kind."""
    wanted = sorted({e.strip().lower() for e in emails})
    closed = {e for e in wanted if reaches_nobody(e)}
    now = timezone.now()
    with scope(network=network):
        for start in range(0, len(wanted), 900):
            part = wanted[start : start + 900]
            minors = User.objects.filter(email__in=part, age_band__in=MINOR_AGE_BANDS)
            if role == Role.YOUTH_MEMBER:
                minors = minors.filter(memberships__network=network)
            closed.update(e.lower() for e in minors.values_list("email", flat=True))
            closed.update(
                e.lower()
                for e in Invitation.objects.filter(
                    network=network,
                    email__in=part,
                    role=Role.YOUTH_MEMBER,
                    redeemed_at__isnull=True,
                    revoked_at__isnull=True,
                    expires_at__gt=now,
                ).values_list("email", flat=True)
            )
    return closed


def roster_export_rows(*, network: Network) -> Iterator[tuple[str, ...]]:
    """The roster's export rows, read in chunks: never private self-descriptions; a minor's
    email and region are left blank. Values are as stored (role and status as codes, a
    default sector in English whatever the reader's language): the file is data that goes
    back into an import and to other tools, and reads the same whoever exported it. The day
    someone joined is the network's (a New York evening is UTC's next day)."""
    for m in roster_of_network(network=network).iterator(chunk_size=2000):
        yield (
            m.user.full_name,
            "" if m.user.is_minor else m.user.email,
            m.role,
            m.status,
            m.organization.name if m.organization else "",
            m.title,
            m.sector.name if m.sector else "",
            m.user.city,
            "" if m.user.is_minor else m.user.region,
            m.user.age_band,
            date_in(network, m.joined_at).isoformat() if m.joined_at else "",
        )


def roster_import_facts(*, network: Network) -> tuple[list[str], list[str], list[str]]:
    """What a roster file is checked against: the network's sector names (sorted), its
    members' addresses, and those of them whose membership no longer admits them."""
    with scope(network=network):
        sectors = sorted(Sector.objects.filter(network=network).values_list("name", flat=True))
        members = list(
            Membership.objects.filter(network=network).values_list("user__email", "status")
        )
    former = [email for email, status in members if status in FORMER_STATUSES]
    return sectors, [email for email, _status in members], former


def stewards_of_network(*, network: Network) -> list[User]:
    """The network's admitted stewards (told of a member's change of organization)."""
    with scope(network=network):
        return [
            m.user
            for m in Membership.objects.filter(
                network=network, role=Role.STEWARD, status__in=ADMITTED_STATUSES
            ).select_related("user")
        ]


def check_in_open(*, membership: Membership) -> CheckIn | None:
    """The member's unanswered check-in, if the stewards' check-in is waiting for them."""
    with scope(network=membership.network):
        return membership.check_ins.filter(answer="").first()


def organization_changes_of(*, membership: Membership, limit: int = 20) -> list[OrganizationChange]:
    """The member's latest changes of organization, newest first (the model's order)."""
    with scope(network=membership.network):
        return list(membership.organization_changes.all()[:limit])


def guardian_consent_for_token(*, token: str) -> GuardianConsent | None:
    """The consent waiting on this guardian's link, or None (unknown, expired, revoked or
    used, or the youth turned 18 meanwhile: one answer for all)."""
    with scopes_disabled():  # the link names no network: its row is found by digest alone
        consent = (
            GuardianConsent.objects.select_related("user", "network")
            .filter(
                token_digest=token_digest(token),
                confirmed_at__isnull=True,
                revoked_at__isnull=True,
                expires_at__gt=timezone.now(),
            )
            .first()
        )
    return consent if consent is not None and under_guardians(user=consent.user) else None


def guardian_consent_for_revoke_token(*, token: str) -> GuardianConsent | None:
    """The consent this guardian may withdraw, or None: once the youth turned 18 the
    guardian's withdrawal would suspend an adult's membership, so the link answers as any
    unusable one."""
    with scopes_disabled():  # the link names no network: its row is found by digest alone
        consent = (
            GuardianConsent.objects.select_related("user", "network")
            .filter(revoke_token_digest=token_digest(token), revoked_at__isnull=True)
            .first()
        )
    return consent if consent is not None and under_guardians(user=consent.user) else None


# --- A person's own data, for people's "export my data" (registered in apps.py) ------------


def personal_memberships(user: User) -> list[dict[str, Any]]:
    """The person's memberships, in every network (their own data crosses networks), with
    values as stored (the sector's name untranslated, like the roster export)."""
    with scopes_disabled():  # the person's own rows, whichever networks hold them
        memberships = list(
            Membership.objects.filter(user=user)
            .select_related("network", "organization", "sector")
            .order_by("network__name")
        )
    return [
        {
            "network": m.network.name,
            "role": m.role,
            "status": m.status,
            "organization": m.organization.name if m.organization else "",
            "title": m.title,
            "sector": m.sector.name if m.sector else "",
            "joined_at": when(m.joined_at),
            "pledges_accepted_at": when(m.pledges_accepted_at),
            "born_on": m.born_on.isoformat() if m.born_on else None,
        }
        for m in memberships
    ]


def personal_email_choices(user: User) -> dict[str, Any]:
    """How the person takes each kind of email, and what waits for their weekly digest."""
    with scopes_disabled():  # the person's own rows, whichever networks hold them
        waiting = list(
            DigestItem.objects.filter(user=user)
            .select_related("network")
            .order_by("created_at", "pk")
        )
    return {
        "choices": notification_choices_of(user=user),
        "waiting_for_digest": [
            {
                "network": i.network.name,
                "kind": i.kind,
                "subject": i.subject,
                "created_at": when(i.created_at),
            }
            for i in waiting
        ],
    }


def personal_nominations_made(user: User) -> list[dict[str, Any]]:
    """The nominations the person made, in every network."""
    with scopes_disabled():  # the person's own rows, whichever networks hold them
        nominations = list(
            Nomination.objects.filter(nominator=user).select_related("network").order_by("pk")
        )
    return [
        {
            "network": n.network.name,
            "nominee_name": n.nominee_name,
            "status": n.status,
            "created_at": when(n.created_at),
        }
        for n in nominations
    ]


def nominations_waiting_count(*, network: Network) -> int:
    """Nominations no steward has decided yet (the steward's to-do on the home page)."""
    return Nomination.objects.filter(network=network, status=NominationStatus.PENDING).count()


def national_networks() -> QuerySet[Network]:
    """The networks a local network or youth cohort may sit under."""
    return Network.objects.filter(kind=NetworkKind.NATIONAL).order_by("name")


def notification_choices_of(*, user: Any) -> dict[str, str]:
    """Kind -> delivery for every kind of email (no row: "on"), for the preferences page."""
    saved = dict(NotificationPreference.objects.filter(user=user).values_list("kind", "delivery"))
    return {kind: saved.get(kind, Delivery.ON) for kind in MailKind.values}


def deliveries_for(*, user_ids: Iterable[int], kind: str) -> dict[int, str]:
    """User id -> how they take this kind of email; only those who chose other than "on"
    are listed (one query per send)."""
    ids = {pk for pk in user_ids if pk is not None}
    if not ids:
        return {}
    return dict(
        NotificationPreference.objects.filter(user_id__in=ids, kind=kind)
        .exclude(delivery=Delivery.ON)
        .values_list("user_id", "delivery")
    )


def digest_items_of(*, network: Network, user: Any) -> list[DigestItem]:
    """The emails this person chose to read in this network's weekly digest, oldest first."""
    return list(DigestItem.objects.filter(network=network, user=user).order_by("created_at", "pk"))


def admitted_steward_ids(network: Network, *, lock: bool = False) -> list[int]:
    """The membership ids of the network's admitted stewards, in id order; with `lock`,
    their rows locked until the transaction ends (`select_for_update`, for the writes that
    could leave a network with no steward: one lock set in one order, so two queue)."""
    stewards = Membership.objects.filter(
        network=network, role=Role.STEWARD, status__in=ADMITTED_STATUSES
    ).order_by("pk")
    if lock:
        stewards = stewards.select_for_update()
    return list(stewards.values_list("pk", flat=True))


def leaves_no_steward(membership: Membership, steward_ids: Iterable[int]) -> bool:
    """Whether the network has no admitted steward but `membership` among `steward_ids` (a
    practice network of convener training aside: the national team runs those). One rule
    for the services that refuse such a change and the page that warns before it."""
    if membership.network.is_practice:
        return False
    return not [pk for pk in steward_ids if pk != membership.pk]


def membership_is_last_steward(*, membership: Membership) -> bool:
    """Whether leaving would leave the network with no admitted steward (for the page that
    asks, before the member presses anything)."""
    return membership.role == Role.STEWARD and leaves_no_steward(
        membership, admitted_steward_ids(membership.network)
    )
