"""factory_boy factories that create through our services, so tests exercise the same writes
the product does."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import factory
from django.utils import timezone
from django_scopes import scopes_disabled

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
