"""A network's last steward cannot delete their account: the network would be left with no
one to run it (no one to admit members, approve stipends or invite a new steward but a
platform admin). The refusal names each network where they are the last one (the national
network and its youth cohort alike) and says what to do: name another steward there first.
Nothing is deleted until then; a practice network of convener training does not hold it up
(the national team runs those)."""

from __future__ import annotations

import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django_scopes import scopes_disabled

from collaboratory.networks.models import Membership, MembershipStatus, NetworkKind, Role
from collaboratory.people.models import User
from collaboratory.people.services import account_delete
from tests.conftest import World, client_for
from tests.factories import MembershipFactory, NetworkFactory

NAME_ANOTHER = "name another steward there first"


def test_the_last_steward_is_told_where_to_name_another_and_nothing_is_deleted(
    world: World,
) -> None:
    steward = world.personas["steward"]
    assert steward is not None
    with scopes_disabled():
        # Another steward of Alpha, whose membership ended, runs nothing.
        MembershipFactory(network=world.alpha, role=Role.STEWARD, status=MembershipStatus.REMOVED)
    client = client_for(steward)

    page = client.get("/me/data/").content.decode()
    refused = client.post("/me/data/", {"confirm_email": "steward@alpha.example"})

    body = refused.content.decode()
    assert refused.status_code == 400
    for text in (page, body):
        assert "Alpha Collaboratory" in text
        assert "Alpha Youth" in text
        assert NAME_ANOTHER in text
    assert User.objects.filter(pk=steward.pk).exists()
    with scopes_disabled():
        assert Membership.objects.filter(user=steward).count() == 2
    # The service refuses alike, whatever page calls it.
    with pytest.raises(ValidationError) as error:
        account_delete(user=steward, confirm_email="steward@alpha.example")
    assert len(error.value.messages) == 2


def test_once_another_steward_is_named_everywhere_the_account_goes(world: World) -> None:
    steward = world.personas["steward"]
    assert steward is not None
    with scopes_disabled():
        MembershipFactory(network=world.alpha, role=Role.STEWARD)
        still_last = client_for(steward).post(
            "/me/data/", {"confirm_email": "steward@alpha.example"}
        )
        MembershipFactory(network=world.youth, role=Role.STEWARD)
        # A practice network of convener training where they are the only steward.
        practice = NetworkFactory(
            slug="practice", kind=NetworkKind.LOCAL, parent=world.alpha, is_practice=True
        )
        MembershipFactory(network=practice, user=steward, role=Role.STEWARD)

    done = client_for(steward).post("/me/data/", {"confirm_email": "steward@alpha.example"})

    body = still_last.content.decode()
    assert "Alpha Youth" in body
    assert "Alpha Collaboratory" not in body
    assert done.status_code == 302
    assert not User.objects.filter(pk=steward.pk).exists()


def test_a_member_who_is_no_steward_deletes_as_before(world: World) -> None:
    member = world.personas["member"]
    assert member is not None
    page = client_for(member).get("/me/data/").content.decode()

    done = client_for(member).post("/me/data/", {"confirm_email": "member@alpha.example"})

    assert NAME_ANOTHER not in page
    assert done.status_code == 302
    assert not User.objects.filter(pk=member.pk).exists()


@pytest.mark.django_db(transaction=True)
def test_two_last_stewards_deleting_at_once_leave_one(world: World) -> None:
    """Two stewards of a network delete their accounts at the same moment: each sees the
    other, so without the lock both would go. One deletion wins; the other is refused."""
    with scopes_disabled():
        second = MembershipFactory(network=world.bravo, role=Role.STEWARD).user
    first = world.personas["foreign_steward"]
    assert first is not None
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def delete(person: User) -> None:
        try:
            barrier.wait()
            account_delete(user=person, confirm_email=person.email)
            outcomes.append("deleted")
        except ValidationError:
            outcomes.append("refused")
        except BaseException as error:  # collected and asserted below
            outcomes.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=delete, args=(p,)) for p in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(outcomes) == ["deleted", "refused"]
    with scopes_disabled():
        assert Membership.objects.filter(network=world.bravo, role=Role.STEWARD).count() == 1


def test_the_last_steward_cannot_end_their_own_membership_to_get_around_it(
    world: World,
) -> None:
    """The roster let the last steward set their own membership (or the only steward's) to
    removed, suspended or alumni: the network was left with no one to run it, and the
    deletion guard no longer applied. The roster refuses it, with what to do first."""
    steward = world.personas["steward"]
    assert steward is not None
    with scopes_disabled():
        own = Membership.objects.get(network=world.alpha, user=steward)
        member = Membership.objects.get(network=world.alpha, user=world.personas["member"])
    client = client_for(steward)

    refused = client.post(
        f"/n/alpha/roster/{own.pk}/status/",
        {"status": "alumni", "note": "Stepping back", "confirm": "yes"},
        follow=True,
    )
    other = client.post(
        f"/n/alpha/roster/{member.pk}/status/",
        {"status": "alumni", "note": "Moved away", "confirm": "yes"},
    )

    assert "is the last steward of Alpha Collaboratory" in refused.content.decode()
    with scopes_disabled():
        own.refresh_from_db()
        member.refresh_from_db()
    assert own.status == MembershipStatus.ACTIVE
    # Anyone else's membership changes as before.
    assert other.status_code == 302
    assert member.status == MembershipStatus.ALUMNI
    # With a second steward, stepping back is fine.
    with scopes_disabled():
        MembershipFactory(network=world.alpha, role=Role.STEWARD)
    client.post(
        f"/n/alpha/roster/{own.pk}/status/",
        {"status": "alumni", "note": "Stepping back", "confirm": "yes"},
    )
    with scopes_disabled():
        own.refresh_from_db()
    assert own.status == MembershipStatus.ALUMNI
