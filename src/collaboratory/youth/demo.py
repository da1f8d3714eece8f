"""The demo's youth program: a cycle with its deadlines and a few applications (one late),
a vetted facilitator, past cohort sessions with attendance, make-ups (one handed in and
marked done). Deterministic for a seed and an anchor day; written through youth services."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from collaboratory.networks.models import Network
from collaboratory.networks.selectors import stewards_of_network
from collaboratory.youth.models import Presence
from collaboratory.youth.selectors import makeups_open, youth_members_of
from collaboratory.youth.services import (
    ReferenceInput,
    application_decide,
    application_submit,
    attendance_record,
    cycle_create,
    makeup_mark_done,
    makeup_submit,
    session_save,
    vetted_adult_save,
)

APPLICANTS = (
    ("Maya Okafor", "Lincoln High", "Teacher"),
    ("Diego Ramos", "Roosevelt High", "Coach"),
    ("Ava Chen", "Central High", "Youth pastor"),
    ("Noah Begay", "Westside High", "Counselor"),
)
SESSIONS = ("Listening across divides", "Shaping a Power Project", "Asking for help")


def _at(day: date, zone: str) -> datetime:
    return datetime.combine(day, time(18), tzinfo=ZoneInfo(zone))


def seed_youth_program(*, rng: random.Random, network: Network, anchor: date) -> dict[str, int]:
    steward = stewards_of_network(network=network)[0]
    vetted_adult_save(
        network=network,
        user=steward,
        background_check_on=anchor - timedelta(days=60),
        training_on=anchor - timedelta(days=45),
        actor=steward,
    )
    zone = network.time_zone
    cycle = cycle_create(
        network=network,
        name=f"Youth Collaboratory {anchor.year + 1}",
        priority_deadline=_at(anchor + timedelta(days=14), zone),
        final_deadline=_at(anchor + timedelta(days=30), zone),
        actor=steward,
    )
    for index, (name, school, relation) in enumerate(APPLICANTS):
        first = name.split()[0].lower()
        days = -rng.randint(1, 20) if index < 3 else 20  # the last one came in late
        application = application_submit(
            cycle=cycle,
            full_name=name,
            email=f"{first}@applicants.example.org",
            guardian_email=f"parent.{first}@applicants.example.org",
            school=school,
            city="Tulsa",
            statement="I want to learn how to bring people together on my block.",
            references=[
                ReferenceInput(
                    f"{relation} of {first}", f"ref.{first}@school.example.org", relation
                )
            ],
            conduct=True,
            now=_at(anchor + timedelta(days=days), zone),
        )
        if index == 0:
            application_decide(application=application, select=True, actor=steward)
    members = list(youth_members_of(network=network)[:8])
    recorded = 0
    for weeks, title in zip((6, 4, 2), SESSIONS, strict=True):
        session = session_save(
            network=network,
            title=title,
            starts_at=_at(anchor - timedelta(weeks=weeks), zone),
            video_link="https://video.example.org/youth-cohort",
            recording_link=f"https://video.example.org/recordings/{weeks}",
            facilitator=steward,
            actor=steward,
        )
        for member in members:
            present = rng.random() < 0.85
            row = attendance_record(session=session, member=member, present=present, actor=steward)
            recorded += row.presence != Presence.PRESENT
    makeups = list(makeups_open(network=network, member=members[0]))
    if not makeups:  # make sure the demo shows one make-up handed in and done
        row = attendance_record(session=session, member=members[0], present=False, actor=steward)
        makeups = list(makeups_open(network=network, member=members[0]))
    makeup_submit(
        makeup=makeups[0],
        member=members[0],
        reflection="I watched the recording and took notes on how to ask for help.",
    )
    makeup_mark_done(makeup=makeups[0], actor=steward)
    return {"applications": len(APPLICANTS), "sessions": len(SESSIONS), "missed": recorded}
