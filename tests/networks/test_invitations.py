"""Invitation tokens: 256 bits, digest only, single use, expiry, revocation, one answer for
every unusable token, POST to redeem, private landing page, never in logs."""

from __future__ import annotations

import hashlib
import logging
import re
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.networks.models import Invitation, Membership, MembershipStatus, Role
from collaboratory.networks.services import invitation_create, invitation_revoke
from collaboratory.people.models import User
from collaboratory.web.logging import redact
from tests.conftest import World, client_for
from tests.mail.silent import refusing_mail_server

ACCEPT = {
    "full_name": "Nia Newcomer",
    "age_band": "30-44",
    "password": "a-fine-long-passphrase",
    "pledges": ["0", "1", "2"],
}


def invite(world: World, email: str = "nia@example.org") -> tuple[Invitation, str]:
    with scopes_disabled():
        return invitation_create(
            network=world.alpha,
            email=email,
            full_name="Nia Newcomer",
            actor=world.personas["steward"],  # type: ignore[arg-type]
        )


def landing(token: str) -> str:
    return f"/invitations/token/{token}/"


def test_token_is_256_bits_and_only_its_digest_is_stored(world: World) -> None:
    invitation, token = invite(world)

    assert len(token) == 43  # 32 bytes, URL-safe base64
    assert invitation.token_digest == hashlib.sha256(token.encode()).hexdigest()
    with scopes_disabled():
        stored = list(Invitation.objects.values_list(*[f.attname for f in Invitation._meta.fields]))
    assert [row for row in stored if token in map(str, row)] == []


@pytest.mark.django_db(transaction=True)
def test_invitation_email_is_sent_after_commit_with_the_link(world: World, settings) -> None:  # type: ignore[no-untyped-def]
    mail.outbox.clear()
    _invitation, token = invite(world)

    assert [m.to for m in mail.outbox] == [["nia@example.org"]]
    assert f"{settings.SITE_URL}/invitations/token/{token}/" in mail.outbox[0].body
    assert mail.outbox[0].subject == "You are invited to join Alpha Collaboratory"


@pytest.mark.parametrize(("days", "said"), [(14, "for 14 days at most"), (1, "for 1 day at most")])
def test_invitation_email_gives_the_networks_own_validity(
    world: World,
    days: int,
    said: str,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    """The email said "7 days" whatever the network's setting (1 to 60 days)."""
    from collaboratory.networks.services import membership_settings_update

    with scopes_disabled():
        membership_settings_update(
            network=world.alpha,
            actor=world.personas["steward"],  # type: ignore[arg-type]
            invitation_valid_days=days,
        )
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        invitation, _token = invite(world)

    assert invitation.expires_at - invitation.created_at > timedelta(days=days, hours=-1)
    body = " ".join(mail.outbox[0].body.split())
    assert said in body
    assert "7 days" not in body


def test_accepting_creates_the_account_and_membership_with_pledges(world: World) -> None:
    _invitation, token = invite(world)
    client = client_for(None)

    response = client.post(landing(token), ACCEPT)

    assert response.status_code == 302
    assert response["Location"] == "/n/alpha/welcome/"
    user = User.objects.get(email="nia@example.org")
    assert (user.full_name, user.age_band) == ("Nia Newcomer", "30-44")
    with scopes_disabled():
        membership = Membership.objects.get(network=world.alpha, user=user)
    assert (membership.role, membership.status) == (Role.MEMBER, MembershipStatus.ACTIVE)
    assert membership.pledges_accepted_at is not None
    welcome = client.get("/n/alpha/welcome/").content.decode()
    assert "Make and keep commitments to fellow members." in welcome
    assert "<h3>Welcome to the Collaboratory</h3>" in welcome


def test_existing_account_gets_the_membership_attached(world: World) -> None:
    foreign = world.personas["foreign_steward"]
    _invitation, token = invite(world, email=foreign.email)  # type: ignore[union-attr]

    response = client_for(foreign).post(landing(token), {"pledges": ["0", "1", "2"]})

    assert response["Location"] == "/n/alpha/welcome/"
    with scopes_disabled():
        assert Membership.objects.filter(network=world.alpha, user=foreign).count() == 1
    assert User.objects.filter(email=foreign.email).count() == 1  # type: ignore[union-attr]


def test_all_three_pledges_are_required_and_nothing_changes_without_them(world: World) -> None:
    invitation, token = invite(world)

    response = client_for(None).post(landing(token), {**ACCEPT, "pledges": ["0", "2"]})

    assert response.status_code == 200
    assert "Tick all three member pledges to join" in response.content.decode()
    invitation.refresh_from_db()
    assert invitation.redeemed_at is None
    assert not User.objects.filter(email="nia@example.org").exists()


@pytest.mark.parametrize(
    ("age_band", "message"),
    [
        ("under-13", "People under 13 cannot have an account."),
        ("16-17", "This invitation is for an adult network."),
    ],
)
def test_under_13_and_minors_cannot_take_an_adult_invitation(
    world: World, age_band: str, message: str
) -> None:
    _invitation, token = invite(world)

    body = client_for(None).post(landing(token), {**ACCEPT, "age_band": age_band}).content
    assert message in body.decode()
    assert not User.objects.filter(email="nia@example.org").exists()


def test_unknown_expired_revoked_and_used_tokens_get_one_and_the_same_answer(
    world: World,
) -> None:
    expired, expired_token = invite(world, "old@example.org")
    with scopes_disabled():
        Invitation.objects.filter(pk=expired.pk).update(expires_at=timezone.now() - timedelta(1))
    revoked, revoked_token = invite(world, "gone@example.org")
    with scopes_disabled():
        invitation_revoke(invitation=revoked, actor=world.personas["steward"])  # type: ignore[arg-type]
    _used, used_token = invite(world, "used@example.org")
    client_for(None).post(landing(used_token), ACCEPT)

    answers = set()
    for token in ("A" * 43, expired_token, revoked_token, used_token):
        for method in ("get", "post"):
            response = getattr(client_for(None), method)(landing(token), ACCEPT)
            body = re.sub(
                r'name="csrfmiddlewaretoken" value="[^"]+"', "", response.content.decode()
            )
            body = re.sub(r'"X-CSRFToken": "[^"]+"', "", body)
            answers.add((response.status_code, body))
    assert len(answers) == 1
    status, body = answers.pop()
    assert status == 404
    assert "This invitation link cannot be used" in body


def test_get_does_not_redeem_and_the_landing_page_is_private(world: World) -> None:
    invitation, token = invite(world)

    response = client_for(None).get(landing(token))

    assert response.status_code == 200
    assert response["Referrer-Policy"] == "no-referrer"
    assert "no-store" in response["Cache-Control"]
    invitation.refresh_from_db()
    assert invitation.redeemed_at is None


def test_token_is_bound_to_its_network_and_role(world: World) -> None:
    with scopes_disabled():
        _invitation, token = invitation_create(
            network=world.alpha,
            email="host@example.org",
            full_name="Hana Host",
            role=Role.HOST,
            actor=world.personas["steward"],  # type: ignore[arg-type]
        )

    client_for(None).post(landing(token), ACCEPT)

    with scopes_disabled():
        memberships = list(
            Membership.objects.filter(user__email="host@example.org").values_list(
                "network__slug", "role"
            )
        )
    assert memberships == [("alpha", Role.HOST)]


def test_tokens_never_reach_logs_or_the_audit_log(world: World, caplog) -> None:  # type: ignore[no-untyped-def]
    _invitation, token = invite(world)
    caplog.set_level(logging.INFO)

    client_for(None).post(landing(token), ACCEPT)
    logging.getLogger("django.request").warning("Not Found: %s", landing(token))

    assert token not in caplog.text
    assert redact(f"GET {landing(token)} HTTP/1.1") == "GET /invitations/token/[redacted]/ HTTP/1.1"
    assert [e for e in AuditEvent.objects.all() if token in str(e.data)] == []
    actions = list(AuditEvent.objects.order_by("pk").values_list("action", flat=True))
    assert actions[-3:] == ["membership.created", "invitation.redeemed", "auth.login"]


def test_bad_direct_invitation_input_names_the_field(world: World) -> None:
    client = client_for(world.personas["steward"])

    body = client.post(
        "/n/alpha/invitations/", {"full_name": "X", "email": "not-an-email", "role": "member"}
    ).content.decode()

    assert "Enter an email address, like name@example.org." in body
    with scopes_disabled():
        assert not Invitation.objects.filter(email="not-an-email").exists()


def test_a_cross_site_post_cannot_redeem(world: World) -> None:
    invitation, token = invite(world)

    response = client_for(None).post(landing(token), ACCEPT, HTTP_SEC_FETCH_SITE="cross-site")
    foreign_origin = client_for(None).post(
        landing(token), ACCEPT, HTTP_ORIGIN="https://evil.example"
    )

    assert (response.status_code, foreign_origin.status_code) == (403, 403)
    invitation.refresh_from_db()
    assert invitation.redeemed_at is None


def test_an_invitation_waiting_for_a_deleted_account_no_longer_works(world: World) -> None:
    """Deleting an account pseudonymized the invitations to its address but left them
    usable: the link then failed on the placeholder address. It now answers as any unusable
    link does, and creates nothing."""
    from collaboratory.people.services import account_delete

    member = world.personas["member"]
    assert member is not None
    with scopes_disabled():
        invitation, token = invitation_create(
            network=world.bravo,
            email=member.email,
            full_name="Alpha Member",
            actor=world.personas["foreign_steward"],  # type: ignore[arg-type]
        )
    account_delete(user=member, confirm_email=member.email)
    accounts = User.objects.count()

    page = client_for(None).get(landing(token))
    answer = client_for(None).post(landing(token), ACCEPT)

    assert (page.status_code, answer.status_code) == (404, 404)
    assert "This invitation link cannot be used" in answer.content.decode()
    assert User.objects.count() == accounts
    invitation.refresh_from_db()
    assert invitation.redeemed_at is None
    assert invitation.revoked_at is not None


def test_inviting_someone_who_left_tells_the_steward_how_to_bring_them_back(
    world: World,
) -> None:
    """Inviting a member removed after two years away, whom the roster lists as removed, was
    answered "This person is already in the network.": the steward could neither invite
    them nor tell from the answer what to do instead."""
    from tests.factories import MembershipFactory

    with scopes_disabled():
        MembershipFactory(
            network=world.alpha,
            status=MembershipStatus.REMOVED,
            user__email="gone@elsewhere.example",
            user__full_name="Gone Person",
        )

    page = client_for(world.personas["steward"]).post(
        "/n/alpha/invitations/",
        {"full_name": "Gone Person", "email": "gone@elsewhere.example", "role": Role.MEMBER},
    )

    assert page.status_code == 200
    assert (
        "gone@elsewhere.example already has a membership in this network, now Removed. "
        "To bring them back, change its status on the roster: no invitation is needed."
    ) in page.content.decode().replace("&#x27;", "'")
    with scopes_disabled():
        assert not Invitation.objects.filter(email="gone@elsewhere.example").exists()


def test_the_pledges_are_in_the_readers_language(world: World) -> None:
    """The second pledge was marked with an alias (`_noop`) that makemessages does not read,
    so a Spanish invitee was asked to tick it, and read it on the welcome page, in English."""
    _, token = invite(world)

    page = client_for(None).get(landing(token), HTTP_ACCEPT_LANGUAGE="es").content.decode()

    assert "Compartir y escuchar para generar confianza." in page
    assert "Usa tus conocimientos, habilidades y red a favor del grupo." in page
    assert "Hacer y cumplir compromisos con los demás miembros." in page
    assert "Use your knowledge" not in page


def test_a_steward_invitation_says_the_role_in_the_email_and_on_the_landing(
    world: World,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    """The first steward of a network opened by a platform admin read only "invites you to
    join": nothing said they were to run it. A member's invitation names no role."""
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True), scopes_disabled():
        _steward_invitation, token = invitation_create(
            network=world.alpha,
            email="sam@example.org",
            full_name="Sam Steward",
            actor=world.personas["steward"],  # type: ignore[arg-type]
            role=Role.STEWARD,
        )
    with django_capture_on_commit_callbacks(execute=True):
        _member_invitation, member_token = invite(world)

    steward_mail, member_mail = (" ".join(m.body.split()) for m in mail.outbox)
    assert "You are invited as a steward: you will run the network" in steward_mail
    assert "invited as" not in member_mail
    page = client_for(None).get(landing(token)).content.decode()
    assert "You are invited as a steward: you will run the network" in " ".join(page.split())
    assert "invited as" not in client_for(None).get(landing(member_token)).content.decode()


WAITING = "Email waiting for the mail server"


@pytest.mark.django_db(transaction=True)
def test_an_invitation_the_mail_server_did_not_take_is_said_to_wait_not_to_be_sent(
    world: World, settings
) -> None:  # type: ignore[no-untyped-def]
    """`mail_send` counts a kept message as handled, so the page said "Invitation sent" for
    an email only waiting for the mail server (kept, tried again for two days). The page
    now says so, and the list marks that pending invitation; one the server took says sent."""
    refusing_mail_server(settings)
    client = client_for(world.personas["steward"])
    form = {"full_name": "Nia Newcomer", "email": "nia@example.org", "role": "member"}

    kept = client.post("/n/alpha/invitations/", form, follow=True).content.decode()
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    sent = client.post(
        "/n/alpha/invitations/",
        {**form, "full_name": "Omar Other", "email": "omar@example.org"},
        follow=True,
    ).content.decode()

    assert "Invitation sent to nia@example.org" not in kept
    assert (
        "The invitation to nia@example.org is saved; its email is waiting for the mail server "
        "and will be tried again for two days." in kept
    )
    assert "Invitation sent to omar@example.org." in sent
    rows = {row.split("</td>")[0]: row for row in sent.split("<tr>\n          <td>")[1:]}
    assert (WAITING in rows["Nia Newcomer"], WAITING in rows["Omar Other"]) == (True, False)
