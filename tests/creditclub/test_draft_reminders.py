"""A proposal left as a draft is reminded once, two days before the call closes: a member
who started on a phone and never pressed Submit was otherwise left out without a word."""

from __future__ import annotations

from datetime import timedelta

from django.core import mail
from django.utils import translation
from django_scopes import scopes_disabled

from collaboratory.creditclub.selectors import call_window, creditclub_settings_for
from collaboratory.creditclub.services import (
    proposal_draft_reminders_send_due,
    proposal_withdraw,
)
from collaboratory.networks.models import Membership, MembershipStatus
from collaboratory.networks.services import membership_status_override
from tests.creditclub.conftest import Club


def _closes(club: Club):  # type: ignore[no-untyped-def]
    with scopes_disabled():
        settings = creditclub_settings_for(network=club.network)
        return call_window(gathering=club.upcoming, settings=settings).closes_at


def test_a_draft_is_reminded_once_in_the_last_two_days_of_the_call(club: Club) -> None:
    draft = club.proposal(submit=False)
    club.proposal(club.new_member("Already Submitted"))
    closes = _closes(club)
    mail.outbox.clear()

    with scopes_disabled():
        early = proposal_draft_reminders_send_due(
            network=club.network, now=closes - timedelta(days=3)
        )
        due = proposal_draft_reminders_send_due(
            network=club.network, now=closes - timedelta(hours=47)
        )
        again = proposal_draft_reminders_send_due(
            network=club.network, now=closes - timedelta(hours=2)
        )

    assert (early, due, again) == (0, 1, 0)
    assert [m.to for m in mail.outbox] == [[club.member.email]]
    message = mail.outbox[0]
    assert "Tulsa Tool Library" in message.subject
    assert f"/n/alpha/creditclub/proposals/{draft.pk}/" in message.body
    assert "still a draft" in message.body


def test_no_reminder_after_the_call_closed_or_for_a_withdrawn_draft(club: Club) -> None:
    draft = club.proposal(submit=False)
    closes = _closes(club)
    mail.outbox.clear()

    with scopes_disabled():
        late = proposal_draft_reminders_send_due(
            network=club.network, now=closes + timedelta(minutes=1)
        )
        proposal_withdraw(proposal=draft, actor=club.member)
        withdrawn = proposal_draft_reminders_send_due(
            network=club.network, now=closes - timedelta(hours=5)
        )

    assert (late, withdrawn) == (0, 0)
    assert mail.outbox == []


def test_no_reminder_for_someone_no_longer_admitted(club: Club) -> None:
    club.proposal(submit=False)
    closes = _closes(club)
    with scopes_disabled():
        membership_status_override(
            membership=Membership.objects.get(network=club.network, user=club.member),
            status=MembershipStatus.SUSPENDED,
            note="Asked to pause",
            actor=club.steward,
        )
    mail.outbox.clear()

    with scopes_disabled():
        sent = proposal_draft_reminders_send_due(
            network=club.network, now=closes - timedelta(hours=5)
        )

    assert sent == 0
    assert mail.outbox == []


def test_the_reminder_is_in_the_proposers_language(club: Club) -> None:
    club.member.language = "es"
    club.member.save(update_fields=["language"])
    club.proposal(submit=False)
    closes = _closes(club)
    mail.outbox.clear()

    with scopes_disabled(), translation.override("en"):
        proposal_draft_reminders_send_due(network=club.network, now=closes - timedelta(hours=5))

    assert "borrador" in mail.outbox[0].body
