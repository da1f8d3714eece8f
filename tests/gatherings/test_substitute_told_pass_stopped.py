"""A substitute has no account: an email is the only way they learn, before the door, that
their pass no longer works. They were told nothing when a steward withdrew it (only the
member was), nor when it stopped with the member's removal or account deletion; and a
steward who withdrew a removed member's stopped pass emailed the removed person ("answer
the RSVP again") by name. Now the substitute is told each time, once, in words that name no
member (a removed or deleted person is no one's to name to a forwarded link), and told
again if the pass stands again at a reinstatement; the removed member is not written to;
a pass email still waiting for the mail server, which named the member, is dropped."""

from __future__ import annotations

from django.core import mail
from django_scopes import scopes_disabled

from collaboratory.gatherings.models import Substitution
from collaboratory.gatherings.services import (
    substitution_revoke,
)
from collaboratory.networks.mail import mail_retries_send
from collaboratory.networks.models import MailRetry, Membership, MembershipStatus
from collaboratory.networks.services.memberships import membership_status_override
from collaboratory.people.models import User
from collaboratory.people.services import account_delete
from tests.conftest import World
from tests.factories import GatheringFactory
from tests.gatherings.substitute_setup import approved, member_rosa
from tests.mail.silent import refusing_mail_server

LOCMEM = "django.core.mail.backends.locmem.EmailBackend"
STOPPED = "Your pass for Spring Gathering no longer works"
MEMBER_OUT = (
    "The member who named you as their substitute is no longer part of Alpha Collaboratory, "
    "so your pass for Spring Gathering has stopped."
)


def _set_status(world: World, member: User, status: str, captured) -> None:  # type: ignore[no-untyped-def]
    with scopes_disabled(), captured(execute=True):
        membership_status_override(
            membership=Membership.objects.get(network=world.alpha, user=member),
            status=status,
            note="Steward's decision",
            actor=world.personas["steward"],
        )


def _withdraw(world: World, substitution: Substitution, captured) -> None:  # type: ignore[no-untyped-def]
    with scopes_disabled(), captured(execute=True):
        assert substitution_revoke(substitution=substitution, actor=world.personas["steward"])


def _sent() -> list[tuple[list[str], str]]:
    return [(m.to, m.subject) for m in mail.outbox]


def _names_no_member(body: str) -> None:
    assert "Rosa" not in body
    assert "Delgado" not in body


def test_a_withdrawal_tells_the_substitute_too_naming_no_one(
    world: World,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    gathering = GatheringFactory(network=world.alpha, title="Spring Gathering")
    rosa = member_rosa(world)
    substitution, _token = approved(world, gathering, rosa, django_capture_on_commit_callbacks)
    mail.outbox.clear()

    _withdraw(world, substitution, django_capture_on_commit_callbacks)

    assert sorted(_sent()) == [
        (["rosa@alpha.example"], "Your substitute's pass for Spring Gathering was withdrawn"),
        (["sam@example.org"], STOPPED),
    ]
    [told] = [m for m in mail.outbox if m.to == ["sam@example.org"]]
    assert told.body.startswith("Hello Sam Standin,")
    assert (
        "The stewards of Alpha Collaboratory have withdrawn your pass for Spring Gathering, "
        "so you can no longer come with it. Please do not come to the door with it."
    ) in told.body
    _names_no_member(told.body)


def test_a_removed_members_substitute_is_told_once_and_the_member_not_at_all(
    world: World,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    gathering = GatheringFactory(network=world.alpha, title="Spring Gathering")
    rosa = member_rosa(world)
    substitution, _token = approved(world, gathering, rosa, django_capture_on_commit_callbacks)
    mail.outbox.clear()

    _set_status(world, rosa, MembershipStatus.REMOVED, django_capture_on_commit_callbacks)

    sam_mail = [m for m in mail.outbox if m.to == ["sam@example.org"]]
    assert [m.subject for m in sam_mail] == [STOPPED]
    assert MEMBER_OUT in sam_mail[0].body
    _names_no_member(sam_mail[0].body)
    mail.outbox.clear()

    # The end hooks run again for a membership already out: nobody is told twice.
    _set_status(world, rosa, MembershipStatus.SUSPENDED, django_capture_on_commit_callbacks)
    # A steward then withdraws the stopped pass: the removed member is not written to (the
    # email named them and told them to answer an RSVP they no longer may), and the
    # substitute, told already, not again.
    _withdraw(world, substitution, django_capture_on_commit_callbacks)

    assert _sent() == []


def test_a_reinstatement_tells_the_substitute_the_pass_works_again(
    world: World,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    gathering = GatheringFactory(network=world.alpha, title="Spring Gathering")
    rosa = member_rosa(world)
    approved(world, gathering, rosa, django_capture_on_commit_callbacks)
    _set_status(world, rosa, MembershipStatus.REMOVED, django_capture_on_commit_callbacks)
    mail.outbox.clear()

    _set_status(world, rosa, MembershipStatus.ACTIVE, django_capture_on_commit_callbacks)
    _set_status(world, rosa, MembershipStatus.CHECK_IN_DUE, django_capture_on_commit_callbacks)

    assert _sent() == [(["sam@example.org"], "Your pass for Spring Gathering works again")]
    assert (
        "The member who named you as their substitute is part of Alpha Collaboratory again, "
        "so your pass for Spring Gathering works again"
    ) in mail.outbox[0].body
    _names_no_member(mail.outbox[0].body)
    mail.outbox.clear()

    # Removed again: told again.
    _set_status(world, rosa, MembershipStatus.REMOVED, django_capture_on_commit_callbacks)
    assert _sent() == [(["sam@example.org"], STOPPED)]


def test_a_pass_email_waiting_for_the_server_is_dropped_at_the_members_end(
    world: World,
    settings,  # type: ignore[no-untyped-def]
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    """The pass email kept at the approval (the server down) named the member and would
    have gone out after their removal, with a link to a stopped pass."""
    gathering = GatheringFactory(network=world.alpha, title="Spring Gathering")
    rosa = member_rosa(world)
    refusing_mail_server(settings)
    substitution, _token = approved(world, gathering, rosa, django_capture_on_commit_callbacks)
    with scopes_disabled():
        assert list(MailRetry.objects.values_list("topic", flat=True)) == [
            f"substitute-pass:{substitution.pk}"
        ]
    settings.EMAIL_BACKEND = LOCMEM
    mail.outbox.clear()

    _set_status(world, rosa, MembershipStatus.REMOVED, django_capture_on_commit_callbacks)
    mail_retries_send()

    assert [m.subject for m in mail.outbox if m.to == ["sam@example.org"]] == [STOPPED]
    with scopes_disabled():
        assert not MailRetry.objects.exists()


def test_an_account_deleted_tells_its_substitutes_without_its_name(
    world: World,
    settings,  # type: ignore[no-untyped-def]
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    gathering = GatheringFactory(network=world.alpha, title="Spring Gathering")
    rosa = member_rosa(world)
    refusing_mail_server(settings)
    approved(world, gathering, rosa, django_capture_on_commit_callbacks)
    settings.EMAIL_BACKEND = LOCMEM
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        account_delete(user=rosa, confirm_email="rosa@alpha.example")
    mail_retries_send()

    sam_mail = [m for m in mail.outbox if m.to == ["sam@example.org"]]
    assert [m.subject for m in sam_mail] == [STOPPED]
    assert MEMBER_OUT in sam_mail[0].body
    _names_no_member(sam_mail[0].body)
    with scopes_disabled():
        assert not MailRetry.objects.exists()
        assert not Substitution.objects.filter(gathering=gathering).exists()
