"""What becomes of a request that went through the stewards reaches the person who asked:
by email when a steward marks it introduced or declined (a youth requester's guardians
too), and on the profile they asked from, which lists their requests and each one's state."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from django.core import mail
from django.urls import reverse
from django_scopes import scopes_disabled

from collaboratory.matching.models import IntroductionRequest
from collaboratory.matching.services_profiles import introduction_request
from collaboratory.networks.models import (
    Membership,
    MembershipStatus,
    Network,
    NetworkKind,
    Role,
)
from collaboratory.networks.services.consent import (
    guardian_consent_confirm,
    guardian_consent_request,
    guardian_consent_revoke,
)
from collaboratory.networks.services.memberships import membership_status_override
from collaboratory.people.models import AgeBand
from collaboratory.people.services import user_language_set
from tests.conftest import client_for
from tests.factories import MembershipFactory, NetworkFactory

pytestmark = pytest.mark.django_db

NOTE = "We both run tool libraries on the north side."


def profile_url(membership) -> str:  # type: ignore[no-untyped-def]
    return reverse(
        "matching:profile",
        kwargs={"network_slug": membership.network.slug, "membership_id": membership.pk},
    )


def ask(requester, target, *, now: datetime | None = None) -> IntroductionRequest:  # type: ignore[no-untyped-def]
    with scopes_disabled():
        return introduction_request(
            network=target.network,
            requester=requester.user,
            target=target.user,
            note=NOTE,
            share_email=False,
            idempotency_key=uuid.uuid4(),
            now=now,
        ).request


def decide(steward, request: IntroductionRequest, status: str, capture) -> None:  # type: ignore[no-untyped-def]
    url = reverse(
        "matching:introduction_decide",
        kwargs={"network_slug": request.network.slug, "request_id": request.pk},
    )
    mail.outbox.clear()
    with capture(execute=True):
        assert (
            client_for(steward.user).post(url, {"status": status, "confirm": "yes"}).status_code
            == 302
        )


def test_the_requester_is_told_when_a_steward_introduces_or_declines(
    django_capture_on_commit_callbacks,
) -> None:  # type: ignore[no-untyped-def]
    network = NetworkFactory(name="Tulsa Collaboratory")
    steward = MembershipFactory(network=network, role=Role.STEWARD)
    asker = MembershipFactory(network=network, user__email="asker@example.org")
    rosa = MembershipFactory(network=network, user__full_name="Rosa Diaz")
    sam = MembershipFactory(network=network, user__full_name="Sam Lee")
    to_rosa, to_sam = ask(asker, rosa), ask(asker, sam)

    decide(steward, to_rosa, "done", django_capture_on_commit_callbacks)
    (introduced,) = mail.outbox
    decide(steward, to_sam, "declined", django_capture_on_commit_callbacks)
    (declined,) = mail.outbox

    assert introduced.to == ["asker@example.org"]
    assert introduced.subject == "Introduction made: Rosa Diaz (Tulsa Collaboratory)"
    assert "marked your request to meet Rosa Diaz as introduced" in introduced.body
    assert f"{profile_url(rosa)}" in introduced.body  # where the request's state shows
    assert declined.to == ["asker@example.org"]
    assert declined.subject == "Introduction declined: Sam Lee (Tulsa Collaboratory)"
    assert "declined your request to meet Sam Lee" in declined.body
    assert f"{profile_url(sam)}" in declined.body
    for message in (introduced, declined):
        assert NOTE not in message.body  # our words and the names only
        assert "Unsubscribe" not in message.body  # an answer to their request: always sent


def test_the_outcome_is_written_in_the_requesters_language(
    django_capture_on_commit_callbacks,
) -> None:  # type: ignore[no-untyped-def]
    network = NetworkFactory(name="Tulsa Collaboratory")
    steward = MembershipFactory(network=network, role=Role.STEWARD)
    asker = MembershipFactory(network=network)
    user_language_set(user=asker.user, language="es")
    request = ask(asker, MembershipFactory(network=network, user__full_name="Rosa Diaz"))

    decide(steward, request, "declined", django_capture_on_commit_callbacks)

    (message,) = mail.outbox
    assert message.subject == "Solicitud de contacto rechazada: Rosa Diaz (Tulsa Collaboratory)"
    assert "rechazaron tu solicitud de conocer a Rosa Diaz" in message.body


def _cohort_with_a_consented_student() -> tuple[Network, Membership, Membership]:
    """Tulsa Youth, its steward, and Yara Youth (16-17, yara@example.org), whose guardian
    Pat Parent (parent@example.org) has consented."""
    youth = NetworkFactory(kind=NetworkKind.YOUTH, parent=NetworkFactory(), name="Tulsa Youth")
    steward = MembershipFactory(network=youth, role=Role.STEWARD)
    minor = MembershipFactory(
        network=youth,
        role=Role.YOUTH_MEMBER,
        user__age_band=AgeBand.AGE_16_17,
        user__full_name="Yara Youth",
        user__email="yara@example.org",
    )
    _consent, token = guardian_consent_request(
        user=minor.user, network=youth, guardian_email="parent@example.org"
    )
    guardian_consent_confirm(token=token, guardian_name="Pat Parent", agree=True)
    return youth, steward, minor


def test_a_youth_requesters_guardian_is_told_too(django_capture_on_commit_callbacks) -> None:  # type: ignore[no-untyped-def]
    youth, steward, minor = _cohort_with_a_consented_student()
    mentor = MembershipFactory(network=youth, user__full_name="Maria Mentor")
    request = ask(minor, mentor)

    decide(steward, request, "done", django_capture_on_commit_callbacks)

    by_address = {tuple(m.to): m for m in mail.outbox}
    assert set(by_address) == {("yara@example.org",), ("parent@example.org",)}
    guardian = by_address[("parent@example.org",)]
    assert "Yara Youth asked the stewards of Tulsa Youth to be introduced to Maria Mentor" in (
        guardian.body
    )
    assert "the stewards made the introduction" in guardian.body
    assert all(NOTE not in m.body for m in mail.outbox)


def test_the_profile_i_asked_from_shows_each_request_and_what_became_of_it(
    django_capture_on_commit_callbacks,
) -> None:  # type: ignore[no-untyped-def]
    """Nothing else shows the requester their requests. The day is the network's: 20:00 UTC
    on 1 January is already 2 January in Auckland."""
    network = NetworkFactory(time_zone="Pacific/Auckland")
    steward = MembershipFactory(network=network, role=Role.STEWARD)
    asker = MembershipFactory(network=network)
    rosa = MembershipFactory(network=network)
    request = ask(asker, rosa, now=datetime(2030, 1, 1, 20, 0, tzinfo=UTC))
    client = client_for(asker.user)
    bystander = client_for(MembershipFactory(network=network).user)
    bystander.get(profile_url(rosa))  # the shared part is kept: the slot is per viewer

    waiting = client.get(profile_url(rosa)).content.decode()
    decide(steward, request, "declined", django_capture_on_commit_callbacks)
    declined = client.get(profile_url(rosa)).content.decode()
    seen_by_another = bystander.get(profile_url(rosa)).content.decode()

    assert "Your request of 2 Jan 2030: waiting for a steward" in waiting
    assert "Your request of 2 Jan 2030: declined" in declined
    assert "waiting for a steward" not in declined
    assert "Your request of" not in seen_by_another


def test_a_youth_requester_suspended_meanwhile_is_not_written_to(
    django_capture_on_commit_callbacks,
) -> None:  # type: ignore[no-untyped-def]
    """A guardian withdrew consent while their child's request waited: the account is
    suspended, and the site stops writing to the child. Declining the request still settles
    it on the list, but no email about meeting an adult goes to the suspended minor (nor to
    the guardian, whose consent no longer stands)."""
    youth = NetworkFactory(kind=NetworkKind.YOUTH, parent=NetworkFactory())
    steward = MembershipFactory(network=youth, role=Role.STEWARD)
    mentor = MembershipFactory(network=youth, user__full_name="Maria Mentor")
    minor = MembershipFactory(
        network=youth,
        role=Role.YOUTH_MEMBER,
        user__age_band=AgeBand.AGE_16_17,
        user__email="yara@example.org",
    )
    _consent, token = guardian_consent_request(
        user=minor.user, network=youth, guardian_email="parent@example.org"
    )
    _consent, revoke = guardian_consent_confirm(token=token, guardian_name="Pat Parent", agree=True)
    request = ask(minor, mentor)
    guardian_consent_revoke(token=revoke)

    decide(steward, request, "declined", django_capture_on_commit_callbacks)

    request.refresh_from_db()
    assert request.status == "declined"
    assert mail.outbox == []


def test_a_requester_who_left_the_network_is_not_written_to(
    django_capture_on_commit_callbacks,
) -> None:  # type: ignore[no-untyped-def]
    """Only people admitted here are written to about it (as reminders are): someone removed
    can open nothing the email links to."""
    network = NetworkFactory()
    steward = MembershipFactory(network=network, role=Role.STEWARD)
    asker = MembershipFactory(network=network, user__email="gone@example.org")
    request = ask(asker, MembershipFactory(network=network))
    membership_status_override(
        membership=asker, status=MembershipStatus.REMOVED, note="Left", actor=steward.user
    )

    decide(steward, request, "declined", django_capture_on_commit_callbacks)

    assert mail.outbox == []


def test_a_guardian_reads_another_young_person_by_first_name_only(
    django_capture_on_commit_callbacks,
) -> None:  # type: ignore[no-untyped-def]
    """A student asked to meet another student of the cohort: their guardian, an adult
    outside the cohort, reads the other young person by first name only (`minor_name`), in
    the subject as in the body; the student who asked reads the full name, as in the
    cohort's own pages."""
    youth, steward, minor = _cohort_with_a_consented_student()
    other = MembershipFactory(
        network=youth,
        role=Role.YOUTH_MEMBER,
        user__age_band=AgeBand.AGE_16_17,
        user__full_name="Zoe Quintanilla",
    )
    request = ask(minor, other)

    decide(steward, request, "declined", django_capture_on_commit_callbacks)

    by_address = {tuple(m.to): m for m in mail.outbox}
    guardian = by_address[("parent@example.org",)]
    assert "Quintanilla" not in guardian.subject + guardian.body + str(guardian.alternatives)
    assert "introduced to Zoe," in guardian.body
    assert "Zoe" in guardian.subject
    assert "Zoe Quintanilla" in by_address[("yara@example.org",)].body


def test_the_guardian_is_written_in_the_familys_language_not_the_stewards(
    django_capture_on_commit_callbacks,
) -> None:  # type: ignore[no-untyped-def]
    """The guardian has no account: they read the student's language (`in_guardian_language`,
    as their RSVP notices do), never that of the steward who decided."""
    youth, steward, minor = _cohort_with_a_consented_student()
    user_language_set(user=steward.user, language="es")
    user_language_set(user=minor.user, language="en")
    mentor = MembershipFactory(network=youth, user__full_name="Maria Mentor")
    request = ask(minor, mentor)

    decide(steward, request, "done", django_capture_on_commit_callbacks)

    (guardian,) = [m for m in mail.outbox if m.to == ["parent@example.org"]]
    assert guardian.subject == "Introduction made: Maria Mentor (Tulsa Youth)"
    assert "the stewards made the introduction" in guardian.body
