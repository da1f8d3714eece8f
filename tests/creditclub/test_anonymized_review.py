"""An anonymized review holds on every page that shows a proposal, not only on the board: a
steward who opens a proposal by its URL learns no more about who wrote it than the board
says, until its decision is announced. The proposer always sees their own name."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.creditclub import services
from collaboratory.creditclub.models import Proposal
from collaboratory.creditclub.selectors import creditclub_settings_for
from collaboratory.gatherings.models import GatheringFormat
from collaboratory.gatherings.services import gathering_create
from tests.conftest import World, client_for
from tests.creditclub.conftest import ASKS, COMPLETE, Club

HIDDEN = "Name hidden until the decision"


def _anonymize(club: Club, on: bool = True) -> None:
    with scopes_disabled():
        settings = creditclub_settings_for(network=club.network)
        settings.anonymized_review = on
        settings.save()


def _announce(club: Club, proposal: Proposal, decision: str, calls: Any) -> None:
    """As a request would: the content versions renew after the commit."""
    with scopes_disabled(), calls(execute=True):
        services.proposal_stage_decision(proposal=proposal, decision=decision, actor=club.steward)
        services.proposals_announce(gathering=proposal.gathering, actor=club.steward, early=True)


@pytest.fixture
def zelda(club: Club) -> Proposal:
    _anonymize(club)
    return club.proposal(club.new_member("Zelda Hiddenname"))


def test_the_proposal_page_hides_the_proposer_from_a_steward_until_announced(
    club: Club, zelda: Proposal, django_capture_on_commit_callbacks: Any
) -> None:
    steward = client_for(club.steward)
    url = f"/n/alpha/creditclub/proposals/{zelda.pk}/"

    hidden = steward.get(url)
    _announce(club, zelda, "selected", django_capture_on_commit_callbacks)
    shown = steward.get(url).content.decode()

    assert hidden.status_code == 200
    assert "Hiddenname" not in hidden.content.decode()
    assert HIDDEN in hidden.content.decode()
    assert "Tulsa Tool Library" in hidden.content.decode()  # the proposal itself is there
    assert "Zelda Hiddenname" in shown
    assert HIDDEN not in shown


def test_the_proposal_page_names_the_proposer_when_the_review_is_not_anonymized(
    club: Club,
) -> None:
    proposal = club.proposal(club.new_member("Zelda Hiddenname"))

    body = client_for(club.steward).get(f"/n/alpha/creditclub/proposals/{proposal.pk}/")

    assert "Zelda Hiddenname" in body.content.decode()


def test_the_proposer_sees_their_own_name_during_the_anonymized_review(
    club: Club, zelda: Proposal
) -> None:
    body = client_for(zelda.proposer).get(f"/n/alpha/creditclub/proposals/{zelda.pk}/")

    assert "Zelda Hiddenname" in body.content.decode()


def test_a_withdrawn_proposal_stays_anonymous(club: Club, zelda: Proposal) -> None:
    """Withdrawn before any decision: its review never ended, so nothing named it."""
    with scopes_disabled():
        services.proposal_withdraw(proposal=zelda, actor=zelda.proposer)

    body = client_for(club.steward).get(f"/n/alpha/creditclub/proposals/{zelda.pk}/")

    assert "Hiddenname" not in body.content.decode()


def test_a_carried_over_proposal_is_not_linked_from_its_named_original(
    club: Club, django_capture_on_commit_callbacks: Any
) -> None:
    """The waitlisted original was announced, so it names its proposer; while the next
    gathering reviews anonymously, a link from it to the carried-over copy would name that
    copy's proposer too."""
    proposal = club.proposal(club.new_member("Zelda Hiddenname"))
    _announce(club, proposal, "waitlisted", django_capture_on_commit_callbacks)
    with scopes_disabled():
        proposal.refresh_from_db()
        carried = services.proposal_carry_over(
            proposal=proposal, to_gathering=club.later, actor=proposal.proposer
        )
    _anonymize(club)
    carried_url = f"/n/alpha/creditclub/proposals/{carried.pk}/"

    original = client_for(club.steward).get(f"/n/alpha/creditclub/proposals/{proposal.pk}/")
    own = client_for(proposal.proposer).get(f"/n/alpha/creditclub/proposals/{proposal.pk}/")
    copy = client_for(club.steward).get(carried_url).content.decode()

    assert "Zelda Hiddenname" in original.content.decode()
    assert carried_url not in original.content.decode()
    assert "carry-over/" not in original.content.decode()  # still carried once only
    assert carried_url in own.content.decode()
    assert "Hiddenname" not in copy


def test_the_follow_up_page_hides_the_proposer_from_a_steward_until_announced(
    club: Club, zelda: Proposal, django_capture_on_commit_callbacks: Any
) -> None:
    steward = client_for(club.steward)
    url = f"/n/alpha/live/{club.upcoming.pk}/presenters/{zelda.pk}/"

    hidden = steward.get(url)
    _announce(club, zelda, "selected", django_capture_on_commit_callbacks)
    shown = steward.get(url).content.decode()

    assert hidden.status_code == 200
    assert "Hiddenname" not in hidden.content.decode()
    assert "Tulsa Tool Library" in hidden.content.decode()
    assert "Zelda Hiddenname" in shown


def test_the_board_follows_the_same_rule(
    club: Club, zelda: Proposal, django_capture_on_commit_callbacks: Any
) -> None:
    """The board's cards and the pages agree: the name comes back with the announcement."""
    steward = client_for(club.steward)
    board = f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/board/"

    hidden = steward.get(board).content.decode()
    _announce(club, zelda, "selected", django_capture_on_commit_callbacks)
    shown = steward.get(board).content.decode()

    assert (HIDDEN in hidden, "Hiddenname" in hidden) == (True, False)
    assert "Zelda Hiddenname" in shown


def _youth_proposal(club: Club, world: World) -> Proposal:
    """A youth guest's proposal at a gathering of Alpha that youth take part in: in an adult
    network the youth guests who propose are one or two people, so "Power Project" (a
    youth member's proposal) all but names its proposer."""
    youth = world.personas["youth_member"]
    assert youth is not None
    starts = timezone.now() + timedelta(days=60)
    with scopes_disabled():
        gathering = gathering_create(
            network=club.network,
            title="Shared gathering",
            format=GatheringFormat.IN_PERSON,
            city="Tulsa",
            youth_take_part=True,
            parts=[("Meeting", starts, starts + timedelta(hours=7))],
        )
        proposal = services.proposal_save(
            gathering=gathering, proposer=youth, fields=COMPLETE, asks=ASKS
        )
        services.proposal_submit(proposal=proposal, actor=youth)
    assert proposal.is_power_project
    return proposal


def test_a_blind_board_hides_the_power_project_badge_until_announced(
    club: Club, world: World, django_capture_on_commit_callbacks: Any
) -> None:
    """The badge said "this proposer is a youth member" (and its stage, which gathering of
    their cohort it is): on a blind board that is a name. It comes back with the decision,
    with the name; the project itself stays shown."""
    _anonymize(club)
    power = _youth_proposal(club, world)
    steward = client_for(club.steward)
    board = f"/n/alpha/creditclub/gatherings/{power.gathering_id}/board/"
    page = f"/n/alpha/creditclub/proposals/{power.pk}/"

    hidden_board = steward.get(board).content.decode()
    hidden_page = steward.get(page).content.decode()
    own_page = client_for(power.proposer).get(page).content.decode()
    _announce(club, power, "selected", django_capture_on_commit_callbacks)
    shown_board = steward.get(board).content.decode()
    shown_page = steward.get(page).content.decode()

    assert "Tulsa Tool Library" in hidden_board
    assert HIDDEN in hidden_board
    assert ("Power Project" in hidden_board, "Power Project" in hidden_page) == (False, False)
    assert "Power Project" in own_page  # the youth member always sees their own path
    assert ("Power Project" in shown_board, "Power Project" in shown_page) == (True, True)


def test_an_open_board_shows_the_power_project_badge(club: Club, world: World) -> None:
    power = _youth_proposal(club, world)

    body = client_for(club.steward).get(
        f"/n/alpha/creditclub/gatherings/{power.gathering_id}/board/"
    )

    assert "Power Project" in body.content.decode()


def test_a_blind_board_does_not_rank_helpers_against_the_hidden_proposer(
    club: Club, zelda: Proposal, django_capture_on_commit_callbacks: Any
) -> None:
    """Each card loaded "who can meet these asks", ranked against the proposer: "new tie
    across sectors and generations" beside each helper, the people they worked with ranked
    apart, and the proposer never suggested to their own asks told their sector, region,
    generation and circle. A blind card lists the asks alone until the decision."""
    steward = client_for(club.steward)
    board = f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/board/"
    suggestions = f"/n/alpha/matching/proposals/{zelda.pk}/suggestions/"

    hidden = steward.get(board).content.decode()
    _announce(club, zelda, "selected", django_capture_on_commit_callbacks)
    shown = steward.get(board).content.decode()

    assert "A storefront open on Saturdays" in hidden  # the asks themselves stay
    assert suggestions not in hidden
    assert suggestions in shown


def test_the_suggestion_routes_opened_directly_keep_the_hidden_proposer_hidden(
    club: Club, zelda: Proposal, django_capture_on_commit_callbacks: Any
) -> None:
    """The blind board no longer loads the suggestions, but a steward could still open them
    by their address (the proposal's, or one ask's) and read the same tell-tale ranking."""
    steward = client_for(club.steward)
    with scopes_disabled():
        ask_id = zelda.asks.order_by("pk").values_list("pk", flat=True).first()
    routes = (
        f"/n/alpha/matching/proposals/{zelda.pk}/suggestions/",
        f"/n/alpha/matching/asks/{ask_id}/suggestions/",
    )

    hidden = [steward.get(url).status_code for url in routes]
    proposer = [client_for(zelda.proposer).get(url).status_code for url in routes]
    _announce(club, zelda, "selected", django_capture_on_commit_callbacks)
    shown = [steward.get(url).status_code for url in routes]

    assert hidden == [404, 404]
    assert proposer == [200, 200]  # a proposer always knows their own proposal
    assert shown == [200, 200]


def test_moving_a_hidden_proposal_on_the_power_path_does_not_tell_it_is_a_youths(
    club: Club, world: World, zelda: Proposal
) -> None:
    """The badge is hidden, but "Move to the next stage" posted by hand answered "A Power
    Project is shaped with adults in the room" for a youth member's proposal and "This
    proposal is not a Power Project" for an adult's: the refusal named the proposer as one
    of the one or two youth guests. Before it is presented every proposal is refused
    alike, and nothing moves."""
    power = _youth_proposal(club, world)
    steward = client_for(club.steward)

    def refusal(proposal: Proposal) -> list[str]:
        answer = steward.post(
            f"/n/alpha/creditclub/proposals/{proposal.pk}/power-project/", follow=True
        )
        return [str(m) for m in answer.context["messages"]]

    youths, adults = refusal(power), refusal(zelda)

    assert youths == adults
    assert youths == [
        "Only a presented project moves along a Power Project's path: mark it presented first."
    ]
    power.refresh_from_db()
    assert power.power_stage == "idea"
