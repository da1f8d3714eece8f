"""The youth cohort set up for email tests: a presented project, two adult mentors, two
stewards. Imports nothing from collaboratory.networks.mail, so the sender tests also run
against the code before issue 12's fix."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.commitments.services import commitment_create
from collaboratory.creditclub.models import Proposal, ProposalState
from collaboratory.followthrough.services import project_update_post
from collaboratory.networks.models import Role
from collaboratory.people.models import User
from tests.authz.objects import proposal_pk
from tests.conftest import World
from tests.factories import MembershipFactory


@dataclass
class Youth:
    world: World
    proposal: Proposal
    youth: User  # 16-17, a youth member of the cohort
    morgan: User  # adult mentors in the cohort
    pat: User
    stewards: list[User]


@pytest.fixture
def cohort(world: World, run_tasks) -> Youth:  # type: ignore[no-untyped-def]
    """The youth cohort's selected project, two adult mentors, two stewards."""
    with scopes_disabled():
        proposal = Proposal.objects.select_related("proposer").get(pk=proposal_pk(world, "youth"))
        Proposal.objects.filter(pk=proposal.pk).update(state=ProposalState.PRESENTED)
        proposal.refresh_from_db()
        morgan = MembershipFactory(
            network=world.youth, user__full_name="Morgan Mentor", user__email="morgan@adult.example"
        ).user
        pat = MembershipFactory(
            network=world.youth, user__full_name="Pat Partner", user__email="pat@adult.example"
        ).user
        second = MembershipFactory(
            network=world.youth,
            role=Role.STEWARD,
            user__full_name="Sol Steward",
            user__email="sol@steward.example",
        ).user
    youth, steward = world.personas["youth_member"], world.personas["steward"]
    assert youth is not None
    assert steward is not None
    run_tasks()
    mail.outbox.clear()
    return Youth(world, proposal, youth, morgan, pat, [steward, second])


def commit(proposal: Proposal, person: User) -> None:
    with scopes_disabled():
        commitment_create(
            proposal=proposal,
            ask=None,
            committer=person,
            entered_by=person,
            what="I will design 2 posters by May 3",
            capital="intellectual",
            amount="2",
            unit="other",
            due_on=timezone.localdate() + timedelta(days=30),
            idempotency_key=uuid.uuid4(),
        )


def news_post(cohort: Youth, run_tasks, text: str = "We opened the second site.") -> None:  # type: ignore[no-untyped-def]
    """The cohort's presenter posts news on their project, and its email task runs."""
    with scopes_disabled():
        project_update_post(
            proposal=cohort.proposal,
            author=cohort.proposal.proposer,
            text=text,
            idempotency_key=uuid.uuid4(),
        )
    run_tasks()


def envelopes() -> list[tuple[list[str], list[str], list[str], list[str], str]]:
    return sorted((m.to, m.cc, m.bcc, m.reply_to, m.subject) for m in mail.outbox)


def seen_by_others(address: str) -> list[bool]:
    """For every message not addressed to `address`: does its full text (all headers and
    the body) carry that address?"""
    return [address in m.message().as_string() for m in mail.outbox if m.to != [address]]


def above_footer(body: str) -> str:
    """A message's own text: what comes before the footer of non-essential mail (why you got
    it, your email choices, one-click unsubscribe), which starts with a "--" line."""
    return body.split("\n\n--\n", 1)[0] + "\n"
