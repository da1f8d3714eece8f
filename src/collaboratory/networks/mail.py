"""The one way email leaves Collaboratory. `mail_send` turns people into `Party`s, asks the
pure rule (`envelopes.plan_envelopes`) who gets what, and sends one message per envelope.

It lives in networks, not in a package of its own, because it reads who a network's stewards
are while networks' own services send through it: a separate package would import networks
and be imported by it, a circle.

The backstop is tests/mail/test_backstop.py: it fails when anything in src/ but this module
imports `django.core.mail`. We chose a test over an email-backend wrapper because the test
runner swaps the backend for locmem (a wrapper would go untested where it matters), and a
backend would need a database read per message to know who is a minor.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.utils import translation
from django.utils.translation import gettext as _
from django_scopes import scope

from collaboratory.audit.services import audit_record
from collaboratory.networks.envelopes import Party, Wording, plan_envelopes
from collaboratory.networks.models import ADMITTED_STATUSES, Network, Role
from collaboratory.people.models import User
from collaboratory.people.selectors import saved_language_of

log = logging.getLogger(__name__)


def _party(user: User) -> Party:
    name = user.full_name or (_("a youth member") if user.is_minor else "")
    return Party(address=user.email, is_minor=user.is_minor, name=name)


def _parties(recipients: Sequence[User | str], *, look_up: bool = True) -> list[Party]:
    """Users as they are; a plain address is the account's when one has it (so a minor is
    known as a minor however they are named), else an adult with no account (an invitee, a
    guardian, a substitute). Without `look_up` addresses are taken as given: a lone
    recipient of template text has no one to be shielded from, so no query is needed."""
    strings = {r.strip().lower() for r in recipients if isinstance(r, str)} if look_up else ()
    accounts: dict[str, User] = {}
    if strings:
        # Accounts belong to no network: no scope to lift.
        accounts = {u.email.lower(): u for u in User.objects.filter(email__in=strings)}
    parties = []
    for r in recipients:
        if isinstance(r, User):
            parties.append(_party(r))
        elif (account := accounts.get(r.strip().lower())) is not None:
            parties.append(_party(account))
        else:
            parties.append(Party(address=r))
    return parties


def language_of(recipient: User | str) -> str:
    """The language to write to someone in: the account's saved choice, else the site's
    default. An address with no account (an invitee, a guardian, a substitute) gets the
    language the sender is using now: they were invited in it."""
    if isinstance(recipient, User):
        return recipient.email_language
    return saved_language_of(recipient) or translation.get_language() or settings.LANGUAGE_CODE


def in_language_of(recipient: User | str) -> translation.override:
    """Render a message's subject and body inside this, so each person reads their language."""
    return translation.override(language_of(recipient))


def by_language(recipients: Sequence[User]) -> dict[str, list[User]]:
    """Recipients of one message grouped by language, so it is rendered once per language."""
    groups: dict[str, list[User]] = {}
    for user in recipients:
        groups.setdefault(user.email_language, []).append(user)
    return groups


def _stewards(network: Network) -> list[Party]:
    with scope(network=network):
        users = User.objects.filter(
            memberships__network=network,
            memberships__role=Role.STEWARD,
            memberships__status__in=ADMITTED_STATUSES,
        ).distinct()
        return [_party(u) for u in users]


def mail_send(
    *,
    network: Network,
    subject: str,
    body: str,
    recipients: Sequence[User | str],
    free_text: bool,
    authors: Sequence[User] = (),
    fail_silently: bool = False,
) -> int:
    """Send one message to each recipient; returns how many recipients were sent one.

    `free_text` says the body carries words a person typed (a note, an update, a commitment)
    rather than our templates, names and titles; `authors` are the people who typed them
    (required with free text). When that text passes between an adult and a minor, the
    network's stewards each get their own copy, sent first; with no steward to copy the
    message is withheld, logged and audited (`mail.withheld`)."""
    if free_text and not authors:
        raise ValueError("mail_send: free_text=True needs the authors of that text.")
    to = _parties(recipients, look_up=free_text or len(recipients) > 1)
    by = [_party(a) for a in authors]
    ages = {p.is_minor for p in (*to, *by)}
    stewards = _stewards(network) if free_text and len(ages) == 2 else []
    plan = plan_envelopes(
        subject=subject,
        body=body,
        recipients=to,
        authors=by,
        free_text=free_text,
        stewards=stewards,
        wording=Wording(
            copy_subject=_("Copy for stewards: %(subject)s"),
            copy_intro=_(
                "Copy for stewards (no private channel between an adult and a minor): "
                "%(authors)s wrote to %(recipients)s."
            ),
            withheld_address=_("[address withheld]"),
        ),
    )
    if plan.withheld:
        log.warning(
            "Network %s: %d message(s) withheld: free text between an adult and a minor "
            "and no steward to copy",
            network.pk,
            len(plan.withheld),
        )
        # On the record too, so the network's stewards can see that words did not go out
        # (counts only: no address, no text).
        audit_record(
            action="mail.withheld",
            actor=authors[0] if authors else None,
            network=network,
            data={"messages": len(plan.withheld), "reason": "no steward to copy"},
        )
    if plan.unusable:
        log.warning("Network %s: %d unusable address(es) skipped", network.pk, len(plan.unusable))
    messages = [EmailMessage(e.subject, e.body, None, [e.to]) for e in plan.envelopes]
    if messages:
        get_connection(fail_silently=fail_silently).send_messages(messages)
    return sum(1 for e in plan.envelopes if not e.steward_copy)
