"""A project marked presented days after its gathering (the steward caught up on the review
board on Thursday) reaches the next weekly digest, once. The digest took the asks of
gatherings that started in its week, so one recorded after that week's digest had gone
was never in any: it is told in the week the presentation was recorded in, when that is
later than the gathering."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.core import mail
from django.db import models
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.creditclub.models import Proposal, ProposalState
from collaboratory.creditclub.services import proposal_mark_presented
from collaboratory.gatherings.models import Gathering
from collaboratory.networks.models import Role
from tests.factories import MembershipFactory
from tests.matching.conftest import HALL, VENUE_ASK, Scene, make_scene
from tests.notifications.test_weekly_digest import digests_to, monday_morning, send


def _gathering_at(scene: Scene, start: datetime) -> None:
    with scopes_disabled():
        Gathering.objects.filter(pk=scene.gathering.pk).update(
            starts_at=start, ends_at=start + timedelta(hours=3)
        )


def _presented_at(scene: Scene, when: datetime) -> None:
    """A steward marks the project presented, on the review board, at `when`. The audit
    row is that record; the suite has no clock to move, so its moment is set after it."""
    with scopes_disabled():
        Proposal.objects.filter(pk=scene.proposal.pk).update(state=ProposalState.SELECTED)
        steward = MembershipFactory(network=scene.network, role=Role.STEWARD).user
        proposal_mark_presented(
            proposal=Proposal.objects.get(pk=scene.proposal.pk), actor=steward, now=when
        )
        models.QuerySet.update(
            AuditEvent.objects.filter(
                action="proposal.presented", target_id=str(scene.proposal.pk)
            ),
            created_at=when,
        )


def test_a_project_marked_presented_late_reaches_the_next_digest_once(db: None) -> None:
    scene = make_scene()
    hana = scene.member("Hana Hall", HALL)
    monday = monday_morning(scene.network)
    # The gathering was on the Friday of the week before last week's digest went...
    _gathering_at(scene, monday - timedelta(days=10))
    with scopes_disabled():
        Proposal.objects.filter(pk=scene.proposal.pk).update(state=ProposalState.SELECTED)
    mail.outbox.clear()
    send(scene.network, monday - timedelta(days=7))  # ...not presented yet then
    # ...and the project was marked presented on the Saturday after that digest.
    _presented_at(scene, monday - timedelta(days=2))

    send(scene.network, monday)
    send(scene.network, monday + timedelta(days=7))

    told = [VENUE_ASK in body for body in digests_to(hana.email)]
    assert told == [True], told


def test_a_project_marked_presented_in_its_week_is_told_once_not_again(db: None) -> None:
    """Recorded the day after the gathering, both in the digest's week: told in that
    digest, and not again in the next one (nor in a second run of the same Monday)."""
    scene = make_scene()
    hana = scene.member("Hana Hall", HALL)
    monday = monday_morning(scene.network)
    _gathering_at(scene, monday - timedelta(days=4))
    _presented_at(scene, monday - timedelta(days=3))
    mail.outbox.clear()

    send(scene.network, monday)
    send(scene.network, monday + timedelta(hours=2))
    send(scene.network, monday + timedelta(days=7))
    send(scene.network, monday + timedelta(days=14))

    told = [VENUE_ASK in body for body in digests_to(hana.email)]
    assert told.count(True) == 1, told
    assert told[0] is True
