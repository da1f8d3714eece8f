"""A committer's reminder queued for the weekly digest ("Coming up: ...", for a member who
reads reminders weekly) is asked again when the digest goes, as the reminder run asks
before it sends (`followthrough.services.reminders.committer_reminder_still_news`): a
commitment kept, released, hidden or undone since, or snoozed since, is not reminded of,
and the item is dropped rather than kept for a later week. Before, each of these went out
on Monday anyway."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import pytest
from django.core import mail
from django_scopes import scopes_disabled

from collaboratory.commitments import lifecycle as lc
from collaboratory.commitments.models import Commitment
from collaboratory.followthrough.services import reminder_snooze, reminders_send_due
from collaboratory.followthrough.services.reminders import committer_reminder_still_news
from collaboratory.networks.models import Delivery, DigestItem, MailKind, Membership
from collaboratory.networks.services import (
    membership_leave,
    membership_status_override,
    notification_preferences_set,
)
from tests.conftest import World
from tests.followthrough.conftest import Project, make_project
from tests.notifications import moves
from tests.notifications.test_weekly_digest import digests_to, monday_morning, send


def _queued(project: Project) -> list[DigestItem]:
    with scopes_disabled():
        return list(DigestItem.objects.filter(user=project.dana))


def _reminded_weekly(world: World, run_tasks) -> tuple[Project, Commitment, datetime]:  # type: ignore[no-untyped-def]
    """Dana reads reminders in the weekly digest and owes a commitment due three days
    after Monday; Sunday's reminder run queues "Coming up: ..." for her digest."""
    project = make_project(world)
    monday = monday_morning(world.alpha)
    commitment = project.commit(due_on=monday.date() + timedelta(days=3))
    run_tasks()
    notification_preferences_set(user=project.dana, choices={MailKind.REMINDERS: Delivery.DIGEST})
    with scopes_disabled():
        reminders_send_due(network=world.alpha, now=monday - timedelta(days=1))
    (item,) = _queued(project)
    assert item.subject == f"Coming up: {commitment.what[:60]}"
    assert item.news == f"reminder:{commitment.pk}"
    mail.outbox.clear()
    return project, commitment, monday


def _snoozed(project: Project, commitment: Commitment) -> None:
    with scopes_disabled():
        reminder_snooze(
            commitment=commitment,
            user=project.dana,
            until=commitment.due_on + timedelta(days=10),
        )


SINCE: dict[str, Callable[[Project, Commitment], None]] = {
    "kept": moves.kept,
    "marked done": moves.marked_done,
    "released": moves.released,
    "hidden": moves.hidden,
    "undone": moves.undone,
    "snoozed": _snoozed,
}


@pytest.mark.parametrize("since", list(SINCE))
def test_a_queued_reminder_of_a_commitment_settled_or_taken_back_since_is_not_carried(
    world: World, run_tasks, since: str
) -> None:  # type: ignore[no-untyped-def]
    """Failed on the old code for every case: Monday's digest said "Coming up: ..." of a
    commitment already kept, released, hidden, undone or snoozed."""
    project, commitment, monday = _reminded_weekly(world, run_tasks)

    SINCE[since](project, commitment)
    send(world.alpha, monday)

    assert all("Coming up:" not in body for body in digests_to(project.dana.email))
    assert _queued(project) == []


def test_a_queued_reminder_of_a_commitment_still_owed_is_carried(world: World, run_tasks) -> None:  # type: ignore[no-untyped-def]
    """The check drops only what is no longer news: an open commitment's reminder goes."""
    project, commitment, monday = _reminded_weekly(world, run_tasks)
    project.move(commitment, project.presenter, lc.ACKNOWLEDGED)  # still owed

    send(world.alpha, monday)

    (body,) = digests_to(project.dana.email)
    assert f"Coming up: {commitment.what[:60]}" in body
    assert _queued(project) == []  # carried once, then cleared


def test_a_committer_who_left_and_came_back_is_not_sent_the_old_reminder(
    world: World, run_tasks
) -> None:  # type: ignore[no-untyped-def]
    """Dana leaves the network after the reminder was queued, and a steward restores her
    membership before Monday: the reminder queued while she was a member does not go.
    (This passed on the old code too: a membership's end drops what waits for its
    digest; the check holds the same rule for a reminder asked again anywhere.)"""
    project, _commitment, monday = _reminded_weekly(world, run_tasks)
    with scopes_disabled():
        membership = Membership.objects.get(network=world.alpha, user=project.dana)
        assert membership_leave(membership=membership)
        membership.refresh_from_db()
        membership_status_override(
            membership=membership, status="active", note="Back with us", actor=project.steward
        )

    send(world.alpha, monday)

    assert all("Coming up:" not in body for body in digests_to(project.dana.email))


def test_the_check_follows_the_reminder_runs_rule(world: World, run_tasks) -> None:  # type: ignore[no-untyped-def]
    """The rule itself, as the weekly digest and the mail retry ask it: still news for its
    committer while the commitment is owed and the network follows them; not for someone
    else, not once they are no longer a member, not for a key that names nothing."""
    project, commitment, monday = _reminded_weekly(world, run_tasks)
    key = str(commitment.pk)
    with scopes_disabled():

        def news(user, key: str = key) -> bool:  # type: ignore[no-untyped-def]
            return committer_reminder_still_news(world.alpha, key, user, monday)

        assert news(project.dana)
        assert not news(project.presenter)  # not their commitment
        assert not news(None)  # no account
        assert not news(project.dana, "not-a-number")
        assert not news(project.dana, str(commitment.pk + 1000))
        Membership.objects.filter(network=world.alpha, user=project.dana).update(status="removed")
        assert not news(project.dana)
