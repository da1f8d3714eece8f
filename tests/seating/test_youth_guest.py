"""A youth guest at a host network's gathering (networks/guests.py) is seated like anyone
coming, and sees their own table: the number and the first names at it, no contact details
of anyone."""

from __future__ import annotations

from django_scopes import scope, scopes_disabled

from collaboratory.gatherings.models import Gathering
from collaboratory.gatherings.services import rsvp_submit
from collaboratory.networks.services import membership_consent_revoked
from collaboratory.people.models import User
from collaboratory.seating.selectors import person_key, plan_grid, seated_people, solver_inputs
from collaboratory.seating.services import plan_generate, plan_publish
from tests.authz.objects import shared_gathering
from tests.conftest import World, client_for
from tests.factories import MembershipFactory


def published_plan_with_the_guest(world: World) -> tuple[Gathering, list[str]]:
    """Five adults of Alpha and the youth guest said yes; one table of six, published."""
    youth, steward = world.personas["youth_member"], world.personas["steward"]
    assert youth is not None
    assert steward is not None
    with scopes_disabled():
        gathering = Gathering.objects.get(pk=shared_gathering(world)["gathering"])
    with scope(network=world.alpha):
        adults = [MembershipFactory(network=world.alpha).user for _ in range(5)]
        for user in (*adults, youth):
            rsvp_submit(gathering=gathering, user=user, answer="yes", both_parts=True)
        assert youth in seated_people(gathering=gathering)
        plan = plan_generate(
            gathering=gathering,
            agenda_item=None,
            rounds=1,
            table_sizes=[6],
            actor=steward,
            time_limit=0.2,
        )
        plan_publish(plan=plan, actor=steward)
        assert plan_grid(plan=plan)[0][0].count(person_key(youth.pk)) == 1
    return gathering, [u.email for u in adults]


def test_a_youth_guest_sees_their_table_without_anyones_contact_details(world: World) -> None:
    gathering, emails = published_plan_with_the_guest(world)
    client = client_for(world.personas["youth_member"])
    url = f"/n/{world.alpha.slug}/seating/gatherings/{gathering.pk}/my-table/"

    page = client.get(url)
    fragment = client.get(url, headers={"HX-Request": "true"})

    assert (page.status_code, fragment.status_code) == (200, 200)
    body = page.content.decode()
    assert "<strong>Table 1</strong>" in body
    assert "Your table" in fragment.content.decode()
    assert [e for e in emails if e in body or e in fragment.content.decode()] == []


def test_a_youth_guest_gets_404_for_a_gathering_youth_do_not_take_part_in(world: World) -> None:
    client = client_for(world.personas["youth_member"])
    gathering = world.gatherings["alpha"]

    response = client.get(f"/n/{world.alpha.slug}/seating/gatherings/{gathering.pk}/my-table/")

    assert response.status_code == 404


def test_a_youth_guest_without_an_age_band_is_still_seated_as_a_minor(world: World) -> None:
    youth = world.personas["youth_member"]
    assert youth is not None
    with scopes_disabled():
        gathering = Gathering.objects.get(pk=shared_gathering(world)["gathering"])
    youth.age_band = ""
    youth.save(update_fields=["age_band"])

    with scope(network=world.alpha):
        inputs = solver_inputs(gathering=gathering, agenda_item=None, people=[person_key(youth.pk)])

    assert inputs.minors == {person_key(youth.pk)}


def test_a_suspended_youth_guest_is_no_longer_seated_nor_named_to_adults(world: World) -> None:
    """A guardian withdrew consent, so the youth member's account is suspended (safeguards.md):
    their "yes" stayed, so they stayed seated and the adults at their table kept reading
    their name on their phones, on the cards and on every new plan."""
    youth = world.personas["youth_member"]
    assert youth is not None
    youth.full_name = "Yara Guestling"
    youth.save(update_fields=["full_name"])
    gathering, emails = published_plan_with_the_guest(world)
    with scope(network=world.youth):
        membership_consent_revoked(network=world.youth, user=youth)
    with scope(network=world.alpha):
        adult = User.objects.get(email=emails[0])

    page = client_for(adult).get(
        f"/n/{world.alpha.slug}/seating/gatherings/{gathering.pk}/my-table/"
    )

    assert page.status_code == 200
    assert "Yara" not in page.content.decode()
    with scope(network=world.alpha):
        assert youth not in seated_people(gathering=gathering)
