"""A substitute or stipend request sent twice at once (a double tap reaching two server
processes, a retry on bad wifi) is stored once, and the second is told why: it used to end
in the unique constraint's IntegrityError, a 500."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django_scopes import scopes_disabled

from collaboratory.gatherings.models import StipendRequest, Substitution
from collaboratory.gatherings.services import (
    rsvp_submit,
    stipend_request_submit,
    substitution_request,
)
from tests.conftest import World, client_for
from tests.factories import GatheringFactory
from tests.races import second_after_first_reads

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_substitute_request_sent_twice_at_once_is_stored_once(world: World) -> None:
    """The duplicate check read outside any transaction, so the second request, landing
    between the first one's check and its write, wrote first and the first one failed."""
    gathering = GatheringFactory(network=world.alpha, parts=1)
    member = world.personas["member"]

    def send() -> None:
        with scopes_disabled():
            substitution_request(
                gathering=gathering,
                member=member,
                name="Sam Standin",
                email="sam@example.org",
                reason="A family wedding",
            )

    refused: list[ValidationError] = []

    def second() -> None:
        try:
            send()
        except ValidationError as error:
            refused.append(error)

    second_after_first_reads(
        send, second, reads=lambda sql: 'AS "a" FROM "gatherings_substitution"' in sql
    )

    with scopes_disabled():
        assert Substitution.objects.filter(gathering=gathering, member=member).count() == 1
    # The same request again is the first one, answered as sent (a retry on bad wifi read
    # "You have already asked" after the first had gone through).
    assert refused == []


def test_the_same_substitute_request_sent_again_from_the_page_is_answered_as_sent(
    world: World,
) -> None:
    """The phone's second tap, once the first had reached the server: the page came back
    with no message at all (the refusal belonged to the form the page no longer shows)."""
    gathering = GatheringFactory(network=world.alpha, parts=1)
    member = world.personas["member"]
    client = client_for(member)
    form = {
        "action": "substitute",
        "sub_name": "Sam Standin",
        "sub_email": "sam@example.org",
        "sub_reason": "A family wedding",
    }
    url = f"/n/alpha/gatherings/{gathering.pk}/"

    first = client.post(url, form)
    again = client.post(url, {**form, "sub_email": " SAM@example.org "}, follow=True)
    other = client.post(url, {**form, "sub_name": "Kim Other"})

    assert first.status_code == 302
    assert "Your substitute request is with the stewards." in again.content.decode()
    # Another substitute is another request: refused, and said where the page shows it.
    assert "You have already asked for a substitute for this gathering." in (other.content.decode())
    with scopes_disabled():
        rows = list(Substitution.objects.filter(gathering=gathering).values_list("name", flat=True))
    assert rows == ["Sam Standin"]


def test_a_stipend_request_sent_twice_at_once_is_stored_once(world: World) -> None:
    """On PostgreSQL the locking read found no row to lock, so both requests inserted one."""
    gathering = GatheringFactory(network=world.alpha, parts=1, stipend_budget=Decimal(500))
    member = world.personas["member"]
    with scopes_disabled():
        rsvp_submit(gathering=gathering, user=member, answer="yes")

    def send() -> None:
        with scopes_disabled():
            stipend_request_submit(
                gathering=gathering,
                user=member,
                reason="Bus fare",
                amount=Decimal("120.00"),
                no_institutional_support=True,
            )

    second_after_first_reads(
        send, send, reads=lambda sql: 'FROM "gatherings_stipendrequest"' in sql
    )

    with scopes_disabled():
        stored = list(StipendRequest.objects.filter(gathering=gathering, user=member))
    assert [(s.amount, s.status) for s in stored] == [(Decimal("120.00"), "pending")]
