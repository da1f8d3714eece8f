"""Stewards on the roster: making an admitted adult member a steward, taking the role away,
stepping down. Before, no page did it (only an invitation with the role Steward or the
`create_steward` command), so a network whose steward left had to invite a new person, and
a steward could not step down. The role change is confirmed, audited, done once under a
double tap, told to the person in their language, never given to a student, and never takes
the role from a network's last admitted steward."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.db import connection
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.networks.models import Membership, MembershipStatus, Role
from collaboratory.networks.services import membership_change_role
from collaboratory.people.models import User
from collaboratory.people.services import user_language_set
from tests.conftest import World, client_for
from tests.factories import MembershipFactory


def _membership(world: World, network_key: str, persona: str) -> Membership:
    network = getattr(world, network_key)
    with scopes_disabled():
        return Membership.objects.select_related("user", "network").get(
            network=network, user=world.personas[persona]
        )


def _role_of(membership: Membership) -> str:
    with scopes_disabled():
        membership.refresh_from_db()
    return membership.role


def _role_changes(membership: Membership) -> int:
    with scopes_disabled():
        return AuditEvent.objects.filter(
            action="membership.role_changed", target_id=str(membership.pk)
        ).count()


def test_a_steward_makes_a_member_a_steward_once_confirmed_and_they_are_told(
    world: World, mailoutbox: list, django_capture_on_commit_callbacks: Any
) -> None:
    member = _membership(world, "alpha", "member")
    user_language_set(user=member.user, language="es")
    client = client_for(world.personas["steward"])
    url = f"/n/alpha/roster/{member.pk}/role/"

    page = client.get("/n/alpha/roster/").content.decode()
    unconfirmed = client.post(url, {"role": "steward"}, follow=True)
    role_before = _role_of(member)
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(url, {"role": "steward", "confirm": "yes"})
        again = client.post(url, {"role": "steward", "confirm": "yes"})  # the double tap

    assert "Make steward…" in page
    assert f'action="{url}"' in page
    assert "Nothing was changed" in unconfirmed.content.decode()
    assert role_before == Role.MEMBER
    assert (first.status_code, again.status_code) == (302, 302)
    assert _role_of(member) == Role.STEWARD
    assert _role_changes(member) == 1
    # One email, to the member, in their language; the new steward now sees the roster.
    assert [m.to for m in mailoutbox] == [[member.user.email]]
    assert "Alpha Collaboratory" in mailoutbox[0].subject
    assert "Tu rol" in mailoutbox[0].subject
    assert "Coordinador" in mailoutbox[0].body
    assert client_for(member.user).get("/n/alpha/roster/").status_code == 200


def test_a_stewards_role_is_taken_away_and_a_steward_steps_down(
    world: World, mailoutbox: list, django_capture_on_commit_callbacks: Any
) -> None:
    steward = _membership(world, "alpha", "steward")
    with scopes_disabled():
        other = MembershipFactory(network=world.alpha, role=Role.STEWARD)
        third = MembershipFactory(network=world.alpha, role=Role.STEWARD)
    client = client_for(steward.user)

    page = client.get("/n/alpha/roster/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        taken = client.post(
            f"/n/alpha/roster/{other.pk}/role/", {"role": "member", "confirm": "yes"}
        )
        stepped = client.post(
            f"/n/alpha/roster/{steward.pk}/role/", {"role": "member", "confirm": "yes"}
        )

    assert "Take away the steward role…" in page
    assert "Step down as steward…" in page
    assert taken.status_code == 302
    assert _role_of(other) == Role.MEMBER
    # Stepping down leads home: the roster is no longer theirs.
    assert stepped["Location"] == "/n/alpha/"
    assert _role_of(steward) == Role.MEMBER
    assert _role_of(third) == Role.STEWARD
    assert client.get("/n/alpha/roster/").status_code == 403
    assert sorted(m.to[0] for m in mailoutbox) == sorted([other.user.email, steward.user.email])


def test_the_last_steward_keeps_the_role_with_a_clear_message(world: World) -> None:
    steward = _membership(world, "alpha", "steward")
    with scopes_disabled():
        # A steward whose membership ended runs nothing: still the last one.
        MembershipFactory(network=world.alpha, role=Role.STEWARD, status=MembershipStatus.REMOVED)
    client = client_for(steward.user)

    refused = client.post(
        f"/n/alpha/roster/{steward.pk}/role/", {"role": "member", "confirm": "yes"}, follow=True
    )

    assert "is the last steward of Alpha Collaboratory" in refused.content.decode()
    assert _role_of(steward) == Role.STEWARD
    assert _role_changes(steward) == 0
    with pytest.raises(ValidationError, match="last steward"):
        membership_change_role(membership=steward, role=Role.HOST, actor=steward.user)


def test_a_student_is_never_made_a_steward(
    world: World, mailoutbox: list, django_capture_on_commit_callbacks: Any
) -> None:
    youth = _membership(world, "youth", "youth_member")
    client = client_for(world.personas["steward"])

    page = client.get("/n/alpha-youth/roster/").content.decode()
    refused = client.post(
        f"/n/alpha-youth/roster/{youth.pk}/role/",
        {"role": "steward", "confirm": "yes"},
        follow=True,
    )

    assert f"/n/alpha-youth/roster/{youth.pk}/role/" not in page
    assert "students cannot be stewards" in refused.content.decode()
    assert _role_of(youth) == Role.YOUTH_MEMBER
    with django_capture_on_commit_callbacks(execute=True):
        for role in (Role.STEWARD, Role.MEMBER, Role.HOST):
            with pytest.raises(ValidationError):
                membership_change_role(membership=youth, role=role, actor=world.personas["steward"])
    assert _role_of(youth) == Role.YOUTH_MEMBER
    assert mailoutbox == []


def test_a_former_member_is_not_made_a_steward(world: World) -> None:
    with scopes_disabled():
        former = MembershipFactory(network=world.alpha, status=MembershipStatus.ALUMNI)

    with pytest.raises(ValidationError, match="restore their membership first"):
        membership_change_role(membership=former, role=Role.STEWARD, actor=None)

    assert _role_of(former) == Role.MEMBER


@pytest.mark.django_db(transaction=True)
def test_two_stewards_stepping_down_at_once_leave_one(world: World) -> None:
    """Each sees the other still a steward, so without the lock both would step down and
    the network would have none. One wins; the other is refused, with no deadlock."""
    first = _membership(world, "bravo", "foreign_steward")
    with scopes_disabled():
        second = MembershipFactory(network=world.bravo, role=Role.STEWARD)
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def step_down(membership: Membership, person: User) -> None:
        try:
            barrier.wait()
            membership_change_role(membership=membership, role=Role.MEMBER, actor=person)
            outcomes.append("stepped down")
        except ValidationError:
            outcomes.append("refused")
        except BaseException as error:  # collected and asserted below
            outcomes.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=step_down, args=(m, m.user)) for m in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(outcomes) == ["refused", "stepped down"]
    with scopes_disabled():
        assert Membership.objects.filter(network=world.bravo, role=Role.STEWARD).count() == 1


def test_the_create_steward_command_makes_no_student_a_steward(world: World) -> None:
    """The command named a student's address and made them a steward of another network
    (a new membership); or of their cohort (a role change)."""
    youth = world.personas["youth_member"]

    for slug in ("alpha", "alpha-youth"):
        with pytest.raises(CommandError, match="students cannot be stewards"):
            call_command("create_steward", network=slug, email=youth.email)

    with scopes_disabled():
        assert not Membership.objects.filter(user=youth, role=Role.STEWARD).exists()
        assert not Membership.objects.filter(user=youth, network=world.alpha).exists()


def test_inviting_a_member_as_steward_points_to_the_roster(world: World) -> None:
    member = world.personas["member"]
    client = client_for(world.personas["steward"])

    page = client.post(
        "/n/alpha/invitations/",
        {"full_name": member.full_name, "email": member.email, "role": "steward"},
    ).content.decode()

    assert "make them a steward on the roster" in page


def test_a_role_given_from_the_platform_is_not_told_as_a_stewards_doing(
    world: World, mailoutbox: list, django_capture_on_commit_callbacks: Any
) -> None:
    """The `create_steward` command (the platform's administrators, from a shell) emailed
    "A steward of ... changed your role", and a steward it made with a new account or a new
    membership was told nothing at all."""
    member = _membership(world, "alpha", "member")
    user_language_set(user=member.user, language="es")
    other = world.personas["foreign_steward"]  # an account of bravo's, new to alpha

    with django_capture_on_commit_callbacks(execute=True):
        call_command("create_steward", network="alpha", email=member.user.email)
        call_command("create_steward", network="alpha", email=other.email)
        call_command(
            "create_steward", network="alpha", email="nova@example.org", name="Nova Steward"
        )

    assert _role_of(member) == Role.STEWARD
    sent = {m.to[0]: m for m in mailoutbox}
    assert sorted(sent) == sorted([member.user.email, other.email, "nova@example.org"])
    changed = sent[member.user.email]
    # In the person's language, and said by whom it was.
    assert "Tu rol" in changed.subject
    assert "Un administrador de la plataforma cambió tu rol" in changed.body
    assert "Un coordinador de" not in changed.body
    joined = sent[other.email]
    assert "A platform administrator gave you the role Steward in Alpha Collaboratory" in (
        joined.body
    )
    assert "account" not in joined.body
    created = sent["nova@example.org"]
    assert "opened an account for you with this address" in created.body
    assert "one-time code" in created.body
    for mail in (joined, created):
        assert "A steward" not in mail.body
        assert "Alpha Collaboratory" in mail.subject
    # Nothing is sent when the role is already so.
    with django_capture_on_commit_callbacks(execute=True):
        call_command("create_steward", network="alpha", email=member.user.email)
    assert len(mailoutbox) == 3
