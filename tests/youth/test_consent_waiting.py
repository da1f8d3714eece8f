"""A student who took up the youth invitation waits for their guardian's consent by a
72-hour link (safeguards.md). When the guardian missed it, the unusable-link page says "ask
the youth cohort's steward for a new one", but the stewards had no way to send one and the
program page listed the student under "No longer in the cohort". They now see who waits
and email the guardian a new link from the member's page."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import pytest
from django.core import mail
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.networks.models import Membership, MembershipStatus, Role
from collaboratory.networks.services import invitation_create
from collaboratory.people.models import GuardianConsent, User
from tests.conftest import client_for
from tests.youth.conftest import Cohort, make_cohort

pytestmark = pytest.mark.django_db

PARENT = "parent@family.example"
LINK = re.compile(r"https?://\S+(/consent/token/\S+/)")


def _waiting_student(cohort: Cohort, calls: Any) -> tuple[User, str]:
    """Sol takes up a youth invitation; returns the student and the guardian's link."""
    with scopes_disabled(), calls(execute=True):
        _invitation, token = invitation_create(
            network=cohort.network,
            email="sol@student.example",
            full_name="Sol Student",
            role=Role.YOUTH_MEMBER,
            guardian_email=PARENT,
            actor=cohort.steward,
        )
    born = (timezone.localdate() - timedelta(days=365 * 16 + 100)).isoformat()
    mail.outbox.clear()
    with calls(execute=True):
        client_for(None).post(
            f"/invitations/token/{token}/",
            {
                "full_name": "Sol Student",
                "age_band": "16-17",
                "born_on": born,
                "password": "a-fine-long-passphrase",
                "pledges": ["0", "1", "2"],
            },
        )
    (sent,) = [m for m in mail.outbox if m.to == [PARENT]]
    found = LINK.search(sent.body)
    assert found is not None
    with scopes_disabled():
        return User.objects.get(email="sol@student.example"), found.group(1)


def test_the_steward_sees_who_waits_and_emails_the_guardian_a_new_link(
    django_capture_on_commit_callbacks: Any,
) -> None:
    cohort = make_cohort()
    student, first_link = _waiting_student(cohort, django_capture_on_commit_callbacks)
    with scopes_disabled():
        GuardianConsent.objects.filter(user=student).update(
            expires_at=timezone.now() - timedelta(hours=1)
        )
    steward = client_for(cohort.steward)

    home = steward.get("/n/cohort/youth/").content.decode()
    waiting = home.split("Waiting for a guardian", 1)[1].split("</ul>", 1)[0]
    former = home.split("No longer in the cohort", 1)[-1] if "No longer in" in home else ""
    page = steward.get(f"/n/cohort/youth/members/{student.pk}/").content.decode()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        sent = steward.post(
            f"/n/cohort/youth/members/{student.pk}/", {"action": "consent_resend"}, follow=True
        ).content.decode()

    assert f"/n/cohort/youth/members/{student.pk}/" in waiting
    assert "Sol Student" not in former
    assert "No longer in the cohort" not in page
    assert "Waiting for their guardian" in page
    assert "A new consent link was emailed to their guardian." in sent
    (new,) = [m for m in mail.outbox if m.to == [PARENT]]
    found = LINK.search(new.body)
    assert found is not None
    guardian = client_for(None)
    assert guardian.get(first_link).status_code == 404
    with django_capture_on_commit_callbacks(execute=True):
        done = guardian.post(found.group(1), {"guardian_name": "Pat Parent", "agree": "on"})
    assert "Consent is recorded" in done.content.decode()
    with scopes_disabled():
        status = Membership.objects.get(network=cohort.network, user=student).status
        assert AuditEvent.objects.filter(action="guardian_consent.resent").count() == 1
    assert status == MembershipStatus.ACTIVE
    # Once admitted there is nothing to resend.
    again = steward.post(
        f"/n/cohort/youth/members/{student.pk}/", {"action": "consent_resend"}, follow=True
    ).content.decode()
    assert "not waiting for a guardian" in again


def test_a_new_link_turns_the_one_still_running_off(
    django_capture_on_commit_callbacks: Any,
) -> None:
    """One live consent link at a time: an old email found later must not count."""
    cohort = make_cohort()
    student, first_link = _waiting_student(cohort, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        client_for(cohort.steward).post(
            f"/n/cohort/youth/members/{student.pk}/", {"action": "consent_resend"}
        )

    assert client_for(None).get(first_link).status_code == 404
