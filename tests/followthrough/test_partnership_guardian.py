"""A partnership links only commitments that count (safeguards.md, minors): a youth member's
money commitment that their guardian declined was never a promise the network may hold, and
one still waiting for the guardian is not one yet, so neither is linked when a partnership is
recorded, and the history import refuses them too."""

from __future__ import annotations

import re
import uuid
from datetime import timedelta
from typing import Any

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.commitments.models import Commitment
from collaboratory.commitments.services import commitment_create, commitment_guardian_decide
from collaboratory.creditclub.models import Proposal
from collaboratory.followthrough.models import Partnership
from collaboratory.followthrough.services import partnership_record
from collaboratory.followthrough.services.history import project_history_bulk_create
from collaboratory.people.models import AgeBand, User
from tests.conftest import World
from tests.factories import GatheringFactory, MembershipFactory, PresentedProposalFactory

LINK = re.compile(r"https?://\S+/guardian-approval/token/(\S+)/")


def _power_project(world: World) -> Proposal:
    """A Power Project presented at a past gathering of the youth cohort."""
    with scopes_disabled():
        presenter = MembershipFactory(
            network=world.youth, role="youth_member", user__age_band=AgeBand.AGE_16_17
        ).user
        gathering = GatheringFactory(
            network=world.youth, first_part_at=timezone.now() - timedelta(days=3), parts=1
        )
        return PresentedProposalFactory(gathering=gathering, proposer=presenter)


def _offer(proposal: Proposal, youth: User, what: str, capital: str, unit: str) -> Commitment:
    with scopes_disabled():
        return commitment_create(
            proposal=proposal,
            ask=proposal.asks.first(),
            committer=youth,
            entered_by=youth,
            what=what,
            capital=capital,
            amount="40" if capital == "financial" else "3",
            unit=unit,
            due_on=timezone.localdate() + timedelta(days=30),
            idempotency_key=uuid.uuid4(),
            now=proposal.gathering.starts_at,
        )


def _money(proposal: Proposal, youth: User, capture: Any) -> tuple[Commitment, str]:
    """The youth member's $40: awaiting their guardian; returns it and the emailed token."""
    mail.outbox.clear()
    with capture(execute=True):
        commitment = _offer(
            proposal, youth, "I will give $40 from our car wash by June 1", "financial", "dollars"
        )
    (to_guardian,) = [m for m in mail.outbox if m.to == ["guardian@alpha.example"]]
    match = LINK.search(to_guardian.body)
    assert match is not None
    return commitment, match.group(1)


def _linked(partnership: Partnership) -> set[int]:
    """What the partnership's rows link, read past every filter a page would add."""
    with scopes_disabled():
        through = Partnership.commitments.through
        return set(
            through.objects.filter(partnership_id=partnership.pk).values_list(
                "commitment_id", flat=True
            )
        )


def _record(world: World, proposal: Proposal, youth: User) -> Partnership:
    with scopes_disabled():
        return partnership_record(
            network=world.youth,
            recorded_by=youth,
            kind="project",
            title="Car wash for the library",
            story="We met at the cohort and ran the car wash together.",
            proposal_ids=[proposal.pk],
            idempotency_key=uuid.uuid4(),
        )


def test_a_commitment_the_guardian_declined_is_not_linked(
    world: World, django_capture_on_commit_callbacks: Any
) -> None:
    youth = world.personas["youth_member"]
    assert youth is not None
    proposal = _power_project(world)
    hours = _offer(proposal, youth, "I will give 3 hours of car washing", "institutional", "hours")
    declined, token = _money(proposal, youth, django_capture_on_commit_callbacks)
    commitment_guardian_decide(token=token, approve=False)

    partnership = _record(world, proposal, youth)

    assert _linked(partnership) == {hours.pk}
    assert declined.pk not in _linked(partnership)


def test_a_commitment_still_awaiting_the_guardian_is_not_linked(
    world: World, django_capture_on_commit_callbacks: Any
) -> None:
    youth = world.personas["youth_member"]
    assert youth is not None
    proposal = _power_project(world)
    _money(proposal, youth, django_capture_on_commit_callbacks)

    partnership = _record(world, proposal, youth)

    assert _linked(partnership) == set()


def test_the_history_import_refuses_a_declined_commitment(
    world: World, django_capture_on_commit_callbacks: Any
) -> None:
    youth = world.personas["youth_member"]
    assert youth is not None
    proposal = _power_project(world)
    declined, token = _money(proposal, youth, django_capture_on_commit_callbacks)
    commitment_guardian_decide(token=token, approve=False)
    with scopes_disabled():
        declined = Commitment.objects.get(pk=declined.pk)
        declined.status = "kept"  # as an import would carry it
        partnership = Partnership(
            network=world.youth,
            kind="project",
            title="Car wash",
            story="Grew from the car wash.",
            created_at=timezone.now(),
        )

        with pytest.raises(ValidationError) as refused:
            project_history_bulk_create(
                network=world.youth,
                updates=[],
                feedback=[],
                partnerships=[(partnership, [youth.pk], [declined])],
            )

        assert refused.value.messages == [
            "A partnership grows only from kept commitments that count."
        ]
        assert not Partnership.objects.filter(network=world.youth).exists()
