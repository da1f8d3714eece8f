"""The demo's training: a past cohort whose four organizations launched the demo's local
networks (every session held and attended, every assignment accepted, each launch with its
first gathering), and one cohort in progress with two organizations, its arc, two planning
assignments (one accepted for the first organization, one waiting), a cohort call and a
one-on-one with a note, and the first organization's launch plan. Called by the demo
generator through `TrainingConfig.demo_seed`; everything goes through our services, so it
is deterministic for an anchor day."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django_scopes import scope

from collaboratory.gatherings.models import Gathering, GatheringFormat
from collaboratory.gatherings.services import gathering_create, gathering_parts_from_template
from collaboratory.networks.models import Network
from collaboratory.people.models import User
from collaboratory.training.models import SessionKind, SubmissionStatus
from collaboratory.training.services import (
    application_admit,
    application_submit,
    assignment_create,
    call_create,
    call_note_add,
    cohort_accepting_set,
    cohort_create,
    launch_history_record,
    plan_save,
    session_attendance_set,
    session_save,
    submission_review,
    submission_save,
)

ORGANIZATIONS = (
    (
        "Eastside Neighbors United",
        "Eastside, Fresno",
        (("Ana Ruiz", "ana.ruiz@eastside.example"), ("Tom Bell", "tom.bell@eastside.example")),
    ),
    (
        "River Valley Civic League",
        "River Valley, Ohio",
        (("Grace Oduya", "grace@rivervalley.example"), ("Sam Park", "sam@rivervalley.example")),
    ),
)
ROSTER = (
    "email,full name,organization\n"
    "lena.ortiz@eastside.example,Lena Ortiz,Fresno Food Bank\n"
    "marcus.hill@eastside.example,Marcus Hill,Fresno Unified\n"
)


# The past cohort: (organization, community, staff), in the order of the demo's local
# networks (the generator's LOCALS, then its newest local network).
PAST_ORGANIZATIONS = (
    (
        "Puget Sound Civic Trust",
        "Seattle, Washington",
        (("Mei Chen", "mei@pugetcivic.example"), ("Luis Vega", "luis@pugetcivic.example")),
    ),
    (
        "Greenwood Community Partners",
        "Tulsa, Oklahoma",
        (("Dana Hughes", "dana@greenwood.example"), ("Omar Said", "omar@greenwood.example")),
    ),
    (
        "Merrimack Valley Forum",
        "Lowell, Massachusetts",
        (("Sophea Keo", "sophea@merrimack.example"), ("Jack Riley", "jack@merrimack.example")),
    ),
    (
        "Scioto Neighbors Alliance",
        "Columbus, Ohio",
        (("Aisha Bello", "aisha@scioto.example"), ("Ken Muller", "ken@scioto.example")),
    ),
)
PAST_ASSIGNMENTS = (
    ("Who should be in the room: your first 40 names", 20),
    ("Your first gathering: host, date and agenda", 90),
)
# Days before the anchor each organization launched; the fourth is the newest, whose first
# gathering (35 days after launch) is still to come: at 60 it was held 25 days before the
# demo's day with nobody recorded there, so the national view read "1 gathering held this
# year" beside "0 active members" for Columbus.
PAST_LAUNCHED = (420, 400, 380, 20)


def seed_training(
    *, national: Network, steward: User, anchor: date, local_networks: Sequence[Network] = ()
) -> None:
    if local_networks:
        _past_cohort(national=national, steward=steward, anchor=anchor, locals_=local_networks)
    zone = ZoneInfo(national.time_zone)

    def at(days: int, hour: int = 10) -> datetime:
        return datetime.combine(anchor + timedelta(days=days), time(hour), tzinfo=zone)

    cohort = cohort_create(
        network=national,
        name="Convener cohort 2026",
        starts_on=anchor - timedelta(days=40),
        actor=steward,
    )
    # The immersion is the national network's next gathering: the trainees' observer pass.
    with scope(network=national):
        upcoming = (
            Gathering.objects.filter(network=national, starts_at__date__gte=anchor)
            .order_by("starts_at")
            .first()
        )
        immersion = cohort.sessions.filter(kind=SessionKind.IMMERSION).first()
    if upcoming is not None and immersion is not None:
        session_save(
            cohort=cohort,
            actor=steward,
            session=immersion,
            kind=immersion.kind,
            title=immersion.title,
            starts_at=upcoming.starts_at,
            ends_at=upcoming.ends_at,
            place=upcoming.city,
            gathering=upcoming,
        )
    cohort_accepting_set(cohort=cohort, accepting=True, actor=steward)
    applications = [
        application_submit(
            network=national,
            organization=name,
            community=community,
            why_now="Our city's civic leaders rarely meet across sectors; trust is thin.",
            landscape="Strong neighborhood groups, a new mayor, foundations looking for partners.",
            staff=staff,
        )
        for name, community, staff in ORGANIZATIONS
    ]
    for application in applications:
        application_admit(application=application, cohort=cohort, actor=steward)
    cohort_accepting_set(cohort=cohort, accepting=False, actor=steward)
    design = assignment_create(
        cohort=cohort,
        title="Who should be in the room: your first 40 names",
        instructions="List sectors, places, generations and views; name the gaps.",
        due_at=at(-10),
        actor=steward,
        now=at(-40),  # made as the cohort started, as a trainer would have
    )
    assignment_create(
        cohort=cohort,
        title="Your first gathering: host, date and agenda",
        instructions="A host organization, a date, and the agenda of the day.",
        due_at=at(12),
        actor=steward,
        now=at(-40),
    )
    first, second = applications
    work = submission_save(
        assignment=design,
        application=first,
        actor=steward,
        text="Forty names across seven sectors; we lack faith leaders and under-30s.",
    )
    submission_review(
        submission=work,
        status=SubmissionStatus.ACCEPTED,
        feedback="Strong list. Ask two members to nominate under-30s.",
        actor=steward,
    )
    submission_save(
        assignment=design,
        application=second,
        actor=steward,
        text="Thirty names so far, mostly nonprofits and city staff.",
    )
    call_create(
        cohort=cohort,
        actor=steward,
        title="Cohort call: inviting across divides",
        starts_at=at(5, 13),
        ends_at=at(5, 14),
        video_link="https://video.example/cohort-call",
    )
    one_on_one = call_create(
        cohort=cohort,
        actor=steward,
        application=second,
        title="One-on-one: River Valley's roster",
        starts_at=at(-3, 15),
        ends_at=at(-3, 16),
        video_link="https://video.example/river-valley",
    )
    call_note_add(
        call=one_on_one,
        application=second,
        text="Agreed: add the county library and two faith leaders before the next call.",
        actor=steward,
    )
    plan_save(
        application=first,
        actor=steward,
        network_name="Fresno Civic Collaboratory",
        network_slug="fresno",
        first_gathering_title="Fresno Civic Collaboratory: first gathering",
        first_gathering_on=anchor + timedelta(days=75),
        first_gathering_city="Fresno",
        roster=ROSTER.encode(),
    )


def _past_cohort(
    *, national: Network, steward: User, anchor: date, locals_: Sequence[Network]
) -> None:
    """The cohort whose organizations launched the demo's local networks: its arc held and
    attended by every trainee, its assignments accepted, and each launch recorded against
    the existing network with a first gathering held there a few weeks later."""
    zone = ZoneInfo(national.time_zone)
    started = anchor - timedelta(days=560)
    cohort = cohort_create(
        network=national, name="Convener cohort 2025", starts_on=started, actor=steward
    )
    cohort_accepting_set(cohort=cohort, accepting=True, actor=steward)
    applications = [
        application_submit(
            network=national,
            organization=name,
            community=community,
            why_now="Leaders here work in silos; a new civic fund wants them at one table.",
            landscape="Active neighborhood associations, a new mayor, a strong library system.",
            staff=staff,
        )
        for name, community, staff in PAST_ORGANIZATIONS[: len(locals_)]
    ]
    for application in applications:
        application_admit(application=application, cohort=cohort, actor=steward)
    cohort_accepting_set(cohort=cohort, accepting=False, actor=steward)
    with scope(network=national):
        sessions = list(cohort.sessions.all())
        trainees = [t.pk for a in applications for t in a.staff.all()]
    for session in sessions:
        session_attendance_set(session=session, trainee_ids=trainees, actor=steward)
    for title, day in PAST_ASSIGNMENTS:
        assignment = assignment_create(
            cohort=cohort,
            title=title,
            instructions="",
            due_at=datetime.combine(started + timedelta(days=day), time(17), tzinfo=zone),
            actor=steward,
            now=datetime.combine(started, time(10), tzinfo=zone),
        )
        for application in applications:
            work = submission_save(
                assignment=assignment,
                application=application,
                actor=steward,
                text=f"{application.organization}: our plan, revised after the cohort call.",
            )
            submission_review(
                submission=work,
                status=SubmissionStatus.ACCEPTED,
                feedback="Ready: go ahead.",
                actor=steward,
            )
    for application, local, days in zip(applications, locals_, PAST_LAUNCHED, strict=False):
        launched = anchor - timedelta(days=days)
        with scope(network=local):
            first = gathering_create(
                network=local,
                title=f"{local.name}: first gathering",
                format=GatheringFormat.IN_PERSON,
                parts=gathering_parts_from_template(
                    network=local,
                    format=GatheringFormat.IN_PERSON,
                    first_day=launched + timedelta(days=35),
                ),
                city=application.community.split(",")[0],
                actor=steward,
            )
        launch_history_record(
            application=application,
            local_network=local,
            applied_at=datetime.combine(started - timedelta(days=45), time(9), tzinfo=zone),
            admitted_at=datetime.combine(started - timedelta(days=20), time(9), tzinfo=zone),
            launched_at=datetime.combine(launched, time(12), tzinfo=zone),
            first_gathering=first,
            actor=steward,
        )
