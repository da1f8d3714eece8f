"""Two tabs or two phones offering the same help at the same moment: each form carries its
own key, so the key's unique constraint does not stop the second. The same-words check (an
open offer of these words to this ask is returned, `already_offered`) must still hold:
threads, each on its own database connection, offer at once, and one commitment is stored.

On PostgreSQL (READ COMMITTED) both offers could read "no open offer of these words" before
either wrote, and both were stored; on SQLite `BEGIN IMMEDIATE` always kept them apart. The
tests run on both."""

from __future__ import annotations

import threading
import uuid
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.commitments.models import Commitment
from collaboratory.commitments.services import OfferOutcome, commitment_offer
from collaboratory.creditclub.models import Ask
from collaboratory.networks.models import Network
from collaboratory.people.models import User
from tests.factories import MembershipFactory, NetworkFactory
from tests.gatherings.test_concurrency import run_together
from tests.matching.test_asks_board import first_ask, project
from tests.matching.test_introduction_race import as_another_request, before_inserting_into

pytestmark = pytest.mark.django_db(transaction=True)

WHAT = "I will lend our hall on Saturdays for 3 months"


def offer(ask: Ask, member: User, outcomes: list[OfferOutcome], what: str = WHAT) -> None:
    """Send the offer form as a freshly opened page does: with a key of its own."""
    offered = commitment_offer(
        proposal=ask.proposal,
        ask=ask,
        committer=as_another_request(member),
        what=what,
        capital="institutional",
        amount=None,
        unit="",
        due_on=timezone.localdate() + timedelta(days=20),
        idempotency_key=uuid.uuid4(),
    )
    outcomes.append(offered.outcome)


def stored() -> list[tuple[int, str]]:
    with scopes_disabled():
        return list(Commitment.objects.order_by("pk").values_list("committer_id", "what"))


@pytest.fixture
def network() -> Network:
    return NetworkFactory()


@pytest.fixture
def ask(network: Network) -> Ask:
    with scopes_disabled():
        return Ask.objects.select_related("proposal__network", "proposal__gathering").get(
            pk=first_ask(project(network)).pk
        )


def test_the_same_offer_sent_from_two_tabs_at_once_is_stored_once(
    network: Network, ask: Ask
) -> None:
    member = MembershipFactory(network=network).user
    outcomes: list[OfferOutcome] = []

    errors = run_together([lambda: offer(ask, member, outcomes) for _tab in range(2)])

    assert errors == []
    assert sorted(outcomes) == [OfferOutcome.ALREADY_OFFERED, OfferOutcome.CREATED]
    assert stored() == [(member.pk, WHAT)]


def test_two_members_offering_at_once_both_are_stored(network: Network, ask: Ask) -> None:
    """The lock is the person's: another member's offer of the same words is theirs."""
    members = [MembershipFactory(network=network).user for _person in range(2)]
    outcomes: list[OfferOutcome] = []

    errors = run_together([lambda m=m: offer(ask, m, outcomes) for m in members])  # type: ignore[misc]

    assert errors == []
    assert outcomes == [OfferOutcome.CREATED] * 2
    assert sorted(stored()) == sorted((m.pk, WHAT) for m in members)


def test_a_second_tab_arriving_between_the_check_and_the_write_gets_the_first_offer(
    network: Network, ask: Ask
) -> None:
    """The race made certain rather than likely: the other tab's offer runs whole while this
    one has found no open offer of these words and not yet written. It waits for this one
    (the committer's membership lock) and then finds the offer already made."""
    member = MembershipFactory(network=network).user
    outcomes: list[OfferOutcome] = []
    other: list[OfferOutcome] = []

    started: list[threading.Thread] = []
    with (
        scopes_disabled(),
        connection.execute_wrapper(
            before_inserting_into(
                "commitments_commitment", lambda: offer(ask, member, other), started
            )
        ),
    ):
        offer(ask, member, outcomes)
    started[0].join()

    assert (outcomes, other) == ([OfferOutcome.CREATED], [OfferOutcome.ALREADY_OFFERED])
    assert stored() == [(member.pk, WHAT)]
