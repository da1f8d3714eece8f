"""A steward's write from a page loaded before another write: each request loads the
gathering first and decides on that copy, so a second press of "Announce" (a double click
reaching two processes, or a colleague at the same time) and a budget lowered while a
stipend was approved were judged by what the gathering was when the page loaded."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.gatherings.models import Gathering
from collaboratory.gatherings.services import (
    gathering_announce,
    gathering_update,
    rsvp_submit,
    stipend_decide,
    stipend_request_submit,
)
from tests.conftest import World
from tests.factories import GatheringFactory, MembershipFactory


def test_announcing_from_two_copies_announces_and_records_once(world: World) -> None:
    """Both requests loaded the gathering unannounced; the second's conditional update
    matched nothing, yet it recorded a second "gathering.announced" and said "Announced"."""
    gathering = GatheringFactory(network=world.alpha)
    steward = world.personas["steward"]
    with scopes_disabled():
        first, second = (Gathering.objects.get(pk=gathering.pk) for _ in range(2))
        gathering_announce(gathering=first, actor=steward)
        announced_at = Gathering.objects.get(pk=gathering.pk).announced_at

        with pytest.raises(ValidationError) as refused:
            gathering_announce(gathering=second, actor=steward)

        assert refused.value.messages == ["This gathering has already been announced."]
        assert Gathering.objects.get(pk=gathering.pk).announced_at == announced_at
        assert (
            AuditEvent.objects.filter(
                action="gathering.announced", target_id=str(gathering.pk)
            ).count()
            == 1
        )


def test_a_budget_lowered_below_a_stipend_approved_meanwhile_is_refused_in_words(
    world: World,
) -> None:
    """The edit page's copy still had nothing approved: the check passed and the save broke
    the database's budget constraint (a 500) instead of saying why."""
    gathering = GatheringFactory(network=world.alpha, stipend_budget=Decimal(500), parts=1)
    member = MembershipFactory(network=world.alpha).user
    with scopes_disabled():
        loaded = Gathering.objects.get(pk=gathering.pk)  # the edit page's copy
        rsvp_submit(gathering=gathering, user=member, answer="yes")
        stipend = stipend_request_submit(
            gathering=gathering,
            user=member,
            reason="Bus fare",
            amount=Decimal(300),
            no_institutional_support=True,
        )
        stipend_decide(stipend=stipend, approve=True, actor=world.personas["steward"])

        with pytest.raises(ValidationError) as refused:
            gathering_update(gathering=loaded, stipend_budget=Decimal(200))

        assert refused.value.message_dict == {
            "stipend_budget": ["The budget cannot go below the stipends already approved."]
        }
        gathering.refresh_from_db()
    assert (gathering.stipend_budget, gathering.stipend_committed) == (
        Decimal(500),
        Decimal(300),
    )


def test_a_budget_below_the_approved_total_is_refused_in_words_from_a_fresh_page(
    world: World,
) -> None:
    """The same refusal without a race (the check before `full_clean`, which would word it
    as a broken constraint)."""
    gathering = GatheringFactory(network=world.alpha, stipend_budget=Decimal(500), parts=1)
    with scopes_disabled():
        Gathering.objects.filter(pk=gathering.pk).update(stipend_committed=Decimal(300))
        gathering.refresh_from_db()

        with pytest.raises(ValidationError) as refused:
            gathering_update(gathering=gathering, stipend_budget=Decimal(200))

    assert refused.value.message_dict == {
        "stipend_budget": ["The budget cannot go below the stipends already approved."]
    }
