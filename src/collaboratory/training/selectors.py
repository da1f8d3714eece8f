"""Reads of convener training: the national network that runs it, a trainee's own
organizations, readiness, and the trainer's timeline per organization."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db.models import Count, QuerySet
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext as _
from django_scopes import scope, scopes_disabled

from collaboratory.commitments.models import Commitment
from collaboratory.networks.models import Invitation, Network, NetworkKind
from collaboratory.networks.scoping import date_in
from collaboratory.networks.selectors import invitation_waiting, membership_for
from collaboratory.people.models import User
from collaboratory.people.selectors import when
from collaboratory.training import readiness
from collaboratory.training.models import (
    Application,
    ApplicationStatus,
    ArcSession,
    Assignment,
    CallNote,
    Cohort,
    Launch,
    SessionAttendance,
    SessionKind,
    Submission,
    SubmissionStatus,
    SupportCall,
    Trainee,
)

FEED_SALT = "collaboratory.training.calendar"


def personal_training(user: User) -> dict[str, Any]:
    """Where the person is named as one of an organization's staff in training (found by
    their sign-in email, as their training pages are), and the sessions they attended, for
    "export my data"."""
    with scopes_disabled():  # the person's own rows, whichever networks hold them
        trainees = list(
            Trainee.objects.filter(email__iexact=user.email)
            .select_related("application", "network")
            .order_by("pk")
        )
        attended = list(
            SessionAttendance.objects.filter(trainee__in=trainees)
            .select_related("session")
            .order_by("session__starts_at", "pk")
        )
    return {
        "as_trainee": [
            {
                "network": t.network.name,
                "organization": t.application.organization,
                "name": t.full_name,
                "email": t.email,
                "sessions_attended": [
                    {"title": a.session.title, "starts_at": when(a.session.starts_at)}
                    for a in attended
                    if a.trainee_id == t.pk
                ],
            }
            for t in trainees
        ]
    }


def training_network() -> Network | None:
    """The national network whose training the public page offers: the first one made (an
    installation runs one national network; a practice network is never national)."""
    return Network.objects.filter(kind=NetworkKind.NATIONAL).order_by("pk").first()


def open_cohort(*, network: Network) -> Cohort | None:
    with scope(network=network):
        return Cohort.objects.filter(network=network, accepting=True).first()


def applications_of_user(*, user: User) -> list[Application]:
    """The admitted organizations whose staff list holds the signed-in person's email
    (their own rows, across national networks)."""
    if not user.is_authenticated:
        return []
    with scopes_disabled():
        return list(
            Application.objects.filter(
                status=ApplicationStatus.ADMITTED, staff__email__iexact=user.email
            )
            .select_related("cohort", "network")
            .distinct()
        )


def trains_in_practice(*, user: User, network_id: int) -> bool:
    """Whether the signed-in person is on the staff of an admitted organization whose
    cohort practises in this network (the practice network's way to "My training")."""
    if not user.is_authenticated:
        return False
    with scopes_disabled():
        return Application.objects.filter(
            status=ApplicationStatus.ADMITTED,
            cohort__practice_network_id=network_id,
            staff__email__iexact=user.email,
        ).exists()


def trainee_application(*, user: User, application_id: int) -> Application | None:
    """The organization if the person is one of its two staff; else None (a 404)."""
    return next((a for a in applications_of_user(user=user) if a.pk == application_id), None)


def practice_held_last(*, practice: Network, now: datetime) -> datetime | None:
    """When the practice network's last held gathering ended (held: ended, with at least one
    commitment made), or None when none has been held."""
    with scope(network=practice):
        return (
            Commitment.objects.filter(network=practice, gathering__ends_at__lt=now)
            .order_by("-gathering__ends_at")
            .values_list("gathering__ends_at", flat=True)
            .first()
        )


@dataclass(frozen=True)
class Readiness:
    items: list[readiness.Item]
    ready: bool


def readiness_for(*, application: Application, now: datetime | None = None) -> Readiness:
    """The checklist as it stands; every item done once the organization launched (launch
    required them all). Read afresh after launch, the plan's first gathering day had
    passed, so the pages read "not done yet" under "Launched"."""
    now = now or timezone.now()
    cohort = application.cohort
    network = application.network
    with scope(network=network):
        if Launch.objects.filter(application=application).exists():
            return Readiness([readiness.Item(code, True) for code in readiness.ITEMS], True)
    total = accepted = held = 0
    if cohort is not None:
        with scope(network=network):
            total = Assignment.objects.filter(cohort=cohort).count()
            accepted = Submission.objects.filter(
                application=application,
                assignment__cohort=cohort,
                status=SubmissionStatus.ACCEPTED,
            ).count()
        practice = cohort.practice_network
        if application.practice_held_at is not None:
            held = 1  # kept through a reset of the practice
        elif practice is not None:
            held = int(practice_held_last(practice=practice, now=now) is not None)
    facts = readiness.Facts(
        assignments_total=total,
        assignments_accepted=accepted,
        practice_gatherings_held=held,
        first_gathering_planned=bool(
            application.first_gathering_title
            and application.first_gathering_on
            and application.first_gathering_on > date_in(network, now)
            and application.network_name
            and application.network_slug
        ),
        roster_rows=application.roster_rows,
    )
    return Readiness(readiness.checklist(facts), readiness.is_ready(facts))


def cohorts_of(*, network: Network) -> QuerySet[Cohort]:
    return Cohort.objects.filter(network=network).select_related("practice_network")


def pending_applications(*, network: Network) -> QuerySet[Application]:
    return Application.objects.filter(
        network=network, status=ApplicationStatus.PENDING
    ).prefetch_related("staff")


def cohort_organizations(*, cohort: Cohort) -> QuerySet[Application]:
    return (
        Application.objects.filter(cohort=cohort, status=ApplicationStatus.ADMITTED)
        .select_related("launch__local_network")
        .prefetch_related("staff")
    )


def sessions_of(*, cohort: Cohort) -> QuerySet[ArcSession]:
    return (
        ArcSession.objects.filter(cohort=cohort)
        .select_related("gathering")
        .annotate(attended=Count("attendance"))
    )


def calls_for(*, cohort: Cohort, application: Application | None = None) -> QuerySet[SupportCall]:
    """A cohort's calls; for an organization, the cohort-wide ones and its own."""
    calls = SupportCall.objects.filter(cohort=cohort).select_related("application")
    if application is not None:
        calls = calls.filter(application__isnull=True) | calls.filter(application=application)
    return calls


def notes_for(*, application: Application) -> QuerySet[CallNote]:
    """The call notes about one organization: what its staff and the trainers read."""
    return CallNote.objects.filter(application=application).select_related("call", "author")


def submissions_by_assignment(*, application: Application) -> dict[int, Submission]:
    return {
        s.assignment_id: s
        for s in Submission.objects.filter(application=application).defer("file_data")
    }


def immersion_gatherings(*, cohort: Cohort) -> list[ArcSession]:
    """The immersion sessions with their national gathering: the trainees' observer pass
    lets them read that gathering's details (not its members, RSVPs or room)."""
    sessions = ArcSession.objects.filter(
        cohort=cohort, kind=SessionKind.IMMERSION, gathering__isnull=False
    ).select_related("gathering")
    return list(sessions)


@dataclass(frozen=True)
class Step:
    label: str
    at: datetime | None
    done: bool


def launch_of(*, application: Application) -> Launch | None:
    return (
        Launch.objects.filter(application=application)
        .select_related("local_network", "first_gathering")
        .first()
    )


@dataclass(frozen=True)
class PlaceInLaunched:
    """Where a trainee stands in the network their organization launched: `member` (link
    its home), else the `invitation` still waiting for their address (say where it is),
    else neither (it was used by no one, revoked or expired: say whom to ask)."""

    member: bool
    invitation: Invitation | None


def place_in_launched(*, user: User, network: Network) -> PlaceInLaunched:
    """The trainee's page after launch said "check your email" and linked nothing, even
    once the invitation was accepted."""
    if membership_for(user=user, network=network) is not None:
        return PlaceInLaunched(member=True, invitation=None)
    with scope(network=network):
        waiting = invitation_waiting(network=network, email__iexact=user.email)
    return PlaceInLaunched(member=False, invitation=waiting)


def timeline_for(*, application: Application, now: datetime | None = None) -> list[Step]:
    """The trainer's view of one organization, application to first gathering."""
    now = now or timezone.now()
    state = readiness_for(application=application, now=now)
    done = {item.code: item.done for item in state.items}
    with scope(network=application.network):
        last_review = (
            Submission.objects.filter(application=application, reviewed_at__isnull=False)
            .order_by("-reviewed_at")
            .values_list("reviewed_at", flat=True)
            .first()
        )
        launched = launch_of(application=application)
    admitted = application.status == ApplicationStatus.ADMITTED
    first = launched.first_gathering if launched else None
    return [
        Step(_("Applied"), application.created_at, True),
        Step(
            _("Admitted") if admitted or application.decided_at is None else _("Declined"),
            application.decided_at,
            admitted,
        ),
        # Dated by the last review only once every assignment is accepted: one accepted
        # of two read "○ Planning assignments accepted · 6 December 2026".
        Step(
            _("Planning assignments accepted"),
            last_review if admitted and done["assignments"] else None,
            admitted and done["assignments"],
        ),
        # A launched organization's checklist reads done (`readiness_for`).
        Step(_("Practice gathering held"), None, done["practice"]),
        Step(_("Launch plan and roster ready"), None, done["first_gathering"] and done["roster"]),
        Step(_("Launched"), launched.launched_at if launched else None, launched is not None),
        Step(
            _("First gathering"),
            first.starts_at if first else None,
            first is not None and first.ends_at < now,
        ),
    ]


def feed_token(cohort: Cohort) -> str:
    """The cohort's calendar link secret, derived (nothing stored): `<id>.<hmac>`."""
    return f"{cohort.pk}.{salted_hmac(FEED_SALT, str(cohort.pk)).hexdigest()[:32]}"


def cohort_for_feed(*, token: str) -> Cohort | None:
    cohort_id, _dot, secret = token.partition(".")
    if not cohort_id.isascii() or not cohort_id.isdigit() or len(cohort_id) > 18:
        return None
    expected = salted_hmac(FEED_SALT, str(int(cohort_id))).hexdigest()[:32]
    if not constant_time_compare(secret, expected):
        return None
    with scopes_disabled():
        return Cohort.objects.filter(pk=int(cohort_id)).select_related("network").first()
