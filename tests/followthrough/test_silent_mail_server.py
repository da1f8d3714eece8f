"""A mail server that takes connections and never answers makes each try wait out the
timeout (30 s). The follow-through runs tried once per person, so an hourly pass held the
worker that long per committer with every other task behind it. Each run now stops at its
first failure that is the server's and the next run sends (docs/architecture.md, Outgoing
email); a refused mailbox still lets the others go. Connections are counted, never timed."""

from __future__ import annotations

import smtplib
import uuid
from datetime import timedelta

from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from collaboratory.followthrough.services import (
    followthrough_run,
    move_emails_send_due,
    project_update_post,
    project_updates_send_due,
    reminders_send_due,
)
from collaboratory.followthrough.tasks import followthrough_run_all
from tests.factories import MembershipFactory
from tests.followthrough.conftest import Project
from tests.mail.silent import silent_mail_server

FAILING = "tests.gatherings.test_notices.FailingBackend"
WORKING = "django.core.mail.backends.locmem.EmailBackend"


def _erin(project: Project):  # type: ignore[no-untyped-def]
    with scopes_disabled():
        return MembershipFactory(
            network=project.world.alpha, user__full_name="Erin Ek", user__email=ERIN
        ).user


ERIN = "erin@private.example"


def _to(address: str) -> int:
    return sum(1 for m in mail.outbox if m.to == [address])


def test_reminders_try_a_silent_server_once_per_run(  # type: ignore[no-untyped-def]
    project: Project, run_tasks, settings
) -> None:
    project.commit()
    project.commit(_erin(project))
    run_tasks()
    mail.outbox.clear()
    network, later = project.world.alpha, timezone.now() + timedelta(days=29)

    with silent_mail_server(settings) as accepted, scope(network=network):
        failed = reminders_send_due(network=network, now=later)
    tries = len(accepted)
    settings.EMAIL_BACKEND = WORKING
    with scope(network=network):
        reminders_send_due(network=network, now=later + timedelta(hours=1))

    assert (failed, tries) == (0, 1)
    assert (_to(project.dana.email), _to(ERIN)) == (1, 1)


class RefusesDana(BaseEmailBackend):
    """A mail server that refuses Dana's mailbox and takes the rest."""

    def send_messages(self, email_messages):  # type: ignore[no-untyped-def]
        if any("dana@private.example" in m.to for m in email_messages):
            raise smtplib.SMTPRecipientsRefused({"dana@private.example": (550, b"no")})
        mail.outbox.extend(email_messages)
        return len(email_messages)


def test_a_refused_mailbox_does_not_stop_the_others_reminders(  # type: ignore[no-untyped-def]
    project: Project, run_tasks, settings
) -> None:
    project.commit()
    project.commit(_erin(project))
    run_tasks()
    mail.outbox.clear()
    settings.EMAIL_BACKEND = "tests.followthrough.test_silent_mail_server.RefusesDana"

    with scope(network=project.world.alpha):
        reminders_send_due(network=project.world.alpha, now=timezone.now() + timedelta(days=29))

    assert (_to(project.dana.email), _to(ERIN)) == (0, 1)


def test_project_news_tries_a_silent_server_once_per_run(  # type: ignore[no-untyped-def]
    project: Project, run_tasks, settings
) -> None:
    project.commit()
    run_tasks()
    settings.EMAIL_BACKEND = FAILING  # down when the updates' own tasks ran
    with scopes_disabled():
        updates = [
            project_update_post(
                proposal=project.proposal,
                author=project.presenter,
                text=text,
                idempotency_key=uuid.uuid4(),
            )
            for text in ("We opened the second site.", "And a third.")
        ]
    run_tasks()
    mail.outbox.clear()
    network, later = project.world.alpha, updates[-1].created_at + timedelta(hours=1)

    with silent_mail_server(settings) as accepted, scope(network=network):
        failed = project_updates_send_due(network=network, now=later)
    tries = len(accepted)
    settings.EMAIL_BACKEND = WORKING
    with scope(network=network):
        retried = project_updates_send_due(network=network, now=later + timedelta(hours=1))

    assert (failed, tries, retried) == (0, 1, 2)


def test_move_emails_try_a_silent_server_once_per_run(  # type: ignore[no-untyped-def]
    project: Project, run_tasks, settings
) -> None:
    commitments = [project.commit(), project.commit(_erin(project))]
    run_tasks()
    settings.EMAIL_BACKEND = FAILING  # down when the moves' own tasks ran
    for commitment in commitments:
        project.move(commitment, project.presenter, "acknowledged")
    run_tasks()
    mail.outbox.clear()
    network, later = project.world.alpha, timezone.now() + timedelta(hours=1)

    with silent_mail_server(settings) as accepted, scope(network=network):
        failed = move_emails_send_due(network=network, now=later)
    tries = len(accepted)
    settings.EMAIL_BACKEND = WORKING
    with scope(network=network):
        retried = move_emails_send_due(network=network, now=later + timedelta(hours=1))

    assert (failed, tries, retried) == (0, 1, 2)


def test_the_hourly_pass_tries_a_silent_server_once_for_all_its_mail(  # type: ignore[no-untyped-def]
    project: Project, run_tasks, settings
) -> None:
    """Reminders, project news and move emails each stopped on their own at their first
    unreachable-server error, so one hourly pass waited out the timeout three times a
    network. One pass now stops all of them at the first, in every network; nothing is
    lost: the next hour sends it. Failed on the old code: three connections."""
    soon = timezone.localdate() + timedelta(days=2)
    commitments = [project.commit(due_on=soon), project.commit(_erin(project), due_on=soon)]
    run_tasks()
    settings.EMAIL_BACKEND = FAILING  # down when the news' and moves' own tasks ran
    with scopes_disabled():
        project_update_post(
            proposal=project.proposal,
            author=project.presenter,
            text="We opened the second site.",
            idempotency_key=uuid.uuid4(),
        )
    for commitment in commitments:
        project.move(commitment, project.presenter, "acknowledged")
    run_tasks()
    mail.outbox.clear()

    with silent_mail_server(settings) as accepted:
        followthrough_run_all.call()
    tries = len(accepted)
    settings.EMAIL_BACKEND = WORKING
    with scope(network=project.world.alpha):
        later = followthrough_run(network=project.world.alpha, now=timezone.now())

    assert tries == 1
    assert later["reminded"] > 0
    assert (later["news"], later["moves_told"]) == (2, 2)
