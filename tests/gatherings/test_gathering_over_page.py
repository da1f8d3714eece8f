"""What a member's own part of a gathering page says once the gathering is over. Found on
review (2026-12-07): a "yes" who came, and a "yes" who did not, both read "Your answer:
Coming" ever after; a member who came as another's named substitute read "You come as the
substitute of ..." and was told to show the pass at the door, days after the gathering."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.gatherings.models import Gathering, Substitution
from collaboratory.gatherings.services import substitution_check_in
from tests.conftest import World, client_for
from tests.factories import MembershipFactory
from tests.gatherings.test_came_and_closed_requests import CAME, _door
from tests.gatherings.test_checked_in_answers import answer, main, starting_at
from tests.gatherings.test_named_substitute_check_in import _named

NOT_CHECKED_IN = "You answered yes; you were not checked in."
DOOR = "show it at the door"


def _over(world: World) -> Gathering:
    return starting_at(world, timezone.now() - timedelta(days=10))


def _url(gathering: Gathering) -> str:
    return f"/n/alpha/gatherings/{gathering.pk}/"


def test_a_yes_who_came_reads_that_they_came(world: World) -> None:
    """Checked in after the page was cached: the same sentence as a "maybe" who came."""
    gathering = _over(world)
    member = world.personas["member"]
    answer(gathering, member, "yes")
    client = client_for(member)
    before = main(client, _url(gathering))

    _door(gathering, member, world.personas["steward"])
    after = main(client, _url(gathering))

    assert CAME not in before
    assert CAME in after
    assert "Your answer:" not in after
    assert NOT_CHECKED_IN not in after


def test_a_yes_who_did_not_come_reads_what_is_true_and_no_form(world: World) -> None:
    gathering = _over(world)
    member = world.personas["member"]
    answer(gathering, member, "yes")

    page = main(client_for(member), _url(gathering))

    assert NOT_CHECKED_IN in page
    assert "Your answer: Coming" not in page
    assert CAME not in page
    assert 'name="answer"' not in page
    assert "Save my answer" not in page


def test_before_the_end_a_yes_still_reads_their_answer(world: World) -> None:
    gathering = starting_at(world, timezone.now() + timedelta(days=3))
    member = world.personas["member"]
    answer(gathering, member, "yes")

    page = main(client_for(member), _url(gathering))

    assert "Your answer: Coming" in page
    assert NOT_CHECKED_IN not in page
    assert 'name="answer"' in page


@pytest.mark.parametrize("came", [True, False])
def test_a_named_substitute_reads_the_past_once_it_is_over(world: World, came: bool) -> None:
    """The pass records their check-in (never the ledger), set here after the page was
    cached: what the page says follows it."""
    gathering, substitution, olga = _named(world, _over(world))
    name = world.personas["member"].full_name
    client = client_for(olga)
    before = main(client, _url(gathering))

    if came:
        with scopes_disabled():
            substitution_check_in(
                substitution=Substitution.objects.get(pk=substitution.pk),
                actor=world.personas["steward"],
                now=gathering.starts_at + timedelta(minutes=30),
            )
    after = main(client, _url(gathering))

    for page in (before, after):
        assert f"You come as the substitute of {name}." not in page
        assert DOOR not in page
        assert CAME not in page
    went = f"You came as the substitute of {name}."
    missed = f"You were named as the substitute of {name}; you were not checked in."
    assert missed in before
    assert (went in after, missed in after) == (came, not came)


def test_one_who_sent_a_substitute_reads_the_past_once_it_is_over(world: World) -> None:
    """The member read "Olga Other comes in your place" and "ask a steward to withdraw the
    pass" days after the gathering: nothing is left to withdraw."""
    gathering, _substitution, _olga = _named(world, _over(world))

    page = main(client_for(world.personas["member"]), _url(gathering))

    assert "You sent Olga Other in your place." in page
    assert "comes in your place" not in page
    assert "withdraw the pass" not in page


def test_a_waitlisted_member_who_did_not_come_is_not_told_of_seats_once_it_is_over(
    world: World,
) -> None:
    """ "You are next on the waitlist... you get an email" went on after the end."""
    gathering = starting_at(world, timezone.now() - timedelta(days=10), capacity=1)
    answer(gathering, MembershipFactory(network=world.alpha).user, "yes")
    answer(gathering, world.personas["member"], "yes")

    page = main(client_for(world.personas["member"]), _url(gathering))

    assert "on the waitlist" not in page
    assert "you get an email" not in page


def test_a_named_substitute_who_came_reads_it_in_the_calendar_file(world: World) -> None:
    """The .ics, still offered after the end, asked the ledger only: one who came on a pass
    naming them read no answer there."""
    gathering, substitution, olga = _named(world, _over(world))
    with scopes_disabled():
        substitution_check_in(
            substitution=Substitution.objects.get(pk=substitution.pk),
            actor=world.personas["steward"],
            now=gathering.starts_at + timedelta(minutes=30),
        )

    ics = client_for(olga).get(f"/n/alpha/gatherings/{gathering.pk}/gathering.ics")

    assert "Your RSVP: Came (checked in)" in ics.content.decode()
