"""Announcing a gathering leaves the emails to the background worker (`collaboratory
worker`). When no worker has run lately, the steward's manage page says the emails are
waiting for it, and how many, instead of "every member gets an email shortly"."""

from __future__ import annotations

from datetime import timedelta

from django.core import mail
from django.utils import timezone
from django_scopes import scope
from django_tasks_db.models import DBTaskResult

from collaboratory.gatherings.models import Gathering
from collaboratory.gatherings.selectors_notices import announcement_unsent_count
from collaboratory.gatherings.services import notices_send_due
from collaboratory.gatherings.tasks import gathering_notices_send
from collaboratory.networks.models import Delivery, MailKind
from collaboratory.networks.services.notifications import notification_preferences_set
from collaboratory.periodic.models import PeriodicRun
from tests.conftest import World, client_for
from tests.factories import GatheringFactory

HOST = {"HTTP_HOST": "127.0.0.1"}
SHORTLY = "Announced: every member gets an email shortly."


def _announce(world: World) -> tuple[Gathering, str]:
    gathering = GatheringFactory(network=world.alpha)
    client = client_for(world.personas["steward"])
    url = f"/n/alpha/gatherings/{gathering.pk}/manage/"
    page = client.post(url, {"action": "announce"}, follow=True, **HOST).content.decode()
    return gathering, page


def _worker_ran(minutes_ago: int) -> None:
    """What a running `collaboratory worker` leaves: its scheduler's record of the last
    periodic task it enqueued."""
    at = timezone.now() - timedelta(minutes=minutes_ago)
    run = PeriodicRun.objects.create(name="collaboratory.test.every_minute", period_start=at)
    PeriodicRun.objects.filter(pk=run.pk).update(enqueued_at=at)


def test_without_a_worker_the_page_says_how_many_emails_wait_for_it(world: World) -> None:
    _worker_ran(minutes_ago=90)

    gathering, page = _announce(world)
    with scope(network=world.alpha):
        sent = notices_send_due(network=world.alpha)

    assert SHORTLY not in page
    assert sent > 0
    assert (
        f"{sent} announcement emails are waiting for the background worker, which has not "
        "run lately" in page
    )
    client = client_for(world.personas["steward"])
    after = client.get(f"/n/alpha/gatherings/{gathering.pk}/manage/", **HOST).content.decode()
    assert "waiting for the background worker" not in after


def test_with_a_worker_running_the_announcement_says_the_emails_go_shortly(world: World) -> None:
    _worker_ran(minutes_ago=1)

    _gathering, page = _announce(world)

    assert SHORTLY in page
    assert "waiting for the background worker" not in page


def test_a_task_left_queued_for_long_means_no_worker_takes_them(world: World) -> None:
    """A scheduler run from cron writes its record, but without a worker nothing leaves the
    queue: the oldest queued task's age says so."""
    _worker_ran(minutes_ago=1)
    gathering_notices_send.enqueue()
    DBTaskResult.objects.update(enqueued_at=timezone.now() - timedelta(minutes=30))

    _gathering, page = _announce(world)

    assert SHORTLY not in page
    assert "waiting for the background worker" in page


def test_the_waiting_count_leaves_out_who_turned_gathering_notices_off(world: World) -> None:
    """Someone who turned gathering notices off (or to the weekly digest) gets no
    announcement email: the page said 141 wait on the demo while 139 went."""
    _worker_ran(minutes_ago=90)
    member = world.personas["member"]
    notification_preferences_set(user=member, choices={MailKind.GATHERING_NOTICES: Delivery.OFF})

    gathering, page = _announce(world)
    gathering.refresh_from_db()
    mail.outbox.clear()
    with scope(network=world.alpha):
        waiting = announcement_unsent_count(gathering=gathering)
        notices_send_due(network=world.alpha)
    emailed = {m.to[0] for m in mail.outbox}

    assert member.email not in emailed
    assert waiting == len(emailed)
    assert f"{waiting} announcement emails are waiting" in page
