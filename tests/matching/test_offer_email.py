"""An offer of help made on the asks board is emailed to the presenter at once, exactly once
(a double submit or a retried task sends nothing more), in their language, with the link to
the commitment; copied to the stewards when it crosses the age line; never to someone who
turned digests off. Before, the presenter heard of it only on the live stream, in the
weekly digest, or two days later in the reminder to acknowledge it."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import pytest
from django.core import mail
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from collaboratory.commitments.models import Commitment
from collaboratory.commitments.selectors import digest_due_at
from collaboratory.commitments.services import commitment_guardian_decide, digests_send_due
from collaboratory.commitments.services.guardian import commitment_adult_decide
from collaboratory.creditclub.services import AskInput
from collaboratory.followthrough.models import ReminderSent
from collaboratory.followthrough.tasks import offer_email
from collaboratory.networks.mail import mail_retries_send
from collaboratory.networks.models import MailKind, Membership, Network, NetworkKind, Role
from collaboratory.networks.services import notification_preferences_set
from collaboratory.people.models import AgeBand, GuardianConsent, User
from tests.conftest import client_for
from tests.factories import MembershipFactory, NetworkFactory
from tests.matching.test_asks_board import first_ask, offer, offer_url, project

pytestmark = pytest.mark.django_db

SUBJECT = "New offer of help for Tool library"


def to(user: User) -> list[mail.EmailMessage]:
    return [m for m in mail.outbox if m.to == [user.email]]


def offers_made() -> list[Commitment]:
    with scopes_disabled():
        return list(Commitment.objects.order_by("pk"))


@pytest.fixture
def network() -> Network:
    return NetworkFactory()


def test_the_presenter_is_emailed_each_offer_once_even_on_a_double_submit(  # type: ignore[no-untyped-def]
    network: Network, run_tasks
) -> None:
    presenter = MembershipFactory(network=network, user__full_name="Pat Presenter").user
    dana = MembershipFactory(network=network, user__full_name="Dana Doe").user
    ask = first_ask(project(network, proposer=presenter))
    client = client_for(dana)
    hall = offer()
    client.post(offer_url(ask), hall)
    client.post(offer_url(ask), hall)  # a double tap: the same key
    volunteers = offer(what="I will bring 2 volunteers on May 3", amount="2", unit="people")
    client.post(offer_url(ask), volunteers)
    run_tasks()
    first, second = offers_made()
    offer_email.call(first.pk)  # a retried task, or a second worker's copy

    emails = to(presenter)
    assert [m.subject for m in emails] == [SUBJECT, SUBJECT]
    assert "I will lend our hall on Saturdays for 3 months" in emails[0].body
    assert "Dana Doe" in emails[0].body
    assert "A storefront on Saturdays" in emails[0].body
    assert f"/follow-through/commitments/{first.pk}/" in emails[0].body
    assert "I will bring 2 volunteers on May 3 (2 people)" in emails[1].body
    assert to(dana) == []
    with scopes_disabled():
        keys = sorted(ReminderSent.objects.filter(user=presenter).values_list("key", flat=True))
    assert keys == sorted([f"o:{first.pk}", f"o:{second.pk}"])


def test_the_offer_email_is_in_the_presenters_language(  # type: ignore[no-untyped-def]
    network: Network, run_tasks
) -> None:
    presenter = MembershipFactory(network=network, user__language="es").user
    dana = MembershipFactory(network=network).user
    ask = first_ask(project(network, proposer=presenter))

    client_for(dana).post(offer_url(ask), offer())
    run_tasks()

    (email,) = to(presenter)
    # "ofrecimiento", as the asks board says it (it said "oferta" until 2026-12-06).
    assert email.subject == "Nuevo ofrecimiento de ayuda para Tool library"
    assert "te ofreció ayuda" in email.body
    assert "reconoce el ofrecimiento o pide un ajuste" in email.body


def test_an_offer_to_a_minors_project_is_copied_to_the_stewards(run_tasks) -> None:  # type: ignore[no-untyped-def]
    youth = NetworkFactory(kind=NetworkKind.YOUTH, parent=NetworkFactory())
    steward = MembershipFactory(network=youth, role=Role.STEWARD).user
    student = MembershipFactory(
        network=youth, role=Role.YOUTH_MEMBER, user__age_band=AgeBand.AGE_16_17
    ).user
    adult = MembershipFactory(network=youth).user
    ask = first_ask(project(youth, AskInput("space", "institutional", "A gym"), proposer=student))

    client_for(adult).post(offer_url(ask), offer())
    run_tasks()

    assert [m.subject for m in to(student)] == [SUBJECT]
    (copy,) = to(steward)
    assert copy.subject == f"Copy for stewards: {SUBJECT}"
    assert "I will lend our hall on Saturdays for 3 months" in copy.body


def test_a_presenter_who_turned_digests_off_is_not_emailed(  # type: ignore[no-untyped-def]
    network: Network, run_tasks
) -> None:
    presenter = MembershipFactory(network=network).user
    notification_preferences_set(user=presenter, choices={MailKind.DIGESTS: "off"})
    ask = first_ask(project(network, proposer=presenter))

    client_for(MembershipFactory(network=network).user).post(offer_url(ask), offer())
    run_tasks()

    assert to(presenter) == []


def test_an_offer_before_the_morning_after_digest_is_told_by_that_digest_alone(  # type: ignore[no-untyped-def]
    network: Network, run_tasks
) -> None:
    """Offered on the board while the gathering is on: the next morning's digest lists it
    with the room's commitments, so it gets no email of its own."""
    presenter = MembershipFactory(network=network).user
    ask = first_ask(project(network, proposer=presenter, days_ago=0))
    client_for(MembershipFactory(network=network).user).post(offer_url(ask), offer())
    run_tasks()
    assert to(presenter) == []

    # When that digest is due (07:00 the day after the gathering ends): "two days on" was
    # before it whenever the suite ran before 07:00 in the network's zone.
    with scope(network=network):
        due = digest_due_at(gathering=ask.proposal.gathering, time_zone=network.time_zone)
        digests_send_due(network=network, now=due)

    (digest,) = to(presenter)
    assert digest.subject.startswith("Commitments made to you at ")
    assert "I will lend our hall on Saturdays for 3 months" in digest.body


def test_an_offer_after_the_morning_after_digest_was_due_is_not_in_it_too(  # type: ignore[no-untyped-def]
    network: Network, run_tasks
) -> None:
    """The digest's week is still open and the presenter had none yet: the offer's own
    email tells them, and the digest does not tell them again."""
    presenter = MembershipFactory(network=network).user
    ask = first_ask(project(network, proposer=presenter, days_ago=3))
    client_for(MembershipFactory(network=network).user).post(offer_url(ask), offer())
    run_tasks()

    with scope(network=network):
        digests_send_due(network=network, now=timezone.now())

    assert [m.subject for m in to(presenter)] == [SUBJECT]


def test_an_offer_email_the_mail_server_refused_is_kept_and_sent_once(  # type: ignore[no-untyped-def]
    network: Network, run_tasks, settings
) -> None:
    """Nothing but the offer sends this email again, so a failed send is kept for the mail
    retry, with its sent-log row: the task run again sends nothing more."""
    presenter = MembershipFactory(network=network).user
    ask = first_ask(project(network, proposer=presenter))
    settings.EMAIL_BACKEND = "tests.gatherings.test_notices.FailingBackend"
    client_for(MembershipFactory(network=network).user).post(offer_url(ask), offer())
    run_tasks()
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    (made,) = offers_made()

    offer_email.call(made.pk)
    mail_retries_send(now=timezone.now() + timedelta(hours=1))
    mail_retries_send(now=timezone.now() + timedelta(hours=2))

    assert [m.subject for m in to(presenter)] == [SUBJECT]


LINK = re.compile(r"https?://\S+/guardian-approval/token/(\S+)/")


def youth_money_offer(run_tasks: Any, capture: Any) -> tuple[User, str]:
    """A youth member whose guardian's consent stands offers $50 on the asks board; the
    offer's task runs. Returns the presenter and the token emailed to the guardian."""
    youth = NetworkFactory(kind=NetworkKind.YOUTH, parent=NetworkFactory())
    MembershipFactory(network=youth, role=Role.STEWARD)  # copied on mail across the age line
    presenter = MembershipFactory(network=youth).user
    minor = MembershipFactory(
        network=youth, role=Role.YOUTH_MEMBER, user__age_band=AgeBand.AGE_16_17
    ).user
    with scopes_disabled():
        GuardianConsent.objects.create(
            network=youth,
            user=minor,
            guardian_email="guardian@example.org",
            token_digest="0" * 64,
            expires_at=timezone.now() + timedelta(days=3),
            confirmed_at=timezone.now(),
        )
    ask = first_ask(
        project(youth, AskInput("funding", "financial", "Seed money"), proposer=presenter)
    )
    money = offer(
        capital="financial", what="I will give $50 by Friday", amount="50", unit="dollars"
    )
    with capture(execute=True):
        assert client_for(minor).post(offer_url(ask), money).status_code == 302
    run_tasks()
    (to_guardian,) = [m for m in mail.outbox if m.to == ["guardian@example.org"]]
    match = LINK.search(to_guardian.body)
    assert match is not None
    return presenter, match.group(1)


def test_a_youth_money_offer_is_emailed_once_the_guardian_approves_it(  # type: ignore[no-untyped-def]
    run_tasks, django_capture_on_commit_callbacks
) -> None:
    """While it waits for the guardian it counts nowhere, so its presenter is not told;
    approved, it is an offer like any other: one email, under the offer's own key."""
    presenter, token = youth_money_offer(run_tasks, django_capture_on_commit_callbacks)
    assert to(presenter) == []

    with django_capture_on_commit_callbacks(execute=True):
        commitment_guardian_decide(token=token, approve=True)
    run_tasks()
    (email,) = to(presenter)
    (made,) = offers_made()
    offer_email.call(made.pk)  # a retried task sends nothing more

    assert to(presenter) == [email]
    assert email.subject == "New offer of help for Tool library"
    assert "I will give $50 by Friday" in email.body
    with scopes_disabled():
        keys = list(ReminderSent.objects.filter(user=presenter).values_list("key", flat=True))
    assert keys == [f"o:{made.pk}"]


def test_a_youth_money_offer_the_guardian_declines_is_never_emailed(  # type: ignore[no-untyped-def]
    run_tasks, django_capture_on_commit_callbacks
) -> None:
    presenter, token = youth_money_offer(run_tasks, django_capture_on_commit_callbacks)

    with django_capture_on_commit_callbacks(execute=True):
        commitment_guardian_decide(token=token, approve=False)
    run_tasks()
    (made,) = offers_made()
    offer_email.call(made.pk)

    assert to(presenter) == []


def test_a_youth_money_offer_kept_at_18_is_emailed_once(  # type: ignore[no-untyped-def]
    run_tasks, django_capture_on_commit_callbacks
) -> None:
    """Still waiting on the 18th birthday, the offer is the young adult's to keep: kept, it
    counts from then, and its presenter is told as after a guardian's approval."""
    presenter, _token = youth_money_offer(run_tasks, django_capture_on_commit_callbacks)
    (made,) = offers_made()
    today = timezone.localdate()
    with scopes_disabled():
        Membership.objects.filter(user=made.committer).update(
            born_on=today.replace(year=today.year - 19)
        )

    with scope(network=made.network):
        commitment_adult_decide(commitment=made, user=made.committer, keep=True)
    run_tasks()

    assert [m.subject for m in to(presenter)] == [SUBJECT]
