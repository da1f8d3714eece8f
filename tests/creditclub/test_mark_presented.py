""" "Mark as presented" publishes the project page and its asks to the whole network and
starts the presenter's follow-up prompts: one mis-tap on a phone did it. It now asks for a
second, deliberate press (a confirmation that works without JavaScript), and pressing it
again changes nothing."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.creditclub import services
from collaboratory.creditclub.models import Proposal
from collaboratory.gatherings.models import Gathering
from tests.conftest import client_for
from tests.creditclub.conftest import Club


def _selected_on_the_day(club: Club) -> Proposal:
    proposal = club.proposal()
    with scopes_disabled():
        services.proposal_stage_decision(proposal=proposal, decision="selected", actor=club.steward)
        services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)
        # The gathering's day has come (set-up: the call was open when it was proposed).
        Gathering.objects.filter(pk=club.upcoming.pk).update(
            starts_at=timezone.now() - timedelta(hours=1)
        )
    return proposal


def _presented_audits(proposal: Proposal) -> int:
    with scopes_disabled():
        return AuditEvent.objects.filter(
            action="proposal.presented", target_id=str(proposal.pk)
        ).count()


def _state(proposal: Proposal) -> str:
    with scopes_disabled():
        return Proposal.objects.get(pk=proposal.pk).state


def test_a_press_without_the_confirmation_changes_nothing(club: Club) -> None:
    proposal = _selected_on_the_day(club)
    url = f"/n/alpha/creditclub/proposals/{proposal.pk}/presented/"

    response = client_for(club.steward).post(url, follow=True)

    assert _state(proposal) == "selected"
    assert "Nothing was changed" in response.content.decode()


def test_the_board_asks_before_marking_and_a_second_press_changes_nothing(club: Club) -> None:
    proposal = _selected_on_the_day(club)
    steward = client_for(club.steward)
    board = steward.get(f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/board/")
    url = f"/n/alpha/creditclub/proposals/{proposal.pk}/presented/"

    first = steward.post(url, {"confirm": "yes"}, follow=True)
    second = steward.post(url, {"confirm": "yes"}, follow=True)

    html = board.content.decode()
    assert '<details class="confirm">' in html
    assert "Mark as presented…" in html
    assert _state(proposal) == "presented"
    assert _presented_audits(proposal) == 1
    for response in (first, second):
        text = response.content.decode()
        assert "is marked as presented" in text
        assert "cannot become presented" not in text
    # Back to the card the steward pressed it on.
    assert first.redirect_chain[-1][0].endswith(f"#proposal-{proposal.pk}")


def test_marking_twice_through_the_service_audits_once(club: Club) -> None:
    _selected_on_the_day(club)
    with scopes_disabled():
        proposal = Proposal.objects.select_related("gathering").get()
        services.proposal_mark_presented(proposal=proposal, actor=club.steward)
        again = services.proposal_mark_presented(proposal=proposal, actor=club.steward)
    assert again.state == "presented"
    assert _presented_audits(proposal) == 1


def test_the_board_and_the_run_of_show_link_to_each_other(club: Club) -> None:
    steward = client_for(club.steward)
    g = club.upcoming.pk
    board_url = f"/n/alpha/creditclub/gatherings/{g}/board/"
    run_url = f"/n/alpha/creditclub/gatherings/{g}/run-of-show/"

    board = steward.get(board_url).content.decode()
    run = steward.get(run_url).content.decode()

    assert f'href="{run_url}"' in board
    assert f'href="{board_url}"' in run


def test_on_the_day_the_run_of_show_marks_presented_and_returns_there(club: Club) -> None:
    proposal = _selected_on_the_day(club)
    steward = client_for(club.steward)
    run_url = f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/run-of-show/"

    run = steward.get(run_url).content.decode()
    marked = steward.post(
        f"/n/alpha/creditclub/proposals/{proposal.pk}/presented/",
        {"confirm": "yes", "back": "run"},
    )

    assert "Mark as presented…" in run
    assert marked["Location"] == run_url
    assert _state(proposal) == "presented"


def test_a_proposals_page_leads_a_steward_back_to_its_card_and_the_run(club: Club) -> None:
    proposal = club.proposal()
    g = club.upcoming.pk

    steward_page = client_for(club.steward).get(f"/n/alpha/creditclub/proposals/{proposal.pk}/")
    member_page = client_for(club.member).get(f"/n/alpha/creditclub/proposals/{proposal.pk}/")

    board = f'href="/n/alpha/creditclub/gatherings/{g}/board/#proposal-{proposal.pk}"'
    assert board in steward_page.content.decode()
    assert (
        f'href="/n/alpha/creditclub/gatherings/{g}/run-of-show/"' in steward_page.content.decode()
    )
    assert "/board/" not in member_page.content.decode()
