"""The demo generator: deterministic, realistic in shape, and respectful of the safeguards."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, time
from functools import partial
from itertools import combinations
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth import authenticate
from django.core import mail
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Count
from django.test import override_settings
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.timezone import localdate
from django_scopes import scopes_disabled

from collaboratory.demo import generator
from collaboratory.demo.generator import (
    DEMO_LOGINS,
    DEMO_PASSWORD,
    generate_demo,
)
from collaboratory.demo.names import REGION_OF_CITY
from collaboratory.followthrough.models import (
    Partnership,
    PartnershipInvitation,
    PartnershipMilestone,
)
from collaboratory.gatherings.models import Attendance, Gathering
from collaboratory.networks.models import Membership, Network, Nomination, Role
from collaboratory.people.models import GuardianConsent, PrivateSelfDescription, User
from collaboratory.training.models import Application as TrainingApplication
from collaboratory.training.models import ArcSession, Cohort, Launch, Submission
from collaboratory.youth.models import Application as YouthApplication
from collaboratory.youth.models import (
    CohortSession,
    MakeUp,
    ProgramCycle,
    SessionAttendance,
    VettedAdult,
)
from tests.conftest import client_for

ANCHOR = date(2026, 11, 21)
# The email the seeding sent (django's test outbox), kept by `_demo_once`.
SEEDING_MAIL: list[EmailMessage] = []


@pytest.fixture(scope="module")
def _demo_once(django_db_setup: None, django_db_blocker, tmp_path_factory) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The demo, generated once for the module inside a transaction that is rolled back at
    its end: generating it is most of each test's time, and every test reads it inside its
    own savepoint, so what one test changes the next never sees. It runs before the
    per-test settings of tests/conftest.py, so it takes their hasher and media folder here."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        with override_settings(
            PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],
            MEDIA_ROOT=tmp_path_factory.mktemp("demo-media"),
        ):
            mail.outbox = []
            generate_demo(anchor=ANCHOR)
            SEEDING_MAIL[:] = mail.outbox
    yield
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)


@pytest.fixture
def demo(_demo_once: None, db: None) -> None:
    """The module's demo; `db` opens the test's savepoint inside its transaction."""


def snapshot() -> dict[str, object]:
    with scopes_disabled():
        return {
            "people": sorted(User.objects.values_list("full_name", "age_band", "city")),
            "organizations": sorted(
                Membership.objects.filter(network__slug="national").values_list(
                    "user__full_name", "organization__name", "role", "status"
                )
            ),
            "attendance": Attendance.objects.count(),
            "gatherings": sorted(Gathering.objects.values_list("title", "starts_at")),
        }


def test_the_same_seed_gives_the_same_network(db: None, django_db_blocker) -> None:  # type: ignore[no-untyped-def]
    generate_demo(anchor=ANCHOR, seed=7)
    first = snapshot()
    with scopes_disabled():
        for model in (Launch, Attendance, Membership, PrivateSelfDescription, Gathering):
            model.objects.all().delete()
        User.objects.all().delete()
        # Children before the national network they sit under (parent is PROTECTed).
        for network in [
            *Network.objects.exclude(parent=None),
            *Network.objects.filter(parent=None),
        ]:
            network.sectors.all().delete()
            network.organizations.all().delete()
            network.delete()

    generate_demo(anchor=ANCHOR, seed=7)

    assert snapshot() == first


def test_the_demo_has_the_shape_the_brief_asks_for(demo: None) -> None:
    with scopes_disabled():
        national = Network.objects.get(slug="national")
        kinds = sorted(
            Network.objects.filter(parent=national, is_practice=False).values_list(
                "kind", flat=True
            )
        )
        adults = Membership.objects.filter(network=national).count()
        youth = Membership.objects.filter(role=Role.YOUTH_MEMBER).count()
        past = Gathering.objects.filter(network=national, starts_at__date__lt=ANCHOR).count()
        upcoming = Gathering.objects.filter(network=national, starts_at__date__gte=ANCHOR).count()
        per_gathering = [
            Attendance.objects.filter(part__gathering=g).values("user").distinct().count()
            for g in Gathering.objects.filter(network=national, starts_at__date__lt=ANCHOR)
        ]
        # Convener training: one cohort in progress, two organizations, a practice network.
        cohorts = list(Cohort.objects.values_list("name", "practice_network__is_practice"))
        observed = list(
            ArcSession.objects.filter(kind="immersion").values_list("gathering__network__slug")
        )
        organizations = sorted(
            TrainingApplication.objects.filter(
                status="admitted", cohort__name="Convener cohort 2026"
            ).values_list("organization", flat=True)
        )

    assert cohorts == [("Convener cohort 2026", True), ("Convener cohort 2025", True)]
    assert ("national",) in observed
    assert organizations == ["Eastside Neighbors United", "River Valley Civic League"]
    assert kinds == ["local", "local", "local", "local", "youth"]
    # Upcoming: the next quarter's gathering and the live room's gathering of the day.
    assert (adults, youth, past, upcoming) == (120, 20, 8, 2)
    assert all(30 <= n <= 70 for n in per_gathering), per_gathering


def test_the_past_cohorts_four_organizations_launched_the_demos_local_networks(
    demo: None,
) -> None:
    with scopes_disabled():
        cohort = Cohort.objects.get(name="Convener cohort 2025")
        admitted = TrainingApplication.objects.filter(cohort=cohort, status="admitted")
        launches = list(
            Launch.objects.filter(application__cohort=cohort)
            .select_related("local_network", "first_gathering")
            .order_by("launched_at")
        )
        sessions = list(cohort.sessions.all())
        attended = {s.pk: s.attendance.count() for s in sessions}
        accepted = {s.status for s in Submission.objects.filter(application__cohort=cohort)}
        slugs = [x.local_network.slug for x in launches]
        members = [Membership.objects.filter(network=x.local_network).count() for x in launches]
        first = launches[0]
        steward = Membership.objects.get(
            network__slug="national", user__email=generator.STEWARD_EMAIL
        ).user

    assert admitted.count() == 4
    assert slugs == ["seattle", "tulsa", "lowell", "columbus"]  # the newest launched last
    assert all(x.local_network.parent.slug == "national" for x in launches)
    assert all(m >= 10 for m in members), members
    assert all(x.first_gathering.network_id == x.local_network_id for x in launches)
    assert all(x.first_gathering.starts_at > x.launched_at for x in launches)
    assert all(s.ends_at.date() < ANCHOR for s in sessions)
    assert set(attended.values()) == {8}  # two staff of each of the four, every session
    assert accepted == {"accepted"}
    page = (
        client_for(steward)
        .get(
            reverse(
                "training:organization",
                kwargs={"network_slug": "national", "application_id": first.application_id},
            )
        )
        .content.decode()
    )
    timeline = page[page.index('class="timeline"') :]
    timeline = timeline[: timeline.index("</ol>")]
    national_day = partial(localdate, timezone=ZoneInfo("America/New_York"))  # the page's

    def shown(moment) -> str:  # type: ignore[no-untyped-def]
        """A day as the page writes it: the reader's (English) date format."""
        return date_format(national_day(moment), "DATE_FORMAT")

    launched_at = timeline.index(f"✓ Launched · {shown(first.launched_at)}")
    gathering_at = timeline.index(f"✓ First gathering · {shown(first.first_gathering.starts_at)}")
    assert launched_at < gathering_at
    assert "○" not in timeline  # every step done
    # Applied, admitted, work accepted, launched, first gathering: each dated, all past.
    dates = re.findall(r" · ([^<]+)<span", timeline)
    assert len(dates) == 5, dates
    assert national_day(first.first_gathering.starts_at) < ANCHOR
    assert "Seattle Civic Collaboratory" in page
    home = client_for(steward).get(reverse("training:home", kwargs={"network_slug": "national"}))
    assert "Convener cohort 2025" in home.content.decode()


def test_local_networks_have_lasting_partnerships_some_spanning_networks(demo: None) -> None:
    with scopes_disabled():
        local = Partnership.objects.filter(network__kind="local")
        statuses = sorted(set(local.values_list("status", flat=True)))
        spanning = local.filter(partner_network__isnull=False)
        milestones = PartnershipMilestone.objects.filter(partnership__in=local).count()
        sibling = all(p.partner_network.parent_id == p.network.parent_id for p in spanning)
        # Each is named on one with their consent: an accepted invitation (followthrough 0014).
        accepted = PartnershipInvitation.objects.filter(
            partnership__in=spanning, answer="accepted"
        ).values_list("partnership_id", flat=True)

    assert local.count() == 9
    assert statuses == ["active", "completed", "paused"]
    assert (spanning.count(), sibling) == (6, True)
    assert set(accepted) == set(spanning.values_list("pk", flat=True))
    assert milestones == 21


def test_self_descriptions_exist_only_for_consenting_adults(demo: None) -> None:
    described = PrivateSelfDescription.objects.select_related("user")

    assert 60 <= described.count() <= 100
    assert [d.user.email for d in described if d.user.is_minor] == []
    assert all(d.consent_policy_version and d.consented_at for d in described)


def test_the_printed_logins_work_and_land_in_the_right_role(demo: None) -> None:
    roles = {}
    for label, email in DEMO_LOGINS:
        user = authenticate(email=email, password=DEMO_PASSWORD)
        assert user is not None, label
        with scopes_disabled():
            roles[label] = sorted(user.memberships.values_list("network__slug", "role"))

    assert roles == {
        "steward": [("national", "steward"), ("youth", "steward")],
        "member": [("national", "member")],
        "youth member": [("youth", "youth_member")],
        "platform admin": [],
    }


def test_the_demo_has_nominations_pending_invitations_profiles_and_consent_records(
    demo: None,
) -> None:
    from collaboratory.networks.models import Invitation, Nomination
    from collaboratory.people.models import GuardianConsent, OfferedAsset, Profile

    with scopes_disabled():
        nominations = set(Nomination.objects.values_list("status", flat=True))
        # The training cohort's practice network invites its trainees (tests/training).
        pending = [
            i for i in Invitation.objects.filter(network__is_practice=False) if i.state == "pending"
        ]
        youth_members = Membership.objects.filter(role=Role.YOUTH_MEMBER).count()
        consents = GuardianConsent.objects.exclude(confirmed_at=None)
        assert nominations == {"accepted", "declined", "pending"}
        assert len(pending) == 5  # three accepted nominees and two students
        assert {i.guardian_email != "" for i in pending if i.role == Role.YOUTH_MEMBER} == {True}
        assert consents.count() == youth_members == 20
        assert {c.policy_version for c in consents} == {"youth-2026-11"}
    assert Profile.objects.count() == 120
    assert OfferedAsset.objects.count() > 100


def test_the_credit_club_history_has_proposals_in_every_state(demo: None) -> None:
    from collaboratory.creditclub.models import Proposal, ProposalState

    with scopes_disabled():
        states = set(Proposal.objects.values_list("state", flat=True))
        # Adults' projects: a youth Power Project comes on top (tested with the youth). The
        # local networks' rooms are smaller: two projects each (demo/local_history.py).
        presented_per_past_gathering = set(
            Proposal.objects.filter(state=ProposalState.PRESENTED, power_stage="")
            .exclude(network__kind="local")
            .values("gathering")
            .annotate(n=Count("pk"))
            .values_list("n", flat=True)
        )

    assert states == set(ProposalState.values)
    assert presented_per_past_gathering == {3}


def test_every_presenter_attended_the_gathering_they_presented_at(demo: None) -> None:
    """A profile's "gatherings you both attended", the insights and the seating history read
    the attendance ledger: a presented project whose presenter was not in it reads as if they
    had not been there."""
    from collaboratory.creditclub.models import Proposal, ProposalState

    with scopes_disabled():
        presented = list(
            Proposal.objects.filter(state=ProposalState.PRESENTED).values_list(
                "gathering_id", "proposer_id", "proposer__full_name", "gathering__title"
            )
        )
        attended = set(Attendance.objects.values_list("part__gathering_id", "user_id"))

    missing = [(name, title) for g, u, name, title in presented if (g, u) not in attended]
    assert len(presented) >= 20
    assert missing == []


def test_the_demo_has_commitments_in_every_state_with_realistic_rates(demo: None) -> None:
    from collections import Counter

    from collaboratory.commitments import lifecycle
    from collaboratory.commitments.models import Commitment
    from collaboratory.creditclub.models import Proposal

    with scopes_disabled():
        statuses = Counter(Commitment.objects.values_list("status", flat=True))
        capitals = set(Commitment.objects.values_list("capital", flat=True))
        # The live room's gathering of today has a few commitments to presenters who are
        # selected, not yet presented; the history is the presented ones'.
        gatherings = set(
            Commitment.objects.filter(proposal__state="presented")
            .exclude(network__kind="local")
            .values_list("gathering", flat=True)
        )
        presented = set(
            Proposal.objects.filter(state="presented")
            .exclude(network__kind="local")
            .values_list("gathering", flat=True)
        )
        member_owes = Commitment.objects.filter(committer__email="member@example.org").count()
    total = sum(statuses.values())
    share = {
        "kept": (statuses["kept"] + statuses["partly_kept"]) / total,
        "open": sum(statuses[s] for s in (*lifecycle.OPEN, lifecycle.DONE, "disputed")) / total,
        "released": statuses["released"] / total,
        "lapsed": statuses["lapsed"] / total,
    }
    assert set(statuses) >= set(lifecycle.STATES) - {"disputed", "adjust_requested"}
    assert 0.35 <= share["kept"] <= 0.55
    assert 0.25 <= share["open"] <= 0.45
    assert 0.04 <= share["released"] <= 0.16
    assert 0.04 <= share["lapsed"] <= 0.16
    assert capitals == {"social", "intellectual", "institutional", "financial"}
    # Every past national gathering with presenters (the first had no eligible proposer
    # yet), and the youth cohort's kickoff, whose Power Project is on the cohort's board.
    assert gatherings == presented
    assert len(gatherings) == 8
    assert member_owes >= 3


def test_the_demo_dashboards_show_released_ideology_and_race_tables(demo: None) -> None:
    from collaboratory.insights.selectors import sensitive_published

    with scopes_disabled():
        national = Network.objects.get(slug="national")
        youth = Network.objects.get(slug="youth")
    published = sensitive_published(network=national)

    assert [(p.attribute, p.table is not None) for p in published] == [
        ("ideology", True),
        ("race", True),
    ]
    # Minors are never asked: the youth cohort has nothing to publish.
    assert [p.table for p in sensitive_published(network=youth)] == [None, None]


def test_organizations_sit_in_their_members_and_nominees_regions(demo: None) -> None:
    """An organization's city lies in the region of the people shown with it: a Seattle
    member of a Tulsa food bank, or a Lowell nominee from the Southwest, read false."""
    with scopes_disabled():
        members = list(
            Membership.objects.filter(network__slug="national").values_list(
                "user__region", "organization__city"
            )
        )
        nominations = list(Nomination.objects.values_list("region", "organization__city"))
    assert len(members) == 120
    assert [(r, c) for r, c in members if REGION_OF_CITY[c] != r] == []
    assert len(nominations) == 9
    assert [(r, c) for r, c in nominations if REGION_OF_CITY[c] != r] == []


def test_the_demo_member_takes_reminders_in_the_weekly_digest(demo: None) -> None:
    from collaboratory.networks.models import NotificationPreference

    choices = sorted(
        NotificationPreference.objects.exclude(delivery="on").values_list("kind", "delivery")
    )

    assert choices == [
        ("gathering_notices", "off"),
        ("gathering_notices", "off"),
        ("reminders", "digest"),
    ]


def test_every_phase_the_generator_announces_is_counted_by_the_progress_bar() -> None:
    """`seed_demo`'s bar counts PHASES; a phase said but not listed ran past 100 %."""
    source = Path(generator.__file__).read_text()
    said = re.findall(r'\bsay\("([^"]+)"\)', source)
    assert said == list(generator.PHASES)


def test_the_youth_cohort_takes_part_in_todays_room_as_guests(demo: None) -> None:
    """Issue 14: the live room of the day lets youth take part; the demo youth member's
    Power Project is on its run of show with adults' commitments, and the youth member's
    money waits for the guardian (on no board)."""
    from collaboratory.commitments.models import Commitment
    from collaboratory.commitments.selectors import commitments_shown
    from collaboratory.creditclub.models import Proposal
    from collaboratory.demo.live import LIVE_TITLE
    from collaboratory.demo.youth import POWER_PROJECT_TITLE

    with scopes_disabled():
        room = Gathering.objects.get(title=LIVE_TITLE)
        project = Proposal.objects.get(title=POWER_PROJECT_TITLE)
        to_project = list(
            Commitment.objects.filter(proposal=project).values_list(
                "committer__age_band", flat=True
            )
        )
        youths = dict(
            Commitment.objects.filter(
                committer__email=DEMO_LOGINS[2][1], gathering=room
            ).values_list("capital", "guardian_approval")
        )
        on_board = set(commitments_shown(gathering=room).values_list("capital", flat=True))
        by_youth_on_board = (
            commitments_shown(gathering=room).filter(committer__email=DEMO_LOGINS[2][1]).count()
        )

    assert room.youth_take_part is True
    assert (project.gathering_id, project.power_stage) == (room.pk, "idea")
    assert project.proposer.email == DEMO_LOGINS[2][1]
    assert len(to_project) == 3
    assert all(band not in ("13-15", "16-17") for band in to_project)
    assert youths == {"social": "", "financial": "awaiting"}
    assert by_youth_on_board == 1
    assert "social" in on_board


def test_what_members_said_of_the_next_gathering_was_said_before_the_demos_day(
    demo: None,
) -> None:
    """The demo is built on its anchor day, at any hour. Its RSVPs (and the stipend requests
    and the substitute that go with them) were stamped at noon of that day, so all morning a
    member's own data said they had answered in the future. Now they are the afternoon
    before, on the network's own calendar, as the demo's seating plans are."""
    from datetime import datetime

    from collaboratory.gatherings.models import Rsvp, StipendRequest, Substitution
    from collaboratory.networks.scoping import date_in

    with scopes_disabled():
        national = Network.objects.get(slug=generator.NATIONAL_SLUG)
        upcoming = (
            Gathering.objects.filter(
                network=national, starts_at__date__gt=ANCHOR, stipends__isnull=False
            )
            .distinct()
            .get()
        )
        waiting = Rsvp.objects.filter(gathering=upcoming, status="waitlisted").latest("pk")
        approved = StipendRequest.objects.filter(gathering=upcoming, status="approved").get()
        standing_in = Substitution.objects.filter(gathering=upcoming).get()
        people = [waiting.user, approved.user, standing_in.member]

    stamps = []
    for person in people:
        response = client_for(person).get(reverse("people:my_data_export"), HTTP_HOST="127.0.0.1")
        said = response.json()["gatherings"]
        stamps += [r["answered_at"] for r in said["rsvps"] if r["gathering"] == upcoming.title]
        for kind in ("stipend_requests", "substitute_requests"):
            for row in said[kind]:
                if row["gathering"] == upcoming.title:
                    stamps += [row["requested_at"], row.get("decided_at")]

    days = {date_in(national, datetime.fromisoformat(s)) for s in stamps if s}
    assert len([s for s in stamps if s]) >= 5  # an RSVP each, a stipend decided, a substitute
    assert days == {date(2026, 11, 20)}  # the day before ANCHOR, in the network's calendar


def test_the_demo_runs_a_youth_program(demo: None) -> None:
    """A cycle with deadlines, applications (one late), sessions with attendance led by a
    vetted facilitator, and one make-up handed in and marked done."""
    with scopes_disabled():
        cycle = ProgramCycle.objects.get()
        timings = sorted(YouthApplication.objects.values_list("timing", flat=True))
        sessions = list(CohortSession.objects.select_related("facilitator"))
        vetted = set(VettedAdult.objects.values_list("user_id", flat=True))
        marked = SessionAttendance.objects.count()
        done = MakeUp.objects.filter(done_at__isnull=False).count()

    assert cycle.priority_deadline < cycle.final_deadline
    assert timings == ["late", "priority", "priority", "priority"]
    assert len(sessions) == 3
    assert {s.facilitator_id for s in sessions} <= vetted
    assert marked >= 24
    assert done == 1


def test_every_demo_youth_member_has_a_date_of_birth_that_fits_their_age_band(
    demo: None,
) -> None:
    """The demo showed nothing of coming of age: no youth member had a date of birth, so
    none would ever turn 18. Ages 14 to 17 as their age band says, the demo's youth login
    a minor, and one other turning 18 within a month of the anchor."""
    from collaboratory.networks.adulthood import age_on, comes_of_age_on

    with scopes_disabled():
        rows = list(
            Membership.objects.filter(role=Role.YOUTH_MEMBER).values_list(
                "born_on", "user__age_band", "user__email"
            )
        )
    assert rows
    assert all(born is not None for born, _band, _email in rows)
    ages = {email: age_on(born, ANCHOR) for born, _band, email in rows}
    assert set(ages.values()) <= {14, 15, 16, 17}
    for born, band, _email in rows:
        assert band == ("16-17" if age_on(born, ANCHOR) >= 16 else "13-15")
    assert ages["youth@example.org"] < 17
    soon = [b for b, _band, _e in rows if 0 < (comes_of_age_on(b) - ANCHOR).days <= 30]
    assert len(soon) == 1


def test_the_youth_cohort_has_a_history_of_ties_both_ways(demo: None) -> None:
    """Issue 14: a youth gathering of the cohort's own, youth at two past national
    gatherings and today's room, commitments both ways (at least 20 youth-adult ties in
    the national network's insights) and Power Projects, the past ones shaped."""
    from collaboratory.commitments.models import Commitment
    from collaboratory.creditclub.models import Proposal
    from collaboratory.demo.youth import POWER_PROJECT_TITLE
    from collaboratory.insights.selectors import Scope, engine_inputs

    with scopes_disabled():
        national = Network.objects.get(slug="national")
        youth_gatherings = list(
            Gathering.objects.filter(network__slug="youth").values_list("starts_at", flat=True)
        )
        shared = list(
            Gathering.objects.filter(
                network=national, youth_take_part=True, ends_at__date__lt=ANCHOR
            ).values_list("pk", flat=True)
        )
        projects = dict(
            Proposal.objects.exclude(power_stage="").values_list("title", "power_stage")
        )
        youth_to_adult = Commitment.objects.filter(
            network=national,
            committer__age_band__in=("13-15", "16-17"),
            gathering_id__in=shared,
        ).count()
        adult_to_youth = Commitment.objects.filter(
            network=national,
            proposal__proposer__age_band__in=("13-15", "16-17"),
            gathering_id__in=shared,
        ).count()
        ties = engine_inputs(network=national, scope=Scope()).youth_adult_ties

    assert len(youth_gatherings) == 1
    assert youth_gatherings[0].date() < ANCHOR
    assert len(shared) == 2
    assert len(projects) == 3
    assert projects.pop(POWER_PROJECT_TITLE) == "idea"
    # The national one shaped with adults, and the cohort's own on its asks board.
    assert list(projects.values()) == ["shaped", "shaped"]
    assert youth_to_adult > 0
    assert adult_to_youth > 0
    assert ties >= 20


def _next_national_gathering() -> Gathering:
    return (
        Gathering.objects.filter(
            network__slug=generator.NATIONAL_SLUG,
            starts_at__date__gt=ANCHOR,
            stipends__isnull=False,
        )
        .distinct()
        .get()
    )


def test_the_demo_member_and_youth_member_have_a_table_at_the_next_gathering(
    demo: None,
) -> None:
    """Issue 17: members see their table on their phone. The demo's member and youth
    logins answered yes in time for a seat, so the published dinner plan seats them, and
    the gathering is still not overbooked."""
    from collaboratory.gatherings.models import Rsvp
    from collaboratory.gatherings.selectors import gathering_seats_taken
    from collaboratory.seating.selectors import member_tables

    with scopes_disabled():
        upcoming = _next_national_gathering()
        tables = {
            email: member_tables(gathering=upcoming, user=User.objects.get(email=email))
            for email in (generator.MEMBER_EMAIL, generator.YOUTH_EMAIL)
        }
        answers = dict(
            Rsvp.objects.filter(gathering=upcoming, user__email__in=tables).values_list(
                "user__email", "status"
            )
        )
        taken = gathering_seats_taken(gathering=upcoming)

    assert answers == {generator.MEMBER_EMAIL: "confirmed", generator.YOUTH_EMAIL: "confirmed"}
    assert all(tables.values()), tables
    assert upcoming.capacity is not None
    assert taken <= upcoming.capacity


def test_everyone_checked_in_today_answered_yes_first(demo: None) -> None:
    """Today's room: people RSVP before they come, so the list's "coming" counts the room
    (it said 0 coming while 33 were checked in)."""
    from collaboratory.demo.live import LIVE_TITLE
    from collaboratory.gatherings.models import Rsvp
    from collaboratory.gatherings.selectors import gathering_seats_taken

    with scopes_disabled():
        room = Gathering.objects.get(title=LIVE_TITLE)
        checked_in = set(
            Attendance.objects.filter(part__gathering=room).values_list("user_id", flat=True)
        )
        said_yes = set(
            Rsvp.objects.filter(gathering=room, status="confirmed").values_list(
                "user_id", flat=True
            )
        )
        coming = gathering_seats_taken(gathering=room)  # the list's "N coming"

    assert len(checked_in) > 30
    assert said_yes == checked_in
    assert coming == len(checked_in)


def test_the_national_view_breaks_the_local_networks_down_with_real_figures(
    demo: None,
) -> None:
    """The local networks' members have sectors, attended local gatherings this year and
    kept commitments there, so the national view shows sectors, active members and the
    help ties crossing instead of "Not given", zeros and "suppressed"; small cells stay
    suppressed."""
    from collaboratory.national.report import bridging_rows
    from collaboratory.national.selectors import national_rollup

    with scopes_disabled():
        national = Network.objects.get(slug=generator.NATIONAL_SLUG)
        rollup = national_rollup(
            national=national,
            now=datetime.combine(ANCHOR, time(12), ZoneInfo(national.time_zone)),
        )

    sectors = dict(zip(rollup.sectors.labels, rollup.sectors.counts, strict=True))
    assert "Not given" not in sectors
    assert any(c is not None and c >= (rollup.k or 0) for c in sectors.values()), sectors
    assert all(c is None or c == 0 or c >= (rollup.k or 0) for c in sectors.values())
    # The newest local network's first gathering is still to come (training's launch).
    held = [x for x in rollup.locals if x.slug != generator.NEWEST_LOCAL[0]]
    assert len(held) == len(generator.LOCALS)
    assert all(x.active > 0 and x.kept > 0 for x in held), held
    # The bridging the product is about shows: three seasons of local gatherings give
    # about 100 help ties, so for every attribute the ties crossing and those within are
    # each at least k, and the national view reads numbers and a share, not "suppressed"
    # (one season gave 32, only 7 or 8 within, and complementary suppression hid both).
    k = rollup.k or 0
    assert k >= 11
    bridging = {b.attribute: b for b in rollup.bridging}
    assert set(bridging) == {"sector", "region", "generation"}
    for b in bridging.values():
        assert b.crossing is not None, b
        assert b.known is not None, b
        assert b.crossing >= k, b
        assert b.known - b.crossing >= k, b
    # As the report reads them: "Sector, 81, 97, 84%", no "suppressed".
    for row in bridging_rows(rollup):
        assert "suppressed" not in row, row
        assert row[1].isdigit(), row
        assert row[2].isdigit(), row
        assert row[3].endswith("%"), row
    # Shown after the differencing check (national/selectors.py, `_bridge_totals`): what
    # any of the local networks the national stewards hold leave of each count, taken
    # away alone or together, is 0 or at least k.
    # (The steward login is a steward of the youth cohort too, which rolls up nowhere.)
    figures = {x.network_id: x.bridging for x in rollup.locals}
    with scopes_disabled():
        stewards = Membership.objects.filter(network=national, role=Role.STEWARD).values("user_id")
        theirs = sorted(
            set(
                Membership.objects.filter(user_id__in=stewards, network_id__in=figures).values_list(
                    "network_id", flat=True
                )
            )
        )
    for size in range(1, len(theirs) + 1):
        for known_to_them in combinations(theirs, size):
            for attribute, b in bridging.items():
                pairs = [figures[i].get(attribute, (0, 0)) for i in known_to_them]
                crossing = b.crossing - sum(c for c, _n in pairs)
                within = b.known - b.crossing - sum(n - c for c, n in pairs)
                assert crossing == 0 or crossing >= k, (attribute, known_to_them)
                assert within == 0 or within >= k, (attribute, known_to_them)


def test_seeding_tells_no_guardian_by_email(demo: None) -> None:
    """The youth login's "yes" to today's room and to the next gathering went through the
    RSVP service, which emailed the (invented) guardians while the demo was seeded. The
    answers are still seeded; no guardian notice is sent."""
    from collaboratory.demo.live import LIVE_TITLE
    from collaboratory.gatherings.models import Rsvp

    youth_email = DEMO_LOGINS[2][1]
    with scopes_disabled():
        answered = set(
            Rsvp.objects.filter(user__email=youth_email, status="confirmed").values_list(
                "gathering__title", flat=True
            )
        )
        guardians = set(
            GuardianConsent.objects.filter(user__email=youth_email).values_list(
                "guardian_email", flat=True
            )
        )

    assert LIVE_TITLE in answered
    assert len(answered) >= 2
    assert guardians
    told = [m.subject for m in SEEDING_MAIL if guardians & set(m.to)]
    assert told == []


def test_the_newest_local_network_reads_no_gathering_held_and_no_active_member(
    demo: None,
) -> None:
    """Columbus read "1 gathering held this year" beside "0 active members": the training
    seed put its first gathering 25 days before the demo's day, with nobody there. Its
    first gathering is still to come, so both figures agree."""
    from collaboratory.national.report import local_row
    from collaboratory.national.selectors import national_rollup

    with scopes_disabled():
        national = Network.objects.get(slug=generator.NATIONAL_SLUG)
        rollup = national_rollup(
            national=national,
            now=datetime.combine(ANCHOR, time(12), ZoneInfo(national.time_zone)),
        )
    (columbus,) = [x for x in rollup.locals if x.slug == generator.NEWEST_LOCAL[0]]
    row = dict(zip(["name", "members", "active", "held"], local_row(columbus), strict=False))

    assert int(row["members"]) > 0
    assert (row["active"], row["held"]) == ("0", "0 of 1")
