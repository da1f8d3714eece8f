"""A member who ticks "I would like to present" in the gathering's RSVP is led on: the page
they land on offers "Propose a project" for that gathering, or says plainly why they cannot
propose (the network's rule on who may), until they have a proposal there. Found in a new
network's first weeks: the tick led nowhere. The personal prompt stays out of the parts the
page shares, and a viewer who did not tick pays no query for it."""

from __future__ import annotations

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django_scopes import scopes_disabled

from collaboratory.gatherings.services import rsvp_submit
from collaboratory.people.models import User
from tests.conftest import client_for
from tests.creditclub.conftest import Club

PROPOSE = "Propose a project"


def _client(user: User) -> Client:
    client = client_for(user)
    client.defaults["HTTP_HOST"] = "127.0.0.1"
    return client


def _page(club: Club) -> str:
    return f"/n/alpha/gatherings/{club.upcoming.pk}/"


def _propose_link(club: Club) -> str:
    return f'href="/n/alpha/creditclub/gatherings/{club.upcoming.pk}/propose/"'


def _main(body: str) -> str:
    return body[body.index("<main") : body.index("</main>")]


def test_ticking_i_would_like_to_present_leads_to_propose(club: Club) -> None:
    client = _client(club.member)

    response = client.post(
        _page(club), {"action": "rsvp", "answer": "yes", "wants_to_present": "on"}, follow=True
    )

    body = _main(response.content.decode())
    assert ("You are confirmed" in body, PROPOSE in body, _propose_link(club) in body) == (
        True,
        True,
        True,
    )


def test_a_member_the_rule_does_not_admit_yet_is_told_why(club: Club) -> None:
    newcomer = club.new_member("Nadia Newcomer", attended=False)
    client = _client(newcomer)

    response = client.post(
        _page(club), {"action": "rsvp", "answer": "yes", "wants_to_present": "on"}, follow=True
    )

    body = _main(response.content.decode())
    assert (_propose_link(club) in body, "have attended at least one gathering" in body) == (
        False,
        True,
    )


def test_no_prompt_once_the_member_has_a_proposal(club: Club) -> None:
    with scopes_disabled():
        rsvp_submit(gathering=club.upcoming, user=club.member, answer="yes", wants_to_present=True)
    client = _client(club.member)
    assert _propose_link(club) in _main(client.get(_page(club)).content.decode())

    club.proposal(submit=False)

    assert _propose_link(club) not in _main(client.get(_page(club)).content.decode())


def test_no_prompt_without_the_tick_nor_in_the_shared_part(club: Club) -> None:
    with scopes_disabled():
        rsvp_submit(gathering=club.upcoming, user=club.member, answer="yes", wants_to_present=True)
        other = club.new_member("Omar Other")
        rsvp_submit(gathering=club.upcoming, user=other, answer="yes")
    newcomer = club.new_member("Nell Nothing")
    _client(club.member).get(_page(club))  # the ticked member's page is rendered first

    for user in (other, newcomer):
        body = _main(_client(user).get(_page(club)).content.decode())
        assert (PROPOSE in body, "would like to present, " in body) == (False, False)


def test_the_prompt_costs_queries_only_for_a_member_who_ticked(club: Club) -> None:
    with scopes_disabled():
        rsvp_submit(gathering=club.upcoming, user=club.member, answer="yes", wants_to_present=True)
        other = club.new_member("Omar Other")
        rsvp_submit(gathering=club.upcoming, user=other, answer="yes")
    counts = []
    for user in (other, club.member):
        client = _client(user)
        client.get(_page(club))
        with CaptureQueriesContext(connection) as queries:
            client.get(_page(club))
        counts.append(len(queries))

    # As before for everyone else (tests/gatherings/test_page_cache.py); for the member who
    # ticked, while the call is open: their proposal, the network's rule, their attendance.
    assert counts == [6, 9]
