"""The pure envelope rule: one recipient per message, no minor's address reaching anyone
else, and free text between an adult and a minor always copied to a steward."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from collaboratory.networks.envelopes import Envelope, Party, Wording, clean_header, plan_envelopes

WORDING = Wording(
    copy_subject="Copy for stewards: %(subject)s",
    copy_intro="Copy: %(authors)s wrote to %(recipients)s.",
    withheld_address="[withheld]",
)
ADULT = Party("adult@example.org", False, "Ada Adult")
MINOR = Party("minor@example.org", True, "Mina Minor")
STEWARD = Party("steward@example.org", False, "Sam Steward")
STEWARD_2 = Party("steward2@example.org", False, "Sol Steward")


def plan(**kwargs):  # type: ignore[no-untyped-def]
    arguments = {
        "subject": "News",
        "body": "We met the funder.",
        "free_text": True,
        "stewards": [STEWARD, STEWARD_2],
        "wording": WORDING,
    }
    return plan_envelopes(**(arguments | kwargs))


def test_an_adult_writing_to_a_minor_copies_each_steward_separately() -> None:
    result = plan(recipients=[MINOR], authors=[ADULT])

    assert result.envelopes == (
        Envelope(
            to=STEWARD.address,
            subject="Copy for stewards: News",
            body="Copy: Ada Adult wrote to Mina Minor.\n\nWe met the funder.",
            steward_copy=True,
        ),
        Envelope(
            to=STEWARD_2.address,
            subject="Copy for stewards: News",
            body="Copy: Ada Adult wrote to Mina Minor.\n\nWe met the funder.",
            steward_copy=True,
        ),
        Envelope(to=MINOR.address, subject="News", body="We met the funder."),
    )


def test_a_steward_copy_names_each_writer_once_and_not_the_reader() -> None:
    result = plan(recipients=[MINOR], authors=[ADULT, MINOR, ADULT], stewards=[STEWARD])

    assert result.envelopes[0].body.split("\n\n")[0] == "Copy: Ada Adult wrote to Mina Minor."


def test_a_minor_writing_to_adults_copies_stewards_once_and_hides_the_minors_address() -> None:
    other = Party("other@example.org", False, "Oli Other")

    result = plan(
        recipients=[ADULT, other],
        authors=[MINOR],
        body="Write to me at MINOR@example.org, or minor@example.org.",
    )

    assert [(e.to, e.body) for e in result.envelopes] == [
        (
            STEWARD.address,
            "Copy: Mina Minor wrote to Ada Adult, Oli Other.\n\n"
            "Write to me at [withheld], or [withheld].",
        ),
        (
            STEWARD_2.address,
            "Copy: Mina Minor wrote to Ada Adult, Oli Other.\n\n"
            "Write to me at [withheld], or [withheld].",
        ),
        (ADULT.address, "Write to me at [withheld], or [withheld]."),
        (other.address, "Write to me at [withheld], or [withheld]."),
    ]


def test_adult_only_mail_is_one_message_per_recipient_and_no_copy() -> None:
    result = plan(recipients=[ADULT, STEWARD, ADULT], authors=[STEWARD_2])

    assert [(e.to, e.steward_copy) for e in result.envelopes] == [
        (ADULT.address, False),
        (STEWARD.address, False),
    ]


def test_no_free_text_sends_to_minors_without_copies() -> None:
    result = plan(recipients=[MINOR, ADULT], authors=[], free_text=False)

    assert [e.to for e in result.envelopes] == [MINOR.address, ADULT.address]


def test_a_crossing_message_with_no_steward_to_copy_is_withheld() -> None:
    result = plan(recipients=[MINOR, ADULT], authors=[STEWARD], stewards=[STEWARD])

    assert ([e.to for e in result.envelopes], result.withheld) == ([ADULT.address], (MINOR,))


def test_a_steward_recipient_is_not_copied_again() -> None:
    result = plan(recipients=[STEWARD, MINOR], authors=[ADULT])

    assert [(e.to, e.steward_copy) for e in result.envelopes] == [
        (STEWARD_2.address, True),
        (STEWARD.address, False),
        (MINOR.address, False),
    ]


def test_free_text_without_authors_is_refused() -> None:
    with pytest.raises(ValueError, match="authors"):
        plan(recipients=[ADULT], authors=[])


def test_unusable_addresses_are_skipped_not_sent() -> None:
    bad = Party("evil@example.org\r\nBcc: x@example.org")

    result = plan(recipients=[bad, Party(""), ADULT], authors=[STEWARD], free_text=False)

    assert ([e.to for e in result.envelopes], result.unusable) == (
        [ADULT.address],
        ("evil@example.org\r\nBcc: x@example.org", ""),
    )


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Launch\r\nBcc: x@example.org", "Launch Bcc: x@example.org"),
        ("  a\tb\u2028c\x00d\x1b ", "a b cd"),
        ("Caf\u00e9 \U0001f331", "Caf\u00e9 \U0001f331"),
        ("", ""),
    ],
)
def test_clean_header_folds_to_one_line(raw: str, clean: str) -> None:
    assert clean_header(raw) == clean


NAMES = st.sampled_from(["", "Ana", "Bo Lee", "Mina\r\nX"])


@given(data=st.data(), free_text=st.booleans(), subject=st.text(max_size=30))
def test_the_rule_holds_for_any_parties(data: st.DataObject, free_text: bool, subject: str) -> None:
    pool = [
        Party(f"p{i}x@example.org", is_minor, name)
        for i, (is_minor, name) in enumerate(
            data.draw(st.lists(st.tuples(st.booleans(), NAMES), min_size=1, max_size=7))
        )
    ]
    pick = st.lists(st.sampled_from(pool), max_size=6)
    recipients, stewards = data.draw(pick), data.draw(pick)
    authors = data.draw(st.lists(st.sampled_from(pool), min_size=1 if free_text else 0))
    body = "Reach " + " ".join(p.address.upper() for p in pool) + data.draw(st.text(max_size=20))

    result = plan_envelopes(
        subject=subject + pool[0].address,
        body=body,
        recipients=recipients,
        authors=authors,
        free_text=free_text,
        stewards=stewards,
        wording=WORDING,
    )

    # The rule knows the minors who are parties; a caller names no one else in a body.
    minors = {p.address for p in (*recipients, *authors, *stewards) if p.is_minor}
    by_address = {p.address: p for p in pool}
    received = [e.to for e in result.envelopes]
    for envelope in result.envelopes:
        # Exactly one recipient, one-line subject, and no other minor's address anywhere.
        assert envelope.to in by_address
        assert "\n" not in envelope.subject
        assert "\r" not in envelope.subject
        for minor in minors - {envelope.to}:
            assert minor not in f"{envelope.to} {envelope.subject} {envelope.body}".lower()
    # Each person gets at most one message; every recipient is sent to or withheld.
    assert len(received) == len(set(received))
    withheld = {p.address for p in result.withheld}
    assert {e.to for e in result.envelopes if not e.steward_copy} | withheld == {
        r.address for r in recipients
    }
    # Free text across the age line: a steward who is neither party sees it, or it is held.
    author_set = {a.address for a in authors}
    witnesses = {s.address for s in stewards if not s.is_minor} - author_set
    for r in recipients:
        crosses = free_text and any(
            a.is_minor != r.is_minor for a in authors if a.address != r.address
        )
        if not crosses:
            assert r.address not in withheld
        elif witnesses - {r.address}:
            assert r.address in received
            assert witnesses - {r.address} <= set(received)
        else:
            assert r.address in withheld
    if not free_text:
        assert not [e for e in result.envelopes if e.steward_copy]


def test_the_module_imports_no_django() -> None:
    code = (
        "import sys, collaboratory.networks.envelopes; "
        "assert not [m for m in sys.modules if m.startswith('django')]"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
