"""Turning 18 with money still awaiting a guardian in a cohort the person has left.

The birthday email and the catch-up listed only the money of cohorts where the person was
still admitted: money in a cohort they had left (a guardian's revocation, a dismissal, a
graduation) waited for a guardian who no longer has a say, for ever, and nobody said a
word. The person cannot keep it there (the cohort's pages are closed to someone who left,
and the family's or the stewards' decision to take them out stands), so it is withdrawn,
never counted, and the cohort they left tells them so, once. The host's money goes to a
cohort under the same host where they are still admitted, which asks as before."""

from __future__ import annotations

from typing import Any

import pytest
from django.core import mail
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.commitments.models import COUNTED, Commitment
from collaboratory.networks.models import Membership, MembershipStatus, NetworkKind, Role
from collaboratory.people.models import User
from collaboratory.youth import tasks
from collaboratory.youth.models import MoneyAskedAt18
from collaboratory.youth.services import money_awaiting_catch_up
from tests.conftest import World, client_for
from tests.factories import MembershipFactory, NetworkFactory
from tests.youth.test_coming_of_age import born_for, fresh, set_born_on
from tests.youth.test_coming_of_age import far as far
from tests.youth.test_coming_of_age_cohorts import _moved_by_an_earlier_version, second_cohort

pytestmark = pytest.mark.django_db


def _money(youth: User, words: str) -> Commitment:
    with scopes_disabled():
        return Commitment.objects.get(committer=youth, what__startswith=words)


def _told(youth: User) -> list[Any]:
    return [m for m in mail.outbox if m.to == [youth.email]]


def _leave(network: Any, youth: User, status: str = MembershipStatus.SUSPENDED) -> None:
    with scopes_disabled():
        Membership.objects.filter(network=network, user=youth).update(status=status)


def _withdrawn_for_leaving(commitment: Commitment) -> bool:
    with scopes_disabled():
        row = Commitment.objects.get(pk=commitment.pk)
        audited = AuditEvent.objects.filter(
            action="commitment.withdrawn_at_18",
            target_id=str(commitment.pk),
            actor__isnull=True,
        ).count()
        counted = Commitment.objects.filter(COUNTED, pk=commitment.pk).exists()
    return (
        row.undone_at is not None
        and row.guardian_approval != "awaiting"
        and not counted
        and (audited == 1)
    )


def test_money_in_a_cohort_left_is_withdrawn_and_told_once_by_that_cohort(
    world: World, far: dict[str, Any], django_capture_on_commit_callbacks: Any
) -> None:
    youth = far["youth"]
    second = second_cohort(world, youth)
    _leave(second["network"], youth)  # the guardian revoked consent there
    birthday = born_for(far["today"])
    set_born_on(world.youth, youth, birthday)
    set_born_on(second["network"], youth, birthday)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        tasks.youth_coming_of_age.call()
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.youth_coming_of_age.call() == 0  # the next hour: nothing again
        with scopes_disabled():
            assert money_awaiting_catch_up(network=second["network"]) == 0

    told = _told(youth)
    assert len(told) == 2, [m.subject for m in told]
    (asked,) = [m for m in told if "$40" in m.body]
    (left,) = [m for m in told if "$15" in m.body]
    assert "Second Cohort" in left.subject
    assert "withdrawn" in left.body
    assert "You are no longer in Second Cohort" in left.body
    assert "/n/second-cohort/" not in left.body  # its pages are closed to them
    assert "Happy 18th birthday" not in left.subject  # the admitted cohort says that
    assert "Happy 18th birthday" in asked.subject
    assert _withdrawn_for_leaving(second["money"])
    assert _money(youth, "I will give $40").guardian_approval == "awaiting"  # theirs to decide
    with scopes_disabled():
        assert MoneyAskedAt18.objects.filter(commitment=second["money"]).count() == 1
    # The cohort's pages stay closed: a former member is sent to the front door, told the
    # membership ended (networks middleware), never shown the page.
    closed = client_for(fresh(youth)).get("/n/second-cohort/youth/")
    assert (closed.status_code, closed["Location"]) == (302, "/")


def test_the_hosts_money_is_asked_about_by_the_cohort_still_admitted(
    world: World, far: dict[str, Any], django_capture_on_commit_callbacks: Any
) -> None:
    """Left the first cohort, still in a sibling under the same host: the sibling's email
    asks about the host's money (its page decides it), whichever cohort comes first."""
    youth = far["youth"]
    with scopes_disabled():
        sibling = NetworkFactory(
            slug="sibling-cohort",
            name="Sibling Cohort",
            kind=NetworkKind.YOUTH,
            parent=world.alpha,
            time_zone=world.youth.time_zone,
        )
        MembershipFactory(network=sibling, user=youth, role=Role.YOUTH_MEMBER)
    assert sibling.pk > world.youth.pk  # the cohort left comes first by id
    _leave(world.youth, youth, MembershipStatus.ALUMNI)
    birthday = born_for(far["today"])
    set_born_on(world.youth, youth, birthday)
    set_born_on(sibling, youth, birthday)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        tasks.youth_coming_of_age.call()

    (told,) = _told(youth)
    assert "$40" in told.body
    assert "/n/sibling-cohort/youth/" in told.body
    assert "withdrawn" not in told.body
    forty = _money(youth, "I will give $40")
    assert forty.guardian_approval == "awaiting"
    page = client_for(fresh(youth)).get("/n/sibling-cohort/youth/").content.decode()
    assert 'name="decision" value="keep"' in page


def test_the_catch_up_withdraws_money_in_a_cohort_left_once(
    world: World, far: dict[str, Any], django_capture_on_commit_callbacks: Any
) -> None:
    """Someone an earlier version moved to the adult band, whose only cohort they had left:
    the hourly run withdraws the money still awaiting a guardian and tells them, once."""
    youth = far["youth"]
    _moved_by_an_earlier_version(world.youth, youth, far["today"])
    _leave(world.youth, youth, MembershipStatus.REMOVED)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        first = tasks.youth_coming_of_age.call()
    with django_capture_on_commit_callbacks(execute=True):
        again = tasks.youth_coming_of_age.call()
        with scopes_disabled():
            retried = money_awaiting_catch_up(network=world.youth)

    assert (first, again, retried) == (1, 0, 0)
    (told,) = _told(youth)
    assert "$40" in told.body
    assert "withdrawn" in told.body
    assert _withdrawn_for_leaving(_money(youth, "I will give $40"))
