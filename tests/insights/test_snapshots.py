"""Ideology and race are published only from released snapshots (issue 12): the same table
whatever year or gathering is chosen, unmoved by one newcomer, released only when k people
changed, and nothing per person kept once someone withdraws."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

import pytest
from django.test import override_settings
from django.urls import reverse
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.gatherings.models import Attendance
from collaboratory.gatherings.services import attendance_bulk_record
from collaboratory.insights import snapshots
from collaboratory.insights.models import SensitiveSnapshot
from collaboratory.insights.selectors import (
    sensitive_population,
    sensitive_published,
    snapshot_keys,
)
from collaboratory.insights.services import sensitive_snapshot_take
from collaboratory.insights.tasks import sensitive_snapshots_take_all
from collaboratory.networks.models import MembershipStatus
from collaboratory.networks.services import membership_status_override
from collaboratory.people.models import AgeBand, PrivateSelfDescription, User
from collaboratory.people.services import self_description_set, self_description_withdraw
from collaboratory.periodic.registry import registered
from tests.api.helpers import api_client, persona_token
from tests.conftest import World, client_for
from tests.factories import MembershipFactory
from tests.insights.conftest import HelpNet

DAY1 = datetime(2031, 5, 6, 16, 0, tzinfo=UTC)


def url(name: str, **kwargs: object) -> str:
    return reverse(f"insights:{name}", kwargs={"network_slug": "alpha", **kwargs})


def _people(helpnet: HelpNet, prefix: str, count: int, **description: object) -> list[User]:
    users = []
    with scopes_disabled():
        for i in range(count):
            user = MembershipFactory(network=helpnet.network, user__full_name=f"{prefix} {i}").user
            self_description_set(user=user, **description)  # type: ignore[arg-type]
            users.append(user)
    return users


def _sensitive_rows(client, path: str) -> list[list[str]]:  # type: ignore[no-untyped-def]
    """The CSV rows about ideology and race (tables and bridging), nothing else."""
    text = client.get(path).content.decode()
    return [
        r
        for r in csv.reader(io.StringIO(text))
        if r[1:2] in (["Political ideology"], ["Race and ethnicity"])
    ]


def _ideology_cells(client, **params: object) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(group, count) pairs of the dashboard's ideology table."""
    body = client.get(url("dashboard"), params).content.decode()
    start = body.index('data-attribute="ideology"')
    table = body[start : body.index("</table>", start)]
    cells = []
    for chunk in table.split('<th scope="row">')[1:]:
        label, rest = chunk.split("</th><td>", 1)
        cells.append((label, rest.split("</td>", 1)[0]))
    return cells


@pytest.fixture
def divided(helpnet: HelpNet) -> HelpNet:
    """Twelve progressive and eleven moderate members (twelve with the member persona), and a
    progressive member who took part in the first gathering only and then left."""
    _people(helpnet, "Progressive", 12, ideology=2)
    _people(helpnet, "Moderate", 11, ideology=3)
    (leaver,) = _people(helpnet, "Leaver", 1, ideology=2)
    with scopes_disabled():
        part = helpnet.first.parts.order_by("starts_at").last()
        assert part is not None
        attendance_bulk_record(
            network=helpnet.network,
            entries=[(part.pk, leaver.pk)],
            source=Attendance.Source.HISTORY,
        )
        membership = leaver.memberships.get(network=helpnet.network)
    membership_status_override(
        membership=membership,
        status=MembershipStatus.ALUMNI,
        note="Moved away",
        actor=helpnet.steward,
    )
    return helpnet


# --------------------------------------------------------------------------- regressions


def test_two_gathering_reports_give_the_same_sensitive_tables_despite_a_leaver(
    divided: HelpNet,
) -> None:
    """Issue 12: the leaver counted in the first gathering's table and not in the second's,
    so the difference gave away their ideology. Now both show the one released snapshot."""
    sensitive_snapshot_take(network=divided.network, now=DAY1)
    client = client_for(divided.steward)

    first = _sensitive_rows(client, url("gathering_report_csv", gathering_id=divided.first.pk))
    second = _sensitive_rows(client, url("gathering_report_csv", gathering_id=divided.second.pk))

    assert first == second
    assert ["members by attribute", "Political ideology", "Progressive", "12"] in first
    assert ["members by attribute", "Political ideology", "as_of", "Tuesday 6 May 2031"] in first


def test_no_filter_changes_a_sensitive_table(divided: HelpNet) -> None:
    sensitive_snapshot_take(network=divided.network, now=DAY1)
    client = client_for(divided.steward)
    filters: list[dict[str, object]] = [{}]
    filters += [{"year": divided.year_of(g)} for g in (divided.first, divided.second)]
    filters += [{"gathering": g.pk} for g in (divided.first, divided.second)]
    paths = [
        url("year_report_csv", year=divided.year_of(g)) for g in (divided.first, divided.second)
    ]
    paths += [
        url("gathering_report_csv", gathering_id=g.pk) for g in (divided.first, divided.second)
    ]

    tables = {str(_ideology_cells(client, **f)) for f in filters}
    csvs = {str(_sensitive_rows(client, p)) for p in paths}

    assert tables == {
        str(
            [
                ("Very progressive", "0"),
                ("Progressive", "12"),
                ("Moderate", "12"),
                ("Conservative", "0"),
                ("Very conservative", "0"),
                ("Total", "24"),
            ]
        )
    }
    assert len(csvs) == 1


def test_a_newcomer_saving_a_self_description_moves_no_published_table(
    divided: HelpNet,
) -> None:
    """Issue 12: the live table went from 12 to 13 as soon as a newcomer saved their
    self-description. Now it moves only with a snapshot that k people's changes released."""
    sensitive_snapshot_take(network=divided.network, now=DAY1)
    client = client_for(divided.steward)
    before = _ideology_cells(client)
    (newcomer,) = _people(divided, "Newcomer", 1)

    self_description_set(user=newcomer, ideology=2)
    released = sensitive_snapshot_take(network=divided.network, now=DAY1 + timedelta(days=1))

    assert released == []
    assert _ideology_cells(client) == before
    assert _ideology_cells(client, gathering=divided.second.pk) == before


def test_k_changes_release_a_new_snapshot(divided: HelpNet) -> None:
    sensitive_snapshot_take(network=divided.network, now=DAY1)
    _people(divided, "Newcomer", 10, ideology=2)
    assert sensitive_snapshot_take(network=divided.network, now=DAY1 + timedelta(days=1)) == []

    _people(divided, "Eleventh", 1, ideology=3)
    released = sensitive_snapshot_take(network=divided.network, now=DAY1 + timedelta(days=2))

    assert [(s.attribute, s.changed, s.population_size) for s in released] == [("ideology", 11, 35)]
    assert _ideology_cells(client_for(divided.steward))[1:3] == [
        ("Progressive", "22"),
        ("Moderate", "13"),
    ]
    with scopes_disabled():
        event = AuditEvent.objects.filter(action="insights.snapshot_released").order_by("pk").last()
    assert event is not None
    assert event.data == {"attribute": "ideology", "changed": 11, "k": 11}


def test_changes_that_undo_each_other_release_nothing(divided: HelpNet) -> None:
    """Eleven members move (released), then move back: the new candidate is the first
    release again plus one newcomer, so it waits."""
    sensitive_snapshot_take(network=divided.network, now=DAY1)
    with scopes_disabled():
        movers = list(User.objects.filter(full_name__startswith="Moderate ").order_by("pk"))
    for user in movers:
        self_description_set(user=user, ideology=4)
    assert len(sensitive_snapshot_take(network=divided.network, now=DAY1 + timedelta(days=1))) == 1
    for user in movers:
        self_description_set(user=user, ideology=3)
    _people(divided, "Newcomer", 1, ideology=5)

    assert sensitive_snapshot_take(network=divided.network, now=DAY1 + timedelta(days=2)) == []


# --------------------------------------------------------------------------- the population


def test_the_population_is_admitted_adults_who_consent(divided: HelpNet, world: World) -> None:
    (mixed,) = _people(divided, "Mixed", 1, race_ethnicity=["asian", "white"])
    with scopes_disabled():
        minor = MembershipFactory(network=divided.network, user__age_band=AgeBand.AGE_16_17).user
    # A minor is never offered the form; a row written around the service must not count.
    with scopes_disabled():
        PrivateSelfDescription.objects.create(
            user=minor, ideology=1, consented_at=DAY1, consent_policy_version="test"
        )

    population = sensitive_population(network=divided.network)

    assert mixed.pk in population
    assert population[mixed.pk] == (None, "more-than-one")
    assert minor.pk not in population
    leaver = User.objects.get(full_name="Leaver 0")
    assert leaver.pk not in population  # alumni are not in the population
    assert len(population) == 12 + 11 + 1 + 1  # progressives, moderates, persona, mixed


def test_nothing_is_published_before_k_people_described_themselves(helpnet: HelpNet) -> None:
    _people(helpnet, "Moderate", 9, ideology=3)  # ten with the member persona

    assert sensitive_snapshot_take(network=helpnet.network, now=DAY1) == []
    body = client_for(helpnet.steward).get(url("dashboard")).content.decode()
    assert "Not published yet" in body
    assert [p.table for p in sensitive_published(network=helpnet.network)] == [None, None]


# --------------------------------------------------------------------------- what is kept


def test_a_snapshot_keeps_digests_and_the_suppressed_table_only(divided: HelpNet) -> None:
    released = sensitive_snapshot_take(network=divided.network, now=DAY1)

    with scopes_disabled():
        row = SensitiveSnapshot.objects.get(network=divided.network, attribute="ideology")
    assert row.table == {
        "labels": ["1", "2", "3", "4", "5"],
        "counts": [0, 12, 12, 0, 0],
        "total": 24,
        "k": 11,
    }
    assert (row.changed, row.population_size, row.k) == (24, 24, 11)
    assert len(row.digests) == 24
    user_ids = {str(u) for u in sensitive_population(network=divided.network)}
    stored = set(row.digests) | set(row.digests.values())
    assert stored.isdisjoint(user_ids | {"1", "2", "3", "4", "5"})
    assert [s.pk for s in released] == [row.pk]  # race: fewer than k people gave one


def test_withdrawing_consent_removes_the_persons_digests_at_once(divided: HelpNet) -> None:
    sensitive_snapshot_take(network=divided.network, now=DAY1)
    with scopes_disabled():
        person = User.objects.get(full_name="Progressive 0")
    digest = snapshots.person_digest(next(iter(snapshot_keys().values())), person.pk)
    with scopes_disabled():
        assert SensitiveSnapshot.objects.filter(digests__has_key=digest).count() == 1

    self_description_withdraw(user=person)

    with scopes_disabled():
        assert SensitiveSnapshot.objects.filter(digests__has_key=digest).count() == 0
        row = SensitiveSnapshot.objects.get(attribute="ideology")
    assert len(row.digests) == 23
    # The published aggregate stays as released.
    assert row.table["counts"] == [0, 12, 12, 0, 0]


@override_settings(SECRET_KEY="rotated-" + "k" * 50)
def test_a_rotated_key_without_the_old_one_as_fallback_releases_nothing(
    divided: HelpNet, settings
) -> None:  # type: ignore[no-untyped-def]
    with override_settings(SECRET_KEY="the-old-one-" + "o" * 50):
        sensitive_snapshot_take(network=divided.network, now=DAY1)
    _people(divided, "Newcomer", 11, ideology=2)

    assert sensitive_snapshot_take(network=divided.network, now=DAY1 + timedelta(days=1)) == []

    settings.SECRET_KEY_FALLBACKS = ["the-old-one-" + "o" * 50]
    released = sensitive_snapshot_take(network=divided.network, now=DAY1 + timedelta(days=2))
    assert [(s.attribute, s.changed) for s in released] == [("ideology", 11)]


# --------------------------------------------------------------------------- the periodic task


def test_the_daily_task_offers_every_network_a_snapshot(divided: HelpNet) -> None:
    assert {p.name: p.every for p in registered()}[
        "collaboratory.insights.tasks.sensitive_snapshots_take_all"
    ] == timedelta(days=1)

    assert sensitive_snapshots_take_all.call() == 1  # alpha's ideology; too few races
    assert sensitive_snapshots_take_all.call() == 0  # nothing changed since


# --------------------------------------------------------------------------- across networks


def _in_both(world: World, prefix: str, count: int, **description: object) -> list[User]:
    """Members of alpha and of bravo at once (a person may belong to two networks)."""
    users = []
    with scopes_disabled():
        for i in range(count):
            user = MembershipFactory(network=world.alpha, user__full_name=f"{prefix} {i}").user
            MembershipFactory(network=world.bravo, user=user)
            self_description_set(user=user, **description)  # type: ignore[arg-type]
            users.append(user)
    return users


def test_two_networks_whose_populations_differ_by_one_person_do_not_both_release(
    world: World,
) -> None:
    """A member of both networks sees both tables. Bravo's population was alpha's plus one
    conservative: bravo's table minus alpha's was that person's ideology. A release is
    compared with every earlier release of the attribute, whichever network made it."""
    _in_both(world, "Progressive", 11, ideology=2)
    _in_both(world, "Moderate", 11, ideology=3)
    with scopes_disabled():
        (only_bravo,) = [MembershipFactory(network=world.bravo).user]
    self_description_set(user=only_bravo, ideology=4)

    assert [s.attribute for s in sensitive_snapshot_take(network=world.alpha, now=DAY1)] == [
        "ideology"
    ]
    released = sensitive_snapshot_take(network=world.bravo, now=DAY1 + timedelta(days=1))

    assert [s.attribute for s in released] == []
    assert [p.table for p in sensitive_published(network=world.bravo)] == [None, None]


def test_networks_with_different_people_each_release(world: World) -> None:
    """Comparing across networks refuses only near-copies: two networks with k or more
    people between them release as before."""
    _in_both(world, "Shared", 11, ideology=2)
    with scopes_disabled():
        for i in range(11):
            user = MembershipFactory(network=world.bravo, user__full_name=f"Bravo {i}").user
            self_description_set(user=user, ideology=3)

    assert len(sensitive_snapshot_take(network=world.alpha, now=DAY1)) == 1
    assert len(sensitive_snapshot_take(network=world.bravo, now=DAY1)) == 1


def test_a_networks_first_release_needs_k_people_of_its_own(world: World) -> None:
    """Bravo's three people (one of them in alpha too) differ from alpha's released
    twenty-two by twenty-three, but changes against another network's release are no
    first release of bravo's own: that still needs k people."""
    _in_both(world, "Shared", 1, ideology=2)
    with scopes_disabled():
        for i in range(21):
            user = MembershipFactory(network=world.alpha, user__full_name=f"Alpha {i}").user
            self_description_set(user=user, ideology=2)
    assert len(sensitive_snapshot_take(network=world.alpha, now=DAY1)) == 1
    with scopes_disabled():
        for i in range(2):
            user = MembershipFactory(network=world.bravo, user__full_name=f"Bravo {i}").user
            self_description_set(user=user, ideology=3)

    assert sensitive_snapshot_take(network=world.bravo, now=DAY1) == []


def test_the_api_says_a_sensitive_table_is_a_snapshot_as_of_its_date(
    divided: HelpNet, world: World
) -> None:
    """The dashboard, the CSV and the PDF say "as of <date>" beside ideology and race; the
    API gave the table bare, so a tool asking for one year read the whole network's snapshot
    as that year's figures."""
    sensitive_snapshot_take(network=divided.network, now=DAY1)
    client = api_client(persona_token(world, "member"))
    year = divided.year_of(divided.first)

    body = client.get(f"/api/v1/networks/alpha/insights?year={year}").json()

    tables = {d["attribute"]: d for d in body["diversity"]}
    assert datetime.fromisoformat(tables["ideology"]["as_of"]) == DAY1
    assert tables["race"]["as_of"] is None  # nothing released for race: 24 gave no race
    assert tables["sector"]["as_of"] is None  # the period's own figures
