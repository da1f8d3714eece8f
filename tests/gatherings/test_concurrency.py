"""Seats and stipend money under concurrent requests: several threads, each on its own
database connection, race for the last seats and the last dollars."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import connection
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.gatherings.models import (
    Attendance,
    Gathering,
    Rsvp,
    RsvpStatus,
    StipendRequest,
    Substitution,
)
from collaboratory.gatherings.selectors import check_in_code_for
from collaboratory.gatherings.services import (
    attendance_check_in,
    rsvp_submit,
    stipend_decide,
    stipend_request_submit,
    substitution_check_in,
    substitution_decide,
    substitution_request,
)
from collaboratory.networks.models import Role
from tests.factories import GatheringFactory, MembershipFactory, NetworkFactory

pytestmark = pytest.mark.django_db(transaction=True)


def run_together(jobs: list[Callable[[], None]]) -> list[BaseException]:
    """Start every job at once (behind a barrier); each closes its own connection."""
    barrier = threading.Barrier(len(jobs))
    errors: list[BaseException] = []

    def wrap(job: Callable[[], None]) -> None:
        try:
            barrier.wait()
            with scopes_disabled():
                job()
        except BaseException as error:  # collected and asserted by the test
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=wrap, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def test_concurrent_yes_answers_never_overbook_and_the_rest_wait() -> None:
    network = NetworkFactory()
    gathering = GatheringFactory(network=network, capacity=3)
    people = [MembershipFactory(network=network).user for _ in range(8)]

    errors = run_together(
        [
            lambda u=u: rsvp_submit(gathering=gathering, user=u, answer="yes", both_parts=True)  # type: ignore[misc]
            for u in people
        ]
    )

    with scopes_disabled():
        statuses = sorted(Rsvp.objects.filter(gathering=gathering).values_list("status", flat=True))
    assert errors == []
    assert statuses == [RsvpStatus.CONFIRMED] * 3 + [RsvpStatus.WAITLISTED] * 5


def test_concurrent_cancellations_promote_exactly_as_many_as_seats_freed() -> None:
    network = NetworkFactory()
    gathering = GatheringFactory(network=network, capacity=3)
    seated = [MembershipFactory(network=network).user for _ in range(3)]
    waiting = [MembershipFactory(network=network).user for _ in range(4)]
    with scopes_disabled():
        for user in seated + waiting:
            rsvp_submit(gathering=gathering, user=user, answer="yes", both_parts=True)
    latecomers = [MembershipFactory(network=network).user for _ in range(3)]

    jobs = [lambda u=u: rsvp_submit(gathering=gathering, user=u, answer="no") for u in seated[:2]]
    jobs += [
        lambda u=u: rsvp_submit(gathering=gathering, user=u, answer="yes", both_parts=True)
        for u in latecomers
    ]
    errors = run_together(jobs)  # type: ignore[arg-type]

    with scopes_disabled():
        confirmed = set(
            Rsvp.objects.filter(gathering=gathering, status=RsvpStatus.CONFIRMED).values_list(
                "user_id", flat=True
            )
        )
    assert errors == []
    # The two freed seats go to the first two on the waitlist, never to a latecomer.
    assert confirmed == {seated[2].pk, waiting[0].pk, waiting[1].pk}


def test_concurrent_stipend_approvals_never_exceed_the_budget() -> None:
    network = NetworkFactory()
    steward = MembershipFactory(network=network, role=Role.STEWARD).user
    gathering = GatheringFactory(network=network, stipend_budget=Decimal(500))
    requests = []
    with scopes_disabled():
        for _ in range(5):
            user = MembershipFactory(network=network).user
            rsvp_submit(gathering=gathering, user=user, answer="yes", both_parts=True)
            requests.append(
                stipend_request_submit(
                    gathering=gathering,
                    user=user,
                    reason="Bus fare from Tulsa",
                    amount=Decimal(200),
                    no_institutional_support=True,
                )
            )

    errors = run_together(
        [
            lambda s=s: stipend_decide(stipend=s, approve=True, actor=steward)  # type: ignore[misc]
            for s in requests
        ]
    )

    with scopes_disabled():
        approved = StipendRequest.objects.filter(gathering=gathering, status="approved").count()
        committed = Gathering.objects.get(pk=gathering.pk).stipend_committed
    assert (approved, committed) == (2, Decimal(400))
    assert len(errors) == 3
    assert all(isinstance(e, ValidationError) for e in errors)
    assert "would exceed the budget: $100.00 remains" in str(errors[0])


def test_two_stewards_deciding_one_substitute_at_once_give_one_decision_and_one_pass() -> None:
    """Issue 12: each steward's page loaded the request while it was pending; the status is
    now read again under the lock, so the second decision is refused instead of issuing a
    second pass (or overturning the first)."""
    network = NetworkFactory()
    stewards = [MembershipFactory(network=network, role=Role.STEWARD).user for _ in range(2)]
    member = MembershipFactory(network=network).user
    gathering = GatheringFactory(network=network, capacity=10)
    with scopes_disabled():
        rsvp_submit(gathering=gathering, user=member, answer="yes", both_parts=True)
        substitution_request(
            gathering=gathering,
            member=member,
            name="Sam Standin",
            email="sam@example.org",
            reason="Travelling for work",
        )
        copies = [Substitution.objects.get(gathering=gathering) for _ in stewards]
    tokens: list[str | None] = []

    errors = run_together(
        [
            lambda c=c, s=s: tokens.append(  # type: ignore[misc]
                substitution_decide(substitution=c, approve=True, actor=s)
            )
            for c, s in zip(copies, stewards, strict=True)
        ]
    )

    with scopes_disabled():
        approvals = AuditEvent.objects.filter(action="substitution.approved").count()
        digest = Substitution.objects.get(gathering=gathering).pass_digest
    assert [str(e) for e in errors] == ["['This request has already been decided.']"]
    assert len(tokens) == 1
    assert approvals == 1
    assert digest == hashlib.sha256(str(tokens[0]).split(".", 1)[1].encode()).hexdigest()
    assert [m.to for m in mail.outbox] == [["sam@example.org"]]


def test_a_request_changed_while_it_is_approved_stays_approved_and_counted_once() -> None:
    """The member edits a pending request while a steward approves it: either the edit
    comes first (and the approval spends the new amount) or it is refused; never does it
    turn the approved request back into a pending one the budget already counts."""
    network = NetworkFactory()
    steward = MembershipFactory(network=network, role=Role.STEWARD).user
    rounds = []
    with scopes_disabled():
        for _ in range(12):
            gathering = GatheringFactory(network=network, stipend_budget=Decimal(1000))
            user = MembershipFactory(network=network).user
            rsvp_submit(gathering=gathering, user=user, answer="yes", both_parts=True)
            stipend = stipend_request_submit(
                gathering=gathering,
                user=user,
                reason="Bus fare",
                amount=Decimal(100),
                no_institutional_support=True,
            )
            rounds.append((gathering, user, stipend))

    for gathering, user, stipend in rounds:
        run_together(
            [
                lambda s=stipend: stipend_decide(stipend=s, approve=True, actor=steward),  # type: ignore[misc]
                lambda g=gathering, u=user: stipend_request_submit(  # type: ignore[misc]
                    gathering=g,
                    user=u,
                    reason="Train fare",
                    amount=Decimal(300),
                    no_institutional_support=True,
                ),
            ]
        )

    with scopes_disabled():
        outcomes = [
            (
                StipendRequest.objects.get(pk=stipend.pk).status,
                StipendRequest.objects.get(pk=stipend.pk).amount,
                Gathering.objects.get(pk=gathering.pk).stipend_committed,
            )
            for gathering, _user, stipend in rounds
        ]
    for status, amount, committed in outcomes:
        assert status == "approved", outcomes
        assert committed == amount, outcomes


def test_a_named_substitute_s_phone_and_the_door_at_once_check_them_in_once() -> None:
    """A member named as another's substitute scans the room's code while a steward taps
    their pass on the door list: both go through the pass's one conditional update, so one
    check-in is recorded and audited, and the ledger gets no second row for them."""
    network = NetworkFactory()
    steward = MembershipFactory(network=network, role=Role.STEWARD).user
    member = MembershipFactory(network=network).user
    olga = MembershipFactory(network=network, user__email="olga@example.org").user
    gathering = GatheringFactory(
        network=network,
        capacity=10,
        first_part_at=timezone.now().replace(microsecond=0) - timedelta(hours=1),
    )
    with scopes_disabled():
        before = gathering.starts_at - timedelta(days=1)
        rsvp_submit(gathering=gathering, user=member, answer="yes", both_parts=True, now=before)
        substitution = substitution_request(
            gathering=gathering,
            member=member,
            name="Olga",
            email="olga@example.org",
            reason="Travelling",
            now=before,
        )
        substitution_decide(substitution=substitution, approve=True, actor=steward, now=before)
        first = gathering.parts.order_by("starts_at").first()
        assert first is not None
        day = first.starts_at.astimezone(ZoneInfo(network.time_zone)).date()
        code = check_in_code_for(gathering=gathering, day=day)

    errors = run_together(
        [
            lambda: attendance_check_in(gathering=gathering, user=olga, code=code),  # type: ignore[misc]
            lambda: substitution_check_in(substitution=substitution, actor=steward),  # type: ignore[misc]
        ]
    )

    with scopes_disabled():
        audits = AuditEvent.objects.filter(action="substitution.checked_in").count()
        rows = Attendance.objects.filter(part__gathering=gathering).count()
        substitution.refresh_from_db()
    assert all("already checked in as the substitute" in str(e) for e in errors)
    assert audits == 1
    assert rows == 0
    assert substitution.checked_in_at is not None


def test_two_approvals_naming_one_address_at_once_give_one_pass() -> None:
    """Two members each asked for "sam@" and two stewards approve both at once: the check
    that no pass names the address is read under the gathering's lock (and a unique
    constraint backs it), so one pass is issued and the other approval is refused."""
    network = NetworkFactory()
    stewards = [MembershipFactory(network=network, role=Role.STEWARD).user for _ in range(2)]
    members = [MembershipFactory(network=network).user for _ in range(2)]
    gathering = GatheringFactory(network=network, capacity=10)
    with scopes_disabled():
        requests = [
            substitution_request(
                gathering=gathering,
                member=m,
                name="Sam Standin",
                email=email,
                reason="Travelling for work",
            )
            for m, email in zip(members, ["sam@example.org", "SAM@example.org"], strict=True)
        ]

    errors = run_together(
        [
            lambda r=r, s=s: substitution_decide(substitution=r, approve=True, actor=s)  # type: ignore[misc]
            for r, s in zip(requests, stewards, strict=True)
        ]
    )

    with scopes_disabled():
        statuses = sorted(
            Substitution.objects.filter(gathering=gathering).values_list("status", flat=True)
        )
        approvals = AuditEvent.objects.filter(action="substitution.approved").count()
    assert len(errors) == 1
    assert "already holds a pass for this gathering" in str(errors[0])
    assert statuses == ["approved", "pending"]
    assert approvals == 1
    assert len(mail.outbox) == 1
