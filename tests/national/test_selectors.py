"""The national roll-up: sums over the real local networks, suppression after the sum,
and sharing enforced in the selector."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from django_scopes import scopes_disabled

from collaboratory.gatherings.models import Attendance
from collaboratory.insights.privacy import SUPPRESSED
from collaboratory.insights.selectors import insights_figures
from collaboratory.national.models import SharingLevel
from collaboratory.national.report import count_rows
from collaboratory.national.selectors import national_rollup, real_local_networks
from collaboratory.national.services import national_sharing_set
from collaboratory.networks.models import (
    Membership,
    MembershipStatus,
    Network,
    NetworkKind,
    Role,
)
from tests.factories import GatheringFactory, MembershipFactory, NetworkFactory
from tests.national.conftest import LOCAL_CANARY_EMAIL, LOCAL_CANARY_NAME


def _steward(network):  # type: ignore[no-untyped-def]
    with scopes_disabled():
        return Membership.objects.filter(network=network, role=Role.STEWARD).first().user


def test_rollup_sums_every_local_network_and_leaves_others_out(national, build_local) -> None:
    build_local("Tulsa", kept=2, lapsed=1, partnership="Tool library")
    build_local("Fresno", kept=1, partnership="Youth jobs")
    NetworkFactory(slug="usa-youth", kind=NetworkKind.YOUTH, parent=national)
    NetworkFactory(slug="elsewhere")  # another national network: never counted
    practice = build_local("Practice", kept=4)  # a training cohort's mock network
    with scopes_disabled():
        Network.objects.filter(pk=practice.pk).update(is_practice=True)

    rollup = national_rollup(national=national)

    assert [x.name for x in rollup.locals] == ["Fresno", "Tulsa"]
    tulsa = rollup.locals[1]
    # Steward, canary presenter, and one committer per commitment.
    assert (tulsa.members, tulsa.made, tulsa.kept, tulsa.lapsed) == (5, 3, 2, 1)
    assert tulsa.kept_rate == 2 / 3
    assert (tulsa.gatherings_planned, tulsa.gatherings_held) in ((1, 1), (0, 0))
    assert rollup.totals.members == 5 + 3
    assert rollup.totals.made == 4
    assert rollup.totals.kept == 3
    assert dict((v, n) for v, _l, n in rollup.partnerships_by_status)["active"] == 2
    assert [x.network_id for x in rollup.locals] == list(
        real_local_networks(national).values_list("pk", flat=True)
    )


def test_bridging_is_the_sum_of_each_networks_ties(national, build_local) -> None:
    # Enough ties that the sums pass suppression (tests/national/test_national_leaks.py).
    build_local("Tulsa", kept=24)
    build_local("Fresno", kept=22)

    rollup = national_rollup(national=national)

    # Each network's figures are its own dashboard's observed ones.
    for local in rollup.locals:
        with scopes_disabled():
            network = Network.objects.get(pk=local.network_id)
        dashboard = {
            b.attribute: (b.crossing, b.ties_known)
            for b in insights_figures(network=network).result.bridging
        }
        assert local.bridging == {a: dashboard[a] for a in ("sector", "region", "generation")}
    sector = next(b for b in rollup.bridging if b.attribute == "sector")
    assert sector.known == sum(x.bridging["sector"][1] for x in rollup.locals)
    assert sector.crossing == sum(x.bridging["sector"][0] for x in rollup.locals)
    assert sector.known > 0


def test_a_group_small_in_each_network_but_large_nationally_is_shown(national, build_local) -> None:
    # 6 + 6 + 6 members of faith: below k=11 in each network, 18 once summed, and 12 left
    # when a steward of one network takes away their own (with two networks, the 6 left
    # were the other network's, so 12 is hidden then: tests/national/test_differencing.py).
    build_local("Tulsa", sectors={"Faith": 6, "Labor": 2}, kept=0)
    build_local("Fresno", sectors={"Faith": 6, "Labor": 3}, kept=0)
    build_local("Boise", sectors={"Faith": 6}, kept=0)

    rows = dict(count_rows(national_rollup(national=national).sectors))

    assert rows["Faith"] == "18"
    # Labor: 5 nationally, below k: suppressed even though it adds up two networks.
    assert rows["Labor"] == SUPPRESSED
    # And a second cell goes with it, so Labor cannot be had from the total.
    assert list(rows.values()).count(SUPPRESSED) >= 2


def test_a_spanish_reader_gets_default_sectors_in_spanish_with_the_same_counts(
    national, build_local
) -> None:
    """Stored names are summed first and translated for the reader after, so suppression
    hides the same cells in every language."""
    build_local("Tulsa", sectors={"Faith": 12, "Labor": 2}, kept=0)
    build_local("Fresno", sectors={"Faith": 12, "Labor": 3}, kept=0)

    english = count_rows(national_rollup(national=national).sectors)
    with translation.override("es"):
        spanish = count_rows(national_rollup(national=national).sectors)

    # A hidden cell reads "suppressed" in the reader's language (national/report.py).
    assert dict(spanish)["Comunidades de fe"] == "24"
    assert dict(spanish)["Sindicatos"] == "suprimido"
    assert sorted(n.replace("suprimido", SUPPRESSED) for _label, n in spanish) == sorted(
        n for _label, n in english
    )


def test_figures_only_by_default_and_names_only_as_far_as_shared(national, build_local) -> None:
    tulsa = build_local("Tulsa", partnership="Tool library")
    fresno = build_local("Fresno", partnership="Youth jobs")
    national_sharing_set(network=fresno, actor=_steward(fresno), level=SharingLevel.CONTACTS)

    rollup = national_rollup(national=national)
    by_name = {x.name: x for x in rollup.locals}

    assert by_name["Tulsa"].partnership_titles is None
    assert by_name["Tulsa"].stewards is None
    assert by_name["Fresno"].partnership_titles == (("Youth jobs", "Active"),)
    assert by_name["Fresno"].stewards == (("Steward of Fresno", "steward@fresno.example"),)
    text = repr(rollup)
    assert LOCAL_CANARY_NAME not in text
    assert LOCAL_CANARY_EMAIL not in text
    assert "Tool library" not in text
    assert tulsa.pk in [x.network_id for x in rollup.locals]


def _queries(national) -> int:  # type: ignore[no-untyped-def]
    national_rollup(national=national)  # first view: fills each network's bridging cache
    with CaptureQueriesContext(connection) as ctx:
        national_rollup(national=national)
    return len(ctx.captured_queries)


def test_query_count_does_not_grow_with_networks_or_people(national, build_local) -> None:
    first = build_local("Tulsa")
    national_sharing_set(network=first, actor=_steward(first), level=SharingLevel.CONTACTS)
    build_local("Fresno")
    two = _queries(national)
    for name in ("Akron", "Boise", "Camden"):
        build_local(name)
    with scopes_disabled():
        for _i in range(5):
            MembershipFactory(network=first)
    five = _queries(national)

    assert two == five


def test_a_gathering_counts_in_the_year_of_its_own_networks_calendar(db: None) -> None:
    """Seattle's New Year's Eve gathering at 9:30 pm is already January 1st in New York:
    it belongs to Seattle's old year (as on Seattle's own dashboard), not the national's
    new one."""
    national = NetworkFactory(slug="usa-east", time_zone="America/New_York")
    seattle = NetworkFactory(
        slug="seattle",
        kind=NetworkKind.LOCAL,
        parent=national,
        time_zone="America/Los_Angeles",
    )
    pacific = ZoneInfo("America/Los_Angeles")
    GatheringFactory(
        network=seattle, first_part_at=datetime(2026, 12, 31, 21, 30, tzinfo=pacific), parts=1
    )

    old_year = national_rollup(national=national, now=datetime(2026, 12, 31, 12, tzinfo=UTC))
    new_year = national_rollup(national=national, now=datetime(2027, 6, 1, 12, tzinfo=UTC))

    assert (old_year.year, old_year.locals[0].gatherings_planned) == (2026, 1)
    assert (new_year.year, new_year.locals[0].gatherings_planned) == (2027, 0)
    assert (new_year.locals[0].gatherings_held, new_year.totals.gatherings_planned) == (0, 0)


def test_active_members_are_admitted_members_who_attended_this_year(national, build_local) -> None:  # type: ignore[no-untyped-def]
    """ "Active" sits beside "members" and reads as a share of them: someone who attended
    and has since been removed (or a youth guest, who is no member here) is not an active
    member, or a network could show more active members than members."""
    local = build_local("Tulsa", kept=1)
    with scopes_disabled():
        part = GatheringFactory(
            network=local, first_part_at=timezone.now() - timedelta(days=30)
        ).parts.first()
        stays, leaves = (MembershipFactory(network=local) for _i in range(2))
        for membership in (stays, leaves):
            Attendance.objects.create(
                network=local, part=part, user=membership.user, source=Attendance.Source.DOOR_LIST
            )
        Membership.objects.filter(pk=leaves.pk).update(status=MembershipStatus.REMOVED)

    tulsa = national_rollup(national=national).locals[0]

    assert tulsa.active == 1
    assert tulsa.active <= tulsa.members
