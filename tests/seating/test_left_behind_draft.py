"""A draft that a newer version was made from (Refresh or Re-plan left it behind) is not
offered for editing: its page drew the drag handles, the lock buttons and the "Move
someone" form, and each was then refused with "A newer version (2) was made from this
draft: make your change there.", and its out-of-date notice said to refresh it, which only
opens the newer version. The page now says so at once and links to the newer version."""

from __future__ import annotations

from collaboratory.gatherings.services import rsvp_submit
from collaboratory.seating.services import plan_generate, plan_refresh, plan_replan
from tests.conftest import client_for
from tests.factories import MembershipFactory
from tests.seating.conftest import Room


def test_a_draft_left_behind_offers_no_edit_and_links_to_the_newer_version(room: Room) -> None:
    old = plan_generate(
        gathering=room.gathering,
        agenda_item=room.groups,
        rounds=1,
        table_sizes=[4, 4, 4],
        actor=room.steward,
        time_limit=0.1,
    )
    new = plan_replan(plan=old, actor=room.steward)

    body = client_for(room.steward).get(f"/n/{room.network.slug}/seating/plans/{old.pk}/")

    text = body.content.decode()
    assert body.status_code == 200
    assert "Version 2 was made from this draft" in text
    assert f'href="/n/{room.network.slug}/seating/plans/{new.pk}/"' in text
    assert 'draggable="true"' not in text
    assert "Lock table 1" not in text
    assert 'id="move-someone"' not in text
    # The newer version is the one to work on: it is editable.
    newer = client_for(room.steward).get(f"/n/{room.network.slug}/seating/plans/{new.pk}/")
    assert 'draggable="true"' in newer.content.decode()
    assert "was made from this draft" not in newer.content.decode()


def test_the_plans_list_does_not_send_the_steward_to_refresh_a_draft_left_behind(
    room: Room,
) -> None:
    """The list said "Out of date: 1 more coming" of the draft a Refresh had already been
    made from, so the steward refreshed it again and landed on the newer version."""
    old = plan_generate(
        gathering=room.gathering,
        agenda_item=room.groups,
        rounds=1,
        table_sizes=[4, 4, 4],
        actor=room.steward,
        time_limit=0.1,
    )
    late = MembershipFactory(network=room.network).user
    rsvp_submit(gathering=room.gathering, user=late, answer="yes", both_parts=True)
    new, _summary = plan_refresh(plan=old, actor=room.steward)

    body = client_for(room.steward).get(
        f"/n/{room.network.slug}/seating/gatherings/{room.gathering.pk}/"
    )

    text = body.content.decode()
    assert "Out of date" not in text
    assert f"Version {new.version} was made from it." in text
