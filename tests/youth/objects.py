"""Youth program objects the authorization matrix requests. They exist in the youth cohort
only (the program is not there in other networks, which answer 404 before any object is
looked up): elsewhere a number that names nothing. The youth member missed a session, so
the make-up is theirs, and reported a concern."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.utils import timezone
from django_scopes import scope, scopes_disabled

from collaboratory.networks.models import Membership, Role
from collaboratory.networks.scoping import date_in
from collaboratory.youth.models import MakeUp
from collaboratory.youth.services import (
    ReferenceInput,
    application_submit,
    attendance_record,
    concern_report,
    cycle_create,
    session_save,
    vetted_adult_save,
)

NOTHING = 999_999


def _objects(world: Any) -> dict[str, int]:
    cache: dict[str, int] = world.__dict__.setdefault("_youth", {})
    if not cache:
        network = world.youth
        with scopes_disabled():
            steward = Membership.objects.filter(network=network, role=Role.STEWARD).first().user  # type: ignore[union-attr]
        youth = world.personas["youth_member"]
        # The network's day: the service refuses a vetting date after it, and between
        # midnight UTC and midnight in the network's zone the server's date is a day ahead.
        now = timezone.now()
        today = date_in(network, now)
        vetted_adult_save(
            network=network,
            user=steward,
            background_check_on=today,
            training_on=today,
            actor=steward,
        )
        cycle = cycle_create(
            network=network,
            name="Matrix cycle",
            priority_deadline=now + timedelta(days=5),
            final_deadline=now + timedelta(days=9),
            actor=steward,
        )
        application = application_submit(
            cycle=cycle,
            full_name="Matrix Applicant",
            email="applicant@matrix.example",
            guardian_email="parent@matrix.example",
            school="",
            city="",
            statement="Hello",
            references=[ReferenceInput("Ref Adult", "ref@matrix.example", "Coach")],
            conduct=True,
        )
        session = session_save(
            network=network,
            title="Matrix session",
            starts_at=now - timedelta(days=1),
            video_link="https://video.example/m",
            recording_link="",
            facilitator=steward,
            actor=steward,
        )
        row = attendance_record(session=session, member=youth, present=False, actor=steward)
        with scope(network=network):
            makeup = MakeUp.objects.get(attendance=row)
        # A concern the cohort's leads (its stewards: none is named) may hold.
        concern = concern_report(network=network, filed_by=youth, about="Matrix concern")
        cache.update(
            concern=concern.pk,
            cycle=cycle.pk,
            application=application.pk,
            session=session.pk,
            makeup=makeup.pk,
            member=youth.pk,
        )
    return cache


def _pk(kind: str) -> Any:
    def value(world: Any, network_key: str) -> int:
        return _objects(world)[kind] if network_key == "youth" else NOTHING

    return value


def public_cycle_pk(world: Any, network_key: str) -> int:
    """The public form's cycle, whoever asks (the route takes no network)."""
    return _objects(world)["cycle"]


youth_cycle_pk = _pk("cycle")
youth_application_pk = _pk("application")
youth_session_pk = _pk("session")
youth_makeup_pk = _pk("makeup")
youth_member_pk = _pk("member")
youth_concern_pk = _pk("concern")
