"""Youth accounts: invited with a guardian's email, pending until the guardian confirms by a
single-use 72-hour link; the consent record keeps who, when, how and the policy version;
revoking suspends the account."""

from __future__ import annotations

import re
from datetime import timedelta

from django.core import mail
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.networks.models import Membership, MembershipStatus, Role
from collaboratory.networks.services import GUARDIAN_POLICY_VERSION, invitation_create
from collaboratory.people.models import GuardianConsent, User
from collaboratory.people.selectors import personal_data_of
from tests.conftest import World, client_for

STUDENT = {
    "full_name": "Sol Student",
    "age_band": "16-17",
    # Sixteen and a bit: a student gives their date of birth (their 18th birthday ends the
    # guardian's part).
    "born_on": (timezone.localdate() - timedelta(days=365 * 16 + 100)).isoformat(),
    "password": "a-fine-long-passphrase",
    "pledges": ["0", "1", "2"],
}


def link_in(message: mail.EmailMessage) -> str:
    found = re.search(r"http://[^\s]+", message.body)
    assert found is not None
    return found.group(0).replace("http://127.0.0.1:8000", "")


def _youth_invitation(world: World) -> str:
    """The steward invites Sol, a student; returns the invitation's token."""
    with scopes_disabled():
        _invitation, token = invitation_create(
            network=world.youth,
            email="sol@student.example",
            full_name="Sol Student",
            role=Role.YOUTH_MEMBER,
            guardian_email="parent@family.example",
            actor=world.personas["steward"],  # type: ignore[arg-type]
        )
    return token


def invite_and_accept(world: World, captured) -> str:  # type: ignore[no-untyped-def]
    """The steward invites a student; the student accepts. Returns the guardian's link."""
    mail.outbox.clear()
    with captured(execute=True):
        token = _youth_invitation(world)
    with captured(execute=True):
        response = client_for(None).post(f"/invitations/token/{token}/", STUDENT)
    assert "We have emailed your parent or guardian." in response.content.decode()
    guardian_mail = [m for m in mail.outbox if m.to == ["parent@family.example"]]
    assert len(guardian_mail) == 1
    return link_in(guardian_mail[0])


def status_of(world: World, email: str) -> str:
    with scopes_disabled():
        return Membership.objects.get(network=world.youth, user__email=email).status


def test_a_youth_invitation_needs_the_guardians_email(world: World) -> None:
    client = client_for(world.personas["steward"])

    body = client.post(
        "/n/alpha-youth/invitations/",
        {"full_name": "Sol Student", "email": "sol@student.example", "role": "youth_member"},
    ).content.decode()

    assert "A youth invitation needs the parent&#x27;s or guardian&#x27;s email" in body


def test_youth_stays_pending_until_the_guardian_confirms(
    world: World, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    link = invite_and_accept(world, django_capture_on_commit_callbacks)
    student = User.objects.get(email="sol@student.example")
    assert status_of(world, "sol@student.example") == MembershipStatus.PENDING_CONSENT
    assert client_for(student).get("/n/alpha-youth/").status_code == 404

    guardian = client_for(None)
    page = guardian.get(link)
    refused = guardian.post(link, {"guardian_name": "Pat Parent"})
    with django_capture_on_commit_callbacks(execute=True):
        done = guardian.post(link, {"guardian_name": "Pat Parent", "agree": "on"})

    assert "Sol Student has been invited to Alpha Youth" in page.content.decode()
    assert page["Referrer-Policy"] == "no-referrer"
    assert "Tick the box to confirm you are the parent or guardian" in refused.content.decode()
    assert "Consent is recorded" in done.content.decode()
    with scopes_disabled():
        record = GuardianConsent.objects.get(user=student)
    assert (record.guardian_name, record.guardian_email, record.method, record.policy_version) == (
        "Pat Parent",
        "parent@family.example",
        "emailed single-use link",
        GUARDIAN_POLICY_VERSION,
    )
    assert record.confirmed_at is not None
    assert status_of(world, "sol@student.example") == MembershipStatus.ACTIVE
    assert client_for(student).get("/n/alpha-youth/").status_code == 200
    # Single use: the same link now gets the one "cannot be used" answer.
    assert guardian.get(link).status_code == 404


def test_guardian_revokes_and_the_account_is_suspended(
    world: World, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    link = invite_and_accept(world, django_capture_on_commit_callbacks)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client_for(None).post(link, {"guardian_name": "Pat Parent", "agree": "on"})
    revoke_link = link_in(mail.outbox[0])

    answer = client_for(None).post(revoke_link)

    page = answer.content.decode()
    assert "account is suspended" in page
    # It says what the stewards see: it told the guardian they were "told through the audit
    # log", which nobody reads (there is no audit page) and which tells no one.
    assert "listed as no longer in the cohort" in page
    assert "audit log" not in page
    assert status_of(world, "sol@student.example") == MembershipStatus.SUSPENDED
    student = User.objects.get(email="sol@student.example")
    # The cohort's pages are closed to them; the front door says why (it was "not found").
    shut = client_for(student).get("/n/alpha-youth/", follow=True)
    assert shut.redirect_chain[0] == ("/", 302)
    assert f"Your membership of {world.youth.name} is suspended." in shut.content.decode()


def test_an_expired_guardian_link_gets_the_same_answer_as_an_unknown_one(
    world: World, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    link = invite_and_accept(world, django_capture_on_commit_callbacks)
    with scopes_disabled():
        GuardianConsent.objects.filter(guardian_email="parent@family.example").update(
            expires_at=timezone.now() - timedelta(hours=1)
        )

    expired = client_for(None).get(link)
    unknown = client_for(None).get("/consent/token/" + "B" * 43 + "/")

    def without_csrf(body: bytes) -> str:
        # Both CSRF tokens (the htmx header and the footer's language form) vary per page.
        text = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", body.decode())
        return re.sub(r'"X-CSRFToken": "[^"]+"', "", text)

    assert (expired.status_code, unknown.status_code) == (404, 404)
    assert without_csrf(expired.content) == without_csrf(unknown.content)


def test_an_adult_age_band_cannot_take_a_youth_invitation_and_under_13_never_registers(
    world: World,
) -> None:
    token = _youth_invitation(world)
    client = client_for(None)

    adult = client.post(f"/invitations/token/{token}/", {**STUDENT, "age_band": "18-29"})
    child = client.post(f"/invitations/token/{token}/", {**STUDENT, "age_band": "under-13"})

    assert "This invitation is for a high-school student" in adult.content.decode()
    assert "People under 13 cannot have an account." in child.content.decode()
    assert not User.objects.filter(email="sol@student.example").exists()


def test_a_steward_cannot_admit_a_student_the_guardian_has_not_consented_for(
    world: World, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    """The roster's status override set any status: a steward could make a student waiting
    for consent, or one whose guardian revoked it, "active", and the student was in."""
    link = invite_and_accept(world, django_capture_on_commit_callbacks)
    with scopes_disabled():
        membership = Membership.objects.get(network=world.youth, user__email="sol@student.example")
    steward = client_for(world.personas["steward"])
    url = f"/n/alpha-youth/roster/{membership.pk}/status/"

    pending = steward.post(
        url, {"status": "active", "note": "Parent said yes by phone"}, follow=True
    )

    assert "can join only once a parent or guardian has confirmed" in pending.content.decode()
    assert status_of(world, "sol@student.example") == MembershipStatus.PENDING_CONSENT

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client_for(None).post(link, {"guardian_name": "Pat Parent", "agree": "on"})
    client_for(None).post(link_in(mail.outbox[0]))  # the guardian revokes
    assert status_of(world, "sol@student.example") == MembershipStatus.SUSPENDED

    steward.post(url, {"status": "check_in_due", "note": "Back again"})

    assert status_of(world, "sol@student.example") == MembershipStatus.SUSPENDED


def test_a_student_gives_a_date_of_birth_kept_on_the_cohort_membership(
    world: World, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    """Without it the 18th birthday, when the guardian's part ends, could not be known."""
    invite_and_accept(world, django_capture_on_commit_callbacks)
    with scopes_disabled():
        membership = Membership.objects.get(network=world.youth, user__email="sol@student.example")
    assert membership.born_on is not None
    assert membership.born_on.isoformat() == STUDENT["born_on"]
    exported = personal_data_of(user=membership.user)["memberships"]
    assert [m["born_on"] for m in exported] == [STUDENT["born_on"]]


def test_a_missing_or_impossible_date_of_birth_is_refused_and_nothing_is_made(
    world: World,
) -> None:  # type: ignore[no-untyped-def]
    token = _youth_invitation(world)
    client = client_for(None)
    page = client.get(f"/invitations/token/{token}/").content.decode()
    assert 'name="born_on"' in page
    today = timezone.localdate()
    cases = {
        "": "Give your date of birth",
        "not a date": "Enter a valid date.",
        (today - timedelta(days=365 * 19)).isoformat(): "under 18",
        (today - timedelta(days=365 * 12)).isoformat(): "People under 13 cannot have an account.",
        # Fourteen, but the age band says 16 to 17.
        (today - timedelta(days=365 * 14 + 100)).isoformat(): "do not agree",
    }
    for born_on, message in cases.items():
        body = client.post(
            f"/invitations/token/{token}/", {**STUDENT, "born_on": born_on}
        ).content.decode()
        assert message in body, born_on
    assert not User.objects.filter(email="sol@student.example").exists()


def test_an_adult_invitation_asks_no_date_of_birth(world: World) -> None:
    with scopes_disabled():
        _invitation, token = invitation_create(
            network=world.alpha,
            email="ada@adult.example",
            full_name="Ada Adult",
            role=Role.MEMBER,
            actor=world.personas["steward"],  # type: ignore[arg-type]
        )
    page = client_for(None).get(f"/invitations/token/{token}/").content.decode()
    assert 'name="born_on"' not in page


def _turns_18(world: World, email: str, *, days: int) -> None:
    """The student's 18th birthday is `days` from the cohort's today (0: today)."""
    from datetime import date

    from collaboratory.networks.scoping import date_in

    birthday = date_in(world.youth, timezone.now()) + timedelta(days=days)
    if (birthday.month, birthday.day) == (2, 29):
        birthday += timedelta(days=1 if days >= 0 else -1)
    with scopes_disabled():
        Membership.objects.filter(network=world.youth, user__email=email).update(
            born_on=date(birthday.year - 18, birthday.month, birthday.day)
        )


def test_a_student_still_waiting_for_consent_goes_on_as_an_adult_from_the_18th_birthday(
    world: World, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    """Nobody could admit them: the guardian's link stops on the birthday and a steward may
    not admit a student without consent, so they stayed pending for good. From the
    birthday no guardian's consent is needed: their first request (or the hourly run)
    admits them, audited, and tells them once."""
    from collaboratory.audit.models import AuditEvent
    from collaboratory.youth import tasks

    link = invite_and_accept(world, django_capture_on_commit_callbacks)
    student = User.objects.get(email="sol@student.example")
    _turns_18(world, "sol@student.example", days=1)
    assert client_for(student).get("/n/alpha-youth/").status_code == 404  # still 17

    _turns_18(world, "sol@student.example", days=0)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        page = client_for(student).get("/n/alpha-youth/")
        assert tasks.youth_coming_of_age.call() == 0  # done once, by the request

    assert page.status_code == 200
    assert status_of(world, "sol@student.example") == MembershipStatus.ACTIVE
    told = [m for m in mail.outbox if m.to == ["sol@student.example"]]
    assert len(told) == 1
    assert "no longer need your parent's or guardian's consent" in told[0].body
    assert client_for(None).get(link).status_code == 404  # the guardian's link stopped
    with scopes_disabled():
        assert AuditEvent.objects.filter(action="membership.admitted_at_18").count() == 1


def test_the_hourly_run_admits_a_pending_student_who_turned_18_without_signing_in(
    world: World, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    from collaboratory.youth import tasks

    invite_and_accept(world, django_capture_on_commit_callbacks)
    _turns_18(world, "sol@student.example", days=-3)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.youth_coming_of_age.call() == 1

    assert status_of(world, "sol@student.example") == MembershipStatus.ACTIVE
    assert len([m for m in mail.outbox if m.to == ["sol@student.example"]]) == 1


def test_a_students_name_carrying_contact_details_is_refused_and_nothing_is_made(
    world: World,
) -> None:
    """A student's name is shown to every adult of the cohort, like their profile's text,
    which may carry no contact details (safeguards); the name was never checked."""
    token = _youth_invitation(world)
    client = client_for(None)

    for name, found in (
        ("Sol (insta: solstudent)", "insta: solstudent"),
        ("Sol 918 555 0100", "918 555 0100"),
        ("Sol (sol@mail.example)", "sol@mail.example"),
    ):
        body = client.post(
            f"/invitations/token/{token}/", {**STUDENT, "full_name": name}
        ).content.decode()
        assert f"“{found}”" in body, name
        assert "never shows contact details to adults" in body, name

    assert not User.objects.filter(email="sol@student.example").exists()


def test_the_student_is_told_how_to_go_on_while_the_guardian_confirms(world: World) -> None:
    """ "Almost there" was a dead end: no link on, nothing about signing in with the password
    just chosen, nor what to do when the guardian's email does not come."""
    token = _youth_invitation(world)

    body = client_for(None).post(f"/invitations/token/{token}/", STUDENT).content.decode()

    assert 'href="/accounts/login/"' in body
    assert "sol@student.example" in body  # the address to sign in with
    assert "72 hours" in body
    assert "a steward of the cohort can send a new one" in body
