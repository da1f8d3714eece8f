"""Two tabs or two phones asking at the same moment: each form carries its own key, so the
key's unique constraint does not stop the second. The day's checks (the same note, the one
waiting request, the daily limit) must still hold: threads, each on its own database
connection, send at once, and exactly one request is stored.

On PostgreSQL (READ COMMITTED) both requests could read before either wrote, and both were
stored; on SQLite `BEGIN IMMEDIATE` always kept them apart. The tests run on both."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from typing import Any

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import connection
from django_scopes import scopes_disabled

from collaboratory.matching.models import (
    IntroductionConsent,
    IntroductionRequest,
    IntroductionStatus,
)
from collaboratory.matching.selectors_profiles import INTRODUCTIONS_PER_DAY
from collaboratory.matching.services_profiles import (
    introduction_consent_set,
    introduction_request,
)
from collaboratory.networks.models import Membership, Network
from collaboratory.people.models import User
from tests.creditclub.test_concurrency import in_another_connection
from tests.factories import MembershipFactory, NetworkFactory
from tests.gatherings.test_concurrency import run_together

pytestmark = pytest.mark.django_db(transaction=True)

NOTE = "We both run tool libraries."
SAME_NOTE = (
    "You sent this same note to Tess Target in the last 24 hours, so it was not sent again. "
    "To add something, write a different note."
)


def as_another_request(user: User) -> User:
    """The person as another tab's request loads them: a User object of its own (the asks
    board's offer race uses it too)."""
    with scopes_disabled():
        return User.objects.get(pk=user.pk)


def ask(network: Network, requester: User, target: User, note: str = NOTE) -> None:
    """Send the form as a freshly opened profile does: with a key of its own."""
    introduction_request(
        network=network,
        requester=as_another_request(requester),
        target=target,
        note=note,
        share_email=False,
        idempotency_key=uuid.uuid4(),
    )


def refusals(errors: list[BaseException]) -> list[list[str]]:
    assert all(isinstance(e, ValidationError) for e in errors), errors
    return [e.message_dict["__all__"] for e in errors if isinstance(e, ValidationError)]


def stored() -> list[tuple[int, str]]:
    with scopes_disabled():
        return list(IntroductionRequest.objects.values_list("target_id", "note"))


@pytest.fixture
def network() -> Network:
    return NetworkFactory()


@pytest.fixture
def consenting_target(network: Network) -> Membership:
    target = MembershipFactory(
        network=network, user__email="target@example.org", user__full_name="Tess Target"
    )
    with scopes_disabled():
        introduction_consent_set(network=network, user=target.user, consent=True)
    return target


def test_the_same_note_sent_from_two_tabs_at_once_is_stored_and_emailed_once(
    network: Network, consenting_target: Membership
) -> None:
    asker = MembershipFactory(network=network).user
    target = consenting_target.user

    errors = run_together([lambda: ask(network, asker, target) for _tab in range(2)])

    assert refusals(errors) == [[SAME_NOTE]]
    assert stored() == [(target.pk, NOTE)]
    assert [m.to for m in mail.outbox] == [["target@example.org"]]


def test_two_notes_at_once_to_someone_only_the_stewards_reach_leave_one_waiting(
    network: Network,
) -> None:
    asker = MembershipFactory(network=network).user
    target = MembershipFactory(network=network, user__full_name="Quiet Person").user
    notes = ["Hello there.", "Hello again, did you see my note?"]

    errors = run_together([lambda n=n: ask(network, asker, target, note=n) for n in notes])  # type: ignore[misc]

    assert refusals(errors) == [
        [
            "You already asked to meet Quiet Person and the stewards have not handled it "
            "yet: your request is waiting, so nothing was sent again."
        ]
    ]
    with scopes_disabled():
        statuses = list(IntroductionRequest.objects.values_list("status", flat=True))
    assert statuses == [IntroductionStatus.PENDING]


def test_two_requests_at_once_on_the_last_one_of_the_day_store_one(network: Network) -> None:
    asker = MembershipFactory(network=network).user
    with scopes_disabled():
        for _earlier in range(INTRODUCTIONS_PER_DAY - 1):
            ask(network, asker, MembershipFactory(network=network).user, note="Hello.")
    last = [MembershipFactory(network=network).user for _tab in range(2)]

    errors = run_together([lambda t=t: ask(network, asker, t, note="Hello.") for t in last])  # type: ignore[misc]

    assert refusals(errors) == [
        [
            f"You have asked for {INTRODUCTIONS_PER_DAY} introductions in the last 24 hours, "
            "the most a day. Try again tomorrow, or write to a steward."
        ]
    ]
    assert len(stored()) == INTRODUCTIONS_PER_DAY
    assert len({target for target, _note in stored()} & {t.pk for t in last}) == 1


def before_inserting_into(
    table: str, job: Callable[[], None], started: list[threading.Thread]
) -> Callable[..., Any]:
    """A database execute wrapper that, right before the first row is inserted into `table`
    (every check passed), starts `job` on another connection and gives it two seconds to
    finish: time enough to commit unless it has to wait for a lock this request holds.
    The asks board's offer race uses it too."""
    statement = f'INSERT INTO "{table.upper()}"'

    def wrapper(execute: Callable[..., Any], sql: str, *args: Any) -> Any:
        if not started and sql.lstrip().upper().startswith(statement):
            started.append(in_another_connection(job))
            started[0].join(timeout=2)
        return execute(sql, *args)

    return wrapper


def test_a_second_tab_arriving_between_the_checks_and_the_write_is_refused(
    network: Network, consenting_target: Membership
) -> None:
    """The race made certain rather than likely: the other tab's request runs whole while
    this one has passed its checks and not yet written. It waits for this one (the
    requester's lock) and then finds the note already sent."""
    asker = MembershipFactory(network=network).user
    target = consenting_target.user
    errors: list[BaseException] = []

    def other_tab() -> None:
        try:
            ask(network, asker, target)
        except ValidationError as error:
            errors.append(error)

    started: list[threading.Thread] = []
    with (
        scopes_disabled(),
        connection.execute_wrapper(
            before_inserting_into("matching_introductionrequest", other_tab, started)
        ),
    ):
        ask(network, asker, target)
    started[0].join()

    assert refusals(errors) == [[SAME_NOTE]]
    assert stored() == [(target.pk, NOTE)]


def test_switching_direct_emails_on_from_two_tabs_at_once_stores_one_consent(
    network: Network,
) -> None:
    """The other tab switches it on while this one has read "not on" and not yet written:
    it waits for this one (the member's lock), then finds the consent there. Without the
    lock, on PostgreSQL, both inserted and the second hit the unique constraint (a 500)."""
    member = MembershipFactory(network=network).user
    errors: list[BaseException] = []

    def other_tab() -> None:
        try:
            introduction_consent_set(network=network, user=as_another_request(member), consent=True)
        except BaseException as error:  # the IntegrityError the race used to raise
            errors.append(error)

    started: list[threading.Thread] = []
    with (
        scopes_disabled(),
        connection.execute_wrapper(
            before_inserting_into("matching_introductionconsent", other_tab, started)
        ),
    ):
        introduction_consent_set(network=network, user=as_another_request(member), consent=True)
    started[0].join()

    assert errors == []
    with scopes_disabled():
        assert IntroductionConsent.objects.filter(network=network, user=member).count() == 1
