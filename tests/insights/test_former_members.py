"""A period's "members by attribute" tables count the admitted members and the former
members (alumni, removed) who took part in that period. Two reports then differed by exactly
those former members: with one leaver who took part in the first year only, the first
year's table minus the second's was that person's sector, region, generation and
organization. The snapshots' release rule now stands between any two periods: the former
members counted differ by none or by at least k."""

from __future__ import annotations

import csv
import io
from collections import Counter
from datetime import timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django_scopes import scopes_disabled

from collaboratory.commitments.models import CommitmentStatus
from collaboratory.gatherings.models import Attendance, Gathering
from collaboratory.gatherings.services import attendance_bulk_record
from collaboratory.insights.selectors import Scope, engine_inputs
from collaboratory.insights.services import insights_settings_update
from collaboratory.networks.models import MembershipStatus, Sector
from collaboratory.people.models import AgeBand, User
from tests.conftest import client_for
from tests.factories import CommitmentFactory, GatheringFactory, MembershipFactory
from tests.insights.conftest import HelpNet

ATTRIBUTES = ("Sector", "Region", "Generation", "Organization")


def former_member(helpnet: HelpNet, gathering: Gathering, n: int, status: str) -> User:
    """A member who attended `gathering`, then left: in the Government sector, from a
    region and organization no one else has."""
    with scopes_disabled():
        user = MembershipFactory(
            network=helpnet.network,
            user__full_name=f"Fay Former {n}",
            user__region="Far North",
            user__age_band=AgeBand.AGE_65_UP,
            sector=Sector.objects.get(network=helpnet.network, name="Government"),
            organization_name=f"Leavers Guild {n}",
            status=status,
        ).user
        part = gathering.parts.order_by("starts_at").last()
        assert part is not None
        attendance_bulk_record(
            network=helpnet.network,
            entries=[(part.pk, user.pk)],
            source=Attendance.Source.HISTORY,
        )
    return user


def tables(helpnet: HelpNet) -> list[Counter[tuple[str, str]]]:
    """What anyone with the reports reads: each year's "members by attribute" counts."""
    client = client_for(helpnet.steward)
    out = []
    for gathering in (helpnet.first, helpnet.second):
        year = helpnet.year_of(gathering)
        path = reverse("insights:year_report_csv", kwargs={"network_slug": "alpha", "year": year})
        rows = csv.reader(io.StringIO(client.get(path).content.decode()))
        out.append(
            Counter(
                {
                    (r[1], r[2]): int(r[3])
                    for r in rows
                    if r[0] == "members by attribute" and r[1] in ATTRIBUTES and r[3].isdigit()
                }
            )
        )
    return out


def test_a_leavers_attributes_are_not_the_gap_between_two_years(helpnet: HelpNet) -> None:
    former_member(helpnet, helpnet.first, 1, MembershipStatus.REMOVED)

    first, second = tables(helpnet)

    # The attack: subtract the second year's table from the first's.
    gap = first - second
    assert ("Sector", "Government") not in gap
    assert ("Region", "Far North") not in gap
    assert ("Generation", "65 or older") not in gap
    assert ("Organization", "Organizations") not in gap
    assert gap == Counter()
    assert first == second


def test_enough_former_members_are_counted_in_the_periods_they_took_part_in(
    helpnet: HelpNet,
) -> None:
    """The rule's other side: with k (here 6, the lowest allowed) leavers between the two
    years, the first year counts them; the gap then covers k people, not one."""
    insights_settings_update(network=helpnet.network, actor=helpnet.steward, min_cell_size=6)
    for n in range(6):
        former_member(helpnet, helpnet.first, n, MembershipStatus.ALUMNI)

    first, second = tables(helpnet)

    gap = first - second
    assert gap[("Sector", "Government")] == 6
    assert gap[("Region", "Far North")] == 6
    with CaptureQueriesContext(connection) as queries:
        engine_inputs(network=helpnet.network, scope=Scope(), k=6)
    assert len(queries) == 6 + 2  # the former members' commitments and attendance


def bridging(helpnet: HelpNet, year: int) -> dict[tuple[str, str], str]:
    """What anyone with a year's report reads of bridging: ties known and share crossing."""
    client = client_for(helpnet.steward)
    path = reverse("insights:year_report_csv", kwargs={"network_slug": "alpha", "year": year})
    body = client.get(path, HTTP_HOST="127.0.0.1").content.decode()
    return {
        (r[1], r[2]): r[3]
        for r in csv.reader(io.StringIO(body))
        if r[0] == "bridging" and r[1] in ATTRIBUTES
    }


def test_bridging_leaves_out_the_ties_of_former_members_the_rule_hides(helpnet: HelpNet) -> None:
    """Bridging counts help ties whose two ends have a known value. A removed, an alumni and
    a suspended member, each giving help across sectors in the first year only (fewer than
    k of them): their ties would move the first year's crossing share and ties known, the
    gap read between two reports. They are counted as of unknown value, so the bridging
    rows are those of the admitted members alone."""
    year = helpnet.year_of(helpnet.first)
    before = bridging(helpnet, year)
    for n, status in enumerate(
        (MembershipStatus.REMOVED, MembershipStatus.ALUMNI, MembershipStatus.SUSPENDED)
    ):
        leaver = former_member(helpnet, helpnet.first, n, status)
        CommitmentFactory(
            proposal=helpnet.ann_proposal,
            committer=leaver,
            status=CommitmentStatus.KEPT,
            kept_after_days=3,
        )

    after = bridging(helpnet, year)

    assert before[("Sector", "ties_known")] == "3"
    assert after == before


def csv_table(helpnet: HelpNet, name: str, **kwargs: int) -> Counter[tuple[str, str]]:
    """One report's "members by attribute" counts (`name`: the CSV's url name)."""
    client = client_for(helpnet.steward)
    kwargs = {"network_slug": "alpha", **kwargs}  # type: ignore[dict-item]
    body = client.get(reverse(f"insights:{name}", kwargs=kwargs)).content.decode()
    return Counter(
        {
            (r[1], r[2]): int(r[3])
            for r in csv.reader(io.StringIO(body))
            if r[0] == "members by attribute" and r[1] in ATTRIBUTES and r[3].isdigit()
        }
    )


def test_a_leaver_is_not_what_three_periods_add_up_to(helpnet: HelpNet) -> None:
    """Pairwise, every two periods differed by none or at least k former members, and yet
    a leaver who came to two gatherings of one year was recovered from four reports: the
    two gatherings' tables, minus their year's (each group of leavers once), minus a
    period without leavers (the admitted members alone) left that one person. Now the
    former members' patterns of periods (who counts where) are checked together: every
    group of leavers counted in exactly the same periods has at least k people, else a
    period is made to count its leavers as of unknown value, and again."""
    insights_settings_update(network=helpnet.network, actor=helpnet.steward, min_cell_size=6)
    first = helpnet.first
    sister = GatheringFactory(
        network=helpnet.network,
        title="Spring Gathering, second weekend",
        first_part_at=first.starts_at + timedelta(days=7),
    )
    assert helpnet.year_of(sister) == helpnet.year_of(first)
    for n in range(6):
        leaver(helpnet, first, f"A{n}", "Mid South")
        leaver(helpnet, sister, f"B{n}", "Mid South")
    fay = leaver(helpnet, first, "X", "Far North")
    attend(helpnet, sister, fay)

    year = helpnet.year_of(first)
    later = helpnet.year_of(helpnet.second)  # no leaver took part: the admitted alone
    recovered = (
        csv_table(helpnet, "gathering_report_csv", gathering_id=first.pk)
        + csv_table(helpnet, "gathering_report_csv", gathering_id=sister.pk)
        - csv_table(helpnet, "year_report_csv", year=year)
        - csv_table(helpnet, "year_report_csv", year=later)
    )

    assert ("Region", "Far North") not in recovered
    assert recovered == Counter()


def leaver(helpnet: HelpNet, gathering: Gathering, n: str, region: str) -> User:
    with scopes_disabled():
        user = MembershipFactory(
            network=helpnet.network,
            user__full_name=f"Leaver {n}",
            user__region=region,
            user__age_band=AgeBand.AGE_65_UP,
            sector=Sector.objects.get(network=helpnet.network, name="Government"),
            status=MembershipStatus.ALUMNI,
        ).user
    attend(helpnet, gathering, user)
    return user


def attend(helpnet: HelpNet, gathering: Gathering, user: User) -> None:
    with scopes_disabled():
        part = gathering.parts.order_by("starts_at").last()
        assert part is not None
        attendance_bulk_record(
            network=helpnet.network,
            entries=[(part.pk, user.pk)],
            source=Attendance.Source.HISTORY,
        )


def test_periods_withheld_leaves_every_pattern_of_periods_with_none_or_k_leavers() -> None:
    """The rule alone, on random periods: after it, the leavers counted in exactly the
    same open periods are none or at least k, whatever the periods look like; and with
    every pattern large enough nothing is withheld."""
    import random

    from collaboratory.insights.selectors.inputs import periods_withheld

    rng = random.Random(7)
    for _round in range(200):
        k = rng.choice((2, 3, 6))
        keys = [f"g{i}" for i in range(rng.randint(1, 5))] + ["y1", "y2", "all"]
        people = set(range(rng.randint(0, 30)))
        populations = {key: {p for p in people if rng.random() < 0.4} for key in keys}
        withheld = periods_withheld(populations, people, k)
        patterns = Counter(
            frozenset(key for key in keys if key not in withheld and p in populations[key])
            for p in people
        )
        patterns.pop(frozenset(), None)
        assert all(n >= k for n in patterns.values()), (populations, withheld)

    big = {
        "g1": set(range(6)),
        "g2": set(range(6, 12)),
        "y1": set(range(12)),
        "all": set(range(12)),
    }
    assert periods_withheld(big, set(range(12)), 6) == set()
