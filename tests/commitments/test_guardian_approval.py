"""A youth member's money commitment waits for their guardian (issue 14, safeguards.md):
stored as awaiting, on no board or follow-up list, until the guardian approves it through a
single-use emailed link (no account); a decline means it never counts."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone, translation
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.commitments.models import Commitment, GuardianApprovalLink, LiveEvent
from collaboratory.commitments.selectors import commitments_for_followup, commitments_shown
from collaboratory.commitments.services import (
    GuardianLinkUnusable,
    commitment_create,
    commitment_guardian_decide,
)
from collaboratory.creditclub.models import Proposal
from collaboratory.followthrough.services import commitment_transition
from collaboratory.gatherings.models import Gathering
from collaboratory.networks.models import Role
from collaboratory.networks.services.consent import guardian_consent_revoke
from collaboratory.networks.tokens import token_digest
from collaboratory.people.models import AgeBand, GuardianConsent, User
from tests.authz.objects import shared_gathering
from tests.conftest import World
from tests.factories import MembershipFactory

LINK = re.compile(r"https?://\S+/guardian-approval/token/(\S+)/")


def money_offered(world: World, capture: Any, scribe: User | None = None) -> Commitment:
    """The youth guest offers $40 at Alpha's shared gathering (typed in by `scribe`, else
    by themselves), its emails sent (or kept, with the mail server down)."""
    shared = shared_gathering(world)
    youth = world.personas["youth_member"]
    assert youth is not None
    with scopes_disabled(), capture(execute=True):
        return commitment_create(
            proposal=Proposal.objects.get(pk=shared["proposal"]),
            ask=None,
            committer=youth,
            entered_by=scribe or youth,
            what="I will give $40 from our car wash by June 1",
            capital="financial",
            amount="40",
            unit="dollars",
            due_on=timezone.localdate() + timedelta(days=30),
            idempotency_key="9f0e3c4b-0000-4000-8000-000000000040",
        )


def _money(world: World, capture: Any, scribe: User | None = None) -> tuple[Commitment, str]:
    """`money_offered`; returns it and the token emailed to the guardian."""
    mail.outbox.clear()
    commitment = money_offered(world, capture, scribe)
    to_guardian = [m for m in mail.outbox if m.to == ["guardian@alpha.example"]]
    assert len(to_guardian) == 1
    match = LINK.search(to_guardian[0].body)
    assert match is not None
    return commitment, match.group(1)


def _counted(commitment: Commitment) -> tuple[bool, bool]:
    with scopes_disabled():
        gathering = Gathering.objects.get(pk=commitment.gathering_id)
        on_board = commitment in commitments_shown(gathering=gathering)
        followed = commitment in commitments_for_followup(proposal=commitment.proposal)
    return on_board, followed


def test_the_money_commitment_waits_and_counts_nowhere(
    world: World, django_capture_on_commit_callbacks: Any
) -> None:
    commitment, _token = _money(world, django_capture_on_commit_callbacks)

    assert commitment.guardian_approval == "awaiting"
    assert _counted(commitment) == (False, False)
    with scopes_disabled():
        assert not LiveEvent.objects.filter(payload__commitment=commitment.pk).exists()
        assert GuardianApprovalLink.objects.filter(commitment=commitment).count() == 1


def test_the_guardians_email_copies_the_stewards_and_never_goes_to_the_youth(
    world: World, django_capture_on_commit_callbacks: Any
) -> None:
    _money(world, django_capture_on_commit_callbacks)

    recipients = sorted(address for m in mail.outbox for address in m.to)

    assert recipients == ["guardian@alpha.example", "steward@alpha.example"]


def test_the_guardian_approves_through_the_link_and_then_it_counts(
    world: World, django_capture_on_commit_callbacks: Any, client: Any
) -> None:
    commitment, token = _money(world, django_capture_on_commit_callbacks)
    url = reverse("guardian_approval:decide", kwargs={"token": token})

    page = client.get(url)
    answer = client.post(url, {"answer": "approve"}, HTTP_SEC_FETCH_SITE="same-origin")
    again = client.post(url, {"answer": "decline"}, HTTP_SEC_FETCH_SITE="same-origin")

    assert page.status_code == 200
    assert "I will give $40 from our car wash by June 1" in page.content.decode()
    assert page["Referrer-Policy"] == "no-referrer"
    assert answer.status_code == 200
    assert again.status_code == 404
    commitment.refresh_from_db()
    assert (commitment.guardian_approval, commitment.guardian_approved) == ("approved", True)
    assert _counted(commitment) == (True, True)
    with scopes_disabled():
        assert LiveEvent.objects.filter(payload__commitment=commitment.pk).count() == 1
        assert AuditEvent.objects.filter(action="commitment.guardian_approved").count() == 1


def test_a_declined_commitment_never_counts(
    world: World, django_capture_on_commit_callbacks: Any
) -> None:
    commitment, token = _money(world, django_capture_on_commit_callbacks)

    commitment_guardian_decide(token=token, approve=False)

    commitment.refresh_from_db()
    assert commitment.guardian_approval == "declined"
    assert _counted(commitment) == (False, False)
    with pytest.raises(GuardianLinkUnusable):
        commitment_guardian_decide(token=token, approve=True)


@pytest.mark.parametrize("answer", ["", "yes", "approve\x00"])
def test_a_bad_answer_is_refused_and_changes_nothing(
    world: World, django_capture_on_commit_callbacks: Any, client: Any, answer: str
) -> None:
    commitment, token = _money(world, django_capture_on_commit_callbacks)
    url = reverse("guardian_approval:decide", kwargs={"token": token})

    response = client.post(url, {"answer": answer}, HTTP_SEC_FETCH_SITE="same-origin")

    assert response.status_code == 400
    assert "Choose Approve or Decline." in response.content.decode()
    commitment.refresh_from_db()
    assert commitment.guardian_approval == "awaiting"


def test_a_cross_site_post_and_an_unknown_token_change_nothing(
    world: World, django_capture_on_commit_callbacks: Any, client: Any
) -> None:
    commitment, token = _money(world, django_capture_on_commit_callbacks)
    url = reverse("guardian_approval:decide", kwargs={"token": token})

    forged = client.post(url, {"answer": "approve"}, HTTP_SEC_FETCH_SITE="cross-site")
    unknown = client.get(reverse("guardian_approval:decide", kwargs={"token": "x" * 43}))

    assert (forged.status_code, unknown.status_code) == (403, 404)
    commitment.refresh_from_db()
    assert commitment.guardian_approval == "awaiting"


def _elsewhere(commitment: Commitment) -> tuple[int, int, bool]:
    """How the other reads see it: the youth's money given on their profile, the presenter's
    money received, and whether seating counts the two as tied in the help graph."""
    # The profile and seating sit above commitments; only this test reads them together.
    from collaboratory.matching.selectors_profiles import profile_help
    from collaboratory.seating.selectors import commitment_ties, person_key

    with scopes_disabled():
        network = commitment.network
        presenter = commitment.proposal.proposer
        given = profile_help(network=network, user=commitment.committer)
        received = profile_help(network=network, user=presenter)
        ties = commitment_ties(
            network=network,
            people=[person_key(commitment.committer_id), person_key(presenter.pk)],
        )
    money = "financial"
    return (
        next(line.given for line in given.lines if line.capital == money),
        next(line.received for line in received.lines if line.capital == money),
        bool(ties),
    )


def test_waiting_money_counts_on_no_profile_or_seating_tie_until_approved(
    world: World, django_capture_on_commit_callbacks: Any, client: Any
) -> None:
    commitment, token = _money(world, django_capture_on_commit_callbacks)
    waiting = _elsewhere(commitment)

    client.post(
        reverse("guardian_approval:decide", kwargs={"token": token}),
        {"answer": "approve"},
        HTTP_SEC_FETCH_SITE="same-origin",
    )

    assert waiting == (0, 0, False)
    assert _elsewhere(commitment) == (1, 1, True)


def test_waiting_or_declined_money_has_no_follow_up_page_and_cannot_be_moved(
    world: World, django_capture_on_commit_callbacks: Any
) -> None:
    """The presenter (an adult) is not shown a youth's money commitment the guardian has
    not approved, and nobody moves it: the API already answers 404 for it."""
    from tests.conftest import client_for

    commitment, token = _money(world, django_capture_on_commit_callbacks)
    presenter = world.personas["member"]
    page = f"/n/alpha/follow-through/commitments/{commitment.pk}/"
    mail.outbox.clear()

    with scopes_disabled(), pytest.raises(ValidationError):
        commitment_transition(commitment=commitment, actor=presenter, to="acknowledged")
    waiting = client_for(presenter).get(page, HTTP_HOST="127.0.0.1")
    acknowledged = client_for(presenter).post(
        page + "act/", {"to": "acknowledged"}, HTTP_HOST="127.0.0.1"
    )
    commitment_guardian_decide(token=token, approve=False)
    declined = client_for(presenter).get(page, HTTP_HOST="127.0.0.1")

    assert (waiting.status_code, acknowledged.status_code, declined.status_code) == (404, 404, 404)
    commitment.refresh_from_db()
    assert commitment.status == "offered"
    assert mail.outbox == []


def test_the_scribe_is_told_a_youths_money_waits_for_the_guardian(world: World) -> None:
    """It is on no list of the console, so "Saved ... you can undo it" sent the scribe
    looking for it, and entering it again stored a second money commitment."""
    from tests.conftest import client_for

    shared = shared_gathering(world)
    youth = world.personas["youth_member"]
    assert youth is not None
    action = reverse(
        "live:console_action",
        kwargs={"network_slug": "alpha", "gathering_id": shared["gathering"]},
    )

    response = client_for(world.personas["steward"]).post(
        action,
        {
            "action": "scribe",
            "idempotency_key": "9f0e3c4b-0000-4000-8000-000000000041",
            "committer": youth.pk,
            "proposal": shared["proposal"],
            "ask": "general",
            "capital": "financial",
            "what": "I will give $40 from our car wash by June 1",
            "amount": "40",
            "unit": "dollars",
            "due_on": (timezone.localdate() + timedelta(days=30)).isoformat(),
        },
        HTTP_HOST="127.0.0.1",
        follow=True,
    )

    body = response.content.decode()
    assert "waits for their guardian&#x27;s approval" in body, body
    assert "You can undo it for a minute" not in body
    with scopes_disabled():
        assert Commitment.objects.get(committer=youth).guardian_approval == "awaiting"


def test_the_scribes_search_finds_a_youth_guest_in_the_room(world: World) -> None:
    """A youth guest checked in at a gathering where youth take part may commit (from a
    phone, or through a scribe: `commitment_create` accepts them), so the scribe's name
    search lists them like any member in the room."""
    from collaboratory.gatherings.models import Attendance
    from collaboratory.gatherings.services import attendance_bulk_record
    from tests.conftest import client_for

    shared = shared_gathering(world)
    youth = world.personas["youth_member"]
    assert youth is not None
    with scopes_disabled():
        gathering = Gathering.objects.get(pk=shared["gathering"])
        attendance_bulk_record(
            network=gathering.network,
            entries=[(gathering.parts.get().pk, youth.pk)],
            source=Attendance.Source.SELF_CHECK_IN,
        )
    people = reverse("live:people", kwargs={"network_slug": "alpha", "gathering_id": gathering.pk})

    body = (
        client_for(world.personas["steward"])
        .get(people, {"q": youth.full_name}, HTTP_HOST="127.0.0.1", HTTP_HX_REQUEST="true")
        .content.decode()
    )

    assert f'value="{youth.pk}"' in body


def test_the_guardian_reads_the_request_in_the_familys_language_not_the_scribes(
    world: World, django_capture_on_commit_callbacks: Any
) -> None:
    """A steward typing the youth's offer in from the console, in Spanish, does not decide
    the guardian's language: with no choice on record, the family reads the default."""
    steward = world.personas["steward"]
    assert steward is not None

    with translation.override("es"):
        _money(world, django_capture_on_commit_callbacks, scribe=steward)

    to_guardian = [m.subject for m in mail.outbox if m.to == ["guardian@alpha.example"]]
    assert len(to_guardian) == 1
    assert to_guardian[0].startswith("Your approval, please:")


def test_a_guardian_who_withdrew_consent_can_no_longer_approve_money(
    world: World, django_capture_on_commit_callbacks: Any, client: Any
) -> None:
    """Withdrawing consent suspends the youth; the approval link emailed before must not
    then put their money on the board as if the family still stood behind it."""
    commitment, token = _money(world, django_capture_on_commit_callbacks)
    youth = world.personas["youth_member"]
    with scopes_disabled():
        consents = GuardianConsent.objects.filter(
            user=youth,
            guardian_email="guardian@alpha.example",
            revoked_at__isnull=True,
            confirmed_at__isnull=False,
        )
        assert consents.count() == 1, list(consents.values("network__slug", "confirmed_at"))
        consents.update(revoke_token_digest=token_digest("withdraw-for-the-test"))
    guardian_consent_revoke(token="withdraw-for-the-test")
    url = reverse("guardian_approval:decide", kwargs={"token": token})

    page = client.get(url)
    answer = client.post(url, {"answer": "approve"}, HTTP_SEC_FETCH_SITE="same-origin")

    assert (page.status_code, answer.status_code) == (404, 404)
    with pytest.raises(GuardianLinkUnusable):
        commitment_guardian_decide(token=token, approve=True)
    commitment.refresh_from_db()
    assert commitment.guardian_approval == "awaiting"
    assert _counted(commitment) == (False, False)


def test_the_guardian_reads_a_young_presenter_by_first_name_only(
    world: World, django_capture_on_commit_callbacks: Any, client: Any
) -> None:
    """The project is another young person's (a youth guest presenting at the host's
    gathering): the guardian, an adult outside the cohort, reads them by first name only
    (`minor_name`), in the email and on the page its link opens."""
    other = MembershipFactory(
        network=world.youth,
        role=Role.YOUTH_MEMBER,
        user__age_band=AgeBand.AGE_16_17,
        user__full_name="Zoe Quintanilla",
    ).user
    with scopes_disabled():
        Proposal.objects.filter(pk=shared_gathering(world)["proposal"]).update(proposer=other)

    _commitment, token = _money(world, django_capture_on_commit_callbacks)
    page = client.get(reverse("guardian_approval:decide", kwargs={"token": token}))

    (email,) = [m for m in mail.outbox if m.to == ["guardian@alpha.example"]]
    assert "to Zoe's project" in email.body
    assert "Quintanilla" not in email.subject + email.body + str(email.alternatives)
    assert "(Zoe)" in page.content.decode()
    assert "Quintanilla" not in page.content.decode()
