"""Publish pressed twice (a double click, a retry on bad wifi): the browser shows the second
answer, which said "Only a draft can be published; this plan is not a draft." in red while
the first had published it. The second now says the plan is published."""

from __future__ import annotations

from django.contrib.messages import get_messages

from tests.conftest import client_for
from tests.seating.conftest import Room, small_groups_plan


def test_a_second_publish_of_the_same_plan_says_it_is_published(room: Room) -> None:
    plan = small_groups_plan(room, table_sizes=[6, 6])
    client = client_for(room.steward)
    url = f"/n/{room.network.slug}/seating/plans/{plan.pk}/publish/"
    client.post(url, follow=True)  # the first answer is read

    again = client.post(url)

    said = [(m.level_tag, str(m)) for m in get_messages(again.wsgi_request)]
    assert said == [("info", "This plan is already published: members see their table.")]
