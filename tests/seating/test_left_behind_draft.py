"""A draft that a newer version was made from (Refresh or Re-plan left it behind) is not
offered for editing: its page drew the drag handles, the lock buttons and the "Move
someone" form, and each was then refused with "A newer version (2) was made from this
draft: make your change there.", and its out-of-date notice said to refresh it, which only
opens the newer version. The page now says so at once and links to the newer version."""

from __future__ import annotations

import pytest
from django.contrib.messages import get_messages
from django.core.exceptions import ValidationError
from django_scopes import scope

from collaboratory.audit.models import AuditEvent
from collaboratory.gatherings.services import rsvp_submit
from collaboratory.seating.models import PlanStatus, SeatingPlan
from collaboratory.seating.services import (
    plan_generate,
    plan_publish,
    plan_refresh,
    plan_replan,
)
from tests.conftest import client_for
from tests.factories import MembershipFactory
from tests.seating.conftest import Room


def _first_draft(room: Room) -> SeatingPlan:
    """Version 1 of the small-group seating, a draft (one round at three tables of 4)."""
    return plan_generate(
        gathering=room.gathering,
        agenda_item=room.groups,
        rounds=1,
        table_sizes=[4, 4, 4],
        actor=room.steward,
        time_limit=0.1,
    )


def test_a_draft_left_behind_offers_no_edit_and_links_to_the_newer_version(room: Room) -> None:
    old = _first_draft(room)
    new = plan_replan(plan=old, actor=room.steward)

    body = client_for(room.steward).get(f"/n/{room.network.slug}/seating/plans/{old.pk}/")

    text = body.content.decode()
    assert body.status_code == 200
    assert "Version 2 was made from this draft" in text
    assert f'href="/n/{room.network.slug}/seating/plans/{new.pk}/"' in text
    assert 'draggable="true"' not in text
    assert "Lock table 1" not in text
    assert 'id="move-someone"' not in text
    assert "Publish to members" not in text
    # The newer version is the one to work on: it is editable.
    newer = client_for(room.steward).get(f"/n/{room.network.slug}/seating/plans/{new.pk}/")
    assert 'draggable="true"' in newer.content.decode()
    assert "was made from this draft" not in newer.content.decode()


def test_the_plans_list_does_not_send_the_steward_to_refresh_a_draft_left_behind(
    room: Room,
) -> None:
    """The list said "Out of date: 1 more coming" of the draft a Refresh had already been
    made from, so the steward refreshed it again and landed on the newer version."""
    old = _first_draft(room)
    late = MembershipFactory(network=room.network).user
    rsvp_submit(gathering=room.gathering, user=late, answer="yes", both_parts=True)
    new, _summary = plan_refresh(plan=old, actor=room.steward)

    body = client_for(room.steward).get(
        f"/n/{room.network.slug}/seating/gatherings/{room.gathering.pk}/"
    )

    text = body.content.decode()
    assert "Out of date" not in text
    assert f"Version {new.version} was made from it." in text


def _left_behind(room: Room) -> tuple[SeatingPlan, SeatingPlan]:
    """Version 1, a draft Re-plan left behind, and version 2 made from it and published."""
    old = _first_draft(room)
    new = plan_publish(plan=plan_replan(plan=old, actor=room.steward), actor=room.steward)
    return old, new


def _statuses(room: Room) -> dict[int, str]:
    with scope(network=room.network):
        return dict(SeatingPlan.objects.values_list("version", "status"))


def test_publishing_a_draft_left_behind_is_refused_and_changes_nothing(room: Room) -> None:
    """Publishing version 1 replaced version 2 on members' phones: an older seating over the
    newer work, though its page already said to make changes on version 2."""
    old, _new = _left_behind(room)
    with scope(network=room.network):
        published_before = AuditEvent.objects.filter(action="seating.plan_published").count()

    with scope(network=room.network), pytest.raises(ValidationError) as refused:
        plan_publish(plan=old, actor=room.steward)

    assert refused.value.messages == [
        "Version 2 was made from this draft, so this one is not published: members would get "
        "an older seating. Publish version 2 instead."
    ]
    assert _statuses(room) == {1: PlanStatus.DRAFT, 2: PlanStatus.PUBLISHED}
    with scope(network=room.network):
        assert (
            AuditEvent.objects.filter(action="seating.plan_published").count() == published_before
        )


def test_the_publish_button_of_a_draft_left_behind_says_why_and_links_the_newer_version(
    room: Room,
) -> None:
    """A page drawn before the Re-plan (another tab) still has its Publish button."""
    old, new = _left_behind(room)
    client = client_for(room.steward)

    answer = client.post(
        f"/n/{room.network.slug}/seating/plans/{old.pk}/publish/", HTTP_HOST="127.0.0.1"
    )

    said = [(m.level_tag, str(m)) for m in get_messages(answer.wsgi_request)]
    assert said == [
        (
            "error",
            "Version 2 was made from this draft, so this one is not published: members would "
            "get an older seating. Publish version 2 instead.",
        )
    ]
    assert answer.status_code == 302
    assert answer["Location"] == f"/n/{room.network.slug}/seating/plans/{old.pk}/"
    page = client.get(answer["Location"], HTTP_HOST="127.0.0.1").content.decode()
    assert f'href="/n/{room.network.slug}/seating/plans/{new.pk}/"' in page
    assert _statuses(room) == {1: PlanStatus.DRAFT, 2: PlanStatus.PUBLISHED}
