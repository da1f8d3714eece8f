"""factory_boy factories that create through our services, so tests exercise the same writes
the product does."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import factory
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.commitments.models import Commitment, CommitmentStatus, Unit
from collaboratory.commitments.services import commitment_create
from collaboratory.creditclub.models import Proposal, ProposalState
from collaboratory.creditclub.services import AskInput, proposal_history_bulk_create
from collaboratory.followthrough.services import commitment_history_bulk_create
from collaboratory.gatherings.models import Gathering, GatheringFormat
from collaboratory.gatherings.services import gathering_create
from collaboratory.networks.models import (
    Membership,
    Network,
    NetworkKind,
    Nomination,
    Role,
    Sector,
)
from collaboratory.networks.services import (
    membership_create,
    network_create,
    nomination_create,
    organization_get_or_create,
)
from collaboratory.people.models import AgeBand, User
from collaboratory.people.services import user_create

PASSWORD = "a-long-test-passphrase"


class UserFactory(factory.Factory):
    class Meta:
        model = User

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    full_name = factory.Sequence(lambda n: f"Person {n}")
    age_band = AgeBand.AGE_30_44
    password = PASSWORD

    @classmethod
    def _create(cls, model_class: type[User], *args: Any, **kwargs: Any) -> User:
        return user_create(**kwargs)


class NetworkFactory(factory.Factory):
    class Meta:
        model = Network

    slug = factory.Sequence(lambda n: f"network-{n}")
    name = factory.Sequence(lambda n: f"Network {n}")
    kind = NetworkKind.NATIONAL
    parent = None

    @classmethod
    def _create(cls, model_class: type[Network], *args: Any, **kwargs: Any) -> Network:
        return network_create(**kwargs)


class MembershipFactory(factory.Factory):
    class Meta:
        model = Membership

    network = factory.SubFactory(NetworkFactory)
    user = factory.SubFactory(UserFactory)
    role = Role.MEMBER

    @classmethod
    def _create(cls, model_class: type[Membership], *args: Any, **kwargs: Any) -> Membership:
        organization = kwargs.pop("organization_name", None)
        if organization:
            kwargs["organization"] = organization_get_or_create(
                network=kwargs["network"], name=organization
            )
        with scopes_disabled():
            return membership_create(**kwargs)


class GatheringFactory(factory.Factory):
    """An in-person gathering on the two-part template (Thursday evening, Friday meeting),
    30 days out unless `first_part_at` says otherwise; `parts=1` makes a one-part one."""

    class Meta:
        model = Gathering

    network = factory.SubFactory(NetworkFactory)
    title = factory.Sequence(lambda n: f"Gathering {n}")
    format = GatheringFormat.IN_PERSON
    first_part_at = factory.LazyFunction(
        lambda: (timezone.now() + timedelta(days=30)).replace(microsecond=0)
    )
    parts = 2

    @classmethod
    def _create(cls, model_class: type[Gathering], *args: Any, **kwargs: Any) -> Gathering:
        start = kwargs.pop("first_part_at")
        count = kwargs.pop("parts")
        parts = [("Welcome reception and dinner", start, start + timedelta(hours=3))]
        if count == 2:
            friday = start + timedelta(hours=14)
            parts.append(("Meeting", friday, friday + timedelta(hours=7)))
        with scopes_disabled():
            return gathering_create(parts=parts, **kwargs)


class NominationFactory(factory.Factory):
    """A nomination by a fresh member of `network` (from their own organization) of someone
    at another organization."""

    class Meta:
        model = Nomination

    network = factory.SubFactory(NetworkFactory)
    nominee_name = factory.Sequence(lambda n: f"Nominee {n}")
    nominee_email = factory.Sequence(lambda n: f"nominee{n}@example.org")
    organization_name = factory.Sequence(lambda n: f"Nominee Organization {n}")
    reasons = "Convenes people across divides and keeps every commitment made."

    @classmethod
    def _create(cls, model_class: type[Nomination], *args: Any, **kwargs: Any) -> Nomination:
        network = kwargs["network"]
        with scopes_disabled():
            nominator = kwargs.pop("nominator", None) or MembershipFactory(network=network).user
            sector = kwargs.pop("sector", None) or Sector.objects.filter(network=network).first()
            return nomination_create(nominator=nominator, sector=sector, **kwargs)


class PresentedProposalFactory(factory.Factory):
    """A proposal presented at `gathering` (past or future) with one ask per entry of `asks`
    ((category, kind of capital, what)), recorded as history: the call's deadlines do not
    apply to a gathering that already took place."""

    class Meta:
        model = Proposal

    gathering = factory.SubFactory(GatheringFactory)
    proposer = None
    title = factory.Sequence(lambda n: f"Project {n}")
    asks = (("space", "institutional", "A storefront open on Saturdays"),)

    @classmethod
    def _create(cls, model_class: type[Proposal], *args: Any, **kwargs: Any) -> Proposal:
        gathering = kwargs["gathering"]
        with scopes_disabled():
            proposer = kwargs["proposer"] or MembershipFactory(network=gathering.network).user
            proposal = Proposal(
                network=gathering.network,
                gathering=gathering,
                proposer=proposer,
                state=ProposalState.PRESENTED,
                title=kwargs["title"],
                what="A lending library of tools",
                who_it_serves="Neighbors",
                problem="Tools cost too much",
                where="Tulsa",
                timeframe="ongoing",
                phase="launched",
                asks_timeline="Space first",
                submitted_at=gathering.starts_at - timedelta(days=30),
                announced_at=gathering.starts_at - timedelta(days=14),
            )
            (created,) = proposal_history_bulk_create(
                network=gathering.network,
                rows=[(proposal, [AskInput(c, k, w) for c, k, w in kwargs["asks"]])],
            )
            return created


class CommitmentFactory(factory.Factory):
    """A commitment made in the room at the proposal's gathering: an offered one through
    `commitment_create`; one in a later `status` as history, through
    `commitment_history_bulk_create` (status_changed_at and, for kept ones, kept_at
    `kept_after_days` after it was made), as the demo records its past."""

    class Meta:
        model = Commitment

    proposal = factory.SubFactory(PresentedProposalFactory)
    committer = None
    capital = "social"
    status = CommitmentStatus.OFFERED
    kept_after_days = 10
    general = False  # True: to the presenter in general, no ask

    @classmethod
    def _create(cls, model_class: type[Commitment], *args: Any, **kwargs: Any) -> Commitment:
        proposal: Proposal = kwargs["proposal"]
        network = proposal.network
        made_at: datetime = proposal.gathering.starts_at
        with scopes_disabled():
            committer = kwargs["committer"] or MembershipFactory(network=network).user
            fields: dict[str, Any] = {
                "proposal": proposal,
                "ask": None if kwargs["general"] else proposal.asks.first(),
                "committer": committer,
                "entered_by": committer,
                "what": "I will introduce you to 3 funders by March 1",
                "capital": kwargs["capital"],
                "amount": "3",
                "unit": Unit.INTRODUCTIONS,
                "due_on": made_at.astimezone(ZoneInfo(network.time_zone)).date()
                + timedelta(days=30),
                "idempotency_key": uuid.uuid4(),
            }
            status = kwargs["status"]
            if status == CommitmentStatus.OFFERED:
                return commitment_create(**fields, now=made_at)
            changed = made_at + timedelta(days=kwargs["kept_after_days"])
            kept = status in (CommitmentStatus.KEPT, CommitmentStatus.PARTLY_KEPT)
            (commitment,) = commitment_history_bulk_create(
                network=network,
                commitments=[
                    Commitment(
                        **fields,
                        network=network,
                        gathering_id=proposal.gathering_id,
                        firm=True,
                        created_at=made_at,
                        status=status,
                        status_changed_at=changed,
                        kept_at=changed if kept else None,
                    )
                ],
            )
            return commitment
