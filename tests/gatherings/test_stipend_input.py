"""Stipend input that made no sense was taken: a budget typed "1e3" was stored as 1000 (and
a bad one answered in Django's words), and a travel stipend could be asked for, and
approved, for a virtual gathering by posting the form the page no longer shows."""

from __future__ import annotations

import html
from datetime import timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.gatherings.models import Gathering, GatheringFormat, StipendRequest
from collaboratory.gatherings.services import (
    gathering_create,
    rsvp_submit,
    stipend_request_submit,
)
from tests.conftest import World, client_for
from tests.factories import GatheringFactory


@pytest.mark.parametrize(
    ("budget", "message"),
    [
        ("1e3", "Enter the budget as a number, like 2000 or 1500.50."),
        ("-5", "The stipend budget cannot be negative."),
        ("100.555", "Enter the budget in dollars and cents, like 1500.50: at most two decimals."),
        ("123456789", "Enter a budget below $100,000,000.00."),
    ],
)
def test_a_bad_budget_is_named_and_no_gathering_is_made(
    world: World, budget: str, message: str
) -> None:
    response = client_for(world.personas["steward"]).post(
        "/n/alpha/gatherings/new/",
        {
            "title": "Budget test",
            "format": "in_person",
            "first_day": "2030-10-10",
            "capacity": "40",
            "stipend_budget": budget,
        },
    )

    assert response.status_code == 200
    assert message in html.unescape(response.content.decode())
    with scopes_disabled():
        assert not Gathering.objects.filter(title="Budget test").exists()


def test_the_edit_form_refuses_a_budget_in_exponent_form(world: World) -> None:
    gathering = GatheringFactory(network=world.alpha, stipend_budget=Decimal(500), parts=1)
    zone = ZoneInfo(world.alpha.time_zone)
    with scopes_disabled():
        parts = "\n".join(
            f"{p.starts_at.astimezone(zone):%Y-%m-%d %H:%M} | "
            f"{p.ends_at.astimezone(zone):%H:%M} | {p.title}"
            for p in gathering.parts.all()
        )

    response = client_for(world.personas["steward"]).post(
        f"/n/alpha/gatherings/{gathering.pk}/edit/",
        {"parts": parts, "capacity": "40", "stipend_budget": "2e3"},
    )

    assert "Enter the budget as a number, like 2000 or 1500.50." in response.content.decode()
    with scopes_disabled():
        gathering.refresh_from_db()
    assert gathering.stipend_budget == Decimal(500)


def test_no_travel_stipend_for_a_virtual_gathering(world: World) -> None:
    """The page shows no stipend form for a virtual gathering, but the service took a
    posted one: a steward could then pay travel to a video call."""
    member = world.personas["member"]
    starts = timezone.now() + timedelta(days=30)
    with scopes_disabled():
        virtual = gathering_create(
            network=world.alpha,
            title="Winter call",
            format=GatheringFormat.VIRTUAL,
            video_link="https://video.example.org/winter",
            stipend_budget=Decimal(500),
            parts=[("Virtual gathering", starts, starts + timedelta(hours=2))],
        )
        rsvp_submit(gathering=virtual, user=member, answer="yes")

    response = client_for(member).post(
        f"/n/alpha/gatherings/{virtual.pk}/",
        {
            "action": "stipend",
            "stipend-amount": "100",
            "stipend-reason": "Bus fare",
            "stipend-no_institutional_support": "on",
        },
    )

    assert "A virtual gathering has no travel to pay for" in html.unescape(
        response.content.decode()
    )
    with scopes_disabled():
        assert not StipendRequest.objects.filter(gathering=virtual).exists()
        with pytest.raises(ValidationError):
            stipend_request_submit(
                gathering=virtual,
                user=member,
                reason="Bus fare",
                amount=Decimal(100),
                no_institutional_support=True,
            )


def test_a_request_posted_after_the_rsvps_closed_is_refused_on_the_page(world: World) -> None:
    """The service refused it, but the page, whose stipend section hides once the RSVPs
    close, showed the member nothing: the request seemed lost."""
    member = world.personas["member"]
    gathering = GatheringFactory(network=world.alpha, stipend_budget=Decimal(500), parts=1)
    with scopes_disabled():
        rsvp_submit(gathering=gathering, user=member, answer="yes")
        Gathering.objects.filter(pk=gathering.pk).update(
            rsvp_deadline=timezone.now() - timedelta(minutes=1)
        )

    response = client_for(member).post(
        f"/n/alpha/gatherings/{gathering.pk}/",
        {
            "action": "stipend",
            "stipend-amount": "100",
            "stipend-reason": "Bus fare",
            "stipend-no_institutional_support": "on",
        },
    )

    assert "Stipend requests closed with the RSVPs" in html.unescape(response.content.decode())
    with scopes_disabled():
        assert not StipendRequest.objects.filter(gathering=gathering).exists()
