"""The email telling the other party of a move goes out exactly once, like the rest of the
project's mail (docs/architecture.md, Outgoing email): the task run again (a retry, a second
worker) sends nothing more, and a send that failed (the mail server down) leaves no sent-log
row, so the hourly follow-up pass sends it once the server is back."""

from __future__ import annotations

from datetime import timedelta

from django.core import mail
from django_scopes import scope, scopes_disabled

from collaboratory.commitments.services import commitment_hide
from collaboratory.followthrough.models import CommitmentActivity
from collaboratory.followthrough.services import followthrough_run
from collaboratory.followthrough.tasks import move_email
from tests.followthrough.conftest import Project

FAILING = "tests.gatherings.test_notices.FailingBackend"
WORKING = "django.core.mail.backends.locmem.EmailBackend"


def _thanks(project: Project) -> list[str]:
    subject = f"Thank you: your commitment to {project.proposal.title} is acknowledged"
    return [m.to[0] for m in mail.outbox if m.subject == subject]


def test_the_task_run_again_sends_nothing_more(  # type: ignore[no-untyped-def]
    project: Project, run_tasks
) -> None:
    commitment = project.commit()
    run_tasks()
    project.move(commitment, project.presenter, "acknowledged")
    run_tasks()
    with scopes_disabled():
        activity = CommitmentActivity.objects.get(commitment=commitment, to_status="acknowledged")

    move_email.call(activity.pk)  # a retry of the same task, or a second worker's copy
    with scope(network=project.world.alpha):
        followthrough_run(network=project.world.alpha, now=activity.created_at + timedelta(hours=1))

    assert _thanks(project) == [project.dana.email]


def test_a_move_email_that_failed_goes_out_on_the_next_pass_once(  # type: ignore[no-untyped-def]
    project: Project, run_tasks, settings
) -> None:
    commitment = project.commit()
    run_tasks()
    settings.EMAIL_BACKEND = FAILING
    project.move(commitment, project.presenter, "acknowledged")
    run_tasks()  # the mail server is down: nothing goes out, and the task does not fail
    settings.EMAIL_BACKEND = WORKING
    mail.outbox.clear()
    with scopes_disabled():
        activity = CommitmentActivity.objects.get(commitment=commitment, to_status="acknowledged")

    with scope(network=project.world.alpha):
        followthrough_run(network=project.world.alpha, now=activity.created_at + timedelta(hours=1))
        followthrough_run(network=project.world.alpha, now=activity.created_at + timedelta(hours=2))

    assert _thanks(project) == [project.dana.email]


def test_a_failed_move_email_is_not_sent_once_it_is_old_news(  # type: ignore[no-untyped-def]
    project: Project, run_tasks, settings
) -> None:
    commitment = project.commit()
    run_tasks()
    settings.EMAIL_BACKEND = FAILING
    project.move(commitment, project.presenter, "acknowledged")
    run_tasks()
    settings.EMAIL_BACKEND = WORKING
    mail.outbox.clear()
    with scopes_disabled():
        activity = CommitmentActivity.objects.get(commitment=commitment, to_status="acknowledged")

    with scope(network=project.world.alpha):
        followthrough_run(network=project.world.alpha, now=activity.created_at + timedelta(days=8))

    assert _thanks(project) == []


def test_a_failed_move_email_is_not_sent_once_the_commitment_is_taken_off_the_board(  # type: ignore[no-untyped-def]
    project: Project, run_tasks, settings
) -> None:
    """Hidden after the move (not a commitment after all): it has no follow-up any more, and
    the link in the email would lead nowhere."""
    commitment = project.commit()
    run_tasks()
    settings.EMAIL_BACKEND = FAILING
    project.move(commitment, project.presenter, "acknowledged")
    run_tasks()
    settings.EMAIL_BACKEND = WORKING
    with scopes_disabled():
        commitment_hide(commitment=commitment, actor=project.steward, reason="a question")
        activity = CommitmentActivity.objects.get(commitment=commitment, to_status="acknowledged")
    run_tasks()
    mail.outbox.clear()

    with scope(network=project.world.alpha):
        followthrough_run(network=project.world.alpha, now=activity.created_at + timedelta(hours=1))

    assert _thanks(project) == []
