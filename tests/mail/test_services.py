"""mail_send itself: plain addresses, withholding, refusing free text with no authors,
adult-only mail as before."""

from __future__ import annotations

import pytest
from django.core import mail
from django_scopes import scope, scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.networks.mail import mail_send
from tests.conftest import World
from tests.mail.conftest import Youth, envelopes


def test_a_plain_address_is_known_as_a_minor_when_an_account_has_it(cohort: Youth) -> None:
    with scope(network=cohort.world.youth):
        sent = mail_send(
            network=cohort.world.youth,
            subject="Hello",
            body="A note.",
            recipients=[cohort.youth.email.upper()],
            authors=[cohort.morgan],
            free_text=True,
        )

    assert sent == 1
    assert envelopes() == sorted(
        [
            ([cohort.youth.email], [], [], [], "Hello"),
            ([cohort.stewards[0].email], [], [], [], "Copy for stewards: Hello"),
            ([cohort.stewards[1].email], [], [], [], "Copy for stewards: Hello"),
        ]
    )


def test_with_no_steward_to_copy_the_message_is_withheld(world: World) -> None:
    """The cohort's one steward writes to a youth: nobody else would see it, so nothing goes."""
    steward, youth = world.personas["steward"], world.personas["youth_member"]
    assert steward is not None
    assert youth is not None
    mail.outbox.clear()

    sent = mail_send(
        network=world.youth,
        subject="Hello",
        body="A private word.",
        recipients=[youth],
        authors=[steward],
        free_text=True,
    )

    assert (sent, mail.outbox) == (0, [])
    with scopes_disabled():
        withheld = list(
            AuditEvent.objects.filter(action="mail.withheld").values_list("network_id", "data")
        )
    assert withheld == [(world.youth.pk, {"messages": 1, "reason": "no steward to copy"})]


def test_free_text_without_its_authors_is_refused_and_nothing_sent(cohort: Youth) -> None:
    with pytest.raises(ValueError, match="needs the authors"):
        mail_send(
            network=cohort.world.youth,
            subject="Hello",
            body="Words.",
            recipients=[cohort.youth],
            free_text=True,
        )

    assert mail.outbox == []


def test_adult_only_mail_is_unchanged(cohort: Youth) -> None:
    sent = mail_send(
        network=cohort.world.youth,
        subject="Hello",
        body="Words.",
        recipients=[cohort.morgan, "guest@elsewhere.example"],
        authors=[cohort.pat],
        free_text=True,
    )

    assert sent == 2
    assert [(m.to, m.from_email, m.body) for m in mail.outbox] == [
        ([cohort.morgan.email], "Collaboratory <noreply@localhost>", "Words."),
        (["guest@elsewhere.example"], "Collaboratory <noreply@localhost>", "Words."),
    ]
