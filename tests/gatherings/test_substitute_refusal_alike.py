"""A student's address typed as a substitute is refused in the very answer another
address that cannot be named gets (the member's own): same words, same status, same form
kept, nothing stored. The minor's refusal had words of its own ("... Name someone else."),
given for a minor's account address alone, so an adult who typed an address and read them
learned that it was a student's (safeguards.md: a minor's contact details reach no adult).
And a member who had asked already read that refusal for a student's address but "You have
already asked" for anyone else's: the answer that depends on no address now comes first."""

from __future__ import annotations

import re

from django.http import HttpResponse
from django_scopes import scopes_disabled

from collaboratory.gatherings.models import Gathering, Substitution
from collaboratory.gatherings.services import rsvp_submit, substitution_request
from collaboratory.people.models import User
from tests.conftest import World, client_for
from tests.factories import GatheringFactory, MembershipFactory

REFUSED = (
    "This address cannot be named as a substitute for this gathering. Ask a steward if you "
    "need help."
)
TYPED = "TYPED-ADDRESS"


def _ask_on_the_page(gathering: Gathering, member: User, email: str) -> HttpResponse:
    return client_for(member).post(
        f"/n/alpha/gatherings/{gathering.pk}/",
        {
            "action": "substitute",
            "sub_name": "Sam Standin",
            "sub_email": email,
            "sub_reason": "Away that week",
        },
    )


def _as_read(response: HttpResponse, typed: str) -> str:
    """The page with the typed address replaced, and the per-response CSRF token masked
    (it differs between any two responses: in the forms and in htmx's headers)."""
    page = response.content.decode()
    page = page.replace(f'value="{typed}"', f'value="{TYPED}"')
    page = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "csrf", page)
    return re.sub(r'"X-CSRFToken": "[^"]+"', "csrf", page)


def _stored(gathering: Gathering) -> int:
    with scopes_disabled():
        return Substitution.objects.filter(gathering=gathering).count()


def _adult_coming(world: World, gathering: Gathering) -> User:
    adult = MembershipFactory(
        network=world.alpha, user__full_name="Adam Adult", user__email="adam@alpha.example"
    ).user
    with scopes_disabled():
        rsvp_submit(gathering=gathering, user=adult, answer="yes", both_parts=True)
    return adult


def test_a_students_address_is_refused_as_the_members_own_is(world: World) -> None:
    """Failed on the old code: the member's own address was taken (a request stored, a
    redirect), a student's refused in words given to no other address."""
    gathering = GatheringFactory(network=world.alpha, youth_take_part=True, parts=1)
    youth = world.personas["youth_member"]
    with scopes_disabled():
        rsvp_submit(gathering=gathering, user=youth, answer="yes")
    adult = _adult_coming(world, gathering)

    students = _ask_on_the_page(gathering, adult, "Youth@Alpha.example")
    own = _ask_on_the_page(gathering, adult, "adam@alpha.example")

    assert (students.status_code, own.status_code) == (200, 200)
    assert _as_read(students, "Youth@Alpha.example") == _as_read(own, "adam@alpha.example")
    page = students.content.decode()
    field = page[page.index('id="id_sub_email"') :]
    assert REFUSED in field[: field.index("</div>")]
    # The form keeps what was typed, in both alike.
    assert 'value="Sam Standin"' in page
    assert 'value="Away that week"' in page
    assert youth.full_name not in page
    assert _stored(gathering) == 0


def test_one_who_asked_already_reads_the_same_whatever_the_address(world: World) -> None:
    """Failed on the old code: a student's address read the minor's refusal, any other
    "You have already asked"."""
    gathering = GatheringFactory(network=world.alpha, youth_take_part=True, parts=1)
    adult = _adult_coming(world, gathering)
    with scopes_disabled():
        substitution_request(
            gathering=gathering,
            member=adult,
            name="Kim Kept",
            email="kim@example.org",
            reason="A family wedding",
        )

    students = _ask_on_the_page(gathering, adult, "youth@alpha.example")
    anyones = _ask_on_the_page(gathering, adult, "someone@example.org")

    assert _as_read(students, "youth@alpha.example") == _as_read(anyones, "someone@example.org")
    assert "You have already asked for a substitute for this gathering." in (
        students.content.decode()
    )
    assert _stored(gathering) == 1
