"""Demo data for gatherings: the upcoming national gathering gets its details and agenda,
RSVPs (yes, no, maybe; some wanting to present), a waitlist, stipend requests and an
approved substitute. Everything goes through the gatherings services, so the demo shows
what the product would have written."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from collaboratory.demo.unsent import unsent_mail
from collaboratory.gatherings.models import (
    BREAKFAST_ITEM,
    CLOSING_ITEM,
    CREDIT_CLUB_ITEM,
    DINNER_ITEM,
    SMALL_GROUPS_ITEM,
    WELCOME_RECEPTION_ITEM,
    AgendaKind,
    Gathering,
    GatheringFormat,
)
from collaboratory.gatherings.selectors import presenter_call
from collaboratory.gatherings.services import (
    gathering_update,
    rsvp_submit,
    stipend_decide,
    stipend_request_submit,
    substitution_decide,
    substitution_request,
)
from collaboratory.networks.models import Network
from collaboratory.people.models import User

CAPACITY = 50
# Answers drawn at random for everyone but the demo's logins (who answered yes first):
# with theirs, 57 yes for 50 seats, so seven people wait.
YES, MAYBE, NO = 55, 12, 18


def demo_gatherings(
    *,
    rng: random.Random,
    network: Network,
    users: list[User],
    steward: User,
    anchor: date,
    youth: User | None = None,
) -> Gathering | None:
    """Fill in the next national gathering. `users[1]` is the demo member: they and the
    youth login (a guest: youth take part) answered yes among the first, so both hold a
    seat and find their table in the published seating (issue 17: members see their table
    on their phone)."""
    zone = ZoneInfo(network.time_zone)
    upcoming = (
        Gathering.objects.filter(network=network, format=GatheringFormat.IN_PERSON)
        .filter(starts_at__date__gt=anchor)
        .order_by("starts_at")
        .first()
    )
    if upcoming is None:
        return None
    parts = list(upcoming.parts.all())
    thursday = parts[0].starts_at.astimezone(zone).date()
    friday = parts[-1].starts_at.astimezone(zone).date()

    def at(day: date, hour: int, minute: int = 0) -> datetime:
        return datetime.combine(day, time(hour, minute), tzinfo=zone)

    gathering_update(
        gathering=upcoming,
        venue=f"{upcoming.host_organization or 'Community'} hall",
        address=f"{rng.randint(10, 999)} Main Street",  # the city is a field of its own
        capacity=CAPACITY,
        rsvp_deadline=at(thursday - timedelta(days=14), 23, 59),
        proposal_deadline=at(thursday - timedelta(days=21), 23, 59),
        youth_take_part=True,
        stipend_budget=Decimal(1500),
        agenda=[
            (at(thursday, 18), WELCOME_RECEPTION_ITEM, AgendaKind.RITUAL),
            (at(thursday, 19), DINNER_ITEM, AgendaKind.MEAL),
            (at(friday, 8), BREAKFAST_ITEM, AgendaKind.MEAL),
            (at(friday, 9), SMALL_GROUPS_ITEM, AgendaKind.SMALL_GROUPS),
            (at(friday, 11), CREDIT_CLUB_ITEM, AgendaKind.CREDIT_CLUB),
            (at(friday, 13), CLOSING_ITEM, AgendaKind.OTHER),
        ],
    )

    # The demo is built on its anchor day (the network's calendar), at any hour: members
    # answered the afternoon before, and the stipends and the substitute were asked and
    # decided after the answers, before the seating plans of that afternoon (demo/seating.py).
    # Noon of the anchor day read as answered in the future all morning.
    now = at(anchor - timedelta(days=1), 13)
    asked = now + timedelta(hours=1)
    pool = users[2:] if len(users) > 2 else []
    chosen = rng.sample(pool, k=min(len(pool), YES + MAYBE + NO))
    yes, maybe, no = chosen[:YES], chosen[YES : YES + MAYBE], chosen[YES + MAYBE :]
    # Nobody offers to present once the call for presenters is over (rsvp_submit refuses).
    call = presenter_call(upcoming)
    call_open = call is None or call.is_open(now)
    # The youth login's "yes" emails their guardians: not while seeding (`unsent_mail`).
    with unsent_mail():
        for early in (users[1] if len(users) > 1 else None, youth):
            if early is not None:
                rsvp_submit(
                    gathering=upcoming,
                    user=early,
                    answer="yes",
                    both_parts=True,
                    now=now - timedelta(hours=2),
                )
        for offset, user in enumerate(yes):
            offers = rng.random() < 0.2  # drawn either way: the rest of the demo stays the same
            rsvp_submit(
                gathering=upcoming,
                user=user,
                answer="yes",
                both_parts=True,
                wants_to_present=offers and call_open,
                dietary_needs=rng.choice(["", "", "", "vegetarian", "no nuts", "halal"]),
                now=now + timedelta(minutes=offset),
            )
        for user in maybe:
            rsvp_submit(gathering=upcoming, user=user, answer="maybe", now=now)
        for user in no:
            rsvp_submit(gathering=upcoming, user=user, answer="no", now=now)

    stipends = [
        stipend_request_submit(
            gathering=upcoming,
            user=user,
            reason=reason,
            amount=Decimal(amount),
            no_institutional_support=True,
            now=asked,
        )
        for user, reason, amount in zip(
            yes[1:4],
            ("Bus fare and one night", "Flight from the coast", "Gas and parking"),
            (220, 480, 90),
            strict=False,
        )
    ]
    if stipends:
        stipend_decide(stipend=stipends[0], approve=True, actor=steward, now=asked)
    if yes:
        substitution = substitution_request(
            gathering=upcoming,
            member=yes[0],
            name="Jordan Rivera",
            email="jordan.rivera@substitute.example.org",
            reason="A family wedding that weekend; Jordan runs our youth program.",
            now=asked,
        )
        substitution_decide(substitution=substitution, approve=True, actor=steward, now=asked)
    return upcoming
