"""What adults read of a young person at their table (safeguards.md: minors): the first name
only, on "Your table" (the page and the box on the gathering page) and on the table cards,
which sit on the tables for the whole room to read. An adult member's phone showed a youth
guest's full name, where the pass of a substitute, the project pages and the digests keep it
from adults. Stewards read the network's own young members in full on the board and on the
list by name for the door, which stays with them (a youth guest there as the door list names
them: tests/seating/test_youth_guest_names.py); a young person reads full names."""

from __future__ import annotations

from django_scopes import scope

from collaboratory.gatherings.services import rsvp_submit
from collaboratory.people.models import AgeBand, User
from collaboratory.seating.models import SeatingPlan
from collaboratory.seating.selectors import person_key, plan_grid
from collaboratory.seating.services import plan_publish
from tests.conftest import World, client_for
from tests.factories import MembershipFactory
from tests.seating.conftest import Room, small_groups_plan
from tests.seating.test_youth_guest import published_plan_with_the_guest


def _my_table(client_user: User, slug: str, gathering_id: int) -> tuple[str, str]:
    url = f"/n/{slug}/seating/gatherings/{gathering_id}/my-table/"
    client = client_for(client_user)
    page = client.get(url)
    fragment = client.get(url, headers={"HX-Request": "true"})
    assert (page.status_code, fragment.status_code) == (200, 200)
    return page.content.decode(), fragment.content.decode()


def test_an_adult_reads_a_youth_guest_at_their_table_by_first_name(world: World) -> None:
    youth = world.personas["youth_member"]
    assert youth is not None
    youth.full_name = "Yara Guestling"
    youth.save(update_fields=["full_name"])
    gathering, emails = published_plan_with_the_guest(world)
    with scope(network=world.alpha):
        adult = User.objects.get(email=emails[0])

    page, fragment = _my_table(adult, world.alpha.slug, gathering.pk)
    own_page, _own_fragment = _my_table(youth, world.alpha.slug, gathering.pk)

    for body in (page, fragment):
        assert "<li>Yara</li>" in body
        assert "Guestling" not in body
    # The young person reads the adults at the table in full.
    assert f"<li>{adult.full_name}</li>" in own_page


def _room_with_a_minor(room: Room) -> tuple[User, User, SeatingPlan]:
    """A young member of the room's network, seated in a published plan beside an adult."""
    minor = MembershipFactory(
        network=room.network, user__full_name="Minnie Minorova", user__age_band=AgeBand.AGE_16_17
    ).user
    rsvp_submit(gathering=room.gathering, user=minor, answer="yes", both_parts=True)
    plan = small_groups_plan(room, table_sizes=[7, 6])
    grid = plan_grid(plan=plan)[0]
    table = next(t for t, seated in enumerate(grid) if person_key(minor.pk) in seated)
    adult = next(u for u in room.people if person_key(u.pk) in grid[table])
    plan_publish(plan=plan, actor=room.steward)
    return minor, adult, plan


def test_an_adult_member_reads_a_young_member_by_first_name(room: Room) -> None:
    _minor, adult, _plan = _room_with_a_minor(room)

    page, fragment = _my_table(adult, room.network.slug, room.gathering.pk)

    for body in (page, fragment):
        assert "<li>Minnie</li>" in body
        assert "Minorova" not in body


def test_table_cards_name_a_minor_by_first_name_and_the_door_list_in_full(room: Room) -> None:
    _minor, _adult, plan = _room_with_a_minor(room)
    steward = client_for(room.steward)
    base = f"/n/{room.network.slug}/seating/plans/{plan.pk}"

    cards = steward.get(f"{base}/cards/").content.decode()
    names = steward.get(f"{base}/names/").content.decode()
    board = steward.get(f"{base}/").content.decode()

    assert "Minnie" in cards
    assert "Minorova" not in cards
    assert "Young people are named by first name only" in cards
    assert "Minnie Minorova" in names
    assert "keep it with the stewards at the door" in names
    assert "Minnie Minorova" in board


def test_cards_without_a_minor_say_nothing_of_first_names(room: Room) -> None:
    plan = small_groups_plan(room, table_sizes=[6, 6], publish=True)

    cards = (
        client_for(room.steward)
        .get(f"/n/{room.network.slug}/seating/plans/{plan.pk}/cards/")
        .content.decode()
    )

    assert "first name only" not in cards
    assert room.people[0].full_name in cards
