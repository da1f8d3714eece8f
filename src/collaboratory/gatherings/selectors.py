"""Reusable reads for gatherings."""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from django.db import connection
from django.db.models import (
    Case,
    Count,
    Exists,
    F,
    IntegerField,
    Max,
    Model,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.expressions import CombinedExpression
from django.db.models.functions import Coalesce, Lower, StrIndex, Substr, Trim
from django.db.models.lookups import GreaterThan
from django.utils import timezone
from django.utils.translation import gettext as _
from django_scopes import scope, scopes_disabled

from collaboratory.gatherings.models import (
    Attendance,
    CalendarFeed,
    DecisionStatus,
    Gathering,
    GatheringPart,
    GatheringSettings,
    Rsvp,
    RsvpStatus,
    StipendRequest,
    Substitution,
    default_part_template,
)
from collaboratory.networks.models import (
    ADMITTED_STATUSES,
    Membership,
    Network,
    NetworkKind,
    Role,
)
from collaboratory.networks.prepared import prepared
from collaboratory.networks.selectors import guest_host_id, youth_cohort_membership
from collaboratory.networks.tokens import digests_match, keyed_token_parse
from collaboratory.people.models import User
from collaboratory.people.selectors import when

# --- The call for presenters, from the app that runs it ---------------------------------------
#
# The Rotating Credit Club (creditclub, above gatherings) decides when a gathering's call for
# presenters opens and closes (the network's default deadline is its setting). It registers
# here, from its AppConfig.ready(), the function that tells, so the gathering page offers
# "propose" and "I would like to present" only while the call is open: an explicit registry,
# as the substitution hooks, since gatherings may not import creditclub.


class PresenterCall(Protocol):
    # Read-only: the app that runs the call hands a frozen value.
    @property
    def opens_at(self) -> datetime | None: ...
    @property
    def closes_at(self) -> datetime: ...

    def is_open(self, now: datetime) -> bool: ...


PresenterCallSource = Callable[[Gathering], PresenterCall]
_presenter_call_sources: list[PresenterCallSource] = []


def presenter_call_from(fn: PresenterCallSource) -> PresenterCallSource:
    """Register `fn(gathering)`, which returns the gathering's call for presenters."""
    if fn not in _presenter_call_sources:
        _presenter_call_sources.append(fn)
    return fn


def presenter_call(gathering: Gathering) -> PresenterCall | None:
    """The gathering's call for presenters, or None when no app runs one."""
    return _presenter_call_sources[0](gathering) if _presenter_call_sources else None


@dataclass(frozen=True)
class OwnProject:
    """A proposal of the viewer's at a gathering, as the app that runs proposals tells it."""

    pk: int
    title: str
    followed_up: bool  # selected or presented: it has a follow-up list


OwnProjectsSource = Callable[[Gathering, int], list[OwnProject]]
_own_projects_sources: list[OwnProjectsSource] = []


def own_projects_from(fn: OwnProjectsSource) -> OwnProjectsSource:
    """Register `fn(gathering, user_id)` (creditclub): a youth guest's page links their own
    Power Project there, since the host's navigation, which leads members to theirs, is
    not theirs."""
    if fn not in _own_projects_sources:
        _own_projects_sources.append(fn)
    return fn


def own_projects(gathering: Gathering, user_id: int) -> list[OwnProject]:
    return _own_projects_sources[0](gathering, user_id) if _own_projects_sources else []


@dataclass(frozen=True)
class ProposeStep:
    """What a member who would like to present does next at a gathering, as the app that
    runs proposals tells it: nothing once they have a proposal there, else propose, unless
    `refusal` says why they cannot (the call's dates, the network's rule on who may)."""

    has_proposal: bool
    refusal: str  # a sentence to show; empty when they may propose


ProposeStepSource = Callable[[Gathering, User], ProposeStep]
_propose_step_sources: list[ProposeStepSource] = []


def propose_step_from(fn: ProposeStepSource) -> ProposeStepSource:
    """Register `fn(gathering, user)` (creditclub): the gathering page leads a member who
    ticked "I would like to present" on to proposing, by the rule that app keeps."""
    if fn not in _propose_step_sources:
        _propose_step_sources.append(fn)
    return fn


def propose_step(gathering: Gathering, user: User) -> ProposeStep | None:
    return _propose_step_sources[0](gathering, user) if _propose_step_sources else None


def rsvps_open(gathering: Gathering, now: datetime) -> bool:
    """Whether members may still answer, and ask for a stipend: before the RSVP deadline (if
    any) and before the gathering ends. The page offers both forms by it; the stipend
    service refuses by it (`rsvp_submit` words the two ends apart)."""
    return gathering.ends_at > now and (
        gathering.rsvp_deadline is None or now <= gathering.rsvp_deadline
    )


def gathering_youth_take_part(network: Network, gathering_id: int) -> bool:
    """Whether this gathering of the network lets its youth cohorts take part: the check
    behind a youth guest's pass (networks/guests.py), asked before the network's scope."""
    with scope(network=network):
        return Gathering.objects.filter(
            network=network, pk=gathering_id, youth_take_part=True
        ).exists()


def youth_guest_of(*, user: User, gathering: Gathering) -> bool:
    """Whether the person takes part in this gathering as a youth guest: it lets youth take
    part and they are an admitted youth member of a cohort under its network."""
    return (
        gathering.youth_take_part
        and user.is_authenticated
        and youth_cohort_membership(user=user, network=gathering.network) is not None
    )


def host_gatherings_for_youth(
    *, network: Network, membership: Membership | None, now: datetime | None = None
) -> list[Gathering]:
    """For a youth member of a youth cohort: the coming gatherings of the cohort's host
    network that youth take part in, soonest first (each page of one opens to them through
    their guest pass, networks/guests.py); for anyone else, none. Crossing networks on
    purpose, to the host's rows, as the pass does. One query, none for anyone else."""
    host_id = guest_host_id(network=network, membership=membership)
    if host_id is None:
        return []
    with scopes_disabled():
        return list(
            Gathering.objects.filter(
                network_id=host_id,
                youth_take_part=True,
                ends_at__gte=now or timezone.now(),
            )
            .select_related("network")
            .order_by("starts_at", "pk")
        )


def gatherings_upcoming(
    *, network: Network | int, limit: int, now: datetime | None = None
) -> QuerySet[Gathering]:
    """The next gatherings, each with `passes_standing` (see `gatherings_for_list`)."""
    return (
        Gathering.objects.filter(network=network, ends_at__gte=now or timezone.now())
        .annotate(passes_standing=_count_of(substitutes_standing()))
        .order_by("starts_at")[:limit]
    )


@dataclass(frozen=True, slots=True)
class GatheringBrief:
    """A gathering's id and title: what a link to it needs."""

    pk: int
    title: str


def next_gathering_brief(*, network: Network) -> GatheringBrief | None:
    """The soonest gathering that has not ended (`gatherings_upcoming`'s first), id and
    title only; prepared (`networks.prepared`): My commitments asks on every view."""
    found = prepared(
        "gatherings.next_brief",
        lambda network, now: gatherings_upcoming(network=network, limit=1, now=now).values_list(
            "pk", "title"
        ),
        network=network,
        now=timezone.now(),
    )
    return GatheringBrief(*found[0]) if found else None


def gatherings_past_count(*, network: Network) -> int:
    return Gathering.objects.filter(network=network, ends_at__lt=timezone.now()).count()


# The list-page token of a network whose settings row is not made yet. A saved row's token
# is 16 hex digits (`new_page_version`), so it never equals this one; the first write of a
# gathering makes the row with a new token (services.pages_changed).
UNSAVED_SETTINGS_VERSION = "unsaved"


def gathering_settings_for(*, network: Network) -> GatheringSettings:
    """The network's gathering settings; an unsaved row with the national defaults until a
    steward saves them or a gathering is first written (a page read writes nothing: the
    selector's `get_or_create` made the row on a GET)."""
    row = GatheringSettings.objects.filter(network=network).first()
    if row is not None:
        return row
    return GatheringSettings(
        network=network, part_template=default_part_template(), version=UNSAVED_SETTINGS_VERSION
    )


def _count_of(rows: QuerySet[Rsvp] | QuerySet[Substitution]) -> Coalesce:
    """The number of these rows for each gathering of the outer query."""
    counted = (
        rows.filter(gathering=OuterRef("pk"))
        .values("gathering")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def _admitted(person: str) -> Exists:
    """For a query of RSVPs or substitutions: whether the person whose user id is in the
    field `person` may still come to the row's gathering (`admitted_memberships`' rule,
    read per row, so one expression serves a list of gatherings)."""
    with scopes_disabled():  # a youth guest's membership is their cohort's row
        youth_take_part = Exists(
            Gathering.objects.filter(pk=OuterRef(OuterRef("gathering_id")), youth_take_part=True)
        )
        who = Q(network_id=OuterRef("network_id")) | Q(
            youth_take_part,
            role=Role.YOUTH_MEMBER,
            network__kind=NetworkKind.YOUTH,
            network__parent_id=OuterRef("network_id"),
        )
        return Exists(
            Membership.objects.filter(who, user_id=OuterRef(person), status__in=ADMITTED_STATUSES)
        )


def substitutes_standing() -> QuerySet[Substitution]:
    """Substitutes whose pass stands: approved, not withdrawn, and sent by a member who may
    still come. Only these hold a seat; a stopped pass frees it."""
    return Substitution.objects.filter(_admitted("member_id"), status=DecisionStatus.APPROVED)


@dataclass(frozen=True)
class SubstituteTie:
    """How a standing substitute pass ties a person to a gathering, for the pages that say
    whether they come: `stand_in` is the substitute coming in their place (they sent one);
    `standing_for` the member they come in place of (a member named as a substitute, by
    the email the member gave). Either, never both (sending wins)."""

    stand_in: str = ""
    standing_for: str = ""


def substitute_ties(*, user: User, gathering_ids: Iterable[int]) -> dict[int, SubstituteTie]:
    """The person's ties to standing passes, by gathering id: without them a member who
    sent a substitute for a free seat (no RSVP) or who comes as one read "You have not
    answered". One query, however many gatherings."""
    ids = list(gathering_ids)
    if not ids:
        return {}
    rows = (
        substitutes_standing()
        .filter(Q(member=user) | Q(email__iexact=user.email), gathering_id__in=ids)
        .select_related("member")
        .order_by("pk")
    )
    ties: dict[int, SubstituteTie] = {}
    for row in rows:
        if row.member_id == user.pk:
            ties[row.gathering_id] = SubstituteTie(stand_in=row.name)
        else:
            ties.setdefault(row.gathering_id, SubstituteTie(standing_for=row.member.full_name))
    return ties


def _email_key(email: str) -> str:
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()[:20]


def pass_holders(*, gathering_ids: Iterable[int]) -> dict[int, list[str]]:
    """Who each standing pass ties to these gatherings, as keys a shared cached part can
    keep (`m<member id>`, and a digest of the named address, never the address itself):
    `may_have_tie` then tells, without a query, whether a viewer needs `substitute_ties`.
    One query; none for no ids."""
    ids = list(gathering_ids)
    holders: dict[int, list[str]] = {}
    if not ids:
        return holders
    for gathering_id, member_id, email in (
        substitutes_standing()
        .filter(gathering_id__in=ids)
        .values_list("gathering_id", "member_id", "email")
    ):
        holders.setdefault(gathering_id, []).extend((f"m{member_id}", _email_key(email)))
    return holders


def may_have_tie(holders: list[str], user: User) -> bool:
    """Whether a pass among `holders` (from `pass_holders`) was sent by or names `user`."""
    return f"m{user.pk}" in holders or _email_key(user.email) in holders


def substitute_tie(*, gathering: Gathering, user: User) -> SubstituteTie | None:
    return substitute_ties(user=user, gathering_ids=[gathering.pk]).get(gathering.pk)


def substitute_pass_naming(*, gathering: Gathering, user: User) -> Substitution | None:
    """The standing pass that names `user` (their email, in any case) as another member's
    substitute, the first if several: such a member comes on that pass, so every check-in
    of theirs is recorded on it, once (`services.check_in`)."""
    return (
        substitutes_standing()
        .filter(gathering=gathering, email__iexact=user.email)
        .exclude(member=user)
        .select_related("member")
        .order_by("pk")
        .first()
    )


def pass_naming_address(*, gathering: Gathering, email: str) -> Substitution | None:
    """The approved pass of this gathering that names `email` (in any case), or None: the
    one a second pass for the same person would clash with. Compared as the unique
    constraint `substitution_one_pass_per_email` does (SQL `LOWER`), so the check and the
    constraint never disagree."""
    return (
        Substitution.objects.filter(gathering=gathering, status=DecisionStatus.APPROVED)
        .alias(email_key=Lower("email"))
        .filter(email_key=Lower(Value(email.strip())))
        .select_related("member")
        .first()
    )


def named_on_a_pass(*, gathering: Gathering, checked_in: bool = False) -> Exists:
    """A condition on `User` rows: the person is named (their email, in any case) on a
    standing pass of this gathering as another member's substitute; with `checked_in`, that
    pass is checked in, the one record of such a person's check-in (`substitute_pass_naming`:
    never the ledger). A withdrawn pass, or one whose member was removed, names no one."""
    passes = (
        substitutes_standing()
        .filter(gathering=gathering)
        .annotate(named=Lower("email"))
        .filter(named=Lower(OuterRef("email")))
        .exclude(member_id=OuterRef("pk"))
    )
    if checked_in:
        passes = passes.filter(checked_in_at__isnull=False)
    return Exists(passes)


def people_checked_in(*, gathering: Gathering) -> QuerySet[User]:
    """Who is checked in to this gathering, any part: the ledger's people and the members
    checked in on a pass naming them. The live room reads this for "in the room": read from
    the ledger alone, a member checked in as someone's substitute could not commit."""
    ledger = Attendance.objects.filter(network_id=gathering.network_id, part__gathering=gathering)
    return User.objects.filter(
        Q(pk__in=ledger.values("user_id")) | named_on_a_pass(gathering=gathering, checked_in=True)
    )


def person_checked_in(*, gathering: Gathering, user: User) -> bool:
    """Whether this person is in `people_checked_in`: the one question "did they come" and
    "may they commit from their phone" ask, in the ledger or on a pass naming them."""
    return people_checked_in(gathering=gathering).filter(pk=user.pk).exists()


def rsvps_holding_seats() -> QuerySet[Rsvp]:
    """Confirmed "yes" answers of people who may still come: only these hold a seat. An
    answer outlives a membership, so a member removed, suspended or gone since they said
    yes keeps their row (a reinstated member finds it as they left it) but not the seat."""
    return Rsvp.objects.filter(_admitted("user_id"), status=RsvpStatus.CONFIRMED)


def rsvps_waiting() -> QuerySet[Rsvp]:
    """The waitlist: people waiting for a seat who may still come. Someone removed keeps
    their place in the queue for a return, but is passed over while they are out."""
    return Rsvp.objects.filter(_admitted("user_id"), status=RsvpStatus.WAITLISTED)


def _seats_taken() -> CombinedExpression:
    """The "yes" answers and the substitutes that hold a seat (`rsvps_holding_seats`,
    `substitutes_standing`): the seats that count against capacity. One expression for the
    list and the page, so the two can never disagree again."""
    return _count_of(rsvps_holding_seats()) + _count_of(substitutes_standing())


def gathering_seats_and_passes(*, gathering: Gathering) -> tuple[int, int]:
    """The seats taken and the standing substitute passes (`passes_standing`), one query."""
    taken, passes = (
        Gathering.objects.filter(network=gathering.network_id, pk=gathering.pk)
        .annotate(taken=_seats_taken(), passes=_count_of(substitutes_standing()))
        .values_list("taken", "passes")
        .get()
    )
    return int(taken), int(passes)


def gathering_seats_taken(*, gathering: Gathering) -> int:
    return int(
        Gathering.objects.filter(network=gathering.network_id, pk=gathering.pk)
        .annotate(taken=_seats_taken())
        .values_list("taken", flat=True)
        .get()
    )


def gatherings_for_list(*, network: Network, user: User | None = None) -> QuerySet[Gathering]:
    """Every gathering, soonest upcoming first then past ones, with the seat count and, for
    a `user`, their own RSVP as `my_rsvps` (one query for the list, one for the RSVPs).
    `passes_standing` counts its standing substitute passes: where there are none, nobody's
    page needs to ask whether a pass ties them to it (`substitute_ties`), a query a first
    view of the list and the home would otherwise pay for nearly every gathering."""
    qs = Gathering.objects.filter(network=network).annotate(
        seats_taken=_seats_taken(), passes_standing=_count_of(substitutes_standing())
    )
    if user is not None:
        qs = qs.prefetch_related(
            Prefetch("rsvps", queryset=Rsvp.objects.filter(user=user), to_attr="my_rsvps")
        )
    return qs.order_by("-starts_at")


def rsvps_by_gathering(*, user: User, gathering_ids: Iterable[int]) -> dict[int, Rsvp]:
    """The person's RSVP to each of these gatherings that they answered, by gathering id."""
    ids = list(gathering_ids)
    if not ids:
        return {}
    return {r.gathering_id: r for r in Rsvp.objects.filter(user=user, gathering_id__in=ids)}


def answered_anything(*, gathering: Gathering, user: User) -> bool:
    """Whether the person has an RSVP, a stipend request or a substitution for this
    gathering: what makes their part of its page their own. One query, written out: built by
    the ORM (three EXISTS under the network scope) it cost more than the rest of a gathering
    page served from the cache. Names come from the models' metadata; values are parameters."""
    q = connection.ops.quote_name

    def column(model: type[Model], attname: str) -> str:
        return q(next(f.column for f in model._meta.concrete_fields if f.attname == attname))

    owners: tuple[tuple[type[Model], str], ...] = (
        (Rsvp, "user_id"),
        (StipendRequest, "user_id"),
        (Substitution, "member_id"),
    )
    selects = [
        f"SELECT 1 FROM {q(model._meta.db_table)} "  # noqa: S608
        f"WHERE {column(model, 'gathering_id')} = %s AND {column(model, owner)} = %s"
        for model, owner in owners
    ]
    # Named as someone's substitute (by the email the member gave): the page says so, so it
    # is theirs, not the one shared by those who answered nothing.
    selects.append(
        f"SELECT 1 FROM {q(Substitution._meta.db_table)} "  # noqa: S608
        f"WHERE {column(Substitution, 'gathering_id')} = %s "
        f"AND LOWER({column(Substitution, 'email')}) = LOWER(%s) "
        f"AND {column(Substitution, 'status')} = %s"
    )
    params: list[int | str] = [gathering.pk, user.pk] * len(owners)
    params += [gathering.pk, user.email, DecisionStatus.APPROVED.value]
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT EXISTS ({' UNION ALL '.join(selects)})", params)
        row = cursor.fetchone()
    return bool(row and row[0])


def gathering_rsvp_counts(*, gathering: Gathering) -> dict[str, int]:
    """The answers of people who may still come, by status (the stewards' counts): a
    removed member's answer counts for nothing, as it holds no seat."""
    row = Rsvp.objects.filter(_admitted("user_id"), gathering=gathering).aggregate(
        **{status: Count("pk", filter=Q(status=status)) for status in RsvpStatus.values},
        presenting=Count("pk", filter=Q(wants_to_present=True, status=RsvpStatus.CONFIRMED)),
    )
    return {key: int(value) for key, value in row.items()}


def gathering_rsvps(*, gathering: Gathering) -> QuerySet[Rsvp]:
    """Every answer, each with `member_admitted`: the stewards' list says which answers
    hold nothing because the person may no longer come."""
    return (
        Rsvp.objects.filter(gathering=gathering)
        .annotate(member_admitted=_admitted("user_id"))
        .select_related("user")
        .order_by("status", "user__full_name", "pk")  # down to the id: the API pages it
    )


def rsvp_of(*, gathering: Gathering, user: User) -> Rsvp | None:
    return Rsvp.objects.filter(gathering=gathering, user=user).first()


def waitlist_position(*, rsvp: Rsvp | None) -> int | None:
    """1 for the next person a free seat goes to (first come, first served), None when the
    RSVP is not on the waitlist."""
    if rsvp is None or rsvp.status != RsvpStatus.WAITLISTED or rsvp.waitlisted_at is None:
        return None
    ahead = (
        rsvps_waiting()
        .filter(
            Q(waitlisted_at__lt=rsvp.waitlisted_at)
            | Q(waitlisted_at=rsvp.waitlisted_at, pk__lt=rsvp.pk),
            gathering=rsvp.gathering_id,
        )
        .count()
    )
    return ahead + 1


def stipend_of(*, gathering: Gathering, user: User) -> StipendRequest | None:
    return StipendRequest.objects.filter(gathering=gathering, user=user).first()


def substitution_of(*, gathering: Gathering, member: User) -> Substitution | None:
    return Substitution.objects.filter(gathering=gathering, member=member).first()


def gathering_stipends(*, gathering: Gathering) -> QuerySet[StipendRequest]:
    return StipendRequest.objects.filter(gathering=gathering).select_related("user")


def gathering_substitutions(*, gathering: Gathering) -> QuerySet[Substitution]:
    """Every request, each with `member_admitted`: a substitute stands in for a member, so
    once that member is removed the pass stops and the stewards' list says why. (Why a
    denied one was closed is stored, `closed_by`: the ledger cannot tell a steward's earlier
    denial from the check-in's.)"""
    return (
        Substitution.objects.filter(gathering=gathering)
        .select_related("member")
        .annotate(
            member_admitted=Exists(
                admitted_memberships(gathering=gathering).filter(user_id=OuterRef("member_id"))
            ),
        )
    )


def substitutes_approved(*, gathering: Gathering, query: str = "") -> QuerySet[Substitution]:
    """Approved substitutes whose member may still come (the door list, the attendee export,
    seating), by name when `query`. A substitute of a removed member holds no pass: the
    same rows that hold seats (`substitutes_standing`)."""
    substitutes = substitutes_standing().filter(gathering=gathering).select_related("member")
    if query:
        substitutes = substitutes.filter(Q(name__icontains=query))
    return substitutes


def admitted_memberships(*, gathering: Gathering) -> QuerySet[Membership]:
    """Whose memberships let them come: the network's admitted members and, where youth
    take part, the admitted youth members of its cohorts (their guests, networks/guests.py;
    crossing networks on purpose, to the cohorts' rows). Whether youth take part is read
    in the same query, not from `gathering` as loaded: a copy loaded before the setting
    changed must not decide who comes."""
    with scopes_disabled():
        youth_take_part = Exists(Gathering.objects.filter(pk=gathering.pk, youth_take_part=True))
        who = Q(network_id=gathering.network_id) | Q(
            youth_take_part,
            role=Role.YOUTH_MEMBER,
            network__kind=NetworkKind.YOUTH,
            network__parent_id=gathering.network_id,
        )
        return Membership.objects.filter(who, status__in=ADMITTED_STATUSES)


def admitted_people(*, gathering: Gathering) -> QuerySet[Membership, Any]:
    """The user ids (a subquery) of who may still come (`admitted_memberships`). An RSVP
    outlives a membership: someone removed, or a youth member suspended when their guardian
    withdrew consent, kept their "yes", and with it a seat, a badge and their name on
    lists."""
    return admitted_memberships(gathering=gathering).values("user_id")


def gathering_attendees(*, gathering: Gathering) -> list[dict[str, str]]:
    """Who comes, as rows for the badges and the attendee export: the answers that hold a
    seat (`rsvps_holding_seats`), then the substitutes whose pass stands."""
    rows = []
    confirmed = rsvps_holding_seats().filter(gathering=gathering)
    memberships = {
        m.user_id: m
        for m in Membership.objects.filter(
            network=gathering.network, user__in=confirmed.values("user_id")
        ).select_related("organization")
    }
    answers = list(gathering_rsvps(gathering=gathering).filter(pk__in=confirmed.values("pk")))
    guests = youth_guests_at_door(gathering=gathering, user_ids=[r.user_id for r in answers])
    for rsvp in answers:
        membership = memberships.get(rsvp.user_id)
        guest = guests.get(rsvp.user_id)
        rows.append(
            {
                # A youth guest as the door names them (`youth_guests_at_door`): no family name.
                "name": guest.name if guest else rsvp.user.full_name,
                # Safeguards: no minor's contact details go to an adult, stewards included.
                "email": "" if rsvp.user.is_minor or guest else rsvp.user.email,
                "organization": guest.cohort
                if guest
                else str(membership.organization or "")
                if membership
                else "",
                "kind": guest.kind if guest else _("Member"),
                "presenting": _("yes") if rsvp.wants_to_present else "",
                "dietary_needs": rsvp.dietary_needs,
                "access_needs": rsvp.access_needs,
            }
        )
    for sub in substitutes_approved(gathering=gathering):
        rows.append(
            {
                "name": sub.name,
                "email": sub.email,
                "organization": "",
                "kind": _("Substitute for %(member)s") % {"member": sub.member},
                "presenting": "",
                "dietary_needs": "",
                "access_needs": "",
            }
        )
    return rows


def door_members(*, gathering: Gathering, query: str) -> list[Membership]:
    """The door list: admitted members by name when `query`, else those confirmed; 100 at
    most, by name. Where youth take part, the youth guests too (their cohort's membership:
    they have none here), so one without a phone is checked in at the door.

    Each row carries the standing pass that names the member's address (the first, as
    `substitute_pass_naming` finds it): `pass_member`, whose substitute they come as, and
    `pass_checked_in`, since such a member is checked in on the pass, not in the ledger,
    and `pass_id`, so the door lists that person once. In the rows' own query, so the
    page's count stays fixed."""
    named = (
        substitutes_standing()
        .filter(gathering=gathering)
        .alias(email_key=Lower("email"))
        .filter(email_key=Lower(OuterRef("user__email")))
        .exclude(member=OuterRef("user_id"))
        .order_by("pk")
    )
    with scopes_disabled():  # the cohorts' rows, read for this one gathering's door
        members = (
            admitted_memberships(gathering=gathering)
            .select_related("user", "organization")
            .annotate(
                pass_id=Subquery(named.values("pk")[:1]),
                pass_member=Subquery(named.values("member__full_name")[:1]),
                pass_checked_in=Subquery(named.values("checked_in_at")[:1]),
            )
        )
        if query:
            # A youth guest (a cohort's row) is found by first name only: the door never
            # shows their family name, so a search must not confirm it either.
            members = members.alias(door_first=_first_name("user__full_name")).filter(
                Q(network_id=gathering.network_id, user__full_name__icontains=query)
                | (~Q(network_id=gathering.network_id) & Q(door_first__icontains=query))
            )
        else:
            confirmed = rsvps_holding_seats().filter(gathering=gathering)
            members = members.filter(user__in=confirmed.values("user_id"))
        rows: list[Membership] = list(members.order_by("user__full_name", "pk")[:100])
    guests = youth_guests_at_door(gathering=gathering, user_ids=[m.user_id for m in rows])
    for row in rows:
        # What the door shows: `guest` says who a youth guest is without their family name.
        row.guest = guests.get(row.user_id)  # type: ignore[attr-defined]
        row.door_name = row.guest.name if row.guest else row.user.full_name  # type: ignore[attr-defined]
    return rows


def _first_name(field: str) -> Case:
    """The first word of a name, in SQL (as `youth_guest_door_name` reads it)."""
    name = Trim(F(field))
    space = StrIndex(name, Value(" "))
    return Case(
        When(GreaterThan(space, 0), then=Substr(name, 1, space - 1)),
        default=name,
    )


def youth_guest_door_name(full_name: str) -> str:
    """How a host's door list names a youth guest: the first name and the initials of the
    other names ("Yara Q."), enough to recognise them with their cohort and its stewards
    beside it; never the family name in full (safeguards.md: an adult learns no more of a
    minor than the task needs; the live room and table cards name them by first name)."""
    words = full_name.split()
    if not words:
        return _("A youth guest")
    return " ".join([words[0], *(f"{word[0]}." for word in words[1:])])


@dataclass(frozen=True)
class YouthGuestAtDoor:
    """A youth guest as the host's door list, its attendee export and its badges show them:
    `name` (`youth_guest_door_name`), `cohort` (its name) and `stewards`, the cohort's
    stewards who answer for them, by name, "(coming)" after those who hold a seat at this
    gathering (the data knows no one else who accompanies them)."""

    name: str
    cohort: str
    stewards: str

    @property
    def kind(self) -> str:
        if self.stewards:
            return _("Youth guest of %(cohort)s; cohort stewards: %(stewards)s") % {
                "cohort": self.cohort,
                "stewards": self.stewards,
            }
        return _("Youth guest of %(cohort)s") % {"cohort": self.cohort}


def youth_guests_at_door(
    *, gathering: Gathering, user_ids: Iterable[int]
) -> dict[int, YouthGuestAtDoor]:
    """The youth guests among `user_ids`, by user id: admitted youth members of a cohort under
    the host network who are not its members themselves (as `seating.rule_guests` tells
    them). Two queries when any are asked about, none otherwise; crossing to the cohorts'
    rows on purpose, for this one gathering's door."""
    ids = set(user_ids)
    if not ids:
        return {}
    with scopes_disabled():
        rows = list(
            Membership.objects.filter(
                user_id__in=ids,
                role=Role.YOUTH_MEMBER,
                status__in=ADMITTED_STATUSES,
                network__kind=NetworkKind.YOUTH,
                network__parent_id=gathering.network_id,
            )
            .exclude(
                user_id__in=Membership.objects.filter(
                    network_id=gathering.network_id, status__in=ADMITTED_STATUSES
                ).values("user_id")
            )
            .order_by("network_id", "pk")
            .values_list("user_id", "user__full_name", "network_id", "network__name")
        )
        if not rows:
            return {}
        stewards: dict[int, list[str]] = {}
        for network_id, name, coming in (
            Membership.objects.filter(
                network_id__in={row[2] for row in rows},
                role=Role.STEWARD,
                status__in=ADMITTED_STATUSES,
            )
            .annotate(
                coming=Exists(
                    rsvps_holding_seats().filter(gathering=gathering, user_id=OuterRef("user_id"))
                )
            )
            .order_by("-coming", "user__full_name", "pk")
            .values_list("network_id", "user__full_name", "coming")
        ):
            shown = _("%(name)s (coming)") % {"name": name} if coming else name
            stewards.setdefault(network_id, []).append(shown)
    guests: dict[int, YouthGuestAtDoor] = {}
    for user_id, full_name, network_id, cohort in rows:
        guests.setdefault(
            user_id,
            YouthGuestAtDoor(
                name=youth_guest_door_name(full_name),
                cohort=cohort,
                stewards=", ".join(stewards.get(network_id, [])),
            ),
        )
    return guests


def part_checked_in(*, part: GatheringPart) -> set[int]:
    """Ids of the members the ledger has for this part."""
    return set(Attendance.objects.filter(part=part).values_list("user_id", flat=True))


def attendance_recorded(*, part: GatheringPart, user: User) -> bool:
    return Attendance.objects.filter(part=part, user=user).exists()


def checked_in_anywhere(*, gathering: Gathering, user: User) -> bool:
    """Whether the ledger has the person at any part of this gathering: once in the room
    (by the code, or at the door from the first day on), nobody comes in their place."""
    return Attendance.objects.filter(part__gathering=gathering, user=user).exists()


def calendar_feed_active(*, network: Network, user: User) -> CalendarFeed | None:
    return CalendarFeed.objects.filter(network=network, user=user, revoked_at__isnull=True).first()


def calendar_feed_for_token(*, token: str) -> CalendarFeed | None:
    """The active feed a `<id>.<secret>` token names, or None; the secret is compared in
    constant time (networks.tokens)."""
    pk, secret = keyed_token_parse(token)
    found = None
    if pk is not None:
        found = (
            CalendarFeed.objects.select_related("network", "user")
            .filter(pk=pk, revoked_at__isnull=True)
            .first()
        )
    return found if digests_match(secret, found.digest if found else None) else None


def _substitution_of_pass(*, token: str, statuses: Sequence[str]) -> Substitution | None:
    """The substitution with one of `statuses` a pass token names, or None
    (networks.tokens)."""
    pk, secret = keyed_token_parse(token)
    found = None
    if pk is not None:
        found = (
            Substitution.objects.select_related("gathering", "network")
            .filter(pk=pk, status__in=statuses)
            .first()
        )
    return found if digests_match(secret, found.pass_digest if found else None) else None


def substitution_for_pass(*, token: str) -> Substitution | None:
    """The approved substitution a pass token names, or None (networks.tokens)."""
    return _substitution_of_pass(token=token, statuses=[DecisionStatus.APPROVED])


def substitution_for_open_pass(*, token: str, now: datetime) -> Substitution | None:
    """`substitution_for_pass`, and None once the gathering is over: a pass (and the table
    it shows) is for that one gathering only. None too once the member who sent the
    substitute is no longer admitted: the substitute comes in their place, with no rights
    of their own (`substitution_pass_stopped` tells that case apart)."""
    found = substitution_for_pass(token=token)
    if found is None or found.gathering.ends_at < now:
        return None
    return found if substitution_member_admitted(substitution=found) else None


def substitute_reads_member(user: User) -> str:
    """How a substitute reads the member who named them (the pass email and page, the
    withdrawal email): the first name only, beside the network's name. The substitute may
    be no member, and a pass link can be forwarded: the member's full name is not theirs
    to learn from it (nor a student's, when a youth member sends someone). Empty for an
    account with no name: the pages then say "a member of <network>"."""
    return (user.full_name.split() or [""])[0]


def substitution_member_admitted(*, substitution: Substitution) -> bool:
    return (
        admitted_memberships(gathering=substitution.gathering)
        .filter(user_id=substitution.member_id)
        .exists()
    )


def substitution_pass_stopped(*, token: str, now: datetime) -> Substitution | None:
    """The substitution of a real pass for a gathering not over that no longer works: a
    steward withdrew it (status revoked), or the member who sent the substitute has since
    been removed. The pass page says which instead of a bare "not found"."""
    found = _substitution_of_pass(
        token=token, statuses=[DecisionStatus.APPROVED, DecisionStatus.REVOKED]
    )
    if found is None or found.gathering.ends_at < now:
        return None
    return found if _pass_stopped(found) else None


def _pass_stopped(substitution: Substitution) -> bool:
    """Whether an approved or withdrawn pass no longer works: withdrawn, or its member is
    no longer admitted."""
    if substitution.status == DecisionStatus.REVOKED:
        return True
    return not substitution_member_admitted(substitution=substitution)


def substitution_pass_replaced(*, token: str, now: datetime) -> Substitution | None:
    """The substitution `token` is a replaced link of (a reinstatement's or a steward's
    "send the pass again" issued a newer one), for a gathering not over, or None: its
    digest is one of the last few kept (`Substitution.replaced_digests`; the secrets never
    are). The "replaced" page names no gathering and no one, so it tells the holder of a
    made-up link, which finds nothing here, nothing either. Each kept digest is compared in
    constant time, and a miss on the id costs one comparison, as a real pass's miss does."""
    pk, secret = keyed_token_parse(token)
    found = None
    if pk is not None:
        found = (
            Substitution.objects.select_related("gathering", "network")
            .filter(
                pk=pk,
                status__in=[DecisionStatus.APPROVED, DecisionStatus.REVOKED],
                gathering__ends_at__gte=now,
            )
            .first()
        )
    kept: list[str | None] = [
        d for d in (found.replaced_digests if found else []) if isinstance(d, str)
    ]
    matches = [digests_match(secret, digest) for digest in kept or [None]]
    return found if any(matches) else None


@dataclass(frozen=True)
class ClosedPass:
    """Why a real pass link, for a gathering not over, opens nothing
    (`substitution_pass_closed`). `stopped`: the pass no longer works, and the "stopped"
    page names its gathering and says whether the stewards withdrew it (`withdrawn`) or
    its member left. None: the link was replaced by a newer one of a pass that still
    works, and the "replaced" page names nothing."""

    stopped: Substitution | None

    @property
    def withdrawn(self) -> bool:
        return self.stopped is not None and self.stopped.status == DecisionStatus.REVOKED


def substitution_pass_closed(*, token: str, now: datetime) -> ClosedPass | None:
    """What a pass link that `substitution_for_open_pass` does not open is, or None for a
    made-up link (or one of a gathering over, or replaced too long ago): the current link
    of a pass stopped, or a replaced link. A replaced link of a pass that has stopped since
    answers as its current link does: "use the newest email" would send its holder to a
    link that does not work either. Both pages of the pass (gatherings' and seating's
    table) answer through this, so they cannot disagree."""
    stopped = substitution_pass_stopped(token=token, now=now)
    if stopped is not None:
        return ClosedPass(stopped=stopped)
    replaced = substitution_pass_replaced(token=token, now=now)
    if replaced is None:
        return None
    return ClosedPass(stopped=replaced if _pass_stopped(replaced) else None)


def calendar_gatherings(*, network: Network, now: datetime) -> QuerySet[Gathering]:
    """The gatherings a calendar feed lists: those not over yet, with their parts."""
    return (
        Gathering.objects.filter(network=network, ends_at__gte=now)
        .prefetch_related(Prefetch("parts", queryset=GatheringPart.objects.all()))
        .select_related("network")
        .order_by("starts_at")
    )


@dataclass(frozen=True)
class CalendarAnswer:
    """The person's answer as their calendar shows it; `coming` False when they said no
    or a substitute of theirs was approved: such an event rings no alarm (ical.py)."""

    label: str
    coming: bool


def calendar_answers(
    *, user: User, network: Network, gathering: Gathering | None = None
) -> dict[int, CalendarAnswer]:
    """Gathering id -> the person's answer (missing: none yet), for the network's
    gatherings or one. Two queries: the RSVPs, and the approved substitutes, since an
    approval turns a "yes" into a "no" but a substitute sent for a free seat leaves no
    RSVP at all. One gathering that is over (its page offers its file ever after) and that
    they were checked in to, in the ledger or on a pass naming them (`people_checked_in`,
    as the page asks): they came, whatever they answered (a third query, then only)."""
    rsvps = Rsvp.objects.filter(user=user, gathering__network=network)
    sent = Substitution.objects.filter(
        member=user, gathering__network=network, status=DecisionStatus.APPROVED
    )
    if gathering is not None:
        rsvps, sent = rsvps.filter(gathering=gathering), sent.filter(gathering=gathering)
    answers = {
        r.gathering_id: CalendarAnswer(
            label=r.get_status_display(), coming=r.status != RsvpStatus.DECLINED
        )
        for r in rsvps
    }
    for gathering_id in sent.values_list("gathering_id", flat=True):
        answers[gathering_id] = CalendarAnswer(
            label=_("A substitute comes in your place"), coming=False
        )
    if (
        gathering is not None
        and gathering.ends_at <= timezone.now()
        and person_checked_in(gathering=gathering, user=user)
    ):
        answers[gathering.pk] = CalendarAnswer(label=_("Came (checked in)"), coming=True)
    return answers


def attendance_last_dates(*, network: Network) -> dict[int, datetime]:
    """User id -> end time of the last gathering part they attended in this network (from the
    attendance ledger), for the membership activity rule."""
    with scopes_disabled():
        rows = (
            Attendance.objects.filter(network=network, part__ends_at__lte=timezone.now())
            .values("user_id")
            .annotate(last=Max("part__ends_at"))
            .values_list("user_id", "last")
        )
        return dict(rows)


# --- Check-in -------------------------------------------------------------------------------

# Self check-in opens this long before a part starts and closes when it ends.
CHECK_IN_OPENS = timedelta(hours=2)
# Characters of the day's code kept (base64url of an HMAC-SHA256): 96 bits.
CHECK_IN_CODE_LENGTH = 16


def part_open_among(parts: Iterable[GatheringPart], *, now: datetime) -> GatheringPart | None:
    """The first of these parts whose check-in window holds `now`, or None."""
    for part in parts:
        if part.starts_at - CHECK_IN_OPENS <= now <= part.ends_at:
            return part
    return None


def part_open_for_check_in(*, gathering: Gathering, now: datetime) -> GatheringPart | None:
    return part_open_among(gathering.parts.all(), now=now)


def check_in_may_be_open(gathering: Gathering, *, now: datetime) -> bool:
    """Whether some part's check-in window could hold `now`, from the gathering's span alone
    (its parts lie within it): outside it, nobody needs to ask `checked_in_part`."""
    return gathering.starts_at - CHECK_IN_OPENS <= now <= gathering.ends_at


def _open_parts(
    *, gathering_id: int | OuterRef, user: User | int, now: datetime, opens_by: datetime
) -> QuerySet[GatheringPart]:
    """The parts whose check-in window holds `now` (begun by `opens_by`, which is
    `now + CHECK_IN_OPENS`: given apart so a prepared read gets it as its own value), in the
    order `part_open_among` takes them, each with whether the person is in its ledger
    (`attended`)."""
    return (
        GatheringPart.objects.filter(
            gathering_id=gathering_id, starts_at__lte=opens_by, ends_at__gte=now
        )
        .annotate(attended=Exists(Attendance.objects.filter(part=OuterRef("pk"), user=user)))
        .order_by("starts_at", "pk")
    )


def checked_in_part(*, gathering: Gathering, user: User, now: datetime) -> GatheringPart | None:
    """The part whose check-in is open now (the first, as `part_open_among` picks it) if the
    person is in its ledger, else None. One query. The gathering page reads it, and the
    home the same through `answer_for_home`: the home once said "You have not answered
    yet" to a member the gathering page told "You are checked in"."""
    part = _open_parts(
        gathering_id=gathering.pk, user=user, now=now, opens_by=now + CHECK_IN_OPENS
    ).first()
    return part if part is not None and part.attended else None  # type: ignore[attr-defined]


@dataclass(frozen=True)
class HomeAnswer:
    """What the home says of the next gathering, as its page does: the RSVP (its status
    only); the part the person is checked in to (its label, while check-in may be open);
    and, said when there is no RSVP, the stipend request and the substitute request still
    waiting for a steward (an approved one is a tie, `substitute_tie`)."""

    rsvp: Rsvp | None
    checked_in_to: str
    stipend: StipendRequest | None
    substitution: Substitution | None


_HOME_ANSWER_FIELDS = (
    "rsvp_pk",
    "rsvp_status",
    "stipend_amount",
    "stipend_status",
    "substitute_name",
    "part_title",
    "part_attended",
)


def _home_answer_query(
    *,
    network: Network,
    gathering: int,
    user: int,
    now: datetime | None = None,
    opens_by: datetime | None = None,
) -> QuerySet[Gathering]:
    """`answer_for_home`'s read, one row rooted on the gathering; the check-in's two
    columns only when given the moments (while check-in may be open)."""
    rsvp = Rsvp.objects.filter(gathering=OuterRef("pk"), user_id=user)[:1]
    stipend = StipendRequest.objects.filter(gathering=OuterRef("pk"), user_id=user)[:1]
    waiting = Substitution.objects.filter(
        gathering=OuterRef("pk"), member_id=user, status=DecisionStatus.PENDING
    ).order_by("pk")[:1]
    fields: dict[str, Any] = {
        "rsvp_pk": Subquery(rsvp.values("pk")),
        "rsvp_status": Subquery(rsvp.values("status")),
        "stipend_amount": Subquery(stipend.values("amount")),
        "stipend_status": Subquery(stipend.values("status")),
        "substitute_name": Subquery(waiting.values("name")),
    }
    if now is not None and opens_by is not None:
        part = _open_parts(gathering_id=OuterRef("pk"), user=user, now=now, opens_by=opens_by)
        fields["part_title"] = Subquery(part[:1].values("title"))
        fields["part_attended"] = Subquery(part[:1].values("attended"))  # type: ignore[misc]
    return (
        Gathering.objects.filter(network=network, pk=gathering)
        .annotate(**fields)
        .values_list(*fields)
    )


def answer_for_home(*, gathering: Gathering, user: User, now: datetime) -> HomeAnswer:
    """The person's RSVP, stipend request, waiting substitute request and, while check-in
    may be open, `checked_in_part`, in one query (rooted on the gathering, so found without
    an RSVP): as many queries as the RSVP alone. Without the requests, a member whose only
    answer was one read "You have not answered yet" on the home, which the gathering page
    knew better; without the check-in, one checked in at the door did. Prepared
    (`networks.prepared`): the home asks it on every view, and building its five subqueries
    with the ORM cost more than the rest of the page's reads together."""
    open_now = check_in_may_be_open(gathering, now=now)
    values: dict[str, Any] = {"gathering": gathering.pk, "user": user.pk}
    if open_now:
        values.update(now=now, opens_by=now + CHECK_IN_OPENS)
    rows = prepared(
        ("gatherings.home_answer", open_now),
        _home_answer_query,
        network=gathering.network_id,
        **values,
    )
    row = dict(zip(_HOME_ANSWER_FIELDS, rows[0], strict=False)) if rows else {}
    found = row.get("rsvp_pk")
    return HomeAnswer(
        rsvp=(
            Rsvp(pk=found, gathering=gathering, user=user, status=row["rsvp_status"])
            if found is not None
            else None
        ),
        checked_in_to=(
            GatheringPart(title=row["part_title"]).label if row.get("part_attended") else ""
        ),
        stipend=(
            StipendRequest(
                gathering=gathering,
                user=user,
                amount=row["stipend_amount"],
                status=row["stipend_status"],
            )
            if row.get("stipend_status")
            else None
        ),
        substitution=(
            Substitution(
                gathering=gathering,
                member=user,
                name=row["substitute_name"],
                status=DecisionStatus.PENDING,
            )
            if row.get("substitute_name") is not None
            else None
        ),
    )


def check_in_day(*, part: GatheringPart, zone: ZoneInfo) -> date:
    """The gathering day a part belongs to: the local date it starts on."""
    return part.starts_at.astimezone(zone).date()


def check_in_code_for(*, gathering: Gathering, day: date) -> str:
    """The check-in code of one gathering day: an HMAC of the date under the gathering's
    secret. Each day has its own code, one day's code says nothing about another's, and no
    code is stored, so there is none to leak from the database or a page."""
    mac = hmac.new(
        gathering.check_in_secret.encode(), f"check-in:{day.isoformat()}".encode(), hashlib.sha256
    ).digest()
    return base64.urlsafe_b64encode(mac).decode()[:CHECK_IN_CODE_LENGTH]


def _same_code(expected: str, given: str) -> bool:
    return hmac.compare_digest(expected.encode(), given.encode())


def check_in_code_day(
    *, gathering: Gathering, code: str, parts: Sequence[GatheringPart]
) -> date | None:
    """The day of this gathering (among its `parts`) whose code `code` is, or None. Every day
    is compared, in constant time, so the answer's timing does not tell which day matched."""
    zone = ZoneInfo(gathering.network.time_zone)
    found = None
    for day in sorted({check_in_day(part=part, zone=zone) for part in parts}):
        if _same_code(check_in_code_for(gathering=gathering, day=day), code):
            found = day
    return found


@dataclass(frozen=True)
class CheckInCode:
    day: date
    code: str
    is_open: bool  # check-in for a part of this day is open now


def check_in_code_to_show(*, gathering: Gathering, now: datetime) -> CheckInCode:
    """The code the room's QR code carries, for stewards and facilitators: the day whose
    check-in is open, else the next day to come, else the last day."""
    parts = list(gathering.parts.all())
    part = part_open_among(parts, now=now)
    is_open = part is not None
    if part is None:
        part = next((p for p in parts if p.starts_at > now), parts[-1])
    day = check_in_day(part=part, zone=ZoneInfo(gathering.network.time_zone))
    code = check_in_code_for(gathering=gathering, day=day)
    return CheckInCode(day=day, code=code, is_open=is_open)


def gathering_for_check_in_code(*, code: str, now: datetime) -> Gathering | None:
    """The gathering a short link's code names: among parts within a day of `now`, the one
    whose day has this code. A code from a day further off finds nothing. The short link has
    no network, so this reads across networks: call it inside `scopes_disabled()`."""
    parts = GatheringPart.objects.filter(
        starts_at__lte=now + timedelta(days=1), ends_at__gte=now - timedelta(days=1)
    ).select_related("gathering__network")
    found = None
    for part in parts:
        gathering = part.gathering
        day = check_in_day(part=part, zone=ZoneInfo(gathering.network.time_zone))
        if _same_code(check_in_code_for(gathering=gathering, day=day), code) and found is None:
            found = gathering
    return found


@dataclass(frozen=True)
class Waiting:
    """Requests waiting for a steward: how many, and the soonest gathering that has some."""

    count: int
    gathering_id: int | None


def waiting_by_gathering(rows: Iterable[dict[str, int]]) -> Waiting:
    """Fold `(gathering, n)` rows, soonest gathering first, into one count and a link target."""
    listed = list(rows)
    return Waiting(
        count=sum(r["n"] for r in listed),
        gathering_id=listed[0]["gathering"] if listed else None,
    )


def stipends_waiting(*, network: Network) -> Waiting:
    """Stipend requests for coming gatherings that no steward has decided: one query."""
    return waiting_by_gathering(
        StipendRequest.objects.filter(
            network=network,
            status=DecisionStatus.PENDING,
            gathering__ends_at__gte=timezone.now(),
        )
        .values("gathering")
        .annotate(n=Count("pk"))
        .order_by("gathering__starts_at", "gathering")
    )


def personal_gatherings(user: User) -> dict[str, list[dict[str, object]]]:
    """For "export my data": the parts of gatherings the person attended (the ledger), their
    RSVPs (with the needs they told the stewards), stipend requests and substitute requests,
    in every network (their own rows cross networks)."""
    with scopes_disabled():  # the person's own rows, whichever networks hold them
        rsvps = list(
            Rsvp.objects.filter(user=user)
            .select_related("network", "gathering")
            .order_by("answered_at", "pk")
        )
        stipends = list(
            StipendRequest.objects.filter(user=user)
            .select_related("network", "gathering")
            .order_by("requested_at", "pk")
        )
        substitutes = list(
            Substitution.objects.filter(member=user)
            .select_related("network", "gathering")
            .order_by("requested_at", "pk")
        )
        attended = list(
            Attendance.objects.filter(user=user)
            .select_related("network", "part__gathering")
            .order_by("part__starts_at", "pk")
        )
    return {
        "attended": [
            {
                "network": a.network.name,
                "gathering": a.part.gathering.title,
                "part": a.part.title,
                "starts_at": when(a.part.starts_at),
                "recorded_by": a.source,
            }
            for a in attended
        ],
        "rsvps": [
            {
                "network": r.network.name,
                "gathering": r.gathering.title,
                "status": r.status,
                "both_parts": r.both_parts,
                "wants_to_present": r.wants_to_present,
                "dietary_needs": r.dietary_needs,
                "access_needs": r.access_needs,
                "answered_at": when(r.answered_at),
            }
            for r in rsvps
        ],
        "stipend_requests": [
            {
                "network": s.network.name,
                "gathering": s.gathering.title,
                "amount": str(s.amount),
                "reason": s.reason,
                "status": s.status,
                "requested_at": when(s.requested_at),
                "decided_at": when(s.decided_at),
            }
            for s in stipends
        ],
        "substitute_requests": [
            {
                "network": s.network.name,
                "gathering": s.gathering.title,
                "name": s.name,
                "email": s.email,
                "reason": s.reason,
                "status": s.status,
                "requested_at": when(s.requested_at),
            }
            for s in substitutes
        ],
    }
