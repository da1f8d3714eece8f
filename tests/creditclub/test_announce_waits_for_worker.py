"""Announcing decisions queues each proposer's outcome email for the background worker
(`collaboratory worker`). When no worker has run lately, the board's message says the emails
wait for it instead of "its proposer is being emailed the outcome", as the gathering's
announcement does (`periodic.selectors.worker_idle`)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.creditclub import services
from collaboratory.periodic.models import PeriodicRun
from tests.conftest import client_for
from tests.creditclub.conftest import Club

pytestmark = pytest.mark.django_db

EMAILED = "its proposer is being emailed the outcome"


def _worker_ran(minutes_ago: int) -> None:
    """What a running worker's scheduler leaves: its record of the last periodic run."""
    at = timezone.now() - timedelta(minutes=minutes_ago)
    run = PeriodicRun.objects.create(name="collaboratory.test.every_minute", period_start=at)
    PeriodicRun.objects.filter(pk=run.pk).update(enqueued_at=at)


def _announce(club: Club) -> str:
    proposal = club.proposal()
    with scopes_disabled():
        services.proposal_stage_decision(proposal=proposal, decision="selected", actor=club.steward)
    return (
        client_for(club.steward)
        .post(
            f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/announce/",
            {"confirm": "yes", "early": "yes"},
            follow=True,
        )
        .content.decode()
    )


def test_without_a_worker_the_board_says_the_outcome_emails_wait_for_it(club: Club) -> None:
    _worker_ran(minutes_ago=90)

    page = _announce(club)

    assert EMAILED not in page
    assert "Announced 1 decision" in page
    assert "waiting for the background worker" in page.replace("\n", " ")


def test_with_a_worker_running_the_proposer_is_being_emailed(club: Club) -> None:
    _worker_ran(minutes_ago=1)

    page = _announce(club)

    assert EMAILED in page
    assert "waiting for the background worker" not in page
