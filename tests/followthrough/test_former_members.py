"""Reminders and project news go to people who can act on them: a committer or presenter
whose membership ended (removed, left, suspended when a guardian withdrew consent) is no
longer chased by the network, since every page and move there is closed to them."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from django_scopes import scope, scopes_disabled

from collaboratory.commitments import lifecycle as lc
from collaboratory.followthrough.services import (
    followthrough_run,
    project_update_post,
    project_update_send,
)
from collaboratory.networks.models import Membership, MembershipStatus
from tests.followthrough.conftest import Project, at


@pytest.fixture
def quiet(project: Project, run_tasks, mailoutbox):  # type: ignore[no-untyped-def]
    run_tasks()
    mailoutbox.clear()
    return mailoutbox


def _end(project: Project, user, status: str = MembershipStatus.REMOVED) -> None:  # type: ignore[no-untyped-def]
    with scopes_disabled():
        Membership.objects.filter(network=project.world.alpha, user=user).update(status=status)


def _run(project: Project, day) -> None:  # type: ignore[no-untyped-def]
    with scope(network=project.world.alpha):
        followthrough_run(network=project.world.alpha, now=at(day))


@pytest.mark.parametrize("status", [MembershipStatus.REMOVED, MembershipStatus.SUSPENDED])
def test_a_committer_whose_membership_ended_is_not_reminded(
    project: Project,
    quiet,  # type: ignore[no-untyped-def]
    status: str,
) -> None:
    commitment = project.commit()
    project.move(commitment, project.presenter, lc.ACKNOWLEDGED)
    _end(project, project.dana, status)

    for offset in range(-10, 20):
        _run(project, commitment.due_on + timedelta(days=offset))

    assert [m.subject for m in quiet if m.to == [project.dana.email]] == []


def test_a_current_committer_is_still_reminded(project: Project, quiet) -> None:  # type: ignore[no-untyped-def]
    commitment = project.commit()
    project.move(commitment, project.presenter, lc.ACKNOWLEDGED)

    _run(project, commitment.due_on - timedelta(days=1))

    assert [m.subject for m in quiet if m.to == [project.dana.email]] == [
        f"Coming up: {commitment.what}"
    ]


def test_a_presenter_whose_membership_ended_is_not_asked_to_acknowledge(
    project: Project,
    quiet,  # type: ignore[no-untyped-def]
) -> None:
    commitment = project.commit()
    _end(project, project.presenter)

    for offset in range(0, 100):
        _run(project, commitment.created_at.date() + timedelta(days=offset))

    assert [m.subject for m in quiet if m.to == [project.presenter.email]] == []


def test_project_news_skips_a_committer_who_left(project: Project, quiet, run_tasks) -> None:  # type: ignore[no-untyped-def]
    project.commit()
    with scopes_disabled():
        from tests.factories import MembershipFactory

        erin = MembershipFactory(network=project.world.alpha, user__full_name="Erin Ek").user
    project.commit(erin)
    _end(project, project.dana, MembershipStatus.ALUMNI)

    with scopes_disabled():
        update = project_update_post(
            proposal=project.proposal,
            author=project.presenter,
            text="We opened!",
            idempotency_key=uuid.uuid4(),
        )
    run_tasks()
    with scope(network=project.world.alpha):
        again = project_update_send(update=update)

    assert sorted(m.to[0] for m in quiet) == [erin.email]
    assert again == 0


def test_a_presenter_whose_membership_ended_hears_of_no_move(
    project: Project, quiet, run_tasks
) -> None:  # type: ignore[no-untyped-def]
    commitment = project.commit()
    project.move(commitment, project.presenter, lc.ACKNOWLEDGED)
    run_tasks()
    quiet.clear()
    _end(project, project.presenter)

    project.move(commitment, project.dana, lc.DONE)
    run_tasks()

    assert [m.subject for m in quiet if m.to == [project.presenter.email]] == []


def test_a_committer_whose_membership_ended_hears_of_no_move(
    project: Project, quiet, run_tasks
) -> None:  # type: ignore[no-untyped-def]
    commitment = project.commit()
    _end(project, project.dana, MembershipStatus.SUSPENDED)

    project.move(commitment, project.presenter, lc.ACKNOWLEDGED)
    run_tasks()

    assert [m.subject for m in quiet if m.to == [project.dana.email]] == []


def test_a_current_presenter_still_hears_of_a_move(project: Project, quiet, run_tasks) -> None:  # type: ignore[no-untyped-def]
    commitment = project.commit()
    project.move(commitment, project.presenter, lc.ACKNOWLEDGED)
    run_tasks()
    quiet.clear()

    project.move(commitment, project.dana, lc.DONE)
    run_tasks()

    assert len([m for m in quiet if m.to == [project.presenter.email]]) == 1
