"""Announcing under concurrent changes: another steward's change that lands between the
announcement's reads and its writes is never overwritten by an earlier read."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.creditclub import services
from collaboratory.creditclub.models import Proposal
from tests.creditclub.conftest import Club

pytestmark = pytest.mark.django_db(transaction=True)


def in_another_connection(job: Callable[[], None]) -> threading.Thread:
    """Start `job` on a thread of its own (and so its own database connection)."""

    def run() -> None:
        try:
            with scopes_disabled():
                job()
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    return thread


def after_reading_the_staged_decisions(
    job: Callable[[], None], started: list[threading.Thread]
) -> Callable[..., Any]:
    """A database execute wrapper that, right after the first read of staged decisions,
    starts `job` on another connection and gives it two seconds to finish: time enough to
    commit unless the reader holds a lock it has to wait for."""

    def wrapper(execute: Callable[..., Any], sql: str, *args: Any) -> Any:
        result = execute(sql, *args)
        if (
            not started
            and sql.lstrip().upper().startswith("SELECT")
            and "creditclub_proposal" in sql
            and "staged_decision" in sql
        ):
            started.append(in_another_connection(job))
            started[0].join(timeout=2)
        return result

    return wrapper


def test_a_decision_withdrawn_while_announcing_is_not_overwritten_by_the_earlier_read(
    club: Club,
) -> None:
    """Issue 12: the staged decisions were read before the lock, so a steward who
    un-staged a selection at that moment saw it applied anyway (and the proposer emailed).
    Now the read is under the lock: the un-staging waits for the announcement and lands
    after it, and the audit log shows the order things really happened in."""
    proposal = club.proposal()
    with scopes_disabled():
        services.proposal_stage_decision(proposal=proposal, decision="selected", actor=club.steward)
    first_event = AuditEvent.objects.order_by("-pk").values_list("pk", flat=True).first()

    def unstage() -> None:
        services.proposal_stage_decision(
            proposal=Proposal.objects.get(pk=proposal.pk), decision="", actor=club.steward
        )

    started: list[threading.Thread] = []
    with (
        scopes_disabled(),
        connection.execute_wrapper(after_reading_the_staged_decisions(unstage, started)),
    ):
        services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)
    started[0].join()

    with scopes_disabled():
        state, staged = Proposal.objects.values_list("state", "staged_decision").get(pk=proposal.pk)
    events = list(
        AuditEvent.objects.filter(pk__gt=first_event, target_type="creditclub.proposal")
        .order_by("pk")
        .values_list("action", "data")
    )
    assert events == [
        ("proposal.selected", {"from": "submitted", "to": "selected"}),
        ("proposal.decision_staged", {"decision": ""}),
    ]
    assert (state, staged) == ("selected", "")


def after_the_last_check_of(
    table: str, job: Callable[[], None], started: list[threading.Thread]
) -> Callable[..., Any]:
    """A database execute wrapper that, right after the model's constraint check on `table`
    (the last read before the write), runs `job` on another connection and gives it two
    seconds: a double click's second request landing between the first one's checks and
    its write."""

    def wrapper(execute: Callable[..., Any], sql: str, *args: Any) -> Any:
        result = execute(sql, *args)
        if not started and '"_check"' in sql and table in sql:
            started.append(in_another_connection(job))
            started[0].join(timeout=2)
        return result

    return wrapper


def test_a_new_proposal_posted_twice_at_once_is_stored_once_and_the_second_is_told_why(
    club: Club,
) -> None:
    """A double click on "Save draft" of a new proposal: both requests found no proposal,
    both inserted, and the one-per-gathering constraint answered the second with a 500."""
    from django.core.exceptions import ValidationError

    from tests.creditclub.conftest import ASKS, COMPLETE

    def save() -> None:
        services.proposal_save(
            gathering=club.upcoming, proposer=club.member, fields=COMPLETE, asks=ASKS
        )

    started: list[threading.Thread] = []
    with (
        scopes_disabled(),
        connection.execute_wrapper(after_the_last_check_of('"creditclub_proposal"', save, started)),
        pytest.raises(ValidationError) as error,
    ):
        save()
    started[0].join()

    assert error.value.messages == [
        "You already have a proposal for this gathering: edit that one."
    ]
    with scopes_disabled():
        assert Proposal.objects.filter(gathering=club.upcoming).count() == 1
