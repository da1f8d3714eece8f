"""Reads of the weekly digest: what a member's week held. Composed from matching (asks that
fit the member's offers), follow-through (commitments kept, the member's due dates) and
gatherings (the next one and the member's RSVP), hence this app above them all."""

from __future__ import annotations

import zoneinfo
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from django.conf import settings
from django.db.models import CharField, F, OuterRef, QuerySet, Subquery
from django.db.models.functions import Cast, Coalesce, Greatest
from django.urls import reverse
from django.utils.translation import gettext_lazy
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.commitments import lifecycle
from collaboratory.commitments.models import COUNTED, Commitment
from collaboratory.creditclub.models import Ask, Proposal, ProposalState
from collaboratory.followthrough.selectors import commitments_owed
from collaboratory.gatherings.models import Gathering, Rsvp, RsvpStatus
from collaboratory.matching.ranking import suggestions_for_asks
from collaboratory.matching.selectors_asks import AskFilters, open_asks
from collaboratory.networks.models import (
    ADMITTED_STATUSES,
    Delivery,
    DigestItem,
    MailKind,
    Membership,
    Network,
    NetworkKind,
    Role,
)
from collaboratory.networks.scoping import date_in
from collaboratory.networks.selectors import deliveries_for, digest_items_of
from collaboratory.notifications.models import WeeklyDigestSent
from collaboratory.people.models import User

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

# The digest goes out from Monday 07:00 in the network's time zone, for a day (the task
# runs hourly; a worker down all Monday skips that week rather than sending news late).
SEND_AT = time(7, 0)
SEND_WINDOW = timedelta(days=1)
DUE_WITHIN_DAYS = 14
# The next gathering is news when it starts within this many days.
GATHERING_WITHIN = timedelta(days=60)
KEPT_SHOWN = 10
# The audit action `creditclub.services.proposal_transition` records on marking presented.
PRESENTED_ACTION = f"proposal.{ProposalState.PRESENTED}"
# What an adult who may not see a minor reads in their place (safeguards.md: outside their
# youth cohort a minor is not shown to members; the network's stewards see them).
A_YOUTH_MEMBER = gettext_lazy("A youth member")
A_YOUTH_PROJECT = gettext_lazy("a youth member's project")


def digest_week(*, network: Network, now: datetime) -> date | None:
    """The Monday whose digest is due at `now`, or None outside the sending window."""
    zone = zoneinfo.ZoneInfo(network.time_zone)
    local = now.astimezone(zone)
    monday = local.date() - timedelta(days=local.weekday())
    opens = datetime.combine(monday, SEND_AT, tzinfo=zone)
    return monday if opens <= local < opens + SEND_WINDOW else None


@dataclass(frozen=True)
class NetworkWeek:
    """What every member's digest of one network draws on, read once per run."""

    week: date
    today: date
    fitting_asks: dict[int, list[Ask]]  # user id -> new asks whose suggestions name them
    kept: list[Commitment]
    kept_count: int
    gathering: Gathering | None
    # Who may read minors' names and their projects' titles in this network's digests: its
    # stewards, and every member of a youth cohort (the directory's rule).
    steward_ids: frozenset[int] = frozenset()
    minors_shown: bool = False
    # In a youth cohort: the host network's coming gatherings that youth take part in
    # (their guest pass opens each, networks/guests.py), told to its youth members only.
    host_gatherings: tuple[Gathering, ...] = ()
    youth_ids: frozenset[int] = frozenset()


@dataclass(frozen=True)
class AskLine:
    """An ask as one reader's digest shows it: a minor presenter's project title gives way
    to "a youth member's project", and their name to none, unless the reader may see them."""

    ask: Ask
    project: StrOrPromise
    presenter: StrOrPromise


@dataclass(frozen=True)
class KeptLine:
    """A kept commitment as one reader's digest shows it (names and title only)."""

    committer: StrOrPromise
    project: StrOrPromise


@dataclass(frozen=True)
class HostGatheringLine:
    """A host gathering open to youth, as a youth member's digest shows it: with their own
    RSVP (the stored value; its label is read in the reader's language) and the link their
    guest pass opens."""

    gathering: Gathering
    rsvp_status: str
    link: str

    @property
    def rsvp(self) -> StrOrPromise:
        return RsvpStatus(self.rsvp_status).label if self.rsvp_status else ""


@dataclass(frozen=True)
class ItemLine:
    """A queued email as the digest shows it: as it was queued, or as it reads now (a
    committer's "Coming up" whose due day passed while it waited reads as overdue)."""

    subject: str
    excerpt: str
    link: str


@dataclass
class MemberDigest:
    user: User
    asks: list[Ask] = field(default_factory=list)
    due: list[Commitment] = field(default_factory=list)
    items: list[DigestItem] = field(default_factory=list)  # all it carries, and clears
    item_lines: list[ItemLine] = field(default_factory=list)  # how it shows them
    ask_lines: list[AskLine] = field(default_factory=list)
    kept_lines: list[KeptLine] = field(default_factory=list)
    host_gatherings: list[HostGatheringLine] = field(default_factory=list)
    rsvp_status: str = ""  # the stored value; its label is read where the reader's language is on

    @property
    def rsvp(self) -> StrOrPromise:
        """The RSVP's label, translated when the email is rendered (not when read: the
        worker's language then was not the reader's)."""
        return RsvpStatus(self.rsvp_status).label if self.rsvp_status else ""

    def is_empty(self, week: NetworkWeek) -> bool:
        return not (
            self.asks
            or self.due
            or self.items
            or week.kept
            or week.gathering
            or self.host_gatherings
        )


def week_bounds(*, network: Network, week: date) -> tuple[datetime, datetime]:
    """The digest's week: from the previous Monday 07:00 to this one, in the network's zone.
    Fixed by the calendar, not by when the hourly task sends (anywhere in the day's window):
    seven days back from the send lost what came after a late send's previous digest, and
    told twice what a late send had already told."""
    zone = zoneinfo.ZoneInfo(network.time_zone)
    until = datetime.combine(week, SEND_AT, tzinfo=zone)
    return datetime.combine(week - timedelta(days=7), SEND_AT, tzinfo=zone), until


def _told_at(network: Network) -> Greatest:
    """When an ask becomes the digest's news: its gathering's start, or the moment its
    project was marked presented (the first `proposal.presented` audit row) when that came
    later. By the gathering alone, a project marked presented after the digest of its
    gathering's week had gone was told in no digest; weeks do not overlap, so it is told in
    exactly one. History imported without that row goes by the gathering."""
    recorded = (
        AuditEvent.objects.filter(
            network_id=network.pk,
            action=PRESENTED_ACTION,
            target_type=Proposal._meta.label_lower,
            target_id=Cast(OuterRef("proposal_id"), CharField()),
        )
        .order_by("created_at", "pk")
        .values("created_at")[:1]
    )
    starts = F("proposal__gathering__starts_at")
    return Greatest(starts, Coalesce(Subquery(recorded), starts))


def network_week(*, network: Network, week: date, now: datetime) -> NetworkWeek:
    """Asks of projects presented in the digest's week (`week_bounds`, `_told_at`), each with
    the members the ranking of "who can meet this ask" puts forward for it; commitments kept
    in it; the next gathering."""
    since, until = week_bounds(network=network, week=week)
    today = date_in(network, now)
    asks = list(
        open_asks(network=network, filters=AskFilters(), today=today)
        .annotate(told_at=_told_at(network))
        .filter(told_at__gte=since, told_at__lt=until)
    )
    fitting: dict[int, list[Ask]] = {}
    for ask in asks:
        ask.network = network
    for ask_id, found in suggestions_for_asks(asks=asks, now=now).items():
        ask = next(a for a in asks if a.pk == ask_id)
        for suggestion in found.items:
            fitting.setdefault(suggestion.user_id, []).append(ask)
    kept = commitments_kept_between(network=network, since=since, until=until)
    gathering = (
        Gathering.objects.filter(
            network=network, starts_at__gte=now, starts_at__lt=now + GATHERING_WITHIN
        )
        .order_by("starts_at", "pk")
        .first()
    )
    stewards = Membership.objects.filter(
        network=network, role=Role.STEWARD, status__in=ADMITTED_STATUSES
    ).values_list("user_id", flat=True)
    hosts, youth_ids = _host_gatherings_for_youth(network=network, now=now)
    return NetworkWeek(
        week=week,
        today=today,
        fitting_asks=fitting,
        kept=list(kept[:KEPT_SHOWN]),
        kept_count=kept.count(),
        gathering=gathering,
        steward_ids=frozenset(stewards),
        minors_shown=network.kind == NetworkKind.YOUTH,
        host_gatherings=hosts,
        youth_ids=youth_ids,
    )


def _host_gatherings_for_youth(
    *, network: Network, now: datetime
) -> tuple[tuple[Gathering, ...], frozenset[int]]:
    """For a youth cohort under a host: the host's gatherings youth take part in that start
    within the digest's horizon (as the cohort's gatherings list shows them to its youth
    members), and the cohort's admitted youth members, the only readers they go to: the
    cohort's adults open no host page by a guest pass. Crossing to the host on purpose, as
    the pass does. Two queries, none elsewhere."""
    if network.kind != NetworkKind.YOUTH or network.parent_id is None:
        return (), frozenset()
    youth = Membership.objects.filter(
        network=network, role=Role.YOUTH_MEMBER, status__in=ADMITTED_STATUSES
    ).values_list("user_id", flat=True)
    with scopes_disabled():  # the host's rows, which the guest pass opens
        found = tuple(
            Gathering.objects.filter(
                network_id=network.parent_id,
                youth_take_part=True,
                starts_at__gte=now,
                starts_at__lt=now + GATHERING_WITHIN,
            )
            .select_related("network")
            .order_by("starts_at", "pk")
        )
    return found, frozenset(youth) if found else frozenset()


def host_gathering_lines(*, user: User, week: NetworkWeek) -> list[HostGatheringLine]:
    """The host gatherings open to youth, with the reader's RSVP to each, for a youth
    member of the cohort; nothing for anyone else. One query when there are any."""
    if user.pk not in week.youth_ids or not week.host_gatherings:
        return []
    with scopes_disabled():  # the reader's own answers in the host network
        answers = dict(
            Rsvp.objects.filter(gathering__in=week.host_gatherings, user=user).values_list(
                "gathering_id", "status"
            )
        )
    return [
        HostGatheringLine(
            gathering=g,
            rsvp_status=answers.get(g.pk, ""),
            link=settings.SITE_URL
            + reverse("gatherings:detail", kwargs={"network_slug": g.network.slug, "pk": g.pk}),
        )
        for g in week.host_gatherings
    ]


def _shown(person: User, *, reader: User, week: NetworkWeek, parties: set[int]) -> bool:
    """Whether `reader` may read `person`'s name (and, for a presenter, the project's title)
    in the digest: an adult always; a minor to the network's stewards, inside a youth cohort,
    and to the people of the line itself (they made or received it, and see it on their own
    pages). Elsewhere a youth guest's or minor member's name and project reached every adult
    member of the host network."""
    return (
        not person.is_minor
        or week.minors_shown
        or reader.pk in week.steward_ids
        or reader.pk in parties
    )


def ask_lines_for(*, reader: User, asks: list[Ask], week: NetworkWeek) -> list[AskLine]:
    lines = []
    for ask in asks:
        presenter = ask.proposal.proposer
        if _shown(presenter, reader=reader, week=week, parties={presenter.pk}):
            lines.append(AskLine(ask, ask.proposal.title, presenter.full_name))
        else:
            lines.append(AskLine(ask, A_YOUTH_PROJECT, ""))
    return lines


def kept_lines_for(*, reader: User, week: NetworkWeek) -> list[KeptLine]:
    lines = []
    for c in week.kept:
        committer, presenter = c.committer, c.proposal.proposer
        parties = {committer.pk, presenter.pk}
        lines.append(
            KeptLine(
                committer=committer.full_name
                if _shown(committer, reader=reader, week=week, parties=parties)
                else A_YOUTH_MEMBER,
                project=c.proposal.title
                if _shown(presenter, reader=reader, week=week, parties=parties)
                else A_YOUTH_PROJECT,
            )
        )
    return lines


def commitments_kept_between(
    *, network: Network, since: datetime, until: datetime
) -> QuerySet[Commitment]:
    """Commitments confirmed kept (or partly kept) from `since` to before `until`, newest
    first: names and projects are what the digest shows, not the words of the commitment."""
    return (
        Commitment.objects.filter(
            COUNTED,
            network=network,
            status__in=(lifecycle.KEPT, lifecycle.PARTLY_KEPT),
            kept_at__gte=since,
            kept_at__lt=until,
        )
        .select_related("committer", "proposal__proposer")
        .order_by("-kept_at", "-pk")
    )


def digest_recipients(*, network: Network, week: date) -> list[User]:
    """Admitted members who have not had this week's digest and have not turned digests
    off."""
    sent = WeeklyDigestSent.objects.filter(network=network, week=week).values("user_id")
    users = list(
        User.objects.filter(
            memberships__network=network,
            memberships__status__in=ADMITTED_STATUSES,
            is_active=True,
        )
        .exclude(pk__in=sent)
        .distinct()
        .order_by("pk")
    )
    off = deliveries_for(user_ids=[u.pk for u in users], kind=MailKind.DIGESTS)
    return [u for u in users if off.get(u.pk) != Delivery.OFF]


def member_digest(*, network: Network, user: User, week: NetworkWeek) -> MemberDigest:
    """One member's digest: the new asks that fit their offers, their open commitments due
    within two weeks (or overdue), their RSVP to the next gathering, the emails they chose
    to read here."""
    horizon = week.today + timedelta(days=DUE_WITHIN_DAYS)
    due = [
        c
        for c in commitments_owed(network=network, user=user)
        if c.status in lifecycle.OPEN and c.due_on <= horizon
    ]
    rsvp = ""
    if week.gathering is not None:
        answer = Rsvp.objects.filter(gathering=week.gathering, user=user).first()
        rsvp = answer.status if answer else ""
    asks = week.fitting_asks.get(user.pk, [])
    return MemberDigest(
        user=user,
        asks=asks,
        due=due,
        items=digest_items_of(network=network, user=user),
        ask_lines=ask_lines_for(reader=user, asks=asks, week=week),
        kept_lines=kept_lines_for(reader=user, week=week),
        host_gatherings=host_gathering_lines(user=user, week=week),
        rsvp_status=rsvp,
    )
