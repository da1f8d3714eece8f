"""A deterministic demo network: the same seed gives the same people, organizations, roles,
self-descriptions and attendance. Dates are laid out backwards from an anchor day (today by
default) so "active in the last 12 months" means something on the day you run it.

Writes go through the apps' bulk services, so the generator scales to 10,000+ members.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TypeVar
from zoneinfo import ZoneInfo

from django.apps import apps
from django.db import transaction
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.demo import names
from collaboratory.demo.creditclub import seed_creditclub
from collaboratory.demo.followthrough import seed_followthrough, seed_local_partnerships
from collaboratory.demo.gatherings import demo_gatherings
from collaboratory.demo.live import seed_live_room
from collaboratory.demo.local_history import seed_local_history
from collaboratory.demo.membership import demo_membership
from collaboratory.demo.seating import seed_seating
from collaboratory.demo.youth import seed_youth_board, seed_youth_guests, seed_youth_history
from collaboratory.gatherings.models import Attendance, Gathering, GatheringFormat, GatheringPart
from collaboratory.gatherings.services import attendance_bulk_record, gathering_create
from collaboratory.insights.services import sensitive_snapshot_take
from collaboratory.matching.services import vectors_sweep
from collaboratory.networks.activity import activity_status
from collaboratory.networks.adulthood import birthday_in
from collaboratory.networks.models import (
    Delivery,
    MailKind,
    Membership,
    MembershipStatus,
    Network,
    NetworkKind,
    Organization,
    Role,
    Sector,
)
from collaboratory.networks.scoping import date_in
from collaboratory.networks.services import (
    memberships_bulk_create,
    network_create,
    notification_preferences_set,
    organizations_bulk_create,
)
from collaboratory.people.models import (
    AgeBand,
    Ideology,
    PrivateSelfDescription,
    RaceEthnicity,
    User,
)
from collaboratory.people.services import (
    NewUser,
    self_descriptions_bulk_create,
    user_create,
    users_bulk_create,
)

DEMO_PASSWORD = "collaborate-together"  # noqa: S105  (printed on purpose for the demo)
STEWARD_EMAIL = "steward@example.org"
MEMBER_EMAIL = "member@example.org"
YOUTH_EMAIL = "youth@example.org"
ADMIN_EMAIL = "admin@example.org"
NATIONAL_SLUG = "national"
DEMO_LOGINS = (
    ("steward", STEWARD_EMAIL),
    ("member", MEMBER_EMAIL),
    ("youth member", YOUTH_EMAIL),
    ("platform admin", ADMIN_EMAIL),
)
# The steps generate_demo reports to its progress callback, in order.
PHASES = (
    "networks",
    "organizations",
    "people",
    "gatherings",
    "attendance",
    "memberships",
    "self-descriptions",
    "youth cohort",
    "youth program",
    "membership",
    "local networks",
    "local history",
    "local partnerships",
    "rotating credit club",
    "gathering RSVPs",
    "follow-through",
    "live room",
    "youth guests",
    "text vectors",
    "seating plans",
    "training",
    "email choices",
    "insights snapshots",
)
YOUTH_SLUG = "youth"

LOCAL_PARTNERSHIPS_SEED = 15
LOCALS = (
    ("seattle", "Seattle Civic Collaboratory", "America/Los_Angeles", "Pacific Northwest"),
    ("tulsa", "Tulsa Civic Collaboratory", "America/Chicago", "Plains"),
    ("lowell", "Lowell Civic Collaboratory", "America/New_York", "New England"),
)
# The newest local network, launched by the fourth organization of the training demo's past
# cohort. Kept apart from LOCALS: too new for partnerships, and its members draw from their
# own random stream, so every other part of the demo stays as it was.
NEWEST_LOCAL = ("columbus", "Columbus Civic Collaboratory", "America/New_York", "Midwest")
# When the members of a local network joined, in days before the anchor: the older ones'
# before the oldest gathering of their history (demo/local_history.py, three seasons back);
# the newest's as it always was.
LOCAL_JOINED_DAYS_AGO = 300
NEWEST_JOINED_DAYS_AGO = 200

ADULT_AGE_BANDS = (
    (AgeBand.AGE_18_29, 15),
    (AgeBand.AGE_30_44, 35),
    (AgeBand.AGE_45_64, 38),
    (AgeBand.AGE_65_UP, 12),
)
# How often a member turns up: a core that almost always comes, regulars, and drifters.
ENGAGEMENT = ((0.75, 40), (0.35, 35), (0.06, 25))
SELF_DESCRIPTION_CONSENT_RATE = 0.65
# Members' sectors (default names): civic leaders are mostly from nonprofits, faith and
# government. Uneven on purpose, as real rosters are: with every sector equally likely the
# local networks' national breakdown had no group as large as the smallest cell shown.
SECTOR_SHARES = {
    "Nonprofit": 30,
    "Faith": 14,
    "Government": 14,
    "Business": 12,
    "Education": 12,
    "Philanthropy": 8,
    "Labor": 5,
    "Media and arts": 5,
}


T = TypeVar("T")


@dataclass
class DemoSummary:
    networks: list[str] = field(default_factory=list)
    adults: int = 0
    youth: int = 0
    gatherings: int = 0
    attendance_rows: int = 0
    proposals: int = 0
    commitments: int = 0
    snapshots: int = 0
    vectors: int = 0
    seating_plans: int = 0


@dataclass
class _Person:
    user_id: int
    age_band: str
    city: str
    region: str
    engagement: float
    joined: date


def _weighted(rng: random.Random, pairs: tuple[tuple[T, int], ...]) -> T:
    values, weights = zip(*pairs, strict=True)
    return rng.choices(values, weights=weights, k=1)[0]


def _unique_names(rng: random.Random, count: int) -> Iterator[str]:
    seen: set[str] = set()
    while len(seen) < count:
        name = f"{rng.choice(names.FIRST_NAMES)} {rng.choice(names.LAST_NAMES)}"
        if name in seen:
            name = f"{name} {rng.choice('ABCDEFGHJKLMNPRSTW')}."
        if name not in seen:
            seen.add(name)
            yield name


def _email_for(full_name: str, index: int) -> str:
    local = full_name.lower().replace(" ", ".").replace("..", ".").rstrip(".")
    return f"{local}.{index}@members.example.org"


def _on_day(day: date, at: time, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, at, tzinfo=zone)


def _next_weekday(day: date, weekday: int) -> date:
    return day + timedelta(days=(weekday - day.weekday()) % 7)


def generate_demo(
    *,
    members: int = 120,
    youth: int = 20,
    seed: int = 2011,
    anchor: date | None = None,
    progress: Callable[[str], None] | None = None,
) -> DemoSummary:
    """Build the national network, its youth cohort and local networks, with history."""
    if members < 10:
        raise ValueError("The demo needs at least 10 adult members.")
    rng = random.Random(seed)
    say = progress or (lambda _msg: None)
    summary = DemoSummary()

    with scopes_disabled(), transaction.atomic():
        say("networks")
        national = network_create(
            slug=NATIONAL_SLUG,
            name="National Civic Collaboratory",
            kind=NetworkKind.NATIONAL,
            tagline="Civic leaders across every divide, making and keeping commitments since 2011.",
            time_zone="America/New_York",
        )
        # Today in the demo's calendar (every demo network keeps New York's), not UTC's.
        anchor = anchor or date_in(national, timezone.now())
        youth_net = network_create(
            slug=YOUTH_SLUG,
            name="Youth Collaboratory",
            kind=NetworkKind.YOUTH,
            parent=national,
            tagline="High-school sophomores and juniors building their Power Projects.",
            time_zone="America/New_York",
        )
        local_nets = [
            network_create(
                slug=slug, name=name, kind=NetworkKind.LOCAL, parent=national, time_zone=tz
            )
            for slug, name, tz, _region in (*LOCALS, NEWEST_LOCAL)
        ]
        summary.networks = [n.slug for n in (national, youth_net, *local_nets)]

        say("organizations")
        org_count = max(24, members // 4)
        org_names: dict[str, str] = {}
        while len(org_names) < org_count:
            city, _region = rng.choice(names.CITIES)
            name = (
                f"{rng.choice(names.ORG_QUALIFIERS)}{city} {rng.choice(names.ORGANIZATION_STEMS)}"
            )
            if name in org_names:  # large networks exhaust the combinations: number them
                name = f"{name} {len(org_names)}"
            org_names[name] = city
        organizations = organizations_bulk_create(
            network=national,
            rows=[Organization(network=national, name=n, city=c) for n, c in org_names.items()],
        )
        sectors = list(Sector.objects.filter(network=national))

        say("people")
        adult_names = list(_unique_names(rng, members + 1))
        people_rows: list[NewUser] = []
        for index, full_name in enumerate(adult_names):
            city, region = rng.choice(names.CITIES)
            email = _email_for(full_name, index)
            if index == 0:
                email = STEWARD_EMAIL
            elif index == 1:
                email = MEMBER_EMAIL
            people_rows.append(
                NewUser(
                    email=email,
                    full_name=full_name,
                    age_band=str(_weighted(rng, ADULT_AGE_BANDS)),
                    city=city,
                    region=region,
                )
            )
        # The last name drawn is the platform admin, who belongs to no network.
        admin_row = people_rows.pop()
        users = users_bulk_create(rows=people_rows, password=DEMO_PASSWORD)
        user_create(
            email=ADMIN_EMAIL,
            full_name=admin_row.full_name,
            password=DEMO_PASSWORD,
            is_platform_admin=True,
        )
        people = [
            _Person(
                user_id=u.pk,
                age_band=u.age_band,
                city=u.city,
                region=u.region,
                engagement=_weighted(rng, ENGAGEMENT),
                joined=anchor - timedelta(days=rng.randint(60, 365 * 6)),
            )
            for u in users
        ]
        people[0].engagement = people[1].engagement = 0.95
        summary.adults = len(users)

        say("gatherings")
        gatherings = _national_gatherings(rng, national, organizations, anchor)
        summary.gatherings = len(gatherings)

        say("attendance")
        parts = list(GatheringPart.objects.filter(gathering__in=[g for g, _ in gatherings]))
        parts_by_gathering: dict[int, list[GatheringPart]] = {}
        for part in parts:
            parts_by_gathering.setdefault(part.gathering_id, []).append(part)
        ledger: list[tuple[int, int]] = []
        attendees: dict[int, set[int]] = {}
        last_attended: dict[int, date] = {}
        for gathering, held_on in gatherings:
            if held_on >= anchor:
                continue
            gathering_parts = parts_by_gathering[gathering.pk]
            for person in people:
                if person.joined > held_on or rng.random() >= person.engagement:
                    continue
                # Members attend both parts; a few make only the Friday meeting.
                attended = gathering_parts
                if len(gathering_parts) > 1 and rng.random() < 0.05:
                    attended = gathering_parts[-1:]
                ledger.extend((part.pk, person.user_id) for part in attended)
                attendees.setdefault(gathering.pk, set()).add(person.user_id)
                last_attended[person.user_id] = max(
                    held_on, last_attended.get(person.user_id, held_on)
                )
        attendance_bulk_record(network=national, entries=ledger, source=Attendance.Source.HISTORY)
        summary.attendance_rows = len(ledger)

        say("memberships")
        # Each member works for an organization of their own region (a Seattle member of a
        # Tulsa food bank read false), in turn, so every organization has members.
        by_region: dict[str, list[Organization]] = {}
        for organization in organizations:
            by_region.setdefault(names.REGION_OF_CITY[organization.city], []).append(organization)
        roles = {0: Role.STEWARD, 2: Role.STEWARD, 3: Role.FACILITATOR, 4: Role.HOST, 5: Role.HOST}
        memberships = []
        # Sectors from their own stream; the uniform draw they replaced is still made, so
        # every later part of the demo draws what it drew before.
        sector_rng = random.Random(f"sectors-{seed}")
        sector_weights = [SECTOR_SHARES.get(s.name, 5) for s in sectors]
        for index, person in enumerate(people):
            rng.randrange(len(sectors))
            sector = sector_rng.choices(sectors, weights=sector_weights, k=1)[0]
            memberships.append(
                Membership(
                    network=national,
                    user_id=person.user_id,
                    role=roles.get(index, Role.MEMBER),
                    status=activity_status(
                        last_attended=last_attended.get(person.user_id),
                        joined=person.joined,
                        today=anchor,
                    ),
                    organization=_organization_near(by_region, organizations, person, index),
                    sector=sector,
                    title=rng.choice(names.TITLES),
                    joined_at=_on_day(person.joined, time(12), ZoneInfo("UTC")),
                )
            )
        memberships[0].status = memberships[2].status = MembershipStatus.ACTIVE
        memberships_bulk_create(network=national, rows=memberships)

        say("self-descriptions")
        descriptions = []
        for user in users:
            if rng.random() >= SELF_DESCRIPTION_CONSENT_RATE:
                continue
            races = rng.sample(list(RaceEthnicity.values), k=1 if rng.random() < 0.85 else 2)
            descriptions.append(
                PrivateSelfDescription(
                    user=user,
                    race_ethnicity=sorted(races),
                    ideology=rng.choice(list(Ideology.values)),
                )
            )
        self_descriptions_bulk_create(rows=descriptions)

        say("youth cohort")
        summary.youth = _youth_cohort(rng, youth_net, youth, users[0].pk, anchor)
        say("youth program")
        # The youth app sits beside demo in the top layer (siblings never import each other):
        # its part is reached through its AppConfig. Its own random stream, so the phases
        # after it draw what they drew before.
        apps.get_app_config("youth").demo_seed(  # type: ignore[attr-defined]
            rng=random.Random(f"youth-{seed}"), network=youth_net, anchor=anchor
        )

        say("membership")
        demo_membership(rng, national, youth_net, [p.user_id for p in people], organizations)

        say("local networks")
        *older, newest = local_nets
        # A member's sector is the same in every network they belong to (their work).
        sector_of = {m.user_id: m.sector.name for m in memberships if m.sector is not None}
        for local, (_slug, _name, _tz, region) in zip(older, LOCALS, strict=True):
            _local_network(
                rng, local, region, people, anchor - timedelta(LOCAL_JOINED_DAYS_AGO), sector_of
            )
        newest_rng = random.Random(f"{NEWEST_LOCAL[0]}-{seed}")
        _local_network(
            newest_rng,
            newest,
            NEWEST_LOCAL[3],
            people,
            anchor - timedelta(NEWEST_JOINED_DAYS_AGO),
            sector_of,
        )
        say("local history")
        # Not the newest: its first gathering is still to come (training's launch, 20 days ago).
        summary.commitments += seed_local_history(
            rng=random.Random(f"local-history-{seed}"), networks=older, anchor=anchor
        )
        say("local partnerships")
        # Its own generator: drawing from `rng` would shift every later part of the demo.
        seed_local_partnerships(
            rng=random.Random(LOCAL_PARTNERSHIPS_SEED), networks=older, anchor=anchor
        )

        say("rotating credit club")
        summary.proposals = seed_creditclub(
            rng=rng,
            network=national,
            gatherings=gatherings,
            attendees=attendees,
            member_user_id=people[1].user_id,
            anchor=anchor,
        )
        say("gathering RSVPs")
        upcoming = demo_gatherings(
            rng=rng,
            network=national,
            users=users,
            steward=users[0],
            anchor=anchor,
            youth=User.objects.get(email=YOUTH_EMAIL),
        )
        say("follow-through")
        summary.commitments += seed_followthrough(
            rng=rng,
            network=national,
            gatherings=gatherings,
            attendees=attendees,
            member_user_id=people[1].user_id,
            anchor=anchor,
        )
        say("live room")
        live_room = seed_live_room(
            rng=rng,
            network=national,
            users=users,
            steward=users[0],
            member_user_id=people[1].user_id,
            anchor=anchor,
        )
        say("youth guests")
        seed_youth_guests(
            network=national,
            gathering=live_room,
            youth_user_id=User.objects.get(email=YOUTH_EMAIL).pk,
            steward=users[0],
            anchor=anchor,
        )
        seed_youth_history(
            national=national,
            youth_network=youth_net,
            steward=users[0],
            youth_user_id=User.objects.get(email=YOUTH_EMAIL).pk,
            anchor=anchor,
        )
        seed_youth_board(
            youth_network=youth_net,
            youth_user_id=User.objects.get(email=YOUTH_EMAIL).pk,
            anchor=anchor,
        )
        # "Who can meet this ask" reads stored vectors: compute them now, as the worker's
        # sweep would (bulk inserts queue no refresh); nothing happens without the model.
        say("text vectors")
        summary.vectors = vectors_sweep()
        # After follow-through: commitments are the ties the plans favour crossing.
        say("seating plans")
        summary.seating_plans = seed_seating(
            rng=rng,
            network=national,
            gatherings=gatherings,
            upcoming=upcoming,
            steward=users[0],
            anchor=anchor,
        )
        # Apps beside the demo in the top layer (convener training) seed through their
        # AppConfig: a sibling in the top layer may not be imported.
        say("training")
        apps.get_app_config("training").demo_seed(  # type: ignore[attr-defined]
            national=national, steward=users[0], anchor=anchor, local_networks=local_nets
        )
        # A few members who chose how they get email (issue 19): the member login takes
        # reminders in the weekly digest; two others turned gathering notices off.
        say("email choices")
        notification_preferences_set(
            user=users[1], choices={MailKind.REMINDERS: Delivery.DIGEST}, via="demo"
        )
        for user in users[2:4]:
            notification_preferences_set(
                user=user, choices={MailKind.GATHERING_NOTICES: Delivery.OFF}, via="demo"
            )
        # Ideology and race are shown only from a released snapshot: take the first one now,
        # as the daily task would, so the dashboards have their tables from the start.
        say("insights snapshots")
        summary.snapshots = sum(
            len(sensitive_snapshot_take(network=network))
            for network in (national, youth_net, *local_nets)
        )

    return summary


def _national_gatherings(
    rng: random.Random,
    network: Network,
    organizations: list[Organization],
    anchor: date,
) -> list[tuple[Gathering, date]]:
    """Eight past quarters (three in person, one virtual a year) and the next one."""
    zone = ZoneInfo(network.time_zone)
    created = []
    cities = [c for c, _r in names.CITIES]
    for quarter in range(8, -1, -1):
        around = anchor - timedelta(days=91 * quarter - 45)
        friday = _next_weekday(around, 4)
        virtual = quarter % 4 == 2
        if virtual:
            parts = [
                (
                    "Virtual gathering",
                    _on_day(friday, time(13), zone),
                    _on_day(friday, time(15, 30), zone),
                )
            ]
            city, host = "", None
        else:
            host = rng.choice(organizations)
            city = host.city or rng.choice(cities)
            thursday = friday - timedelta(days=1)
            parts = [
                (
                    "Welcome reception and dinner",
                    _on_day(thursday, time(18), zone),
                    _on_day(thursday, time(21), zone),
                ),
                ("Meeting", _on_day(friday, time(8), zone), _on_day(friday, time(15), zone)),
            ]
        season = ("Winter", "Spring", "Summer", "Fall")[(friday.month - 1) // 3]
        title = f"{season} {friday.year} Gathering" + (f" in {city}" if city else " (virtual)")
        gathering = gathering_create(
            network=network,
            title=title,
            format=GatheringFormat.VIRTUAL if virtual else GatheringFormat.IN_PERSON,
            parts=parts,
            city=city,
            host_organization=host,
        )
        created.append((gathering, friday))
    return created


def _youth_born_on(index: int, band: str, anchor: date) -> date:
    """A date of birth that fits the age band (14-15 or 16-17 on the anchor day), spread
    over the year without drawing from the demo's random stream. The second youth member
    turns 18 twelve days after the anchor, so the demo shows coming of age; the first is the
    demo's youth login and stays a minor."""
    if index == 1:
        age, days_to_birthday = 17, 12
    else:
        age = (16 if band == AgeBand.AGE_16_17 else 14) + index % 2
        # Not 17 with a birthday inside the month: only the second member turns 18 soon.
        days_to_birthday = 40 + (index * 37) % 300
    next_birthday = anchor + timedelta(days=days_to_birthday)
    return birthday_in(next_birthday.year - age - 1, next_birthday)


def _youth_cohort(
    rng: random.Random, network: Network, count: int, steward_user_id: int, anchor: date
) -> int:
    youth_names = list(_unique_names(random.Random(rng.random()), count))
    rows = []
    for index, full_name in enumerate(youth_names):
        city, region = rng.choice(names.CITIES)
        rows.append(
            NewUser(
                email=YOUTH_EMAIL
                if index == 0
                else _email_for(full_name, index).replace("members.", "youth."),
                full_name=full_name,
                age_band=AgeBand.AGE_16_17
                if rng.random() < 0.55 or index == 1
                else AgeBand.AGE_13_15,
                city=city,
                region=region,
            )
        )
    users = users_bulk_create(rows=rows, password=DEMO_PASSWORD)
    joined = _on_day(anchor - timedelta(days=75), time(12), ZoneInfo("UTC"))
    memberships = [
        Membership(
            network=network,
            user_id=u.pk,
            role=Role.YOUTH_MEMBER,
            status=MembershipStatus.ACTIVE,
            joined_at=joined,
            born_on=_youth_born_on(index, u.age_band, anchor),
        )
        for index, u in enumerate(users)
    ]
    memberships.append(
        Membership(
            network=network,
            user_id=steward_user_id,
            role=Role.STEWARD,
            status=MembershipStatus.ACTIVE,
            joined_at=joined,
        )
    )
    memberships_bulk_create(network=network, rows=memberships)
    return len(users)


def _organization_near(
    by_region: dict[str, list[Organization]],
    organizations: list[Organization],
    person: _Person,
    index: int,
) -> Organization:
    """An organization in the person's region, or any when their region has none."""
    near = by_region.get(person.region) or organizations
    return near[index % len(near)]


def _local_network(
    rng: random.Random,
    network: Network,
    region: str,
    people: list[_Person],
    joined_on: date,
    sector_of: dict[int, str],
) -> None:
    """A local network: a steward and members, mostly national members from its region,
    each in the local network's sector of the same name as their national one, all joined
    on `joined_on`."""
    sectors = {s.name: s for s in Sector.objects.filter(network=network)}
    nearby = [p for p in people[6:] if p.region == region]
    others = [p for p in people[6:] if p.region != region]
    chosen = nearby[:14] + rng.sample(others, k=min(len(others), max(0, 16 - len(nearby[:14]))))
    joined = _on_day(joined_on, time(12), ZoneInfo("UTC"))
    memberships = [
        Membership(
            network=network,
            user_id=p.user_id,
            role=Role.STEWARD if i == 0 else Role.MEMBER,
            status=MembershipStatus.ACTIVE,
            joined_at=joined,
            sector=sectors.get(sector_of.get(p.user_id, "")),
        )
        for i, p in enumerate(chosen)
    ]
    memberships_bulk_create(network=network, rows=memberships)
