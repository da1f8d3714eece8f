"""A presenter's project update whose email could not go out (the mail server down when the
task ran) is sent by the hourly follow-up pass once the server is back, to the people who
had committed when it was posted, and still once each."""

from __future__ import annotations

import uuid
from datetime import timedelta

from django.core.mail.backends import locmem
from django.core.mail.backends.base import BaseEmailBackend
from django_scopes import scope, scopes_disabled

from collaboratory.followthrough.services import followthrough_run, project_update_post
from tests.factories import MembershipFactory
from tests.followthrough.conftest import Project

FAILING = "tests.gatherings.test_notices.FailingBackend"
WORKING = "django.core.mail.backends.locmem.EmailBackend"


def _news(mails, project: Project) -> list[str]:  # type: ignore[no-untyped-def]
    subject = f"News from {project.proposal.title}"
    return sorted(m.to[0] for m in mails if m.subject == subject)


def test_an_update_that_failed_to_send_goes_out_on_the_next_pass(  # type: ignore[no-untyped-def]
    project: Project, run_tasks, mailoutbox, settings
) -> None:
    project.commit()
    run_tasks()
    settings.EMAIL_BACKEND = FAILING
    with scopes_disabled():
        update = project_update_post(
            proposal=project.proposal,
            author=project.presenter,
            text="We opened the second site.",
            idempotency_key=uuid.uuid4(),
        )
    run_tasks()
    settings.EMAIL_BACKEND = WORKING
    mailoutbox.clear()
    # Someone who commits after the update was posted is not sent that old news.
    with scopes_disabled():
        erin = MembershipFactory(network=project.world.alpha, user__full_name="Erin Ek").user
    project.commit(erin, now=update.created_at + timedelta(minutes=5))
    run_tasks()
    mailoutbox.clear()

    with scope(network=project.world.alpha):
        followthrough_run(network=project.world.alpha, now=update.created_at + timedelta(hours=1))
        followthrough_run(network=project.world.alpha, now=update.created_at + timedelta(hours=2))

    assert _news(mailoutbox, project) == [project.dana.email]


class RefusesErin(BaseEmailBackend):
    """A mail server that takes every message but those to Erin."""

    def send_messages(self, email_messages):  # type: ignore[no-untyped-def]
        if any(ERIN in m.to for m in email_messages):
            raise ConnectionRefusedError("mailbox unavailable")
        return locmem.EmailBackend().send_messages(email_messages)


ERIN = "erin@private.example"


def test_a_retry_sends_only_what_failed(  # type: ignore[no-untyped-def]
    project: Project, run_tasks, mailoutbox, settings
) -> None:
    """Dana reads English, Erin Spanish: two sends. Erin's failed, Dana's went out; the
    retry sends Erin's alone, and Dana still gets the news once."""
    project.commit()
    with scopes_disabled():
        erin = MembershipFactory(
            network=project.world.alpha,
            user__full_name="Erin Ek",
            user__email=ERIN,
            user__language="es",
        ).user
    project.commit(erin)
    run_tasks()
    mailoutbox.clear()
    settings.EMAIL_BACKEND = "tests.followthrough.test_project_update_retry.RefusesErin"
    with scopes_disabled():
        update = project_update_post(
            proposal=project.proposal,
            author=project.presenter,
            text="We opened the second site.",
            idempotency_key=uuid.uuid4(),
        )
    run_tasks()
    settings.EMAIL_BACKEND = WORKING

    with scope(network=project.world.alpha):
        followthrough_run(network=project.world.alpha, now=update.created_at + timedelta(hours=1))

    assert sorted(m.to[0] for m in mailoutbox if project.proposal.title in m.subject) == [
        project.dana.email,
        ERIN,
    ]
