"""Who receives which message: the safeguard rule for outgoing email, as a pure function.

safeguards.md: no private one-to-one channel between an adult and a minor. So every message
has one recipient (nobody sees another's address, least of all a minor's), and when free text
passes between an adult and a minor, each steward gets a separate copy. Standard library
only, so the rule is tested by itself (tests/mail/test_envelopes.py, with Hypothesis).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Party:
    """Someone a message is from, to, or copied to. `name` is how a steward copy names them."""

    address: str
    is_minor: bool = False
    name: str = ""

    @property
    def key(self) -> str:
        return self.address.strip().lower()


@dataclass(frozen=True)
class Envelope:
    """One message with one recipient: no Cc, no Bcc, no Reply-To."""

    to: str
    subject: str
    body: str
    steward_copy: bool = False


@dataclass(frozen=True)
class Wording:
    """The translated words of a steward copy (the caller owns gettext)."""

    copy_subject: str  # "%(subject)s"
    copy_intro: str  # "%(authors)s" and "%(recipients)s"
    withheld_address: str  # stands in for a minor's address in an adult's message


@dataclass(frozen=True)
class Plan:
    envelopes: tuple[Envelope, ...]  # steward copies first: the safeguard goes out before
    withheld: tuple[Party, ...]  # free text across the age line and no steward to copy
    unusable: tuple[str, ...]  # addresses that cannot be sent to (blank, spaces, controls)


_UNUSABLE = re.compile(r"[\s\x00-\x1f\x7f]")


def clean_header(text: str) -> str:
    """One line for a header: control characters dropped, whitespace collapsed, so stored
    text with CR/LF never makes a send fail (Django refuses newlines in headers)."""
    kept = []
    for ch in str(text):
        if ch.isspace():
            kept.append(" ")
        elif unicodedata.category(ch) not in ("Cc", "Cs"):
            kept.append(ch)
    return " ".join("".join(kept).split())


def _usable(address: str) -> bool:
    address = address.strip()
    return "@" in address and not _UNUSABLE.search(address)


def _redact(text: str, addresses: Sequence[str], replacement: str) -> str:
    for address in addresses:
        # Every occurrence, even inside a longer address: safe before pretty.
        text = re.sub(re.escape(address), lambda _match: replacement, text, flags=re.IGNORECASE)
    return text


def _display(party: Party) -> str:
    # A minor is named, never addressed; an adult with no name is known by their address.
    return party.name or ("" if party.is_minor else party.address.strip())


def plan_envelopes(
    *,
    subject: str,
    body: str,
    recipients: Sequence[Party],
    authors: Sequence[Party],
    free_text: bool,
    stewards: Sequence[Party],
    wording: Wording,
) -> Plan:
    """The messages to send. A recipient's message crosses the age line when it carries free
    text and an author other than the recipient is on the other side of it. Then every adult
    steward who is not an author gets a copy (unless they are a recipient already); a
    crossing message with no such steward to witness it is withheld."""
    if free_text and not authors:
        raise ValueError("Free text needs its authors: the rule depends on their ages.")
    author_keys = {a.key for a in authors}
    people: dict[str, Party] = {}
    unusable: list[str] = []
    for party in recipients:
        if not _usable(party.address):
            unusable.append(party.address)
        elif party.key not in people:
            people[party.key] = party
    minors = sorted(
        {p.key for p in (*people.values(), *authors, *stewards) if p.is_minor},
        key=len,
        reverse=True,
    )
    adult_stewards = {s.key: s for s in stewards if not s.is_minor and _usable(s.address)}

    def crosses(recipient: Party) -> bool:
        return free_text and any(
            a.is_minor != recipient.is_minor for a in authors if a.key != recipient.key
        )

    def letter(to: Party, text: str) -> str:
        return _redact(text, [m for m in minors if m != to.key], wording.withheld_address)

    sent: list[Envelope] = []
    withheld: list[Party] = []
    crossing: list[Party] = []
    for recipient in people.values():
        if crosses(recipient):
            witnesses = set(adult_stewards) - author_keys - {recipient.key}
            if not witnesses:
                withheld.append(recipient)
                continue
            crossing.append(recipient)
        sent.append(
            Envelope(
                to=recipient.address.strip(),
                subject=clean_header(letter(recipient, subject)),
                body=letter(recipient, body),
            )
        )
    copies: list[Envelope] = []
    if crossing:
        # Name the writers other than the people written to (a committer whose own words
        # come back to them is not "writing to" themselves), or all of them if none is left.
        others = [a for a in authors if a.key not in {r.key for r in crossing}] or authors
        intro = wording.copy_intro % {
            "authors": ", ".join(filter(None, dict.fromkeys(_display(a) for a in others))),
            "recipients": ", ".join(filter(None, (_display(r) for r in crossing))),
        }
        received = set(people) - {w.key for w in withheld}
        for key, steward in adult_stewards.items():
            if key in author_keys or key in received:
                continue
            copies.append(
                Envelope(
                    to=steward.address.strip(),
                    subject=clean_header(
                        letter(steward, wording.copy_subject % {"subject": subject})
                    ),
                    body=letter(steward, f"{intro}\n\n{body}"),
                    steward_copy=True,
                )
            )
    return Plan(envelopes=(*copies, *sent), withheld=tuple(withheld), unusable=tuple(unusable))
