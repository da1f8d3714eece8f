"""Prepared reads (`networks.prepared`): compiled once per shape, they must give exactly what
the ORM gives for every network, person and value, run in their own network's scope only,
and refuse a query whose values would not reach the SQL as parameters."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from django.db.models import Exists, OuterRef, QuerySet
from django.db.models.expressions import RawSQL
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_scopes import scope, scopes_disabled
from django_scopes.exceptions import ScopeError

from collaboratory.gatherings.models import Gathering
from collaboratory.networks import prepared as prepared_module
from collaboratory.networks.models import Membership, Network
from collaboratory.networks.prepared import prepared
from tests.conftest import World
from tests.factories import GatheringFactory, MembershipFactory


def _members(network: Network | int, user: int) -> QuerySet[Membership]:
    return (
        Membership.objects.filter(network=network, user=user)
        .select_related("user", "organization")
        .annotate(has_peer=Exists(Membership.objects.filter(user=OuterRef("user"))))
    )


def _people(world: World) -> list[int]:
    with scopes_disabled():
        return sorted({m.user_id for m in Membership.objects.all()})


def test_model_rows_equal_the_orms_for_every_network_and_person(world: World) -> None:
    seen = 0
    for network in (world.alpha, world.bravo, world.youth):
        with scope(network=network):
            for user in _people(world):
                expected = list(_members(network, user))
                got = prepared("t.members", _members, network=network, user=user)
                assert [(m.pk, m.network_id, m.user_id) for m in got] == [
                    (m.pk, m.network_id, m.user_id) for m in expected
                ]
                for a, b in zip(got, expected, strict=True):
                    assert a.user.full_name == b.user.full_name
                    assert a.user.email == b.user.email
                    assert a.organization_id == b.organization_id
                    assert a.has_peer == b.has_peer
                    assert a.role == b.role
                    assert a.status == b.status
                seen += len(got)
    assert seen > 3


def test_values_flat_lists_and_moments_equal_the_orms(world: World) -> None:
    with scopes_disabled():
        GatheringFactory(network=world.alpha, title="Soon")
    now = timezone.now()

    def upcoming(network: int, now: datetime) -> QuerySet[Gathering, tuple[int, str]]:
        return (
            Gathering.objects.filter(network=network, ends_at__gte=now)
            .order_by("starts_at")
            .values_list("pk", "title")
        )

    def by_ids(network: int, ids: list[int]) -> QuerySet[Membership, int]:
        return Membership.objects.filter(network=network, user__in=ids).values_list("pk", flat=True)

    people = _people(world)
    for network in (world.alpha, world.bravo):
        with scope(network=network):
            for moment in (now - timedelta(days=3650), now, now + timedelta(days=3650)):
                assert prepared("t.up", upcoming, network=network, now=moment) == list(
                    upcoming(network.pk, moment)
                )
            for count in (1, 2, len(people)):
                ids = people[:count]
                got = prepared("t.ids", by_ids, network=network, ids=ids)
                assert sorted(got) == sorted(by_ids(network.pk, ids))


def test_one_query_per_read_and_compiled_once_per_shape(world: World) -> None:
    from django.db import connection

    prepared_module._compiled.clear()
    people = _people(world)
    with scope(network=world.alpha):
        with CaptureQueriesContext(connection) as first:
            prepared("t.count", _members, network=world.alpha, user=people[0])
        with CaptureQueriesContext(connection) as others:
            for user in people:
                prepared("t.count", _members, network=world.alpha, user=user)
    assert len(first) == 1
    assert len(others) == len(people)
    assert len({q["sql"] for q in others.captured_queries}) == len(people)  # own values
    assert len([k for k in prepared_module._compiled if k[0] == "t.count"]) == 1


def test_a_read_runs_only_in_its_own_networks_scope(world: World) -> None:
    person = _people(world)[0]
    with pytest.raises(ScopeError):
        prepared("t.scope", _members, network=world.alpha, user=person)
    with scope(network=world.bravo), pytest.raises(ScopeError):
        prepared("t.scope", _members, network=world.alpha, user=person)
    # Crossing networks on purpose: the network's own filter still holds.
    with scopes_disabled():
        rows = prepared("t.scope", _members, network=world.alpha, user=person)
    assert all(m.network_id == world.alpha.pk for m in rows)


def test_another_networks_rows_never_come_back(world: World) -> None:
    with scopes_disabled():
        only_bravo = MembershipFactory(network=world.bravo).user_id
    with scope(network=world.alpha):
        assert prepared("t.cross", _members, network=world.alpha, user=only_bravo) == []
    with scope(network=world.bravo):
        assert [
            m.network_id
            for m in prepared("t.cross", _members, network=world.bravo, user=only_bravo)
        ] == [world.bravo.pk]


def test_values_written_into_the_sql_or_left_out_are_refused(world: World) -> None:
    def inlined(network: int, user: int) -> QuerySet[Membership]:
        return Membership.objects.filter(network=network).extra(where=[f"user_id = {user}"])  # noqa: S610

    def ignored(network: int, user: int) -> QuerySet[Membership]:
        return Membership.objects.filter(network=network)

    def raw_value(network: int, user: int) -> QuerySet[Membership]:
        return Membership.objects.filter(network=network).annotate(
            u=RawSQL(f"SELECT {user}", [])  # noqa: S611
        )

    with scope(network=world.alpha):
        for build in (inlined, raw_value):
            with pytest.raises(ValueError, match="written into the SQL"):
                prepared(("t.bad", build.__name__), build, network=world.alpha, user=1)
        with pytest.raises(ValueError, match="did not reach"):
            prepared("t.ignored", ignored, network=world.alpha, user=1)
        for bad in (True, "1", 1.5, datetime(2030, 1, 1), [1, "2"]):
            with pytest.raises(TypeError):
                prepared("t.types", _members, network=world.alpha, user=bad)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="prefetch"):
            prepared(
                "t.prefetch",
                lambda network, user: _members(network, user).prefetch_related("user__offers"),
                network=world.alpha,
                user=1,
            )


def test_a_read_of_no_network_may_not_read_a_networks_rows(world: World) -> None:
    from collaboratory.people.models import OfferedAsset

    def offers(user: int) -> QuerySet[OfferedAsset]:
        return OfferedAsset.objects.filter(user=user).order_by("pk")

    person = _people(world)[0]
    with scope(network=world.alpha):
        assert prepared("t.offers", offers, network=None, user=person) == list(offers(person))
        with pytest.raises(ValueError, match="no network"):
            prepared(
                "t.sneaky",
                lambda user: Membership.objects.filter(user=user),
                network=None,
                user=person,
            )
