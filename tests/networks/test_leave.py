"""A member leaves a network of their own accord. Before, only an open check-in (a year
after their last gathering) offered "Leave the network": otherwise a member had to ask a
steward, or delete their whole account, every network and all they wrote with it."""

from __future__ import annotations

from django.utils import timezone
from django.utils.formats import date_format
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.networks.models import Membership, MembershipStatus
from collaboratory.networks.scoping import date_in
from tests.conftest import World, client_for

LEAVE = "/n/alpha/leave/"


def _status(world: World, persona: str) -> str:
    with scopes_disabled():
        return Membership.objects.get(network=world.alpha, user=world.personas[persona]).status


def test_a_member_leaves_from_the_network_home_after_confirming(world: World) -> None:
    client = client_for(world.personas["member"])

    home = client.get("/n/alpha/").content.decode()
    page = client.get(LEAVE).content.decode()
    unconfirmed = client.post(LEAVE, {}, follow=True).content.decode()
    still = _status(world, "member")
    left = client.post(LEAVE, {"confirm": "yes"})
    again = client.post(LEAVE, {"confirm": "yes"})

    assert f'href="{LEAVE}"' in home
    assert 'name="confirm" value="yes"' in page
    assert "Nothing was changed" in unconfirmed
    assert still == MembershipStatus.ACTIVE
    assert left.status_code == 302
    assert left["Location"] == "/"
    assert _status(world, "member") == MembershipStatus.ALUMNI
    assert again.status_code == 302  # a second tap: told it ended, nothing more changes
    with scopes_disabled():
        assert AuditEvent.objects.filter(action="membership.left").count() == 1
    front = client.get("/").content.decode()
    assert "Your membership of" in front


def test_the_last_steward_is_told_to_name_another_first(world: World) -> None:
    client = client_for(world.personas["steward"])

    page = client.get(LEAVE).content.decode()
    refused = client.post(LEAVE, {"confirm": "yes"}, follow=True).content.decode()

    assert "name another steward first" in page
    assert "name another steward first" in refused
    assert _status(world, "steward") == MembershipStatus.ACTIVE


def test_a_student_is_offered_to_leave_but_no_organization_to_change(world: World) -> None:
    home = client_for(world.personas["youth_member"]).get("/n/alpha-youth/").content.decode()

    assert 'href="/n/alpha-youth/leave/"' in home
    assert 'href="/n/alpha-youth/my-organization/"' not in home  # a student belongs to none


# ---------------------------------------------------------------- the stewards are told
# Until 2026-12-06 a member who left (here or at the check-in) became an alumnus and nobody
# was told: the stewards found out, if ever, on the roster.


def _left_mail(outbox: list) -> list:  # type: ignore[type-arg]
    """What reached the stewards (the leaver's own mail, if any, is not theirs)."""
    return [m for m in outbox if m.to == ["steward@alpha.example"]]


def test_the_stewards_are_emailed_once_when_a_member_leaves(
    world: World, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    from django.core import mail

    client = client_for(world.personas["member"])
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        client.post(LEAVE, {"confirm": "yes"})
    with django_capture_on_commit_callbacks(execute=True):
        client.post(LEAVE, {"confirm": "yes"})  # a double submit, or a retry

    sent = _left_mail(mail.outbox)
    assert [m.to for m in sent] == [["steward@alpha.example"]]
    member = world.personas["member"]
    assert sent[0].subject == f"{member.full_name} left Alpha Collaboratory"  # type: ignore[union-attr]
    assert f"{member.full_name} (member@alpha.example) left Alpha Collaboratory on " in (  # type: ignore[union-attr]
        sent[0].body
    )
    today = date_format(date_in(world.alpha, timezone.now()), "DATE_FORMAT")
    assert f" left Alpha Collaboratory on {today}." in sent[0].body
    assert "/n/alpha/roster/?status=alumni" in sent[0].body


def test_a_student_who_leaves_is_named_without_their_address_in_spanish(
    world: World, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    from django.core import mail

    steward = world.personas["steward"]
    steward.language = "es"  # type: ignore[union-attr]
    steward.save(update_fields=["language"])  # type: ignore[union-attr]
    youth = world.personas["youth_member"]
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        client_for(youth).post("/n/alpha-youth/leave/", {"confirm": "yes"})

    sent = _left_mail(mail.outbox)
    assert [m.to for m in sent] == [["steward@alpha.example"]]  # not the adult member there
    assert sent[0].subject == f"{youth.full_name} dejó Alpha Youth"  # type: ignore[union-attr]
    assert f"{youth.full_name} dejó Alpha Youth el " in sent[0].body  # type: ignore[union-attr]
    assert "youth@alpha.example" not in sent[0].body + sent[0].subject


def test_leaving_at_the_check_in_tells_the_stewards_and_a_removal_does_not(
    world: World, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    from django.core import mail

    from collaboratory.networks.services import check_ins_send, membership_status_override

    steward = world.personas["steward"]
    member = world.personas["member"]
    with scopes_disabled():
        membership = Membership.objects.get(network=world.alpha, user=member)
        other = Membership.objects.get(network=world.alpha, user__full_name="Canaryalpha Person")
    membership_status_override(
        membership=membership,
        status=MembershipStatus.CHECK_IN_DUE,
        note="Not seen since last year",
        actor=steward,  # type: ignore[arg-type]
    )
    check_ins_send(network=world.alpha)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        client_for(member).post("/n/alpha/check-in/", {"answer": "leave", "confirm": "yes"})
        membership_status_override(
            membership=other,
            status=MembershipStatus.ALUMNI,
            note="Moved away",
            actor=steward,  # type: ignore[arg-type]
        )

    sent = _left_mail(mail.outbox)
    assert [m.to for m in sent] == [["steward@alpha.example"]]
    assert f"{member.full_name} (member@alpha.example) left Alpha Collaboratory" in sent[0].body  # type: ignore[union-attr]
