"""Withdrawing and submitting as a member meets them on a phone. Withdrawing is for good
(the slot, the run of show), yet one tap on the proposal's page did it: it now asks for a
second, deliberate press, and pressed twice it is no error. A presenter who withdraws
tells the stewards, who have a slot to fill. "Submit proposal" on a proposal already
submitted (the edit form offers it) saved the edit and then showed "cannot become
submitted": it now says it is submitted, as a first submit does."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.core import mail
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.creditclub import services
from collaboratory.creditclub.models import Proposal
from collaboratory.gatherings.models import Gathering
from collaboratory.networks.models import Membership, MembershipStatus, Role
from collaboratory.networks.services import membership_status_override
from tests.conftest import client_for
from tests.creditclub.conftest import Club
from tests.creditclub.test_views import form_data
from tests.factories import MembershipFactory


def _state(proposal: Proposal) -> str:
    with scopes_disabled():
        return Proposal.objects.get(pk=proposal.pk).state


def test_withdraw_asks_first_and_a_second_press_is_no_error(club: Club) -> None:
    proposal = club.proposal()
    member = client_for(club.member)
    url = f"/n/alpha/creditclub/proposals/{proposal.pk}/withdraw/"

    page = member.get(f"/n/alpha/creditclub/proposals/{proposal.pk}/").content.decode()
    unconfirmed = member.post(url, follow=True)
    state_after_tap = _state(proposal)
    first = member.post(url, {"confirm": "yes"}, follow=True)
    second = member.post(url, {"confirm": "yes"}, follow=True)

    assert "Withdraw…" in page
    assert state_after_tap == "submitted"
    assert "Nothing was changed" in unconfirmed.content.decode()
    assert _state(proposal) == "withdrawn"
    for response in (first, second):
        text = response.content.decode()
        assert "The proposal is withdrawn." in text
        assert "cannot become" not in text
    with scopes_disabled():
        assert AuditEvent.objects.filter(action="proposal.withdrawn").count() == 1


def test_a_presenter_who_withdraws_tells_the_stewards(
    club: Club, django_capture_on_commit_callbacks: Any
) -> None:
    proposal = club.proposal()
    with scopes_disabled():
        services.proposal_stage_decision(proposal=proposal, decision="selected", actor=club.steward)
        services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        client_for(club.member).post(
            f"/n/alpha/creditclub/proposals/{proposal.pk}/withdraw/", {"confirm": "yes"}
        )

    [sent] = mail.outbox
    assert sent.to == [club.steward.email]
    assert sent.subject == "A presenter withdrew from Fall Gathering"
    assert club.member.full_name in sent.body
    assert "Tulsa Tool Library" in sent.body
    assert f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/board/" in sent.body


def test_a_presenter_withdrawn_after_the_gathering_ended_tells_no_steward_of_a_slot(
    club: Club, django_capture_on_commit_callbacks: Any
) -> None:
    """After the end there is no slot left to fill: the stewards were emailed to choose one
    from the waitlist, with a link to a board that can no longer announce anything."""
    proposal = club.proposal()
    with scopes_disabled():
        services.proposal_stage_decision(proposal=proposal, decision="selected", actor=club.steward)
        services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)
        over = timezone.now() - timedelta(hours=1)
        Gathering.objects.filter(pk=club.upcoming.pk).update(
            starts_at=over - timedelta(hours=3), ends_at=over
        )
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        answer = client_for(club.member).post(
            f"/n/alpha/creditclub/proposals/{proposal.pk}/withdraw/", {"confirm": "yes"}
        )

    assert answer.status_code in (200, 302)
    assert _state(proposal) == "withdrawn"
    assert mail.outbox == []


def test_a_submitted_proposal_not_yet_selected_withdrawn_tells_no_steward(
    club: Club, django_capture_on_commit_callbacks: Any
) -> None:
    proposal = club.proposal()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True), scopes_disabled():
        services.proposal_withdraw(proposal=proposal, actor=club.member)
    assert mail.outbox == []


def test_submit_on_a_proposal_already_submitted_says_submitted(club: Club) -> None:
    proposal = club.proposal()
    member = client_for(club.member)

    edited = member.post(
        f"/n/alpha/creditclub/proposals/{proposal.pk}/edit/",
        form_data(title="A better title", submit="1"),
        follow=True,
    )
    again = member.post(f"/n/alpha/creditclub/proposals/{proposal.pk}/submit/", follow=True)

    for response in (edited, again):
        text = response.content.decode()
        assert "Submitted. You can edit it until the deadline" in text
        assert "cannot become" not in text
    with scopes_disabled():
        stored = Proposal.objects.get(pk=proposal.pk)
        audits = AuditEvent.objects.filter(action="proposal.submitted").count()
    assert (stored.state, stored.title) == ("submitted", "A better title")
    assert audits == 1


def test_a_presenter_whose_membership_ends_is_told_to_the_stewards(
    club: Club, django_capture_on_commit_callbacks: Any
) -> None:
    """A membership's end withdraws the person's open proposals without a word to them; a
    selected one also left the stewards a free slot they heard nothing of."""
    proposal = club.proposal()
    waiting = club.proposal(club.new_member("Still Waiting"), title="Seed Library")
    with scopes_disabled():
        services.proposal_stage_decision(proposal=proposal, decision="selected", actor=club.steward)
        services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True), scopes_disabled():
        for person in (club.member, waiting.proposer):
            membership_status_override(
                membership=Membership.objects.get(network=club.network, user=person),
                status=MembershipStatus.SUSPENDED,
                note="Asked to pause",
                actor=club.steward,
            )

    told = [m for m in mail.outbox if m.subject == "A presenter withdrew from Fall Gathering"]
    assert [m.to for m in told] == [[club.steward.email]]
    assert "because their membership ended" in told[0].body
    assert "Tulsa Tool Library" in told[0].body
    assert (_state(proposal), _state(waiting)) == ("withdrawn", "withdrawn")


def test_a_steward_withdrawing_a_presenter_tells_the_other_stewards(
    club: Club, django_capture_on_commit_callbacks: Any
) -> None:
    """A presenter who cannot come often tells one steward, who withdraws the proposal for
    them: the proposer was told, the other stewards heard nothing of the free slot."""
    with scopes_disabled():
        other = MembershipFactory(
            network=club.network, role=Role.STEWARD, user__full_name="Other Steward"
        ).user
    proposal = club.proposal()
    with scopes_disabled():
        services.proposal_stage_decision(proposal=proposal, decision="selected", actor=club.steward)
        services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True), scopes_disabled():
        services.proposal_withdraw(proposal=proposal, actor=club.steward)

    told = [m for m in mail.outbox if m.subject == "A presenter withdrew from Fall Gathering"]
    assert [m.to for m in told] == [[other.email]]
    assert club.steward.full_name in told[0].body
    assert any(m.to == [club.member.email] for m in mail.outbox)
