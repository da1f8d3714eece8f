"""Reads of seating: who is seated, the solver's inputs (history, attributes, ties, hard
rules), a plan as a grid, and a member's own tables. Person ids reach the solver as strings
(its API); they come back as strings and are turned into ints here only."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from itertools import combinations

from django.db.models import OuterRef, Q, QuerySet
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.commitments.models import COUNTED, Commitment
from collaboratory.creditclub.selectors import minor_name
from collaboratory.gatherings.models import (
    AgendaItem,
    AgendaKind,
    Attendance,
    DecisionStatus,
    Gathering,
    Rsvp,
    RsvpStatus,
    Substitution,
)
from collaboratory.gatherings.selectors import (
    YouthGuestAtDoor,
    admitted_people,
    rsvps_holding_seats,
    substitutes_standing,
    youth_guests_at_door,
)
from collaboratory.networks.models import (
    ADMITTED_STATUSES,
    Membership,
    Network,
    NetworkKind,
    Role,
)
from collaboratory.networks.selectors import youth_guests_among
from collaboratory.people.models import MINOR_AGE_BANDS, User
from collaboratory.plaintext import fold_case_and_accents
from collaboratory.seating.messages import BrokenRule, broken_rules, violation_text
from collaboratory.seating.models import (
    LockedTable,
    PairKind,
    PlanStatus,
    Seat,
    SeatingPair,
    SeatingPlan,
)
from collaboratory.seating.solver import PlanCost, evaluate_plan

# The agenda items a plan can seat; a plan without one seats the gathering as a whole.
SESSION_KINDS = (AgendaKind.SMALL_GROUPS, AgendaKind.MEAL)

Pair = frozenset[str]
Grid = list[list[list[str]]]


@dataclass
class SolverInputs:
    """Everything the solver is told about the people of one plan. No ideology: the only
    consent people gave for it is aggregate diversity reporting (safeguards.md), and seating
    is another purpose."""

    met: dict[Pair, int] = field(default_factory=dict)
    # `met` counted only from before this session (`_histories`): the steward's figures.
    met_before: dict[Pair, int] = field(default_factory=dict)
    keep_apart: list[Pair] = field(default_factory=list)
    keep_together: list[Pair] = field(default_factory=list)
    attributes: dict[str, dict[str, str]] = field(default_factory=dict)
    minors: set[str] = field(default_factory=set)
    tied: set[Pair] = field(default_factory=set)

    def evaluate(self, grid: Grid, table_sizes: Sequence[int] | None = None) -> PlanCost:
        return evaluate_plan(
            grid,
            table_sizes=table_sizes,
            met=self.met,
            keep_apart=self.keep_apart,
            keep_together=self.keep_together,
            attributes=self.attributes,
            minors=self.minors,
            tied=self.tied,
            ideology={},
        )

    def among(self, people: Iterable[str]) -> SolverInputs:
        """The same inputs with only the rules whose people are all in `people`: a plan scored
        on those still coming must not name someone who cancelled (the solver refuses a rule
        about someone it does not seat)."""
        kept = set(people)
        return replace(
            self,
            keep_apart=[pair for pair in self.keep_apart if pair <= kept],
            keep_together=[pair for pair in self.keep_together if pair <= kept],
        )


def seating_sessions(*, gathering: Gathering) -> list[AgendaItem]:
    """The agenda items that are seated: meals and small-group discussions."""
    return list(AgendaItem.objects.filter(gathering=gathering, kind__in=SESSION_KINDS))


def _came(gathering: Gathering | OuterRef, person: str) -> Q:
    """Who came to `gathering` (an instance, or an `OuterRef` to each row's own gathering),
    as a filter on `person` (a user id field): the one definition seating and its history
    share. Whoever is in the attendance ledger for one of its parts (checked in from their
    phone, at the door, or imported history); and, until the gathering is over, every "yes"
    that holds a seat (`gatherings.selectors.rsvps_holding_seats`, the rows the seat count
    reads: who is expected). Once it is over, the ledger alone says who was there, as the
    activity rule and the Credit Club read attendance: a "yes" who never came sat with
    nobody."""
    checked_in = Attendance.objects.filter(Q(part__gathering=gathering)).values("user_id")
    expected = (
        rsvps_holding_seats()
        .filter(Q(gathering=gathering), gathering__ends_at__gt=timezone.now())
        .values("user_id")
    )
    return Q(**{f"{person}__in": checked_in}) | Q(**{f"{person}__in": expected})


def _substitutes_came(gathering: Gathering | OuterRef) -> QuerySet[Substitution]:
    """The approved substitutes who came, as `_came` says of people: their pass stands
    (`gatherings.selectors.substitutes_standing`, the passes that hold a seat) and, once
    the gathering is over, they were checked in at the door."""
    return substitutes_standing().filter(
        Q(gathering__ends_at__gt=timezone.now()) | Q(checked_in_at__isnull=False),
        Q(gathering=gathering),
    )


def _coming(gathering: Gathering, field: str = "pk") -> Q:
    """Who is coming, as a filter on `field` (a user id): who came (`_came`), and of them
    only who is still admitted (`gatherings.selectors.admitted_people`: an RSVP and a
    ledger row outlive a membership)."""
    return _came(gathering, field) & Q(**{f"{field}__in": admitted_people(gathering=gathering)})


def seated_people(*, gathering: Gathering) -> list[User]:
    """Who gets a seat: everyone coming (`_coming`). A cancellation (the RSVP turned to no or
    maybe) drops the person out unless they are in the room after all."""
    return list(User.objects.filter(_coming(gathering)).order_by("full_name", "pk"))


def is_coming(*, gathering: Gathering, user: User) -> bool:
    return User.objects.filter(_coming(gathering), pk=user.pk).exists()


def standing(*, gathering: Gathering, user: User) -> str:
    """Where `user` stands for a seat, for their own page to say why they have no table:
    "checked_in" (in the room: a steward seats them), "coming" (a confirmed yes),
    "waitlisted", "not_answered" (no RSVP: a youth guest too) or "not_coming" (no, maybe);
    once the gathering is over, "not_there" for anyone the ledger does not have (`_came`)."""
    if Attendance.objects.filter(part__gathering=gathering, user=user).exists():
        return "checked_in"
    if gathering.ends_at <= timezone.now():
        return "not_there"
    status = (
        Rsvp.objects.filter(gathering=gathering, user=user).values_list("status", flat=True).first()
    )
    if status is None:
        return "not_answered"
    return {RsvpStatus.CONFIRMED: "coming", RsvpStatus.WAITLISTED: "waitlisted"}.get(
        status, "not_coming"
    )


def gathering_over(gathering: Gathering, now: datetime | None = None) -> bool:
    """Whether `gathering` has ended: its seating is then the record of who sat where (the
    history later plans learn from), read but no longer planned or changed."""
    return gathering.ends_at <= (now or timezone.now())


# Where someone stands who is coming: a published plan without their seat means a steward
# still has to seat them (they answered yes or checked in after it was made).
AWAITING_A_SEAT = ("checked_in", "coming")


def seating_published(*, gathering: Gathering) -> bool:
    return SeatingPlan.objects.filter(gathering=gathering, status=PlanStatus.PUBLISHED).exists()


def seated_keys(*, gathering: Gathering) -> list[str]:
    """Everyone who gets a seat, as the solver knows them: the people coming
    (`seated_people`), then the approved substitutes who came (`_substitutes_came`: the
    passes that count against capacity, checked in once the gathering is over)."""
    return [person_key(u.pk) for u in seated_people(gathering=gathering)] + [
        substitute_key(sub.pk) for sub in _substitutes_came(gathering).order_by("name", "pk")
    ]


def plans_for_gathering(*, gathering: Gathering) -> list[SeatingPlan]:
    return list(
        SeatingPlan.objects.filter(gathering=gathering)
        .select_related("agenda_item", "created_by", "gathering__network")
        .order_by("agenda_item__starts_at", "agenda_item_id", "-version")
    )


def session_published(*, plan: SeatingPlan) -> SeatingPlan | None:
    """The published version of `plan`'s session (its agenda item): what members see."""
    return SeatingPlan.objects.filter(
        gathering_id=plan.gathering_id,
        agenda_item_id=plan.agenda_item_id,
        status=PlanStatus.PUBLISHED,
    ).first()


def plan_latest(*, gathering: Gathering, agenda_item: AgendaItem | None) -> SeatingPlan | None:
    return (
        SeatingPlan.objects.filter(gathering=gathering, agenda_item=agenda_item)
        .order_by("-version")
        .first()
    )


def plan_made_from(*, plan: SeatingPlan) -> SeatingPlan | None:
    """The newer version a Refresh or Re-plan made from `plan` (at most one: `made_from` is
    unique). A draft left behind so is not changed any more: changes go on there."""
    return SeatingPlan.objects.filter(made_from=plan).only("pk", "version").first()


def plan_grid(*, plan: SeatingPlan) -> Grid:
    """The plan as the solver's shape: rounds -> tables -> person ids (strings)."""
    return plan_grids(plans=[plan])[plan.pk]


def plan_grids(*, plans: Sequence[SeatingPlan]) -> dict[int, Grid]:
    """The grids of several plans, in one query."""
    grids: dict[int, Grid] = {
        plan.pk: [[[] for _size in plan.table_sizes] for _round in range(plan.rounds)]
        for plan in plans
    }
    for plan_id, round_, table, user_id, substitution_id in Seat.objects.filter(
        plan__in=list(grids)
    ).values_list("plan_id", "round", "table", "user_id", "substitution_id"):
        grids[plan_id][round_][table].append(_seat_key(user_id, substitution_id))
    return grids


@dataclass(frozen=True)
class PlanChanges:
    """Who changed since a plan was made, key -> name by name: newcomers without a seat (a
    late "yes", a check-in, a substitute approved) and people seated no longer coming."""

    unseated: dict[str, str]
    no_longer_coming: dict[str, str]

    @property
    def added(self) -> int:
        return len(self.unseated)

    @property
    def dropped(self) -> int:
        return len(self.no_longer_coming)

    @property
    def added_names(self) -> str:
        return ", ".join(self.unseated.values())

    @property
    def dropped_names(self) -> str:
        return ", ".join(self.no_longer_coming.values())

    def __bool__(self) -> bool:
        return bool(self.unseated or self.no_longer_coming)


def plan_changes(*, plan: SeatingPlan, grid: Grid) -> PlanChanges:
    coming = seated_keys(gathering=plan.gathering)
    seated = {p for tables in grid for table in tables for p in table}
    gone = seated - set(coming)
    names = names_by_key(
        keys=gone | {p for p in coming if p not in seated}, gathering=plan.gathering
    )
    return PlanChanges(
        unseated={p: names[p] for p in coming if p not in seated},
        no_longer_coming=dict(
            sorted(((p, names[p]) for p in gone), key=lambda kv: fold_case_and_accents(kv[1]))
        ),
    )


def still_coming(grid: Grid, coming: set[str]) -> Grid:
    """`grid` with only the people in `coming`: the plan as the rules are checked on it
    (someone who cancelled is no adult at a young person's table and meets nobody)."""
    return [[[p for p in table if p in coming] for table in tables] for tables in grid]


def plan_locked(*, plan: SeatingPlan) -> set[tuple[int, int]]:
    return set(LockedTable.objects.filter(plan=plan).values_list("round", "table"))


def people_by_key(*, keys: Iterable[str]) -> dict[str, User]:
    """The accounts of `keys` (substitutes have none: see `names_by_key`)."""
    return {person_key(u.pk): u for u in User.objects.filter(pk__in=user_ids(keys))}


def guests_by_key(*, gathering: Gathering, keys: Iterable[str]) -> dict[str, YouthGuestAtDoor]:
    """The youth guests among `keys` as the gathering's door list names them
    (`gatherings.selectors.youth_guests_at_door`: first name and initials, their cohort and
    its stewards), by key."""
    return {
        person_key(pk): guest
        for pk, guest in youth_guests_at_door(gathering=gathering, user_ids=user_ids(keys)).items()
    }


def names_by_key(
    *,
    keys: Iterable[str],
    gathering: Gathering | None,
    guests: Mapping[str, YouthGuestAtDoor] | None = None,
) -> dict[str, str]:
    """The name of everyone in `keys`: a person's full name, a substitute's name (never
    their email: stewards see it on the gathering's pages, the seating shows names only),
    and a youth guest of `gathering` as its door list names them, first name and initials
    (`guests_by_key`, or `guests` when the caller has them): the board, the list by name and
    the steward's messages never carry a guest's family name. `gathering` None: full names,
    for a caller that names every young person itself (`rules_broken`, by first name)."""
    keys = list(keys)
    if guests is None:
        guests = {} if gathering is None else guests_by_key(gathering=gathering, keys=keys)
    names = {
        key: guests[key].name if key in guests else user.full_name
        for key, user in people_by_key(keys=keys).items()
    }
    for pk, name in Substitution.objects.filter(pk__in=substitution_ids(keys)).values_list(
        "pk", "name"
    ):
        names[substitute_key(pk)] = name
    return names


def seating_history(
    *, gathering: Gathering, agenda_item: AgendaItem | None, people: Sequence[str]
) -> dict[Pair, int]:
    """How often each pair of `people` already shared a table, as the solver avoids it:
    the seats (every round) of published plans of earlier gatherings, and of this
    gathering's other sessions, before or after this one (who sat together at dinner
    should not meet again in the small groups). A seat of someone who did not come to that
    plan's gathering (`_came`: a cancellation, a "yes" who never came once it is over) met
    nobody."""
    return _histories(gathering=gathering, agenda_item=agenda_item, people=people)[0]


def _before(
    agenda_item: AgendaItem | None, item_id: int | None, item_start: datetime | None
) -> bool:
    """Whether a plan of this gathering seating `item_id` (None: the gathering as a whole)
    comes before the session `agenda_item`, by the agenda's order (time, then id). A plan
    of the whole gathering comes first; nothing of this gathering comes before it."""
    if agenda_item is None:
        return False
    if item_id is None or item_start is None:
        return True
    return (item_start, item_id) < (agenda_item.starts_at, agenda_item.pk)


def _histories(
    *, gathering: Gathering, agenda_item: AgendaItem | None, people: Sequence[str]
) -> tuple[dict[Pair, int], dict[Pair, int]]:
    """(`seating_history`, the same counted only from before this session): earlier
    gatherings, and this gathering's sessions earlier on its agenda (`_before`). The
    second is what a steward reads as "sat together again", so a pair who sit together at
    dinner and in the small groups are counted once, by the later session, whichever was
    published first. One query for both."""
    earlier = Q(plan__gathering__starts_at__lt=gathering.starts_at)
    this_gathering = Q(plan__gathering=gathering) & ~Q(plan__agenda_item=agenda_item)
    if agenda_item is None:
        this_gathering = Q(plan__gathering=gathering, plan__agenda_item__isnull=False)
    tables: dict[tuple[int, int, int], list[str]] = defaultdict(list)
    before_plans: set[int] = set()
    for plan_id, round_, table, user_id, substitution_id, plan_gathering, item_id, start in (
        Seat.objects.filter(network=gathering.network, plan__status=PlanStatus.PUBLISHED)
        .filter(Q(user_id__in=user_ids(people)) | Q(substitution_id__in=substitution_ids(people)))
        .filter(earlier | this_gathering)
        .filter(_came_to_the_plans_gathering())
        .values_list(
            "plan_id",
            "round",
            "table",
            "user_id",
            "substitution_id",
            "plan__gathering_id",
            "plan__agenda_item_id",
            "plan__agenda_item__starts_at",
        )
    ):
        tables[(plan_id, round_, table)].append(_seat_key(user_id, substitution_id))
        if plan_gathering != gathering.pk or _before(agenda_item, item_id, start):
            before_plans.add(plan_id)
    met: Counter[Pair] = Counter()
    met_before: Counter[Pair] = Counter()
    for (plan_id, _round, _table), seated in tables.items():
        pairs = [frozenset(pair) for pair in combinations(sorted(seated), 2)]
        met.update(pairs)
        if plan_id in before_plans:
            met_before.update(pairs)
    return dict(met), dict(met_before)


def _came_to_the_plans_gathering() -> Q:
    """Seats of who came to their plan's gathering: people as `_came` says (the same
    definition as the seating of that gathering, read per row), and substitutes as
    `_substitutes_came` says."""
    gathering = OuterRef("plan__gathering")
    return _came(gathering, "user_id") | Q(
        substitution__in=_substitutes_came(gathering).values("pk")
    )


def commitment_ties(*, network: Network, people: Sequence[str]) -> set[Pair]:
    """Pairs already tied in the help graph: one committed help to the other's project."""
    ids = user_ids(people)
    rows = Commitment.objects.filter(
        COUNTED,
        network=network,
        committer_id__in=ids,
        proposal__proposer_id__in=ids,
    ).values_list("committer_id", "proposal__proposer_id")
    return {frozenset((person_key(a), person_key(b))) for a, b in rows if a != b}


def pair_was_removed(*, network: Network, pair_id: int) -> bool:
    """Whether `network`'s audit log records the removal of rule `pair_id` (a second Remove
    of the same rule): asked of this network only, so another network's rule stays
    unknown."""
    return AuditEvent.objects.filter(
        network_id=network.pk,
        action="seating.pair_removed",
        target_type=SeatingPair._meta.label_lower,
        target_id=str(pair_id),
    ).exists()


def _youth_guests(network: Network) -> Q:
    """Memberships of the network's youth guests: admitted youth members of a youth cohort
    under it (networks/guests.py)."""
    return Q(
        role=Role.YOUTH_MEMBER,
        network__kind=NetworkKind.YOUTH,
        network__parent=network,
        status__in=ADMITTED_STATUSES,
    )


def _youth_guests_coming(network: Network) -> Q:
    """Of the network's youth guests (`_youth_guests`), those who said yes (coming or on the
    waitlist) to one of its gatherings still to end where youth take part: the only ones a
    seating plan of the network can seat, so the only ones a rule of its can be about."""
    return _youth_guests(network) & Q(
        user__in=Rsvp.objects.filter(
            network=network,
            gathering__youth_take_part=True,
            gathering__ends_at__gte=timezone.now(),
            status__in=(RsvpStatus.CONFIRMED, RsvpStatus.WAITLISTED),
        ).values("user_id")
    )


def rule_people(*, network: Network, coming_only: bool = False) -> QuerySet[User]:
    """Who a keep-apart or keep-together rule may name: the network's admitted members and
    its youth guests, whom its gatherings seat too. A steward may need to keep a young guest
    apart from a named adult: safeguarding is one reason the rule exists. Crossing networks
    on purpose, to the cohorts' rows, as `youth_guests_among` does.

    `coming_only`, for the form's list: of the youth guests only those coming to one of the
    network's gatherings (`_youth_guests_coming`), whom its plans seat. The form listed every
    student of every cohort under the network, by full name, to every steward of the host,
    who needs only the ones their plans seat (safeguards.md: an adult learns no more of a
    minor than the task needs; the cohort's own stewards hold its roster)."""
    guests = _youth_guests_coming(network) if coming_only else _youth_guests(network)
    with scopes_disabled():
        admitted = Membership.objects.filter(
            Q(network=network, status__in=ADMITTED_STATUSES) | guests
        ).values("user_id")
    return User.objects.filter(pk__in=admitted).order_by("full_name", "pk")


def rule_guests(*, network: Network) -> dict[int, str]:
    """The network's youth guests who are not its members, by user id with the name of
    their cohort: the rules page and form tag them, so a steward knows a rule names a young
    person of a cohort, and name them by first name only (`minor_name`)."""
    with scopes_disabled():
        return dict(
            Membership.objects.filter(_youth_guests(network))
            .exclude(user__in=Membership.objects.filter(network=network).values("user_id"))
            .order_by("network_id")
            .values_list("user_id", "network__name")
        )


@dataclass(frozen=True)
class StudentRule:
    """A host network's rule that names one of a youth cohort's students, as the cohort's
    stewards read it: the student, the kind, the other person by name (a young person by
    first name only, unless a student of the cohort too), the host network, who set it and
    when. Never the reason: the host stewards' own words, which may concern the other
    person."""

    student: str
    kind: str
    other: str
    host: str
    set_by: str
    set_at: datetime
    # For the audit of the read (`services.student_rules_read_record`), never shown: the
    # rule, the student, and the other person when a minor (another student or a young
    # member).
    pair_id: int = 0
    student_id: int = 0
    other_minor_id: int | None = None


def student_rules(*, cohort: Network) -> list[StudentRule]:
    """The keep-apart and keep-together rules of `cohort`'s host network (its parent, whose
    gatherings seat the cohort's youth members as guests) that name a student admitted to
    the cohort: the cohort's stewards are responsible for them there (safeguards.md,
    minors). Crossing to the host's rows on purpose, as `youth_guests_among` does, and
    reading only those rules: nothing else of the host network."""
    host = cohort.parent
    if cohort.kind != NetworkKind.YOUTH or host is None:
        return []
    with scopes_disabled():
        students = set(
            Membership.objects.filter(
                network=cohort, role=Role.YOUTH_MEMBER, status__in=ADMITTED_STATUSES
            ).values_list("user_id", flat=True)
        )
        pairs = list(
            SeatingPair.objects.filter(network=host)
            .filter(Q(first_id__in=students) | Q(second_id__in=students))
            .select_related("first", "second", "created_by")
            .order_by("created_at", "pk")
        )
        others = [p.second if p.first_id in students else p.first for p in pairs]
        minors = _minors_among(host, [u for u in others if u.pk not in students])
    rows = []
    for pair in pairs:
        for student, other in ((pair.first, pair.second), (pair.second, pair.first)):
            if student.pk not in students:
                continue
            rows.append(
                StudentRule(
                    student=student.full_name,
                    kind=pair.get_kind_display(),
                    other=minor_name(other.full_name) if other.pk in minors else other.full_name,
                    host=host.name,
                    set_by=pair.created_by.full_name if pair.created_by else "",
                    set_at=pair.created_at,
                    pair_id=pair.pk,
                    student_id=student.pk,
                    other_minor_id=(
                        other.pk if other.pk in minors or other.pk in students else None
                    ),
                )
            )
    return sorted(rows, key=lambda row: (fold_case_and_accents(row.student), row.set_at))


def seating_pairs(*, network: Network) -> list[SeatingPair]:
    return list(
        SeatingPair.objects.filter(network=network).select_related("first", "second", "created_by")
    )


def solver_inputs(
    *, gathering: Gathering, agenda_item: AgendaItem | None, people: Sequence[str]
) -> SolverInputs:
    """The solver's view of `people`: history, hard rules among them, the attributes the
    plan mixes (sector, region, generation, organization), who is a minor, who is tied."""
    network = gathering.network
    ids = set(user_ids(people))
    met, met_before = _histories(gathering=gathering, agenda_item=agenda_item, people=people)
    inputs = SolverInputs(
        met=met,
        met_before=met_before,
        tied=commitment_ties(network=network, people=people),
    )
    for first_id, second_id, kind in SeatingPair.objects.filter(
        network=network, first_id__in=ids, second_id__in=ids
    ).values_list("first_id", "second_id", "kind"):
        rule = inputs.keep_apart if kind == PairKind.APART else inputs.keep_together
        rule.append(frozenset((person_key(first_id), person_key(second_id))))
    memberships = {
        m.user_id: m
        for m in Membership.objects.filter(network=network, user_id__in=ids).select_related(
            "sector"
        )
    }
    youth_guests = youth_guests_among(network=network, ids=ids)
    for user in User.objects.filter(pk__in=ids):
        key = person_key(user.pk)
        membership = memberships.get(user.pk)
        values = {
            "sector": membership.sector.name if membership and membership.sector else "",
            "organization": str(membership.organization_id or "") if membership else "",
            "region": user.region,
            "generation": user.age_band,
        }
        # An unknown value is left out rather than sent as "": two blanks are not a match.
        inputs.attributes[key] = {name: value for name, value in values.items() if value}
        if _seated_as_minor(user, membership, youth_guests):
            inputs.minors.add(key)
    # A substitute (no account, no membership): nothing known to mix by; an adult, whom the
    # steward approved by name for this gathering.
    for key in people:
        if is_substitute(key):
            inputs.attributes[key] = {}
    return inputs


def _seated_as_minor(user: User, membership: Membership | None, youth_guests: set[int]) -> bool:
    """A minor by age band, a youth member of this network, or one of its youth guests."""
    return (
        user.age_band in MINOR_AGE_BANDS
        or (membership is not None and membership.role == Role.YOUTH_MEMBER)
        or user.pk in youth_guests
    )


def person_key(pk: int) -> str:
    """A person as the solver knows them: "p" and the account's id, so a person in the
    solver's messages is told apart from a table or round number."""
    return f"p{pk}"


def person_pk(key: str) -> int:
    return int(key[1:])


def substitute_key(pk: int) -> str:
    """An approved substitute as the solver knows them: "s" and the substitution's id."""
    return f"s{pk}"


def is_substitute(key: str) -> bool:
    return key.startswith("s")


def _seat_key(user_id: int | None, substitution_id: int | None) -> str:
    return person_key(user_id) if user_id is not None else substitute_key(substitution_id or 0)


def _ids(keys: Iterable[str], prefix: str) -> list[int]:
    return [int(k[1:]) for k in keys if k[:1] == prefix and k[1:].isdigit()]


def user_ids(keys: Iterable[str]) -> list[int]:
    return _ids(keys, "p")


def substitution_ids(keys: Iterable[str]) -> list[int]:
    return _ids(keys, "s")


def seat_fields(key: str) -> dict[str, int]:
    """The `Seat` field that holds `key` (a person's or a substitute's), with its id."""
    return {"user_id" if key[0] == "p" else "substitution_id": int(key[1:])}


def seat_filter(key: str) -> Q:
    """The seats of `key`; a key of neither kind (junk from a form) finds none."""
    if key[:1] in ("p", "s") and key[1:].isdigit():
        return Q(**seat_fields(key))
    return Q(pk__in=[])


def describe_violations(*, cost: PlanCost, names: Mapping[str, str]) -> list[str]:
    """The hard rules a plan breaks, one line each, in words, naming people by name."""
    return [violation_text(line, names) for line in cost.violations]


def rules_broken(
    *,
    cost: PlanCost,
    grid: Grid,
    inputs: SolverInputs,
    locks: Iterable[tuple[int, int]] = (),
) -> list[BrokenRule]:
    """The hard rules `cost` (of `grid`) breaks, each in words with its people and tables
    and the locked tables among them (`messages.broken_rules`). A young person is named by
    first name only (`minor_name`), as on the cards: the refusal to publish is read by
    whoever stands at the steward's screen, and the table number finds them on the board."""
    keys = {p for tables in grid for table in tables for p in table}
    names = {
        key: minor_name(name) if key in inputs.minors else name
        for key, name in names_by_key(keys=keys, gathering=None).items()
    }
    return broken_rules(
        cost.violations, grid=grid, names=names, minors=inputs.minors, locks=set(locks)
    )


# The attributes the board counts contacts across (organization is mixed too, but a new
# contact from another organization is nearly every contact: not worth a figure).
ACROSS = ("sector", "region", "generation")


@dataclass
class PlanState:
    """A plan as it stands now: its grid, what the solver is told about its people today
    (rules and history may have changed since it was made), its cost, and the figures the
    steward reads: the pairs who sit together again (by key), the new contacts (pairs who
    never sat together before) and how many of those cross each of `ACROSS`, "before"
    meaning before this session (`inputs.met_before`), so a pair is counted by one session
    only. Ideology is never among them (the inputs carry none)."""

    grid: Grid
    inputs: SolverInputs
    cost: PlanCost
    repeated: list[Pair]
    new_contacts: int
    across: dict[str, int]
    # `grid` with only the people still coming: what `cost` scored.
    scored: Grid


def plans_evaluated(
    *, plans: Sequence[SeatingPlan], coming: Sequence[str] | None = None
) -> dict[int, PlanState]:
    """Every plan's state, as both the plans list and the plan page show it (one reading,
    so their figures agree): grids in one query, the solver's inputs once per session.
    `coming`: the `seated_keys` of the plans' one gathering, when the caller has them."""
    grids = plan_grids(plans=plans)
    sessions: dict[tuple[int, int | None], list[SeatingPlan]] = defaultdict(list)
    for plan in plans:
        sessions[(plan.gathering_id, plan.agenda_item_id)].append(plan)
    states = {}
    still: dict[int, set[str]] = {}
    if coming is not None and plans:
        still[plans[0].gathering_id] = set(coming)
    for session in sessions.values():
        people = sorted(
            {p for plan in session for tables in grids[plan.pk] for t in tables for p in t}
        )
        first = session[0]
        inputs = solver_inputs(
            gathering=first.gathering, agenda_item=first.agenda_item, people=people
        )
        if first.gathering_id not in still:
            still[first.gathering_id] = set(seated_keys(gathering=first.gathering))
        for plan in session:
            states[plan.pk] = _plan_state(plan, grids[plan.pk], inputs, still[first.gathering_id])
    return states


def _plan_state(plan: SeatingPlan, grid: Grid, inputs: SolverInputs, coming: set[str]) -> PlanState:
    """The figures of `grid` scored on the people still coming: someone who cancelled keeps
    no adult at a minor's table and meets nobody (the board still shows them, tagged)."""
    scored = [[[p for p in table if p in coming] for table in tables] for tables in grid]
    seated: Counter[Pair] = Counter(
        frozenset(pair)
        for tables in scored
        for table in tables
        for pair in combinations(sorted(table), 2)
    )
    group = together_groups(inputs.keep_together)
    repeated = sorted(
        (
            pair
            for pair, times in seated.items()
            # Pairs kept together (directly or through others) sit together on purpose.
            if times + inputs.met_before.get(pair, 0) > 1
            and len({group.get(p, p) for p in pair}) == 2
        ),
        key=sorted,
    )
    new = [pair for pair in seated if not inputs.met_before.get(pair)]
    across = {
        name: sum(1 for pair in new if _differ(inputs.attributes, pair, name)) for name in ACROSS
    }
    return PlanState(
        grid=grid,
        inputs=inputs,
        cost=inputs.among(p for tables in scored for t in tables for p in t).evaluate(
            scored, plan.table_sizes
        ),
        repeated=repeated,
        new_contacts=len(new),
        across=across,
        scored=scored,
    )


def published_plans_against(
    *, network: Network, kind: str, first: User, second: User
) -> list[SeatingPlan]:
    """The published plans of `network`'s gatherings not over yet that seat `first` and
    `second` against a rule of `kind` between them (apart at one table, or together at two),
    counting only who is still coming: a rule saved after publishing does not change them,
    so the steward is told where to refresh."""
    plans = list(
        SeatingPlan.objects.filter(
            network=network,
            status=PlanStatus.PUBLISHED,
            gathering__ends_at__gt=timezone.now(),
            seats__user=first,
        )
        .filter(seats__user=second)
        .distinct()
        .select_related("gathering", "agenda_item")
        .order_by("gathering__starts_at", "agenda_item__starts_at", "pk")
    )
    pair = {person_key(first.pk), person_key(second.pk)}
    apart = kind == PairKind.APART
    states = plans_evaluated(plans=plans)
    return [plan for plan in plans if _seated_against(states[plan.pk].scored, pair, apart=apart)]


def _seated_against(grid: Grid, pair: set[str], *, apart: bool) -> bool:
    """Whether a round seats both of `pair` at one table (`apart`) or at two (together)."""
    for tables in grid:
        where = [t for t, table in enumerate(tables) for p in table if p in pair]
        if len(where) == 2 and (where[0] == where[1]) == apart:
            return True
    return False


def together_groups(pairs: Iterable[Pair]) -> dict[str, str]:
    """Person -> their keep-together group's representative (keep-together is transitive;
    people in no rule are left out)."""
    root: dict[str, str] = {}

    def find(x: str) -> str:
        while root.setdefault(x, x) != x:
            x = root[x]
        return x

    for pair in pairs:
        a, b = sorted(pair)
        root[find(a)] = find(b)
    return {x: find(x) for x in list(root)}


def _differ(attributes: Mapping[str, Mapping[str, str]], pair: Pair, name: str) -> bool:
    a, b = (attributes.get(p, {}).get(name) for p in sorted(pair))
    return bool(a and b and a != b)


def plan_inputs(*, plan: SeatingPlan, grid: Grid) -> SolverInputs:
    people = sorted({p for tables in grid for table in tables for p in table})
    return solver_inputs(gathering=plan.gathering, agenda_item=plan.agenda_item, people=people)


@dataclass
class MemberRound:
    round: int
    table: int
    mates: list[str]


@dataclass
class MemberPlan:
    plan: SeatingPlan
    rounds: list[MemberRound]


def member_tables(*, gathering: Gathering, user: User) -> list[MemberPlan]:
    """The member's seat in each round of each published plan of the gathering, with the
    names (names only) of the others at their table who are still coming, substitutes
    included. Nothing for someone no longer coming (their RSVP turned to no): a cancelled
    seat is not theirs. An adult reads a young person at their table by first name only
    (`minor_name`); a young person reads everyone's full name."""
    if not is_coming(gathering=gathering, user=user):
        return []
    tables = _tables_of(gathering, Q(user=user), viewer=user)
    if not any(mp.rounds for mp in tables):
        return []  # no seat anywhere: their page says why (`standing`)
    # A published session without their seat (a late "yes" seated at dinner, the small
    # groups published before) stays listed without a table, so the page says a steward
    # will seat them there, where it listed the dinner alone.
    return tables


def substitute_tables(*, substitution: Substitution) -> list[MemberPlan]:
    """An approved substitute's seats, as `member_tables` gives a member's. The substitute
    has no account and reads them through the pass link, which can be forwarded, so a
    minor at their table is named by first name only."""
    if substitution.status != DecisionStatus.APPROVED:
        return []
    tables = _tables_of(substitution.gathering, Q(substitution=substitution), viewer=None)
    return [mp for mp in tables if mp.rounds]


def _tables_of(gathering: Gathering, own: Q, *, viewer: User | None) -> list[MemberPlan]:
    """Every published plan of the gathering, in agenda order, with the rounds where `own`
    has a seat (none: that session has no seat for them) and the names at their table.
    A young person there is named by first name only unless `viewer` is one too (a
    substitute, `viewer` None, is an adult known by name only)."""
    plans = list(
        SeatingPlan.objects.filter(gathering=gathering, status=PlanStatus.PUBLISHED)
        .select_related("agenda_item")
        .order_by("agenda_item__starts_at", "pk")
    )
    mine = {
        (s.plan_id, s.round): s.table
        for s in Seat.objects.filter(own, plan__in=plans).only("plan", "round", "table")
    }
    seats = list(
        Seat.objects.filter(
            # Substitutes whose pass stands: not one withdrawn, nor one of a removed member.
            _coming(gathering, "user_id")
            | Q(substitution__in=_substitutes_came(gathering).values("pk")),
            plan__in=[plan_id for plan_id, _round in mine],
        )
        .exclude(own)
        .select_related("user", "substitution")
    )
    seats = [s for s in seats if mine.get((s.plan_id, s.round)) == s.table]
    users = [s.user for s in seats if s.user is not None]
    minors = _minors_among(gathering.network, [*users, viewer] if viewer else users)
    if viewer is not None and viewer.pk in minors:
        minors = set()  # a young person reads everyone in full
    mates: dict[tuple[int, int, int], list[str]] = defaultdict(list)
    for seat in seats:
        if seat.substitution is not None:
            name = seat.substitution.name
        elif seat.user_id in minors:
            name = minor_name(seat.user.full_name)
        else:
            name = seat.user.full_name
        mates[(seat.plan_id, seat.round, seat.table)].append(name)
    for names in mates.values():
        names.sort(key=fold_case_and_accents)
    return [
        MemberPlan(
            plan=plan,
            rounds=[
                MemberRound(round=r, table=t, mates=mates[(plan.pk, r, t)])
                for (plan_id, r), t in sorted(mine.items())
                if plan_id == plan.pk
            ],
        )
        for plan in plans
    ]


def _minors_among(network: Network, users: Sequence[User]) -> set[int]:
    """The ids of `users` seated as minors at `network`'s gatherings (`_seated_as_minor`)."""
    ids = {u.pk for u in users}
    memberships = {
        m.user_id: m for m in Membership.objects.filter(network=network, user_id__in=ids)
    }
    youth_guests = youth_guests_among(network=network, ids=ids)
    return {u.pk for u in users if _seated_as_minor(u, memberships.get(u.pk), youth_guests)}
