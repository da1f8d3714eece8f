"""A steward of the national network who is also a steward of a local one knows their own
network's members by sector and age band (its roster, its insights dashboard). Subtracting
them from a national count shown gave the other networks' count of that group, which no one
is shown: "Faith: 13" nationally with 12 of faith in their own network was the other
network's single member of faith. A national group is now hidden too when what is left
after taking away some local networks' own people is 1..k-1, with a complement."""

from __future__ import annotations

from django_scopes import scopes_disabled

from collaboratory.insights.privacy import SUPPRESSED
from collaboratory.insights.selectors import insights_figures
from collaboratory.national.report import count_rows
from collaboratory.national.selectors import national_rollup
from collaboratory.networks.models import Network

K = 11


def own_count(local: Network, sector: str) -> int:
    """What a steward of `local` reads on its own dashboard: members of `sector`."""
    with scopes_disabled():
        figures = insights_figures(network=local)
    (table,) = (d for d in figures.result.diversity if d.attribute == "sector")
    return dict(table.counts)[sector]  # type: ignore[arg-type]


def national_steward_of(national: Network, local: Network) -> None:
    """The steward of `local` is a steward of the national network too: the reader of the
    national tables who knows `local`'s own members."""
    from collaboratory.networks.models import Membership, Role
    from tests.factories import MembershipFactory

    with scopes_disabled():
        steward = Membership.objects.get(network=local, role=Role.STEWARD).user
        MembershipFactory(network=national, user=steward, role=Role.STEWARD)


def test_the_national_count_minus_a_locals_own_is_not_another_locals_small_group(
    national, build_local
) -> None:  # type: ignore[no-untyped-def]
    fresno = build_local("Fresno", sectors={"Faith": 12, "Labor": 12}, kept=0)
    build_local("Tulsa", sectors={"Faith": 1, "Labor": 12}, kept=0)
    national_steward_of(national, fresno)

    rows = dict(count_rows(national_rollup(national=national).sectors))

    # The attack: Fresno's steward subtracts Fresno's own faith members (12).
    mine = own_count(fresno, "Faith")
    assert mine == 12
    if rows["Faith"] != SUPPRESSED:
        rest = int(rows["Faith"]) - mine
        assert not 0 < rest < K, f"Tulsa's members of faith recovered: {rest}"
    assert rows["Faith"] == SUPPRESSED
    # And not alone: the total is shown, so a single hidden cell would be the difference.
    assert [v for label, v in rows.items() if label != "Total"].count(SUPPRESSED) >= 2


def test_the_generation_of_another_locals_one_member_is_not_the_difference(
    national, build_local
) -> None:  # type: ignore[no-untyped-def]
    """Age bands alike: Fresno's 11 members of labor are 65 or older, and one of Tulsa's.
    "65 or older: 12" nationally, minus Fresno's own 11 (its roster), was Tulsa's one."""
    from collaboratory.networks.models import Membership
    from collaboratory.people.models import AgeBand, User

    fresno = build_local("Fresno", sectors={"Labor": 11}, kept=0)
    tulsa = build_local("Tulsa", sectors={"Labor": 12}, kept=0)
    national_steward_of(national, fresno)
    with scopes_disabled():
        User.objects.filter(
            pk__in=Membership.objects.filter(network=fresno, sector__name="Labor").values("user_id")
        ).update(age_band=AgeBand.AGE_65_UP)
        one = Membership.objects.filter(network=tulsa, sector__name="Labor").first()
        assert one is not None
        User.objects.filter(pk=one.user_id).update(age_band=AgeBand.AGE_65_UP)
        mine = Membership.objects.filter(network=fresno, user__age_band=AgeBand.AGE_65_UP).count()
    assert mine == 11

    rows = dict(count_rows(national_rollup(national=national).generations))

    label = str(AgeBand.AGE_65_UP.label)
    if rows[label] != SUPPRESSED:
        rest = int(rows[label]) - mine
        assert not 0 < rest < K, f"Tulsa's members 65 or older recovered: {rest}"
    assert rows[label] == SUPPRESSED


def test_a_national_steward_who_is_a_member_of_two_networks_cannot_subtract_both(
    national, national_steward, build_local
) -> None:  # type: ignore[no-untyped-def]
    """Three networks with 6 of faith each read 18 nationally (12 left when any one
    network's own are taken away: tests/national/test_selectors.py); read by a national
    steward who is a member of two of them, 18 minus their 12 was the third network's 6."""
    from tests.factories import MembershipFactory

    fresno, tulsa, _boise = (
        build_local(name, sectors={"Faith": 6, "Labor": 12}, kept=0)
        for name in ("Fresno", "Tulsa", "Boise")
    )
    with scopes_disabled():
        for local in (fresno, tulsa):
            MembershipFactory(network=local, user=national_steward)

    rows = dict(count_rows(national_rollup(national=national).sectors))

    assert rows["Faith"] == SUPPRESSED


def test_groups_no_reader_can_take_apart_are_shown(national, national_steward, build_local) -> None:  # type: ignore[no-untyped-def]
    """Two networks with 6 of faith each read 12 nationally when no national steward is a
    member of either: every local network alone hid it (6 left after either's own), and
    with local networks of 16 members that hid every sector of the demo's breakdown."""
    for name in ("Fresno", "Tulsa"):
        build_local(name, sectors={"Faith": 6, "Labor": 12}, kept=0)

    rows = dict(count_rows(national_rollup(national=national).sectors))

    assert rows["Faith"] == "12"
