"""A national network with a trainer, one cohort taking applications, and one admitted
organization whose two staff have accounts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.networks.models import Network, NetworkKind, Role
from collaboratory.people.models import User
from collaboratory.training.models import (
    Application,
    Assignment,
    Cohort,
    Submission,
    SubmissionStatus,
)
from collaboratory.training.services import (
    application_admit,
    application_submit,
    cohort_accepting_set,
    cohort_create,
    launch_history_record,
    submission_review,
    submission_save,
)
from tests.factories import MembershipFactory, NetworkFactory, UserFactory


@dataclass
class Training:
    national: Network
    trainer: User
    cohort: Cohort
    org: Application
    other: Application
    trainee: User
    other_trainee: User


def apply(national: Network, name: str, emails: tuple[str, str]) -> Application:
    return application_submit(
        network=national,
        organization=name,
        community=f"{name} town",
        why_now="Leaders here rarely meet.",
        landscape="Many groups, little trust.",
        staff=[(f"{name} One", emails[0]), (f"{name} Two", emails[1])],
    )


@pytest.fixture
def training(db: None, django_capture_on_commit_callbacks) -> Training:  # type: ignore[no-untyped-def]
    national = NetworkFactory(slug="nat", name="National")
    trainer = MembershipFactory(network=national, role=Role.STEWARD).user
    with django_capture_on_commit_callbacks(execute=True):
        cohort = cohort_create(
            network=national,
            name="Cohort A",
            starts_on=date.today() - timedelta(days=10),
            actor=trainer,
        )
        cohort_accepting_set(cohort=cohort, accepting=True, actor=trainer)
        org = apply(national, "Eastside", ("ana@east.example", "tom@east.example"))
        other = apply(national, "Westside", ("wen@west.example", "wes@west.example"))
        for application in (org, other):
            application_admit(application=application, cohort=cohort, actor=trainer)
    trainee = UserFactory(email="ana@east.example")
    other_trainee = UserFactory(email="wen@west.example")
    with scopes_disabled():
        cohort.refresh_from_db()
        org.refresh_from_db()
        other.refresh_from_db()
    return Training(national, trainer, cohort, org, other, trainee, other_trainee)


def accepted_work(training: Training, assignment: Assignment, text: str = "Names") -> Submission:
    """The organization's work on `assignment`, sent by its trainee and accepted."""
    work = submission_save(
        assignment=assignment, application=training.org, actor=training.trainee, text=text
    )
    return submission_review(
        submission=work, status=SubmissionStatus.ACCEPTED, feedback="", actor=training.trainer
    )


def record_launch(training: Training) -> Application:
    """The organization launched yesterday (as the demo records it: no plan, no mail);
    returns the application read again."""
    local = NetworkFactory(slug="eastside", kind=NetworkKind.LOCAL, parent=training.national)
    now = timezone.now()
    launch_history_record(
        application=training.org,
        local_network=local,
        applied_at=now - timedelta(days=3),
        admitted_at=now - timedelta(days=2),
        launched_at=now - timedelta(days=1),
        first_gathering=None,
        actor=training.trainer,
    )
    with scopes_disabled():
        return Application.objects.get(pk=training.org.pk)
