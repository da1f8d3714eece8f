"""The "commitments, not critique" guard: accuracy, tricky cases and invariants.

Invariants (hold for any string): the guard never raises and is deterministic; `firm` iff
`problems` is empty iff `hint` is empty; `kind == "firm"` iff `firm`; problems are stable codes
from `PROBLEM_CODES`; the hint is short.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from collaboratory.commitments import specificity
from collaboratory.commitments.specificity import PROBLEM_CODES, Amount, assess_commitment
from tests.commitments.accuracy import LABELS, score
from tests.commitments.examples_dev import DEVELOPMENT
from tests.commitments.examples_heldout import HELD_OUT

TARGET = 0.95


def classify(text: str) -> str:
    return assess_commitment(text).kind


# --- the labelled sets --------------------------------------------------------------------


def test_the_labelled_sets_are_large_varied_and_disjoint() -> None:
    dev_texts = {text for text, _ in DEVELOPMENT}
    held_texts = {text for text, _ in HELD_OUT}

    assert (len(DEVELOPMENT) + len(HELD_OUT) >= 150, len(HELD_OUT) >= 50) == (True, True)
    assert dev_texts & held_texts == set()
    assert (len(dev_texts), len(held_texts)) == (len(DEVELOPMENT), len(HELD_OUT))
    assert {label for _, label in DEVELOPMENT} == set(LABELS)
    assert {label for _, label in HELD_OUT} == set(LABELS)


@pytest.mark.parametrize(
    ("examples", "name"), [(DEVELOPMENT, "development"), (HELD_OUT, "held-out")]
)
def test_accuracy_meets_the_target(examples: list, name: str) -> None:
    result = score(examples, classify)

    assert result.accuracy() >= TARGET, f"{name}: {result.accuracy():.1%}; {result.misses}"


# --- tricky cases -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I will send you the list, let me know if the format doesn't work.",
        "I'll introduce you to Maria, who might be able to help with permits, by Friday.",
        "Love this! I'll host your team at our library on March 3.",
        "You should talk to Maria. I'll introduce you by email tomorrow.",
        "We will give $10k, and maybe more next year, toward the stipends.",
        "I\u2019ll donate $500 tomorrow.",
        "Count me in for 10 hours of bookkeeping in March.",
        "3 introductions to program officers by the end of April.",
        "If you want, I'll introduce you to the editor of the Courier this week.",
        "We can give 20 volunteer hours.",
    ],
)
def test_firm_offers_pass_even_with_hedge_like_words_in_harmless_places(text: str) -> None:
    result = assess_commitment(text)

    assert (result.firm, result.problems, result.hint) == (True, [], "")


@pytest.mark.parametrize(
    ("text", "kind", "first_problem"),
    [
        ("", "vague", "empty"),
        ("   \n ", "vague", "empty"),
        ("?!", "vague", "empty"),
        ("ok", "vague", "no_offer"),
        ("I will", "vague", "no_deliverable"),
        ("I will!", "vague", "no_deliverable"),
        ("Happy to help!", "vague", "open_ended"),
        ("Reach out anytime.", "vague", "open_ended"),
        ("Maybe I could introduce you to someone.", "vague", "hedged"),
        ("If I have time I'll send you the deck.", "vague", "hedged"),
        ("I'll try to get you a meeting with the mayor.", "vague", "hedged"),
        ("I could possibly host.", "vague", "hedged"),
        ("I'll introduce you to some folks.", "vague", "no_deliverable"),
        ("I will support you.", "vague", "no_deliverable"),
        ("Can I introduce you to my friend at the bank?", "vague", "offer_as_question"),
        ("Have you considered the library?", "critique", "critique"),
        ("You should narrow the focus.", "critique", "critique"),
        ("I wonder if the timeline is realistic.", "critique", "critique"),
        ("Who pays for this next year?", "critique", "question"),
        ("How will you measure impact", "critique", "question"),
        ("Love this!", "praise", "praise_only"),
        ("Great project", "praise", "praise_only"),
    ],
)
def test_what_is_not_a_commitment_gets_the_right_problem(
    text: str, kind: str, first_problem: str
) -> None:
    result = assess_commitment(text)

    assert (result.firm, result.kind, result.problems[0]) == (False, kind, first_problem)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("I'll give $5,000 by Friday.", Amount(5000.0, "dollars", "$5,000")),
        ("I'll give 5k by Friday.", Amount(5000.0, "dollars", "5k")),
        ("Our fund will give $2.5k.", Amount(2500.0, "dollars", "$2.5k")),
        (
            "I'll match up to ten thousand dollars.",
            Amount(10000.0, "dollars", "ten thousand dollars"),
        ),
        ("I'll give ten hours in May.", Amount(10.0, "hours", "ten hours")),
        ("We can give 20 volunteer hours.", Amount(20.0, "hours", "20 volunteer hours")),
        ("I'll make 3 introductions.", Amount(3.0, "introductions", "3 introductions")),
        ("We'll send a dozen volunteers.", Amount(12.0, "people", "a dozen volunteers")),
        ("I'll give an hour a week.", Amount(1.0, "hours", "an hour")),
    ],
)
def test_amounts_are_read_in_their_many_forms(text: str, amount: Amount) -> None:
    assert assess_commitment(text).amount == amount


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("I'll send it by March 1.", "by march 1"),
        ("I'll send it next week.", "next week"),
        ("I'll send it this month.", "this month"),
        ("I'll send it tomorrow.", "tomorrow"),
        ("I'll send it within two weeks.", "within two weeks"),
        ("We will host you on May 3.", "on may 3"),
        ("I'll send it by the end of the quarter.", "by the end of the quarter"),
        ("I may host you.", None),
        ("I'll introduce you to the director.", None),
    ],
)
def test_deadlines_are_found_and_may_the_modal_is_not_a_month(
    text: str, deadline: str | None
) -> None:
    assert assess_commitment(text).deadline == deadline


def test_firm_texts_note_what_is_missing_without_blocking() -> None:
    bare = assess_commitment("I will introduce you to the county clerk.")
    full = assess_commitment("I will make 2 introductions to county clerks by Friday.")

    assert (bare.firm, bare.notes) == (True, ["no_amount", "no_deadline"])
    assert (full.firm, full.notes) == (True, [])


def test_each_kind_of_problem_gets_its_own_hint() -> None:
    texts = {
        "empty": "",
        "critique": "Have you considered the library?",
        "question": "Who pays for this next year?",
        "praise_only": "Love this!",
        "hedged": "Maybe I can find some money.",
        "open_ended": "Let me know how I can help.",
        "no_deliverable": "I will support you.",
        "offer_as_question": "Can I introduce you to my friend at the bank?",
        "no_offer": "ok",
    }

    hints = {code: assess_commitment(text).hint for code, text in texts.items()}

    assert set(texts) == set(PROBLEM_CODES)
    assert {code: assess_commitment(text).problems[0] for code, text in texts.items()} == {
        code: code for code in texts
    }
    assert len(set(hints.values())) == len(texts)


def test_the_hint_names_the_words_that_made_the_guard_hesitate() -> None:
    assert assess_commitment("Maybe I can find some money.").hint.startswith('Drop "maybe"')
    assert assess_commitment("Let me know!").hint.startswith('"let me know" leaves')


def test_the_guard_imports_only_the_standard_library() -> None:
    probe = (
        "import sys; import collaboratory.commitments.specificity; "
        "print(sorted({m.split('.')[0] for m in sys.modules if not m.startswith('_')}"
        " - set(sys.stdlib_module_names)))"
    )

    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout

    assert out.strip() == "['collaboratory']"


# --- invariants for any string ------------------------------------------------------------

FIRM_EXAMPLES = [text for text, label in DEVELOPMENT if label == "firm"]


@given(st.text(max_size=300))
def test_any_text_gets_a_consistent_verdict(text: str) -> None:
    first = assess_commitment(text)
    second = assess_commitment(text)

    assert first == second
    assert first.firm == (first.problems == []) == (first.hint == "") == (first.kind == "firm")
    assert set(first.problems) <= set(PROBLEM_CODES)
    assert len(first.hint) <= 160
    assert first.amount is None or first.amount.value >= 0


@given(
    st.lists(
        st.sampled_from(
            [
                "I",
                "will",
                "we",
                "can",
                "maybe",
                "help",
                "you",
                "should",
                "love",
                "$5k",
                "by",
                "Friday",
                "?",
                "introduce",
                "let me know",
                "10 hours",
                "the",
                ",",
                ".",
                "if",
            ]
        ),
        max_size=25,
    ).map(" ".join)
)
def test_texts_made_of_the_guards_own_words_get_a_consistent_verdict(text: str) -> None:
    result = assess_commitment(text)

    assert result.firm == (result.problems == []) == (result.hint == "")


@given(
    st.sampled_from(FIRM_EXAMPLES),
    st.sampled_from(
        [
            "Let me know if the format doesn't work.",
            "Thank you!",
            "Love this.",
            "Feel free to reach out with questions.",
        ]
    ),
)
def test_a_friendly_sentence_after_a_firm_offer_keeps_it_firm(offer: str, extra: str) -> None:
    assert assess_commitment(f"{offer} {extra}").firm is True


@given(st.sampled_from(FIRM_EXAMPLES))
def test_a_thank_you_before_a_firm_offer_keeps_it_firm(offer: str) -> None:
    assert assess_commitment(f"Thank you so much! {offer}").firm is True


def test_very_long_texts_are_assessed_on_their_beginning() -> None:
    offer = "I will host your team at our library on March 3. "
    padded = offer + "x" * 10 * specificity.MAX_CHARS

    assert assess_commitment(padded).firm is True
    assert assess_commitment("x" * 10 * specificity.MAX_CHARS + offer).firm is False
