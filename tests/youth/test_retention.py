"""The youth retention schedule at its boundary days, in the cohort's own calendar (a Los
Angeles cohort, so the cohort's day and UTC's differ every evening). With a period of N days,
data goes on the Nth day after its clock started: kept at 23:59 the day before, gone at
00:05 that day. Members: left (1), deleted (2). Applications: sent (1); declined, left
undecided when the cycle closed, or an invitation that ran out (2); deleted (3)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.networks.models import Invitation, Membership, MembershipStatus, Network
from collaboratory.networks.scoping import date_in
from collaboratory.networks.services.memberships import membership_status_override
from collaboratory.youth import services
from collaboratory.youth.models import (
    Application,
    ApplicationStatus,
    Departure,
    ProgramCycle,
    Reference,
    SessionAttendance,
)
from tests.youth.conftest import Cohort

DAYS = 30
REF = services.ReferenceInput("Terry Teacher", "terry@school.example", "Teacher")


@pytest.fixture
def la(cohort: Cohort, settings: Any) -> Cohort:
    settings.COLLABORATORY_YOUTH_RETENTION_DAYS = DAYS
    with scopes_disabled():
        Network.objects.filter(pk=cohort.network.pk).update(time_zone="America/Los_Angeles")
    cohort.network.refresh_from_db()
    return cohort


def at(cohort: Cohort, day: date, hour: int, minute: int) -> datetime:
    """A moment of the cohort's day `day`, in its own time zone."""
    return datetime.combine(day, time(hour, minute), ZoneInfo(cohort.network.time_zone))


def day_after_tomorrow(cohort: Cohort) -> date:
    return date_in(cohort.network, timezone.now()) + timedelta(days=2)


def apply(cohort: Cohort, email: str, **extra: Any) -> Application:
    return services.application_submit(
        cycle=cohort.cycle,
        full_name="Sam Student",
        email=email,
        guardian_email="pat@parent.example",
        school="Central High",
        city="Tulsa",
        statement="I want to help my neighborhood.",
        references=[REF],
        conduct=True,
        **extra,
    )


def kept(cohort: Cohort) -> set[str]:
    with scope(network=cohort.network):
        return set(Application.objects.values_list("email", flat=True))


def run(moment: datetime) -> None:
    services.youth_retention_run(now=moment)


def test_a_members_rows_go_on_the_nth_day_after_they_left_in_the_cohorts_calendar(
    la: Cohort,
) -> None:
    """Step 1 dates the departure 23:30 on the cohort's day D (already D+1 in UTC); step 2
    comes on day D+N. Compared as instants, 00:05 on D+N was still short of N whole days,
    so the rows stayed until the next day's run. The departure is dated here by the daily
    run's backstop (a membership that ended where no hook saw it: rows from before the hook,
    or written by hand); the services date it themselves (the test below)."""
    apply(la, la.youth.email, actor=la.youth)
    services.attendance_record(
        session=la.session(), member=la.youth, present=True, actor=la.steward
    )
    with scope(network=la.network):
        Membership.objects.filter(network=la.network, user=la.youth).update(
            status=MembershipStatus.ALUMNI
        )
    left = day_after_tomorrow(la)
    run(at(la, left, 23, 30))
    with scope(network=la.network):
        assert date_in(la.network, Departure.objects.get(member=la.youth).left_at) == left

    run(at(la, left + timedelta(days=DAYS - 1), 23, 59))
    assert kept(la) == {la.youth.email}

    run(at(la, left + timedelta(days=DAYS), 0, 5))
    assert kept(la) == set()
    with scope(network=la.network):
        assert not SessionAttendance.objects.filter(member=la.youth).exists()
        assert not Departure.objects.exists()


def test_a_declined_application_goes_on_the_nth_day_after_the_decision(la: Cohort) -> None:
    application = apply(la, "sam@student.example")
    services.application_decide(application=application, select=False, actor=la.steward)
    decided = day_after_tomorrow(la)
    with scope(network=la.network):
        Application.objects.filter(pk=application.pk).update(decided_at=at(la, decided, 23, 30))

    run(at(la, decided + timedelta(days=DAYS - 1), 23, 59))
    assert kept(la) == {"sam@student.example"}

    run(at(la, decided + timedelta(days=DAYS), 0, 5))
    assert kept(la) == set()
    with scope(network=la.network):
        assert not Reference.objects.exists()


def test_an_application_never_acted_on_goes_on_the_nth_day_after_the_cycle_closed(
    la: Cohort,
) -> None:
    """Submitted and never decided, or selected and never invited: no step came to start a
    clock, so these were kept for good, the student's statement, school and referees too."""
    apply(la, "sam@student.example")
    chosen = apply(la, "lee@student.example")
    services.application_decide(application=chosen, select=True, actor=la.steward)
    closed = day_after_tomorrow(la)
    with scopes_disabled():
        ProgramCycle.objects.filter(pk=la.cycle.pk).update(
            priority_deadline=at(la, closed, 23, 30), final_deadline=at(la, closed, 23, 30)
        )
        # Selected after the cycle closed: that later day starts its clock.
        Application.objects.filter(pk=chosen.pk).update(
            decided_at=at(la, closed + timedelta(days=3), 9, 0)
        )

    run(at(la, closed + timedelta(days=DAYS - 1), 23, 59))
    assert kept(la) == {"sam@student.example", "lee@student.example"}

    run(at(la, closed + timedelta(days=DAYS), 0, 5))
    assert kept(la) == {"lee@student.example"}

    run(at(la, closed + timedelta(days=DAYS + 3), 0, 5))
    assert kept(la) == set()


def test_an_invitation_never_taken_up_starts_its_applications_clock_when_it_runs_out(
    la: Cohort,
) -> None:
    """Invited, and the student never took the invitation up: kept for good before."""
    application = apply(la, "sam@student.example")
    services.application_decide(application=application, select=True, actor=la.steward)
    services.application_accept(application=application, actor=la.steward)
    expired = day_after_tomorrow(la)
    with scopes_disabled():
        Invitation.objects.filter(email="sam@student.example").update(
            expires_at=at(la, expired, 23, 30)
        )

    run(at(la, expired + timedelta(days=DAYS - 1), 23, 59))
    assert kept(la) == {"sam@student.example"}

    run(at(la, expired + timedelta(days=DAYS), 0, 5))
    assert kept(la) == set()


def test_a_members_own_applications_stay_while_they_are_in_the_cohort(la: Cohort) -> None:
    """The application clock must not take a member's rows early: theirs (selected, as the
    one that brought them in), and one for a later cycle not yet decided, go with their
    departure."""
    taken = apply(la, la.youth.email, actor=la.youth)
    services.application_decide(application=taken, select=True, actor=la.steward)
    again = services.cycle_create(
        network=la.network,
        name="Autumn",
        priority_deadline=timezone.now() + timedelta(days=5),
        final_deadline=timezone.now() + timedelta(days=10),
        actor=la.steward,
    )
    services.application_submit(
        cycle=again,
        full_name="Yara Youth1",
        email=la.youth.email,
        guardian_email="pat@parent.example",
        school="Central High",
        city="Tulsa",
        statement="Again.",
        references=[REF],
        conduct=True,
        actor=la.youth,
    )

    run(timezone.now() + timedelta(days=DAYS * 10))

    with scope(network=la.network):
        assert Application.objects.filter(applicant=la.youth).count() == 2
        statuses = set(Application.objects.values_list("status", flat=True))
    assert statuses == {ApplicationStatus.SELECTED, ApplicationStatus.SUBMITTED}


def test_a_former_member_with_nothing_left_is_not_noted_again(la: Cohort) -> None:
    """Their alumni membership stays on the roster after the purge: every run noted it as a
    fresh departure, and every N days a purge of nothing was audited, for good."""
    apply(la, la.youth.email, actor=la.youth)
    with scope(network=la.network):
        membership = Membership.objects.get(network=la.network, user=la.youth)
    membership_status_override(
        membership=membership, status=MembershipStatus.ALUMNI, note="Graduated", actor=la.steward
    )
    left = day_after_tomorrow(la)
    run(at(la, left, 12, 0))
    run(at(la, left + timedelta(days=DAYS), 12, 0))
    assert kept(la) == set()
    purges = AuditEvent.objects.filter(action="youth.retention_purged").count()

    later = services.youth_retention_run(now=at(la, left + timedelta(days=DAYS + 1), 12, 0))
    run(at(la, left + timedelta(days=3 * DAYS), 12, 0))

    assert later == {"departures_noted": 0, "rows_deleted": 0}
    assert AuditEvent.objects.filter(action="youth.retention_purged").count() == purges
    with scope(network=la.network):
        assert not Departure.objects.exists()


def test_a_departure_is_dated_when_the_membership_ends_not_at_the_next_daily_run(
    la: Cohort,
) -> None:
    """A steward removes a youth member on the roster: the departure carries that moment,
    in the ending's transaction, not the next daily run's (which started every retention
    clock late, by up to a day, and a day more for each run missed). The daily run stays a
    backstop and does not move a date already there."""
    from django.urls import reverse

    from tests.conftest import client_for

    services.attendance_record(
        session=la.session(), member=la.youth, present=True, actor=la.steward
    )
    with scope(network=la.network):
        membership = Membership.objects.get(network=la.network, user=la.youth)
    before = timezone.now()
    response = client_for(la.steward).post(
        reverse(
            "networks:roster_override",
            kwargs={"network_slug": la.network.slug, "membership_id": membership.pk},
        ),
        {"status": MembershipStatus.REMOVED, "note": "Moved away", "confirm": "yes"},
        HTTP_HOST="127.0.0.1",
    )
    after = timezone.now()
    assert response.status_code == 302
    with scope(network=la.network):
        left_at = Departure.objects.get(member=la.youth).left_at
    assert before <= left_at <= after

    # The daily run, two days later, notes nothing new and leaves the date alone.
    noted = services.youth_retention_run(now=after + timedelta(days=2))
    assert noted["departures_noted"] == 0
    with scope(network=la.network):
        assert Departure.objects.get(member=la.youth).left_at == left_at

    # The clock runs from the cohort's day of the removal.
    left = date_in(la.network, left_at)
    run(at(la, left + timedelta(days=DAYS - 1), 23, 59))
    with scope(network=la.network):
        assert SessionAttendance.objects.filter(member=la.youth).exists()
    run(at(la, left + timedelta(days=DAYS), 0, 5))
    with scope(network=la.network):
        assert not SessionAttendance.objects.filter(member=la.youth).exists()


def test_a_guardians_revocation_dates_the_departure_at_once_too(
    la: Cohort,
) -> None:
    """Every way a youth membership ends goes through the same hook: a guardian revoking
    consent (suspended) dates it at once, as a steward's removal does."""
    from collaboratory.networks.services.memberships import membership_consent_revoked

    services.attendance_record(
        session=la.session(), member=la.youth2, present=True, actor=la.steward
    )
    before = timezone.now()
    membership_consent_revoked(network=la.network, user=la.youth2)
    with scope(network=la.network):
        left_at = Departure.objects.get(member=la.youth2).left_at
    assert before <= left_at <= timezone.now()
    # An adult member's end in the cohort is no youth departure.
    with scope(network=la.network):
        adult = Membership.objects.get(network=la.network, user=la.adult)
    membership_status_override(
        membership=adult, status=MembershipStatus.ALUMNI, note="Moved on", actor=la.steward
    )
    with scope(network=la.network):
        assert not Departure.objects.filter(member=la.adult).exists()


def test_a_referee_who_deletes_their_account_is_no_longer_named_on_a_students_application(
    la: Cohort,
) -> None:
    """A reference names an adult by name and address (the referee's own data). When that
    adult deletes their account, the references naming them by that address kept both,
    linking a deleted person to the student's application by email until the
    application's own clock ran out. The student's application stays; the referee goes."""
    from django.urls import reverse

    from tests.conftest import client_for

    referee = services.ReferenceInput("Ada Adult", la.adult.email.upper(), "Mentor")
    other = services.ReferenceInput("Terry Teacher", "terry@school.example", "Teacher")
    application = services.application_submit(
        cycle=la.cycle,
        full_name="Sam Student",
        email="sam@student.example",
        guardian_email="pat@parent.example",
        school="Central High",
        city="Tulsa",
        statement="I want to help my neighborhood.",
        references=[referee, other],
        conduct=True,
    )

    response = client_for(la.adult).post(
        reverse("people:my_data"), {"confirm_email": la.adult.email}, HTTP_HOST="127.0.0.1"
    )

    assert response.status_code == 302
    with scope(network=la.network):
        assert Application.objects.filter(pk=application.pk).exists()
        rows = set(
            Reference.objects.filter(application=application).values_list(
                "name", "email", "relation"
            )
        )
    assert ("Terry Teacher", "terry@school.example", "Teacher") in rows
    assert not any(la.adult.email.lower() in email.lower() for _n, email, _r in rows)
    assert not any("Ada" in name for name, _e, _r in rows)
    assert len(rows) == 2
