"""The asks board and a fellow member's profile are rendered once per visibility class and
content version (networks/pagecache.py) and served to the class's other members: a class
never sees another's part (a steward's "Mark as met" and private ledger, an adult's way to
write to an adult), the viewer's own pieces are theirs alone, a write through the services
shows on the very next request, and no cached page carries a cached CSRF token."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.test import Client
from django_scopes import scopes_disabled

from collaboratory.commitments.services import commitment_hide
from collaboratory.creditclub.models import Proposal, ProposalState
from collaboratory.creditclub.services import AskInput
from collaboratory.gatherings.models import Attendance
from collaboratory.gatherings.services import attendance_bulk_record
from collaboratory.matching.services_profiles import introduction_consent_set
from collaboratory.networks.models import Network, NetworkKind, Role
from collaboratory.networks.pagecache import csrf_placeholder
from collaboratory.people.models import AgeBand
from collaboratory.people.services import profile_update
from tests.conftest import client_for
from tests.factories import (
    CommitmentFactory,
    GatheringFactory,
    MembershipFactory,
    NetworkFactory,
    PresentedProposalFactory,
)
from tests.matching.test_asks_board import board, first_ask, project
from tests.matching.test_profiles import url

pytestmark = pytest.mark.django_db

MET = "Mark as met"


def _body(client: Client, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200
    return response.content.decode()


def _section(page: str, labelled_by: str) -> str:
    start = page.index(f'<section aria-labelledby="{labelled_by}">')
    return page[start : page.index("</section>", start)]


@pytest.fixture
def network() -> Network:
    return NetworkFactory()


def test_a_stewards_board_and_a_members_are_two_and_the_presenter_keeps_their_own(
    network: Network,
) -> None:
    theirs = project(network, AskInput("space", "institutional", "THEIR-ASK"), title="Theirs")
    mine = project(network, AskInput("expertise", "intellectual", "MY-ASK"), title="Mine")
    steward = MembershipFactory(network=network, role=Role.STEWARD).user
    member = MembershipFactory(network=network).user

    stewards_board = _body(client_for(steward), board(network))
    members_board = _body(client_for(member), board(network))
    presenters_board = _body(client_for(mine.proposer), board(network))
    other_presenters_board = _body(client_for(theirs.proposer), board(network))

    def forms(page: str) -> list[str]:
        return re.findall(r"/asks/(\d+)/met/", page)

    assert sorted(forms(stewards_board)) == sorted(
        [str(first_ask(mine).pk), str(first_ask(theirs).pk)]
    )
    assert (forms(members_board), MET in members_board) == ([], False)
    assert forms(presenters_board) == [str(first_ask(mine).pk)]
    assert forms(other_presenters_board) == [str(first_ask(theirs).pk)]
    for page in (stewards_board, members_board, presenters_board, other_presenters_board):
        assert ("THEIR-ASK" in page, "MY-ASK" in page) == (True, True)


def test_a_commitment_hidden_shows_in_the_next_members_count(
    network: Network, django_capture_on_commit_callbacks: Any
) -> None:
    proposal = project(network, AskInput("space", "institutional", "SPACE-ASK"))
    steward = MembershipFactory(network=network, role=Role.STEWARD).user
    with scopes_disabled():
        ask = first_ask(proposal)
        made = [CommitmentFactory(proposal=proposal, ask=ask) for _ in range(2)]
    assert "2 commitments so far" in _body(client_for(steward), board(network))
    assert "2 commitments so far" in _body(client_for(made[0].committer), board(network))

    with django_capture_on_commit_callbacks(execute=True), scopes_disabled():
        commitment_hide(commitment=made[1], actor=steward, reason="Not a commitment")

    assert "1 commitment so far" in _body(client_for(made[0].committer), board(network))
    assert "1 commitment so far" in _body(client_for(steward), board(network))


def test_a_cached_board_carries_each_requests_own_csrf_token(network: Network) -> None:
    proposal = project(network)
    client = Client(enforce_csrf_checks=True)
    client.force_login(
        MembershipFactory(network=network, role=Role.STEWARD).user,
        backend="allauth.account.auth_backends.AuthenticationBackend",
    )
    first, second = _body(client, board(network)), _body(client, board(network))
    pattern = r'name="csrfmiddlewaretoken" value="([^"]+)"'
    tokens = [re.findall(pattern, page) for page in (first, second)]
    met = f"/n/{network.slug}/asks/{first_ask(proposal).pk}/met/"

    response = client.post(met, {"csrfmiddlewaretoken": tokens[1][0], "met": "1"})

    assert csrf_placeholder() not in first + second
    assert len(tokens[0]) == len(tokens[1]) > 0
    assert set(tokens[0]) & set(tokens[1]) == set()
    assert response.status_code == 302


def _profile_setup(network: Network) -> tuple[Any, Any]:
    """A member with a presented project (a commitment to it open) and a selected one, the
    latter private to them and the stewards."""
    person = MembershipFactory(network=network, user__full_name="Rosa Diaz")
    with scopes_disabled():
        gathering = GatheringFactory(network=network)
        presented = PresentedProposalFactory(
            gathering=gathering, proposer=person.user, title="PRESENTED-PROJECT"
        )
        selected = PresentedProposalFactory(
            gathering=GatheringFactory(network=network, title="Later gathering"),
            proposer=person.user,
            title="SELECTED-PROJECT",
        )
        Proposal.objects.filter(pk=selected.pk).update(state=ProposalState.SELECTED)
        CommitmentFactory(proposal=presented)
    return person, gathering


def test_a_stewards_profile_and_a_members_are_two(network: Network) -> None:
    person, _gathering = _profile_setup(network)
    steward = MembershipFactory(network=network, role=Role.STEWARD).user
    members = [MembershipFactory(network=network).user for _ in range(2)]

    as_steward = _body(client_for(steward), url(person))
    as_members = [_body(client_for(m), url(person)) for m in members]

    assert ("SELECTED-PROJECT" in as_steward, "kept: 0, open: 1" in as_steward) == (True, True)
    for page in as_members:
        assert ("PRESENTED-PROJECT" in page, "SELECTED-PROJECT" in page) == (True, False)
        assert "kept:" not in page


def test_gatherings_both_attended_are_each_viewers_own(network: Network) -> None:
    person, gathering = _profile_setup(network)
    went, stayed = (MembershipFactory(network=network).user for _ in range(2))
    with scopes_disabled():
        part = gathering.parts.first()
        attendance_bulk_record(
            network=network,
            entries=[(part.pk, person.user.pk), (part.pk, went.pk)],
            source=Attendance.Source.HISTORY,
        )

    theirs, mine = (_section(_body(client_for(c), url(person)), "shared") for c in (went, stayed))

    assert (gathering.title in theirs, "None yet." in theirs) == (True, False)
    assert (gathering.title in mine, "None yet." in mine) == (False, True)


def test_a_minor_is_never_offered_an_adults_email(network: Network) -> None:
    """In a youth cohort an adult may agree to be emailed introduction requests by adults;
    a youth member (a minor) reading the same profile after an adult goes through the
    stewards, and the cohort's minors show no region."""
    youth = NetworkFactory(kind=NetworkKind.YOUTH, parent=network)
    mentor = MembershipFactory(network=youth, user__full_name="Mo Mentor")
    with scopes_disabled():
        introduction_consent_set(network=youth, user=mentor.user, consent=True)
    teen = MembershipFactory(
        network=youth,
        role=Role.YOUTH_MEMBER,
        user__age_band=AgeBand.AGE_16_17,
        user__region="Oklahoma",
        user__city="Tulsa",
    )
    adult = MembershipFactory(network=youth).user

    adults_view = _body(client_for(adult), url(mentor))
    teens_view = _body(client_for(teen.user), url(mentor))
    teen_as_adult_sees = _body(client_for(adult), url(teen))

    assert "Your note will be emailed to them." in adults_view
    assert "Your note will be emailed to them." not in teens_view
    assert "Your note goes to the stewards" in teens_view
    assert ("Tulsa" in teen_as_adult_sees, "Oklahoma" in teen_as_adult_sees) == (True, False)


def test_a_profile_edit_shows_on_the_next_view(
    network: Network, django_capture_on_commit_callbacks: Any
) -> None:
    person, _gathering = _profile_setup(network)
    viewer = client_for(MembershipFactory(network=network).user)
    assert "Builder of libraries" not in _body(viewer, url(person))

    with django_capture_on_commit_callbacks(execute=True):
        profile_update(user=person.user, bio="Builder of libraries")

    assert "Builder of libraries" in _body(viewer, url(person))


def test_a_cached_profile_carries_each_requests_own_csrf_token(network: Network) -> None:
    person, _gathering = _profile_setup(network)
    client = Client(enforce_csrf_checks=True)
    client.force_login(
        MembershipFactory(network=network).user,
        backend="allauth.account.auth_backends.AuthenticationBackend",
    )
    first, second = _body(client, url(person)), _body(client, url(person))
    pattern = r'name="csrfmiddlewaretoken" value="([^"]+)"'
    tokens = [re.findall(pattern, page) for page in (first, second)]

    assert csrf_placeholder() not in first + second
    assert len(tokens[0]) == len(tokens[1]) > 0
    assert set(tokens[0]) & set(tokens[1]) == set()
