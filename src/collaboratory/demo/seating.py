"""Demo seating: published plans for the last in-person gatherings (the history the next plan
learns from), and for the next gathering a published dinner plan and a draft for the small
groups, with one keep-apart and one keep-together rule. Written through the seating services
with a short search, so the demo builds in a few seconds."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from collaboratory.gatherings.models import AgendaItem, AgendaKind, Gathering, GatheringFormat
from collaboratory.networks.models import Network
from collaboratory.people.models import User
from collaboratory.seating.models import PairKind
from collaboratory.seating.selectors import seated_keys, seated_people
from collaboratory.seating.services import plan_generate, plan_publish, seating_pair_add

# Seconds of search per plan: enough for a good plan of 50-90 people, short for the demo.
TIME_LIMIT = 0.4
TABLE_SIZE = 8
HISTORY = 3  # past in-person gatherings with a published plan
# Larger rooms (the benchmark's 10,000-member network) are not seated at tables in the demo.
MAX_PEOPLE = 400


def _tables(people: int) -> list[int]:
    return [TABLE_SIZE] * max(1, -(-people // TABLE_SIZE))


def seed_seating(
    *,
    rng: random.Random,
    network: Network,
    gatherings: list[tuple[Gathering, date]],
    upcoming: Gathering | None,
    steward: User,
    anchor: date,
) -> int:
    """Returns the number of plans written."""
    zone = ZoneInfo(network.time_zone)
    plans = 0
    past = [
        g for g, held_on in gatherings if held_on < anchor and g.format == GatheringFormat.IN_PERSON
    ]
    for gathering in sorted(past, key=lambda g: g.starts_at)[-HISTORY:]:
        coming = len(seated_keys(gathering=gathering))
        if not 2 <= coming <= MAX_PEOPLE:
            continue
        made = gathering.starts_at - timedelta(days=2)
        plan = plan_generate(
            gathering=gathering,
            agenda_item=None,
            rounds=2,
            table_sizes=_tables(coming),
            actor=steward,
            time_limit=TIME_LIMIT,
            seed=rng.randrange(1000),
            now=made,
        )
        plan_publish(plan=plan, actor=steward, now=made + timedelta(hours=1))
        plans += 1
    if upcoming is None:
        return plans
    people = seated_people(gathering=upcoming)  # the rules' pairs are members
    coming = len(seated_keys(gathering=upcoming))  # the seats: substitutes too
    if not 4 <= len(people) <= coming <= MAX_PEOPLE:
        return plans
    # The demo is built on its anchor day, at any hour: the steward made these the afternoon
    # before, as the live room and the youth guests are stamped at the day's first minutes.
    # Noon of the anchor day read as made in the future all morning.
    now = datetime.combine(anchor - timedelta(days=1), time(16), tzinfo=zone)
    # Adults only: the demo's rules are grown-ups' disputes, and the youth login is seated.
    four = rng.sample([p for p in people if not p.is_minor], k=4)
    rules = [
        (PairKind.APART, four[:2], "Opposing parties in an ongoing grant dispute"),
        (PairKind.TOGETHER, four[2:], "Interprets for a colleague who is deaf"),
    ]
    for kind, (first, second), reason in rules:
        seating_pair_add(
            network=network,
            kind=kind,
            first=first,
            second=second,
            reason=reason,
            actor=steward,
            now=now,
        )
    sessions: dict[str, AgendaItem] = {}
    for item in AgendaItem.objects.filter(gathering=upcoming).order_by("starts_at"):
        sessions.setdefault(item.kind, item)  # the first meal is the Thursday dinner
    dinner, groups = sessions.get(AgendaKind.MEAL), sessions.get(AgendaKind.SMALL_GROUPS)
    if dinner is not None:
        plan = plan_generate(
            gathering=upcoming,
            agenda_item=dinner,
            rounds=1,
            table_sizes=_tables(coming),
            actor=steward,
            time_limit=TIME_LIMIT,
            now=now,
        )
        plan_publish(plan=plan, actor=steward, now=now + timedelta(minutes=30))
        plans += 1
    if groups is not None:
        plan_generate(
            gathering=upcoming,
            agenda_item=groups,
            rounds=3,
            table_sizes=[6] * max(1, -(-coming // 6)),
            actor=steward,
            time_limit=TIME_LIMIT,
            now=now + timedelta(hours=1),
        )
        plans += 1
    return plans
