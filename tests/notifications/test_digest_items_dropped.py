"""Emails queued for someone's weekly digest are dropped, not kept for later, when the
digest can no longer reach them: their membership ends, or they turn the digest off.
Kept, they all went out the Monday after the person came back or turned it on again."""

from __future__ import annotations

from django_scopes import scopes_disabled

from collaboratory.networks.mail import mail_send
from collaboratory.networks.models import Delivery, DigestItem, MailKind, Membership
from collaboratory.networks.services import (
    membership_status_override,
    notification_preferences_set,
)
from collaboratory.people.models import User
from tests.conftest import World
from tests.followthrough.conftest import Project
from tests.notifications.test_weekly_digest import dana_owes_soon, digests_to, send

SUBJECT = "News from the Storefront"


def _queue_news(world: World, dana: User) -> None:
    mail_send(
        network=world.alpha,
        subject=SUBJECT,
        body="We opened!",
        recipients=[dana],
        free_text=False,
        kind=MailKind.UPDATES,
        link="https://example.org/p/1/",
    )


def _set_status(world: World, dana: User, status: str) -> None:
    steward = world.personas["steward"]
    assert steward is not None
    with scopes_disabled():
        membership = Membership.objects.get(network=world.alpha, user=dana)
        membership_status_override(
            membership=membership, status=status, note="Away for a while", actor=steward
        )


def _queued(dana: User) -> int:
    with scopes_disabled():
        return DigestItem.objects.filter(user=dana).count()


def _monday_digest(world: World, project: Project, monday) -> str:  # type: ignore[no-untyped-def]
    send(world.alpha, monday)
    (body,) = digests_to(project.dana.email)  # Dana still owes a commitment: a digest goes
    return body


def test_items_are_dropped_when_the_membership_ends_and_not_sent_on_return(
    world: World, run_tasks
) -> None:  # type: ignore[no-untyped-def]
    project, monday = dana_owes_soon(world, run_tasks)
    notification_preferences_set(user=project.dana, choices={MailKind.UPDATES: Delivery.DIGEST})
    _queue_news(world, project.dana)
    assert _queued(project.dana) == 1

    _set_status(world, project.dana, "suspended")
    assert _queued(project.dana) == 0
    _queue_news(world, project.dana)  # sent while they are out: never queued
    assert _queued(project.dana) == 0
    _set_status(world, project.dana, "active")

    assert SUBJECT not in _monday_digest(world, project, monday)


def test_items_are_dropped_when_the_digest_is_turned_off_and_not_sent_when_on_again(
    world: World, run_tasks
) -> None:  # type: ignore[no-untyped-def]
    project, monday = dana_owes_soon(world, run_tasks)
    notification_preferences_set(user=project.dana, choices={MailKind.UPDATES: Delivery.DIGEST})
    _queue_news(world, project.dana)

    # The one-click unsubscribe turns the digest off and the kinds waiting for it with it.
    notification_preferences_set(
        user=project.dana, choices={MailKind.DIGESTS: Delivery.OFF}, via="unsubscribe"
    )
    assert _queued(project.dana) == 0
    notification_preferences_set(
        user=project.dana,
        choices={MailKind.DIGESTS: Delivery.ON, MailKind.UPDATES: Delivery.DIGEST},
    )

    assert SUBJECT not in _monday_digest(world, project, monday)


def test_a_kind_turned_off_drops_what_of_it_waits(world: World, run_tasks) -> None:  # type: ignore[no-untyped-def]
    project, monday = dana_owes_soon(world, run_tasks)
    notification_preferences_set(user=project.dana, choices={MailKind.UPDATES: Delivery.DIGEST})
    _queue_news(world, project.dana)

    notification_preferences_set(user=project.dana, choices={MailKind.UPDATES: Delivery.OFF})

    assert _queued(project.dana) == 0
    assert SUBJECT not in _monday_digest(world, project, monday)
