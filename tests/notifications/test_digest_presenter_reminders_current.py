"""A presenter's reminder queued for the weekly digest (for a presenter who reads reminders
weekly) is asked again when the digest goes, as the reminder run asks before it sends, as a
committer's is (test_digest_reminders_current.py):

- "Commitments to acknowledge: ..." (`acknowledge_reminder_still_news`): dropped once
  every commitment of its batch was acknowledged, answered with a request to adjust,
  marked done, kept, released, hidden or undone, or the project was withdrawn;
- "30 days on: ..." (`follow_up_reminder_still_news`): dropped once the presenter posted
  an update since the prompt's day.

Before, each of these went out on Monday anyway. The reminder run itself now asks the same
two things (one selector each): no reminder to acknowledge commitments to a withdrawn
project, no prompt to follow up to a presenter who posted an update since its day."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime, timedelta

import pytest
from django.core import mail
from django_scopes import scopes_disabled

from collaboratory.commitments import lifecycle as lc
from collaboratory.commitments.models import Commitment
from collaboratory.creditclub.models import Proposal, ProposalState
from collaboratory.creditclub.services import proposal_withdraw
from collaboratory.followthrough.services import project_update_post, reminders_send_due
from collaboratory.followthrough.services.reminders import (
    acknowledge_reminder_still_news,
    follow_up_reminder_still_news,
)
from collaboratory.gatherings.models import Gathering
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

ACKNOWLEDGE = "Commitments to acknowledge: alpha proposal"
FOLLOW_UP = "30 days on: alpha proposal"


def _queued(project: Project) -> list[DigestItem]:
    with scopes_disabled():
        return list(DigestItem.objects.filter(user=project.presenter))


def _carried(project: Project, subject: str) -> bool:
    return any(subject in body for body in digests_to(project.presenter.email))


def _weekly(project: Project) -> None:
    notification_preferences_set(
        user=project.presenter, choices={MailKind.REMINDERS: Delivery.DIGEST}
    )


def _offered_thursday(project: Project, monday: datetime) -> Commitment:
    """Dana offers a commitment on the Thursday before Monday (the run reminds the presenter
    two days on)."""
    commitment = project.commit()
    with scopes_disabled():
        Commitment.objects.filter(pk=commitment.pk).update(created_at=monday - timedelta(days=4))
    return project.refresh(commitment)


def _run(project: Project, now: datetime) -> None:
    with scopes_disabled():
        reminders_send_due(network=project.world.alpha, now=now)


def _asked_to_acknowledge(
    world: World,
    run_tasks,  # type: ignore[no-untyped-def]
    *,
    presented: bool = True,
    commitments: int = 1,
) -> tuple[Project, list[Commitment], datetime]:
    """The presenter reads reminders weekly; Dana offered commitments on Thursday, and
    Sunday's reminder run queues "Commitments to acknowledge: ..." for Monday's digest."""
    project = make_project(world)
    if not presented:  # offered on the asks board before the gathering
        with scopes_disabled():
            Proposal.objects.filter(pk=project.proposal.pk).update(state=ProposalState.SELECTED)
            project.proposal.refresh_from_db()
    monday = monday_morning(world.alpha)
    offered = [_offered_thursday(project, monday) for _n in range(commitments)]
    run_tasks()
    _weekly(project)
    _run(project, monday - timedelta(days=1))
    (item,) = [i for i in _queued(project) if i.subject == ACKNOWLEDGE]
    assert item.news == f"acknowledge-reminder:{project.proposal.pk}:{offered[-1].pk}"
    mail.outbox.clear()
    return project, offered, monday


def _acknowledged(project: Project, commitment: Commitment) -> None:
    project.move(commitment, project.presenter, lc.ACKNOWLEDGED)


def _adjustment_asked(project: Project, commitment: Commitment) -> None:
    project.move(commitment, project.presenter, lc.ADJUST_REQUESTED, note="Two, not three?")


SINCE: dict[str, Callable[[Project, Commitment], None]] = {
    "acknowledged": _acknowledged,
    "adjustment asked": _adjustment_asked,
    "marked done": moves.marked_done,
    "kept": moves.kept,
    "released": moves.released,
    "hidden": moves.hidden,
    "undone": moves.undone,
}


@pytest.mark.parametrize("since", list(SINCE))
def test_a_queued_reminder_to_acknowledge_a_commitment_answered_or_taken_back_is_not_carried(
    world: World, run_tasks, since: str
) -> None:  # type: ignore[no-untyped-def]
    """Failed on the old code for every case: Monday's digest asked the presenter to
    acknowledge a commitment they had acknowledged, or that was settled or taken back."""
    project, (commitment,), monday = _asked_to_acknowledge(world, run_tasks)

    SINCE[since](project, commitment)
    send(world.alpha, monday)

    assert not _carried(project, ACKNOWLEDGE)
    assert _queued(project) == []


def test_a_queued_reminder_to_acknowledge_for_a_withdrawn_project_is_not_carried(
    world: World, run_tasks
) -> None:  # type: ignore[no-untyped-def]
    """Failed on the old code: the project was withdrawn after the run, and Monday's digest
    still asked its presenter to thank people for commitments to it."""
    project, _offered, monday = _asked_to_acknowledge(world, run_tasks, presented=False)
    with scopes_disabled():
        proposal_withdraw(proposal=project.proposal, actor=project.presenter)

    send(world.alpha, monday)

    assert not _carried(project, ACKNOWLEDGE)


def test_the_run_does_not_ask_to_acknowledge_commitments_to_a_withdrawn_project(
    world: World, run_tasks
) -> None:  # type: ignore[no-untyped-def]
    """The run asks the same rule: before, it asked on Sunday as if nothing happened."""
    project = make_project(world)
    with scopes_disabled():
        Proposal.objects.filter(pk=project.proposal.pk).update(state=ProposalState.SELECTED)
        project.proposal.refresh_from_db()
    monday = monday_morning(world.alpha)
    _offered_thursday(project, monday)
    run_tasks()
    with scopes_disabled():
        proposal_withdraw(proposal=project.proposal, actor=project.presenter)
    mail.outbox.clear()

    _run(project, monday - timedelta(days=1))

    assert [m for m in mail.outbox if m.subject == ACKNOWLEDGE] == []


def test_a_queued_reminder_to_acknowledge_is_carried_while_one_of_its_batch_waits(
    world: World, run_tasks
) -> None:  # type: ignore[no-untyped-def]
    """The check drops only what is no longer news: one of two acknowledged, the other
    still waits for thanks, so the reminder goes."""
    project, (first, _second), monday = _asked_to_acknowledge(world, run_tasks, commitments=2)
    _acknowledged(project, first)

    send(world.alpha, monday)

    assert _carried(project, ACKNOWLEDGE)
    assert _queued(project) == []  # carried once, then cleared


def _prompted(world: World, run_tasks) -> tuple[Project, datetime]:  # type: ignore[no-untyped-def]
    """The project was presented 31 days before Monday: Sunday's run (day 30) queues the
    prompt to follow up for the presenter's digest."""
    project = make_project(world)
    monday = monday_morning(world.alpha)
    started = monday - timedelta(days=31)
    with scopes_disabled():
        Gathering.objects.filter(pk=project.proposal.gathering_id).update(
            starts_at=started, ends_at=started + timedelta(hours=4)
        )
    run_tasks()
    _weekly(project)
    _run(project, monday - timedelta(days=1))
    (item,) = [i for i in _queued(project) if i.subject == FOLLOW_UP]
    assert item.news == f"follow-up-reminder:{project.proposal.pk}:30"
    mail.outbox.clear()
    return project, monday


def _update(project: Project, now: datetime) -> None:
    with scopes_disabled():
        project_update_post(
            proposal=project.proposal,
            author=project.presenter,
            text="We opened on Saturday.",
            idempotency_key=uuid.uuid4(),
            now=now,
        )


def test_a_queued_prompt_to_follow_up_is_not_carried_after_an_update(
    world: World, run_tasks
) -> None:  # type: ignore[no-untyped-def]
    """Failed on the old code: the presenter posted an update on Sunday evening, after the
    run, and Monday's digest still said "30 days on: ... post an update"."""
    project, monday = _prompted(world, run_tasks)
    _update(project, monday - timedelta(hours=12))

    send(world.alpha, monday)

    assert not _carried(project, FOLLOW_UP)
    assert _queued(project) == []


def test_a_queued_prompt_to_follow_up_is_carried_when_the_last_update_came_before_its_day(
    world: World, run_tasks
) -> None:  # type: ignore[no-untyped-def]
    """The control: an update a week before the prompt's day is not its follow-up."""
    project, monday = _prompted(world, run_tasks)
    _update(project, monday - timedelta(days=8))

    send(world.alpha, monday)

    assert _carried(project, FOLLOW_UP)


def test_the_run_does_not_prompt_a_presenter_who_posted_an_update_since_its_day(
    world: World, run_tasks
) -> None:  # type: ignore[no-untyped-def]
    """The run asks the same rule: a worker that first runs on day 33 (inside the prompt's
    two weeks) does not ask for an update posted on day 31."""
    project = make_project(world)
    monday = monday_morning(world.alpha)
    started = monday - timedelta(days=34)
    with scopes_disabled():
        Gathering.objects.filter(pk=project.proposal.gathering_id).update(
            starts_at=started, ends_at=started + timedelta(hours=4)
        )
    _update(project, started + timedelta(days=31))
    run_tasks()
    mail.outbox.clear()

    _run(project, monday - timedelta(days=1))

    assert [m for m in mail.outbox if m.subject == FOLLOW_UP] == []


@pytest.mark.parametrize("kind", ["acknowledge", "follow up"])
def test_a_presenter_who_left_and_came_back_is_not_sent_the_old_reminder(
    world: World, run_tasks, kind: str
) -> None:  # type: ignore[no-untyped-def]
    """(This passed on the old code too: a membership's end drops what waits for its
    digest; the check holds the same rule wherever the reminder is asked again.)"""
    if kind == "acknowledge":
        project, _offered, monday = _asked_to_acknowledge(world, run_tasks)
    else:
        project, monday = _prompted(world, run_tasks)
    with scopes_disabled():
        membership = Membership.objects.get(network=world.alpha, user=project.presenter)
        assert membership_leave(membership=membership)
        membership.refresh_from_db()
        membership_status_override(
            membership=membership, status="active", note="Back with us", actor=project.steward
        )

    send(world.alpha, monday)

    assert not _carried(project, ACKNOWLEDGE)
    assert not _carried(project, FOLLOW_UP)


def test_the_checks_follow_the_reminder_runs_rules(world: World, run_tasks) -> None:  # type: ignore[no-untyped-def]
    """The rules themselves, as the weekly digest and the mail retry ask them: still news
    for the project's presenter while due and the network follows them; not for someone
    else, not once they are no longer a member, not for a key that names nothing."""
    project, (commitment,), monday = _asked_to_acknowledge(world, run_tasks)
    pk = project.proposal.pk
    acknowledge = f"{pk}:{commitment.pk}"
    with scopes_disabled():
        assert acknowledge_reminder_still_news(world.alpha, acknowledge, project.presenter, monday)
        assert not acknowledge_reminder_still_news(world.alpha, acknowledge, project.dana, monday)
        assert not acknowledge_reminder_still_news(world.alpha, acknowledge, None, monday)
        # A batch that ends before the commitment does not hold it.
        assert not acknowledge_reminder_still_news(
            world.alpha, f"{pk}:{commitment.pk - 1}", project.presenter, monday
        )
        for key in ("", "x", f"{pk}", f"{pk}:x", f"x:{commitment.pk}", f"{pk + 1000}:1"):
            assert not acknowledge_reminder_still_news(world.alpha, key, project.presenter, monday)
            assert not follow_up_reminder_still_news(world.alpha, key, project.presenter, monday)
        assert follow_up_reminder_still_news(world.alpha, f"{pk}:30", project.presenter, monday)
        assert not follow_up_reminder_still_news(world.alpha, f"{pk}:30", project.dana, monday)
        Membership.objects.filter(network=world.alpha, user=project.presenter).update(
            status="removed"
        )
        assert not acknowledge_reminder_still_news(
            world.alpha, acknowledge, project.presenter, monday
        )
        assert not follow_up_reminder_still_news(world.alpha, f"{pk}:30", project.presenter, monday)
