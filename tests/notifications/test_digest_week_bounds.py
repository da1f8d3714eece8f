"""The digest's week is the calendar week between two Monday 07:00s in the network's zone,
not the seven days before whenever the hourly task happened to send: a digest sent late in
its window (a worker down all morning) lost what was kept after the previous one went, and
the next one sent on time told it again."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.core import mail
from django_scopes import scopes_disabled

from collaboratory.commitments import lifecycle as lc
from collaboratory.commitments.models import Commitment
from tests.conftest import World
from tests.followthrough.conftest import make_project
from tests.notifications.test_weekly_digest import digests_to, monday_morning, send


def _kept_at(world: World, run_tasks, at: datetime) -> str:  # type: ignore[no-untyped-def]
    """Dana's commitment, kept at `at`; returns the line every digest of that week shows."""
    project = make_project(world)
    kept = project.commit(what="I will write 1 letter of support by Monday")
    project.move(kept, project.dana, lc.DONE)
    project.move(kept, project.presenter, lc.KEPT)
    with scopes_disabled():
        Commitment.objects.filter(pk=kept.pk).update(kept_at=at)
    run_tasks()
    mail.outbox.clear()
    return f"- Dana Doe for {project.proposal.title}"


def _digest_of(world: World, email: str) -> str:
    bodies = digests_to(email)
    return bodies[0] if bodies else ""


def test_a_digest_sent_late_on_monday_still_tells_what_was_kept_last_monday(
    world: World, run_tasks
) -> None:  # type: ignore[no-untyped-def]
    monday = monday_morning(world.alpha, hour=7, minute=0)
    # Kept last Monday at noon, after last week's digest went at 07:00.
    line = _kept_at(world, run_tasks, monday - timedelta(days=7) + timedelta(hours=5))

    send(world.alpha, monday + timedelta(hours=9))  # the worker came back at 16:00

    steward = world.personas["steward"].email
    assert "1 commitment kept this week" in _digest_of(world, steward)
    assert line in _digest_of(world, steward)


def test_what_a_late_digest_told_is_not_told_again_the_week_after(world: World, run_tasks) -> None:  # type: ignore[no-untyped-def]
    monday = monday_morning(world.alpha, hour=7, minute=0)
    # Kept this Monday at 08:00: after this week's window opened, before the late send.
    line = _kept_at(world, run_tasks, monday + timedelta(hours=1))

    send(world.alpha, monday + timedelta(hours=9))
    first = _digest_of(world, world.personas["steward"].email)
    mail.outbox.clear()
    send(world.alpha, monday + timedelta(days=7, minutes=5))
    second = _digest_of(world, world.personas["steward"].email)

    assert [line in first, line in second] == [False, True]
