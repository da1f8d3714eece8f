"""A replayed POST (a double click, a browser's resubmit) makes no second version: a plan
is refreshed or re-planned once, and a Generate form makes one plan."""

from __future__ import annotations

import pytest
from django.db import IntegrityError, transaction

from collaboratory.gatherings.services import rsvp_submit
from collaboratory.seating.models import PlanSource, SeatingPlan
from collaboratory.seating.services import (
    PlanAlreadyMade,
    plan_generate,
    plan_refresh,
    plan_replan,
)
from tests.conftest import client_for
from tests.factories import MembershipFactory
from tests.seating.conftest import Room


def _plan(room: Room) -> SeatingPlan:
    return plan_generate(
        gathering=room.gathering,
        agenda_item=room.groups,
        rounds=1,
        table_sizes=[5, 5, 5],
        actor=room.steward,
        time_limit=0.2,
    )


def _url(room: Room, path: str) -> str:
    return f"/n/{room.network.slug}/seating/{path}"


def _token(page: str) -> str:
    return page.split('name="token" value="', 1)[1].split('"', 1)[0]


def test_a_plan_is_refreshed_once(room: Room) -> None:
    plan = _plan(room)
    rsvp_submit(gathering=room.gathering, user=room.people[0], answer="no")
    first, _summary = plan_refresh(plan=plan, actor=room.steward)

    with pytest.raises(PlanAlreadyMade) as error:
        plan_refresh(plan=plan, actor=room.steward)

    assert error.value.messages == ["Version 2 was already made from this plan: open it."]
    assert error.value.plan == first
    assert SeatingPlan.objects.count() == 2


def test_a_plan_is_replanned_once_even_after_a_refresh(room: Room) -> None:
    plan = _plan(room)
    first = plan_replan(plan=plan, actor=room.steward)

    with pytest.raises(PlanAlreadyMade, match="Version 2 was already made from this plan"):
        plan_replan(plan=plan, actor=room.steward)
    with pytest.raises(PlanAlreadyMade):
        plan_refresh(plan=plan, actor=room.steward)

    assert list(SeatingPlan.objects.values_list("pk", flat=True).order_by("pk")) == [
        plan.pk,
        first.pk,
    ]
    # The new version can itself be refreshed or re-planned (once).
    assert plan_replan(plan=first, actor=room.steward).version == 3


def test_the_database_refuses_a_second_version_from_one_plan(room: Room) -> None:
    plan = _plan(room)
    made = plan_replan(plan=plan, actor=room.steward)

    with pytest.raises(IntegrityError), transaction.atomic():
        SeatingPlan.objects.create(
            network=room.network,
            gathering=room.gathering,
            agenda_item=room.groups,
            version=made.version + 1,
            source=PlanSource.REFRESHED,
            rounds=1,
            table_sizes=[5, 5, 5],
            created_at=made.created_at,
            made_from=plan,
        )


def test_a_replayed_generate_form_makes_one_plan(room: Room) -> None:
    client = client_for(room.steward)
    page = client.get(_url(room, f"gatherings/{room.gathering.pk}/")).content.decode()
    token = _token(page)
    data = {"session": str(room.groups.pk), "rounds": "1", "table_sizes": "3x5", "token": token}

    first = client.post(_url(room, f"gatherings/{room.gathering.pk}/"), data)
    again = client.post(_url(room, f"gatherings/{room.gathering.pk}/"), data, follow=True)

    plan = SeatingPlan.objects.get()
    assert first["Location"] == _url(room, f"plans/{plan.pk}/")
    assert again.redirect_chain == [(_url(room, f"plans/{plan.pk}/"), 302)]
    assert "Version 1 was already made from this form: open it." in again.content.decode()


@pytest.mark.parametrize(
    ("token", "message"),
    [
        (None, "This form came without its one-time token, so no plan was made: press "),
        ("", "This form came without its one-time token, so no plan was made: press "),
        ("not-a-token", "This form&#x27;s one-time token is not valid, so no plan was made: "),
    ],
)
def test_a_generate_form_without_a_usable_token_makes_nothing_and_says_why(
    room: Room, token: str | None, message: str
) -> None:
    """Without its token a POST could not be told from its replay: it makes no plan, and
    the form sent back carries a fresh token, so Generate works from it."""
    client = client_for(room.steward)
    data = {"session": str(room.groups.pk), "rounds": "1", "table_sizes": "3x5"}
    if token is not None:
        data["token"] = token

    response = client.post(_url(room, f"gatherings/{room.gathering.pk}/"), data)

    body = response.content.decode()
    assert response.status_code == 400
    assert message in body
    assert not SeatingPlan.objects.exists()
    fresh = _token(body)
    assert fresh not in ("", "not-a-token")
    again = client.post(_url(room, f"gatherings/{room.gathering.pk}/"), {**data, "token": fresh})
    plan = SeatingPlan.objects.get()
    assert (again["Location"], str(plan.form_token)) == (_url(room, f"plans/{plan.pk}/"), fresh)


def test_a_replayed_refresh_opens_the_version_it_made(room: Room) -> None:
    plan = _plan(room)
    late = MembershipFactory(network=room.network).user
    rsvp_submit(gathering=room.gathering, user=late, answer="yes", both_parts=True)
    client = client_for(room.steward)
    client.post(_url(room, f"plans/{plan.pk}/refresh/"))

    again = client.post(_url(room, f"plans/{plan.pk}/refresh/"), follow=True)

    made = SeatingPlan.objects.get(version=2)
    assert again.redirect_chain == [(_url(room, f"plans/{made.pk}/"), 302)]
    assert "Version 2 was already made from this plan: open it." in again.content.decode()
    assert SeatingPlan.objects.count() == 2
