"""Members who say at RSVP that they would like to present are invited to propose, once."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta

from django.core import mail
from django_scopes import scopes_disabled

from collaboratory.creditclub.services import proposal_invitations_send_due
from collaboratory.gatherings.services import rsvp_submit
from tests.creditclub.conftest import Club


def rsvp(club: Club, name: str, *, present: bool, answer: str = "yes") -> str:
    user = club.new_member(name)
    with scopes_disabled():
        rsvp_submit(
            gathering=club.upcoming,
            user=user,
            answer=answer,
            both_parts=True,
            wants_to_present=present,
        )
    return user.email


def test_those_who_want_to_present_are_invited_once_with_a_link(club: Club) -> None:
    keen = rsvp(club, "Keen Presenter", present=True)
    rsvp(club, "Quiet Listener", present=False)

    with scopes_disabled():
        first = proposal_invitations_send_due(network=club.network)
        again = proposal_invitations_send_due(network=club.network)

    assert (first, again) == (1, 0)
    assert [m.to for m in mail.outbox] == [[keen]]
    assert mail.outbox[0].subject == "Present your project at Fall Gathering?"
    assert f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/propose/" in mail.outbox[0].body


def test_no_invitation_once_the_member_has_proposed_or_the_call_closed(club: Club) -> None:
    early = rsvp(club, "Early Bird", present=True)
    club.proposal(club.new_member("Already Proposing"))
    with scopes_disabled():
        rsvp_submit(
            gathering=club.upcoming,
            user=club.member,
            answer="yes",
            both_parts=True,
            wants_to_present=True,
        )
    club.proposal()  # the member proposes before the invitation goes out
    after_deadline = club.upcoming.starts_at - timedelta(days=27)

    with scopes_disabled():
        late = proposal_invitations_send_due(network=club.network, now=after_deadline)
        on_time = proposal_invitations_send_due(network=club.network)

    assert (late, on_time) == (0, 1)
    assert [m.to for m in mail.outbox] == [[early]]


def test_no_invitation_for_someone_no_longer_admitted(club: Club) -> None:
    """A member who asked to present at RSVP and was then suspended (or left, or whose
    guardian withdrew consent) was still emailed "Present your project?"."""
    from collaboratory.networks.models import Membership, MembershipStatus
    from collaboratory.networks.services import membership_status_override

    still = rsvp(club, "Still Here", present=True)
    gone = rsvp(club, "Since Suspended", present=True)
    with scopes_disabled():
        membership = Membership.objects.get(network=club.network, user__email=gone)
        membership_status_override(
            membership=membership,
            status=MembershipStatus.SUSPENDED,
            note="Asked to pause",
            actor=club.steward,
        )
        sent = proposal_invitations_send_due(network=club.network)

    assert sent == 1
    assert [m.to for m in mail.outbox] == [[still]]


def test_the_invitation_sender_is_registered_when_django_starts() -> None:
    """The worker runs what is registered once Django is set up, before any page (and so
    before the services that enqueue outcome emails) has been imported."""
    script = (
        "import django; django.setup(); "
        "from collaboratory.periodic.registry import registered; "
        "print('\\n'.join(p.name for p in registered()))"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "collaboratory.config.settings"}

    names = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    ).stdout.split()

    assert "collaboratory.creditclub.tasks.proposal_invitations_send" in names
