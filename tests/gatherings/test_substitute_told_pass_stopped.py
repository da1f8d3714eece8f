"""A substitute has no account: an email is the only way they learn, before the door, that
their pass no longer works. They were told nothing when a steward withdrew it (only the
member was), nor when it stopped with the member's removal or account deletion; and a
steward who withdrew a removed member's stopped pass emailed the removed person ("answer
the RSVP again") by name. Now the substitute is told each time, once, in words that name no
member (a removed or deleted person is no one's to name to a forwarded link), and told
again if the pass stands again at a reinstatement; the removed member is not written to;
a pass email still waiting for the mail server, which named the member, is dropped.

"Works again" said "open it with the link in the email that brought it", and that email may
never have come: kept while the mail server was down, it was dropped at the member's end. It
now carries the pass's link, a new one (only the secret's digest is kept). What the
substitute was last told is `Substitution.pass_notice`, no longer read from the audit log."""

from __future__ import annotations

import re
from functools import partial

import pytest
from django.core import mail
from django.core.mail import EmailMessage
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.gatherings.models import Substitution
from collaboratory.gatherings.services import (
    substitution_revoke,
)
from collaboratory.networks.mail import mail_retries_send
from collaboratory.networks.models import MailRetry, Membership, MembershipStatus
from collaboratory.networks.services.memberships import membership_status_override
from collaboratory.people.services import account_delete
from tests.conftest import World, client_for
from tests.factories import GatheringFactory
from tests.gatherings.substitute_setup import approved, member_rosa
from tests.mail.silent import refusing_mail_server

LOCMEM = "django.core.mail.backends.locmem.EmailBackend"
STOPPED = "Your pass for Spring Gathering no longer works"
WORKS_AGAIN = "Your pass for Spring Gathering works again"
MEMBER_OUT = (
    "The member who named you as their substitute is no longer part of Alpha Collaboratory, "
    "so your pass for Spring Gathering has stopped."
)


MEMBER_BACK = (
    "The member who named you as their substitute is part of Alpha Collaboratory again, "
    "so your pass for Spring Gathering works again. It has a new link, for this gathering "
    "only (the link in earlier emails no longer opens it): "
)
PASS_LINK = re.compile(r"https?://\S+/gatherings/pass/key/(?P<token>[^/\s]+)/")
SAM = ["sam@example.org"]


def _status_step(  # type: ignore[no-untyped-def]
    world: World,
    substitution: Substitution,
    status: str,
    captured,
    *,
    told: list[str],
    notice: str,
) -> list[EmailMessage]:
    """Set the member's status (a steward's decision). Then: the substitute was sent the
    subjects `told`, in order, and nobody else anything (the member is never written to);
    no email names the member; the substitution records `notice` as last told. Returns the
    substitute's messages, and leaves the outbox empty for the next step."""
    with scopes_disabled(), captured(execute=True):
        membership_status_override(
            membership=Membership.objects.get(network=world.alpha, user=substitution.member),
            status=status,
            note="Steward's decision",
            actor=world.personas["steward"],
        )
    assert _sent() == [(SAM, subject) for subject in told]
    for message in mail.outbox:
        _names_no_member(message.subject + message.body)
    with scopes_disabled():
        assert Substitution.objects.get(pk=substitution.pk).pass_notice == notice
    sent = list(mail.outbox)
    mail.outbox.clear()
    return sent


def _withdraw(world: World, substitution: Substitution, captured) -> None:  # type: ignore[no-untyped-def]
    with scopes_disabled(), captured(execute=True):
        assert substitution_revoke(substitution=substitution, actor=world.personas["steward"])


def _sent() -> list[tuple[list[str], str]]:
    return [(m.to, m.subject) for m in mail.outbox]


def _names_no_member(body: str) -> None:
    assert "Rosa" not in body
    assert "Delgado" not in body


def _new_link(message: EmailMessage) -> str:
    """The pass's token in a "works again" email, after its words."""
    assert MEMBER_BACK in message.body
    found = PASS_LINK.search(message.body.split(MEMBER_BACK, 1)[1])
    assert found is not None, message.body
    return found["token"]


def _opens(token: str) -> int:
    page = client_for(None).get(f"/gatherings/pass/key/{token}/")
    if page.status_code == 200:
        assert "Sam Standin is welcome" in page.content.decode()
    return page.status_code


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


@pytest.mark.parametrize("out", [MembershipStatus.REMOVED, MembershipStatus.SUSPENDED])
def test_a_removed_members_substitute_is_told_once_and_the_member_not_at_all(
    world: World,
    out: str,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    gathering = GatheringFactory(network=world.alpha, title="Spring Gathering")
    rosa = member_rosa(world)
    substitution, _token = approved(world, gathering, rosa, django_capture_on_commit_callbacks)
    mail.outbox.clear()

    step = partial(_status_step, world, substitution, captured=django_capture_on_commit_callbacks)
    [told] = step(out, told=[STOPPED], notice="stopped")
    assert MEMBER_OUT in told.body

    # The end hooks run again for a membership already out: nobody is told twice.
    again = (
        MembershipStatus.SUSPENDED if out == MembershipStatus.REMOVED else MembershipStatus.REMOVED
    )
    step(again, told=[], notice="stopped")
    # A steward then withdraws the stopped pass: the removed member is not written to (the
    # email named them and told them to answer an RSVP they no longer may), and the
    # substitute, told already, not again.
    _withdraw(world, substitution, django_capture_on_commit_callbacks)

    assert _sent() == []


def test_a_reinstatement_tells_the_substitute_the_pass_works_again_with_its_link(
    world: World,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    """The "works again" email carries the pass's link: a new one, the only one that opens
    the pass from then on. Each notice is told once, recorded on the substitution, and
    still audited."""
    gathering = GatheringFactory(network=world.alpha, title="Spring Gathering")
    rosa = member_rosa(world)
    substitution, first = approved(world, gathering, rosa, django_capture_on_commit_callbacks)
    mail.outbox.clear()
    step = partial(_status_step, world, substitution, captured=django_capture_on_commit_callbacks)
    step(MembershipStatus.REMOVED, told=[STOPPED], notice="stopped")

    [back] = step(MembershipStatus.ACTIVE, told=[WORKS_AGAIN], notice="resumed")
    step(MembershipStatus.CHECK_IN_DUE, told=[], notice="resumed")

    second = _new_link(back)
    assert _opens(second) == 200
    assert _opens(first) == 410  # replaced (test_substitute_pass_delivery.py): no longer opens

    # Removed again: told again; reinstated again: told again, with a newer link.
    step(MembershipStatus.REMOVED, told=[STOPPED], notice="stopped")
    assert _opens(second) == 410
    [back] = step(MembershipStatus.ACTIVE, told=[WORKS_AGAIN], notice="resumed")
    assert _opens(_new_link(back)) == 200
    assert _opens(second) == 410
    with scopes_disabled():
        told = AuditEvent.objects.filter(
            target_type="gatherings.substitution",
            target_id=str(substitution.pk),
            action__startswith="substitution.pass_",
        )
        assert list(told.order_by("pk").values_list("action", flat=True)) == [
            "substitution.pass_stopped",
            "substitution.pass_resumed",
            "substitution.pass_stopped",
            "substitution.pass_resumed",
        ]


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

    _status_step(
        world,
        substitution,
        MembershipStatus.REMOVED,
        django_capture_on_commit_callbacks,
        told=[STOPPED],
        notice="stopped",
    )
    mail_retries_send()

    assert _sent() == []
    with scopes_disabled():
        assert not MailRetry.objects.exists()


def test_a_pass_that_never_arrived_comes_with_the_works_again_email(
    world: World,
    settings,  # type: ignore[no-untyped-def]
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    """Failed on the old code: the pass email, kept while the server was down, was dropped
    at the member's removal, and at the reinstatement the substitute read "open it with the
    link in the email that brought it", an email they never had: no link reached them."""
    gathering = GatheringFactory(network=world.alpha, title="Spring Gathering")
    rosa = member_rosa(world)
    refusing_mail_server(settings)
    substitution, _token = approved(world, gathering, rosa, django_capture_on_commit_callbacks)
    settings.EMAIL_BACKEND = LOCMEM
    mail.outbox.clear()
    step = partial(_status_step, world, substitution, captured=django_capture_on_commit_callbacks)
    step(MembershipStatus.REMOVED, told=[STOPPED], notice="stopped")

    [back] = step(MembershipStatus.ACTIVE, told=[WORKS_AGAIN], notice="resumed")
    mail_retries_send()

    assert _sent() == []  # the dropped pass email stays dropped: this one is all they get
    assert _opens(_new_link(back)) == 200


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
