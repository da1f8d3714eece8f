"""A presentation given without an announced selection (a presenter chosen and told outside
the app, the announcement forgotten) is recorded: who presented is what rotation reads, and
what the project page and the presenter's follow-up hang on. From the gathering's first day a
submitted or waitlisted proposal is marked presented through the same two presses; a
declined, withdrawn or draft proposal, or a waitlisted one carried over, is refused beside
its card, and nothing changes. An ended gathering's board still shows what was staged and
never announced."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.creditclub import services
from collaboratory.creditclub.models import CreditClubSettings, Proposal
from collaboratory.gatherings.models import Gathering
from tests.conftest import client_for
from tests.creditclub.conftest import Club

pytestmark = pytest.mark.django_db


def _on_the_day(club: Club) -> None:
    """The gathering is under way: it began an hour ago."""
    now = timezone.now()
    with scopes_disabled():
        Gathering.objects.filter(pk=club.upcoming.pk).update(
            starts_at=now - timedelta(hours=1),
            ends_at=now + timedelta(hours=1),
            proposal_deadline=now - timedelta(days=28),
        )
        club.upcoming.parts.update(
            starts_at=now - timedelta(hours=1), ends_at=now + timedelta(hours=1)
        )
    club.upcoming.refresh_from_db()


def _ended(club: Club) -> None:
    ends = timezone.now() - timedelta(days=2)
    with scopes_disabled():
        Gathering.objects.filter(pk=club.upcoming.pk).update(
            starts_at=ends - timedelta(hours=2),
            ends_at=ends,
            proposal_deadline=ends - timedelta(days=28),
        )
        club.upcoming.parts.update(starts_at=ends - timedelta(hours=2), ends_at=ends)
    club.upcoming.refresh_from_db()


def _row(proposal: Proposal) -> Proposal:
    with scopes_disabled():
        return Proposal.objects.get(pk=proposal.pk)


def _presented_audits(proposal: Proposal) -> int:
    with scopes_disabled():
        return AuditEvent.objects.filter(
            action="proposal.presented", target_id=str(proposal.pk)
        ).count()


def _announce(club: Club, proposal: Proposal, decision: str) -> None:
    with scopes_disabled():
        services.proposal_stage_decision(proposal=proposal, decision=decision, actor=club.steward)
        services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)
        proposal.refresh_from_db()


def _card(html: str, proposal: Proposal) -> str:
    """The review board's card of `proposal` (up to the next card or the announce section)."""
    start = html.index(f'id="proposal-{proposal.pk}"')
    ends = [i for i in (html.find("<article", start), html.find("<section", start)) if i > 0]
    return html[start : min(ends)]


def _mark(club: Club, proposal: Proposal, **extra: str):  # type: ignore[no-untyped-def]
    return client_for(club.steward).post(
        f"/n/alpha/creditclub/proposals/{proposal.pk}/presented/", {"confirm": "yes", **extra}
    )


def test_a_submitted_proposal_presented_on_the_day_is_recorded_without_an_email(
    club: Club, run_tasks
) -> None:
    proposal = club.proposal()
    with scopes_disabled():
        services.proposal_stage_decision(proposal=proposal, decision="selected", actor=club.steward)
    _on_the_day(club)

    with scopes_disabled():
        marked = services.proposal_mark_presented(proposal=proposal, actor=club.steward)
    run_tasks()

    row = _row(proposal)
    assert (marked.state, row.state, row.staged_decision) == ("presented", "presented", "")
    assert _presented_audits(proposal) == 1
    # "You will present" is past: no outcome email goes.
    assert mail.outbox == []


def test_a_waitlisted_proposal_presented_on_the_day_is_recorded(club: Club) -> None:
    proposal = club.proposal()
    _announce(club, proposal, "waitlisted")
    _on_the_day(club)

    with scopes_disabled():
        services.proposal_mark_presented(proposal=proposal, actor=club.steward)

    assert _row(proposal).state == "presented"


def test_a_selected_presenter_staged_to_leave_and_marked_presented_leaves_no_staged_decision(
    club: Club,
) -> None:
    """A decision left staged on a presented proposal would make every later announcement
    fail ("presented cannot become on the waitlist")."""
    proposal = club.proposal()
    _announce(club, proposal, "selected")
    with scopes_disabled():
        services.proposal_stage_decision(
            proposal=proposal, decision="waitlisted", actor=club.steward
        )
    _on_the_day(club)

    with scopes_disabled():
        services.proposal_mark_presented(proposal=proposal, actor=club.steward)

    assert (_row(proposal).state, _row(proposal).staged_decision) == ("presented", "")


@pytest.mark.parametrize(
    ("state", "says"),
    [
        ("declined", "was declined"),
        ("withdrawn", "was withdrawn"),
        ("draft", "was never submitted"),
    ],
)
def test_a_declined_withdrawn_or_draft_proposal_is_refused_and_nothing_changes(
    club: Club, state: str, says: str
) -> None:
    proposal = club.proposal(submit=state != "draft")
    if state == "declined":
        _announce(club, proposal, "declined")
    if state == "withdrawn":
        with scopes_disabled():
            services.proposal_withdraw(proposal=proposal, actor=club.member)
    _on_the_day(club)

    with scopes_disabled(), pytest.raises(ValidationError) as error:
        services.proposal_mark_presented(proposal=proposal, actor=club.steward)

    assert says in error.value.messages[0]
    assert "cannot be marked presented" in error.value.messages[0]
    assert _row(proposal).state == state
    assert _presented_audits(proposal) == 0


def test_a_waitlisted_proposal_carried_over_is_refused(club: Club) -> None:
    """One project, one turn: its copy is in a later call."""
    proposal = club.proposal()
    _announce(club, proposal, "waitlisted")
    with scopes_disabled():
        services.proposal_carry_over(proposal=proposal, to_gathering=club.later, actor=club.member)
    _on_the_day(club)

    with scopes_disabled(), pytest.raises(ValidationError, match="carried over to Winter"):
        services.proposal_mark_presented(proposal=proposal, actor=club.steward)

    assert _row(proposal).state == "waitlisted"


def test_on_the_day_the_board_offers_a_submitted_proposal_saying_it_was_never_announced(
    club: Club,
) -> None:
    proposal = club.proposal()
    _on_the_day(club)

    page = (
        client_for(club.steward)
        .get(f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/board/")
        .content.decode()
    )

    card = _card(page, proposal)
    assert "Mark as presented…" in card
    assert "was never announced as selected" in card


def test_a_refusal_is_said_beside_its_card_with_a_400_and_changes_nothing(club: Club) -> None:
    proposal = club.proposal()
    other = club.proposal(club.new_member("Second Proposer"))
    _announce(club, proposal, "declined")
    _on_the_day(club)

    response = _mark(club, proposal)

    html = response.content.decode()
    assert response.status_code == 400
    card = _card(html, proposal)
    assert 'role="alert"' in card
    assert "was declined" in card
    assert "was declined" not in _card(html, other)
    assert _row(proposal).state == "declined"


def test_before_the_day_the_refusal_is_beside_the_card(club: Club) -> None:
    proposal = club.proposal()
    _announce(club, proposal, "selected")

    response = _mark(club, proposal)

    assert response.status_code == 400
    assert "has not happened yet" in _card(response.content.decode(), proposal)
    assert _row(proposal).state == "selected"


def test_a_refusal_from_the_run_of_show_is_said_beside_that_presenter(club: Club) -> None:
    proposal = club.proposal()
    _announce(club, proposal, "selected")

    response = _mark(club, proposal, back="run")

    html = response.content.decode()
    assert response.status_code == 400
    item = html[html.index(f'id="run-{proposal.pk}"') :]
    assert "has not happened yet" in item[: item.index("</li>")]
    assert _row(proposal).state == "selected"


def test_a_blind_board_names_a_proposer_presented_without_an_announcement(club: Club) -> None:
    """Presented, the project page names them to the whole network: hiding the name on the
    board would hide nothing."""
    with scopes_disabled():
        CreditClubSettings.objects.update_or_create(
            network=club.network, defaults={"anonymized_review": True}
        )
    proposal = club.proposal()
    _on_the_day(club)
    with scopes_disabled():
        services.proposal_mark_presented(proposal=proposal, actor=club.steward)

    page = (
        client_for(club.steward)
        .get(f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/board/")
        .content.decode()
    )

    card = _card(page, proposal)
    assert club.member.full_name in card
    assert "Name hidden" not in card


def test_an_ended_gatherings_board_shows_what_was_staged_and_never_announced(club: Club) -> None:
    staged = club.proposal()
    plain = club.proposal(club.new_member("Second Proposer"))
    with scopes_disabled():
        services.proposal_stage_decision(proposal=staged, decision="selected", actor=club.steward)
    _ended(club)

    page = (
        client_for(club.steward)
        .get(f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/board/")
        .content.decode()
    )

    card = _card(page, staged)
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", card))
    assert "Staged, never announced: Selected." in text
    # Read only: no control carries the decision.
    assert f'name="p{staged.pk}-decision"' not in card
    assert "Staged, never announced" not in _card(page, plain)
