"""Emails queued for someone's weekly digest are checked when the digest goes, and again
when a person they name deletes their account: a queued reminder naming a presenter who
has since deleted their account is dropped (its name must not go out), and queued news of
a project withdrawn since is not carried."""

from __future__ import annotations

import uuid
from datetime import timedelta

from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_scopes import scopes_disabled

from collaboratory.creditclub.models import Proposal, ProposalState
from collaboratory.creditclub.services import proposal_withdraw
from collaboratory.followthrough.services import project_update_post, reminders_send_due
from collaboratory.networks.models import Delivery, DigestItem, MailKind
from collaboratory.networks.services import notification_preferences_set
from collaboratory.people.services import account_delete
from tests.conftest import World
from tests.factories import MembershipFactory
from tests.notifications.test_weekly_digest import dana_owes_soon, digests_to, send


def _queued(user) -> list[DigestItem]:  # type: ignore[no-untyped-def]
    with scopes_disabled():
        return list(DigestItem.objects.filter(user=user))


def test_a_queued_reminder_naming_a_presenter_who_deleted_their_account_is_dropped(
    world: World, run_tasks
) -> None:  # type: ignore[no-untyped-def]
    """Dana reads reminders in the weekly digest; hers says "your commitment to <the
    presenter>". The presenter deletes their account before Monday: the queued reminder is
    dropped with it, and no digest names them. Failed on the old code: the item stayed and
    Monday's digest named the deleted person."""
    project, monday = dana_owes_soon(world, run_tasks)
    presenter = project.presenter
    name = presenter.full_name
    notification_preferences_set(user=project.dana, choices={MailKind.REMINDERS: Delivery.DIGEST})
    with scopes_disabled():
        reminders_send_due(network=world.alpha, now=monday - timedelta(days=1))
    (item,) = _queued(project.dana)
    assert name in item.excerpt
    assert [m for m in mail.outbox if m.to == [project.dana.email]] == []

    with scopes_disabled():
        account_delete(user=presenter, confirm_email=presenter.email)

    assert _queued(project.dana) == []
    send(world.alpha, monday)
    assert all(name not in body for body in digests_to(project.dana.email))


def test_queued_news_of_a_project_withdrawn_since_is_not_carried(world: World, run_tasks) -> None:  # type: ignore[no-untyped-def]
    """Dana reads project news in the weekly digest. The presenter posted news of their
    selected project, then withdrew it: Monday's digest does not carry that news, and the
    item is dropped rather than kept for a later week. Failed on the old code: the digest
    listed "News from ..." of the withdrawn project."""
    project, monday = dana_owes_soon(world, run_tasks)
    with scopes_disabled():
        Proposal.objects.filter(pk=project.proposal.pk).update(state=ProposalState.SELECTED)
        project.proposal.refresh_from_db()
    notification_preferences_set(user=project.dana, choices={MailKind.UPDATES: Delivery.DIGEST})
    with scopes_disabled():
        project_update_post(
            proposal=project.proposal,
            author=project.presenter,
            text="We signed the lease.",
            idempotency_key=uuid.uuid4(),
        )
    run_tasks()
    (item,) = _queued(project.dana)
    assert item.subject.startswith("News from ")

    with scopes_disabled():
        proposal_withdraw(proposal=project.proposal, actor=project.presenter)
    mail.outbox.clear()
    send(world.alpha, monday)

    assert all("News from " not in body for body in digests_to(project.dana.email))
    assert _queued(project.dana) == []


def test_the_weekly_run_reads_an_updates_readers_once_for_all_its_readers(
    world: World, run_tasks
) -> None:  # type: ignore[no-untyped-def]
    """Three members committed to a project and read its news in the weekly digest. The run
    asked each queued item whether it was still news, and each answer read the update and
    every commitment to the project again: once per reader. Now once per run; each still
    gets the news."""
    project, monday = dana_owes_soon(world, run_tasks)
    with scopes_disabled():
        Proposal.objects.filter(pk=project.proposal.pk).update(state=ProposalState.SELECTED)
        project.proposal.refresh_from_db()
        others = [
            MembershipFactory(
                network=world.alpha, user__full_name=name, user__email=f"{name[:3]}@x.example"
            ).user
            for name in ("Eli Eastman", "Flo Fisher")
        ]
    for person in others:
        project.commit(person)
    for person in (project.dana, *others):
        notification_preferences_set(user=person, choices={MailKind.UPDATES: Delivery.DIGEST})
    with scopes_disabled():
        project_update_post(
            proposal=project.proposal,
            author=project.presenter,
            text="We signed the lease.",
            idempotency_key=uuid.uuid4(),
        )
    run_tasks()
    assert all(len(_queued(p)) == 1 for p in (project.dana, *others))
    mail.outbox.clear()

    with CaptureQueriesContext(connection) as captured:
        send(world.alpha, monday)

    table = 'FROM "followthrough_projectupdate"'
    assert sum(table in q["sql"] for q in captured.captured_queries) == 1
    for person in (project.dana, *others):
        assert any("News from " in body for body in digests_to(person.email)), person.email
