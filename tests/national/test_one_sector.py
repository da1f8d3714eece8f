"""A sector breakdown with one group: every member of the federation in the same sector
(or none giving one). The table listed only the sectors someone is in, so the hidden cell
stood alone beside the total (the people counted, shown), with nothing to pair it with:
"Faith: suppressed, Total: 4" published that all four members are of faith."""

from __future__ import annotations

from django_scopes import scopes_disabled

from collaboratory.national.report import count_rows
from collaboratory.national.selectors import national_rollup
from collaboratory.networks.models import Network, NetworkKind, Role, Sector
from tests.factories import MembershipFactory, NetworkFactory


def _hidden_alone(rows: list[list[str]]) -> list[str]:
    """The labels of hidden cells a reader works out from the shown total and cells: a
    hidden cell alone among the cells is the total minus the rest."""
    *cells, (_total, shown_total) = rows
    hidden = [label for label, n in cells if n == "suppressed"]
    return hidden if len(hidden) == 1 and shown_total != "suppressed" else []


def _local(national: Network, name: str) -> Network:
    with scopes_disabled():
        return NetworkFactory(name=name, slug=name.lower(), kind=NetworkKind.LOCAL, parent=national)


def test_every_member_in_one_sector_is_not_given_away(national) -> None:  # type: ignore[no-untyped-def]
    tulsa = _local(national, "Tulsa")
    with scopes_disabled():
        faith = Sector.objects.get(network=tulsa, name="Faith")
        MembershipFactory(network=tulsa, role=Role.STEWARD, sector=faith)
        for _i in range(3):
            MembershipFactory(network=tulsa, sector=faith)

    rollup = national_rollup(national=national)
    rows = count_rows(rollup.sectors)

    assert rollup.totals.members == 4 < rollup.k
    assert dict(rows)["Faith"] == "suppressed"
    assert _hidden_alone(rows) == []


def test_no_member_giving_a_sector_is_not_given_away(national) -> None:  # type: ignore[no-untyped-def]
    tulsa = _local(national, "Tulsa")
    MembershipFactory(network=tulsa, role=Role.STEWARD)
    for _i in range(2):
        MembershipFactory(network=tulsa)

    rows = count_rows(national_rollup(national=national).sectors)

    assert dict(rows)["Not given"] == "suppressed"
    assert _hidden_alone(rows) == []


def test_one_sector_in_every_network_and_everyone_in_it_is_not_given_away(national) -> None:  # type: ignore[no-untyped-def]
    """No other sector to pair the hidden cell with: "Not given" (0) is its complement."""
    tulsa = _local(national, "Tulsa")
    with scopes_disabled():
        Sector.objects.filter(network=tulsa).exclude(name="Faith").delete()
        faith = Sector.objects.get(network=tulsa, name="Faith")
        for _i in range(3):
            MembershipFactory(network=tulsa, sector=faith)

    rows = count_rows(national_rollup(national=national).sectors)

    assert [label for label, _n in rows] == ["Faith", "Not given", "Total"]
    assert _hidden_alone(rows) == []
