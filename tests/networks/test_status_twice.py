"""A status change sent twice (a double tap on the roster's Set, or a resend) is made and
audited once, and both answers land on the same page. The service read the status the
page had loaded, then wrote: two requests both wrote and audited (and ran the end or
return hooks twice)."""

from __future__ import annotations

import pytest
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.networks.models import Membership, MembershipStatus
from collaboratory.networks.services import membership_status_override
from tests.conftest import World, client_for
from tests.races import second_after_first_reads


def _member(world: World) -> Membership:
    with scopes_disabled():
        return Membership.objects.select_related("user", "network").get(
            network=world.alpha, user=world.personas["member"]
        )


def _overrides(membership: Membership) -> list[dict]:
    with scopes_disabled():
        return list(
            AuditEvent.objects.filter(
                action="membership.status_overridden", target_id=str(membership.pk)
            )
            .order_by("pk")
            .values_list("data", flat=True)
        )


def test_a_double_tapped_status_change_is_made_once_and_lands_on_the_same_page(
    world: World,
) -> None:
    member = _member(world)
    client = client_for(world.personas["steward"])
    url = f"/n/alpha/roster/{member.pk}/status/"
    sent = {"status": "alumni", "note": "Moved abroad", "confirm": "yes"}

    first = client.post(url, sent, follow=True)
    again = client.post(url, sent, follow=True)
    noted = client.post(url, {"status": "alumni", "note": "Moved abroad in May", "confirm": "yes"})

    assert first.redirect_chain == again.redirect_chain == [("/n/alpha/roster/", 302)]
    assert "Status changed for" in again.content.decode()
    with scopes_disabled():
        member.refresh_from_db()
    assert (member.status, member.status_note) == ("alumni", "Moved abroad in May")
    # The tap again changed nothing; a new note is a change of its own.
    assert noted.status_code == 302
    assert _overrides(member) == [
        {"from": "active", "to": "alumni"},
        {"from": "alumni", "to": "alumni"},
    ]


@pytest.mark.django_db(transaction=True)
def test_two_identical_status_changes_at_once_are_made_once(world: World) -> None:
    """Both requests loaded the member as active; the second arrives while the first is
    writing. On SQLite it waits for the first's transaction, on PostgreSQL for its row."""
    steward = world.personas["steward"]
    first_copy, second_copy = _member(world), _member(world)

    def change(membership: Membership) -> None:
        membership_status_override(
            membership=membership, status=MembershipStatus.ALUMNI, note="Moved", actor=steward
        )

    second_after_first_reads(
        lambda: change(first_copy),
        lambda: change(second_copy),
        reads=lambda sql: sql.startswith('UPDATE "networks_membership"'),
    )

    assert _overrides(first_copy) == [{"from": "active", "to": "alumni"}]
    assert second_copy.status == MembershipStatus.ALUMNI
