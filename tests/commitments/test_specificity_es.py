"""The guard understands Spanish: accuracy on a Spanish labelled set at least the English
one, measured in the same run; Spanish and English texts are told apart; the hints reach the
reader in their language."""

from __future__ import annotations

import pytest
from django.utils import translation
from hypothesis import given
from hypothesis import strategies as st

from collaboratory.commitments import specificity, specificity_es
from collaboratory.commitments.hints import hint_text
from collaboratory.commitments.specificity import PROBLEM_CODES, Amount, assess_commitment
from tests.commitments.accuracy import LABELS, score
from tests.commitments.examples_dev import DEVELOPMENT
from tests.commitments.examples_es import ES_DEVELOPMENT, ES_HELD_OUT
from tests.commitments.examples_heldout import HELD_OUT


def classify(text: str) -> str:
    return assess_commitment(text).kind


def test_the_spanish_sets_are_varied_balanced_and_disjoint() -> None:
    assert len(ES_DEVELOPMENT) >= 100
    assert len(ES_HELD_OUT) >= 30
    assert {t for t, _ in ES_DEVELOPMENT} & {t for t, _ in ES_HELD_OUT} == set()
    for examples in (ES_DEVELOPMENT, ES_HELD_OUT):
        labels = [label for _, label in examples]
        assert set(labels) == set(LABELS)
        firm = labels.count("firm")
        assert firm <= len(labels) - firm  # firm and not-firm in balance


def test_spanish_accuracy_is_at_least_the_english_accuracy() -> None:
    english_dev, spanish_dev = score(DEVELOPMENT, classify), score(ES_DEVELOPMENT, classify)
    english_held, spanish_held = score(HELD_OUT, classify), score(ES_HELD_OUT, classify)

    assert spanish_dev.accuracy() >= english_dev.accuracy(), spanish_dev.misses
    assert spanish_held.accuracy() >= english_held.accuracy(), spanish_held.misses


def test_each_language_is_recognized() -> None:
    assert not [t for t, _ in DEVELOPMENT + HELD_OUT if specificity_es.looks_spanish(t)]
    assert not [t for t, _ in ES_DEVELOPMENT + ES_HELD_OUT if not specificity_es.looks_spanish(t)]


def test_the_spanish_rules_use_the_guards_problem_codes() -> None:
    assert set(specificity_es.ORDER) <= set(PROBLEM_CODES)
    assert list(specificity_es.ORDER) == [c for c in PROBLEM_CODES if c != specificity.EMPTY]


def test_the_examples_of_the_issue() -> None:
    firm = assess_commitment("Te presentaré a 3 financiadores antes del 30 de abril")
    assert (firm.kind, firm.amount, firm.deadline) == (
        "firm",
        Amount(3.0, "financiadores", "3 financiadores"),
        "antes del 30 de abril",
    )
    money = assess_commitment("Donaré 500 dólares para fin de mes")
    assert (
        money.kind,
        money.amount and money.amount.value,
        money.amount and money.amount.unit,
    ) == (
        "firm",
        500.0,
        "dollars",
    )
    vague = assess_commitment("Con gusto ayudo, avísame")
    assert (vague.kind, vague.problems, vague.trigger) == (
        "vague",
        [specificity.OPEN_ENDED],
        "avísame",
    )


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("Tal vez te consiga 2 contactos.", specificity.HEDGED),
        ("¿Te puedo presentar a alguien?", specificity.OFFER_AS_QUESTION),
        ("Deberías hablar con el alcalde.", specificity.CRITIQUE),
        ("¿Cuánto cuesta?", specificity.QUESTION),
        ("¡Qué gran proyecto, felicidades!", specificity.PRAISE_ONLY),
        ("Puedo ayudar.", specificity.NO_DELIVERABLE),
    ],
)
def test_what_is_not_a_spanish_commitment_gets_the_right_problem(text: str, problem: str) -> None:
    assessment = assess_commitment(text)
    assert not assessment.firm
    assert assessment.problems[0] == problem


def test_the_hint_is_in_the_readers_language() -> None:
    vague = assess_commitment("Tal vez te consiga 2 contactos.")
    with translation.override("es"):
        spanish = hint_text(vague)
    with translation.override("en"):
        english = hint_text(vague)
    assert (
        spanish == "Quita «tal vez» y promete solo lo que tengas seguro: qué, cuánto, para cuándo."
    )
    assert english == vague.hint
    assert hint_text(assess_commitment("Donaré 500 dólares mañana.")) == ""


@pytest.mark.parametrize(
    "text",
    [
        "",
        "I will introduce you to two funders by March 1.",
        "You should talk to Maria.",
        "Any chance you have a budget?",
        "Love this!",
        "Maybe I can help.",
        "Let me know how I can help.",
        "I can help.",
        "Could I introduce you to someone?",
        "Sounds good.",
    ],
)
def test_in_english_the_edge_gives_the_pure_modules_hint_word_for_word(text: str) -> None:
    """The edge's English texts and the pure module's must not drift apart."""
    assessment = assess_commitment(text)
    with translation.override("en"):
        assert hint_text(assessment) == assessment.hint


SPANISH_WORDS = (
    "te presentaré voy a donar dólares horas mañana tal vez avísame deberías gracias "
    "antes del 30 de abril puedo ayudar cuenta conmigo para mi equipo nuestra biblioteca "
    "presta ¿ ? ¡ ! , . 500 $ mil dos semanas algo lo que necesites yo reviso"
).split()


@given(st.lists(st.sampled_from(SPANISH_WORDS), max_size=25).map(" ".join))
def test_any_spanish_text_gets_a_consistent_verdict(text: str) -> None:
    assessment = assess_commitment(text)
    assert assessment.firm == (assessment.kind == "firm") == (not assessment.problems)
    assert assessment.firm == (assessment.hint == "")
    assert all(p in PROBLEM_CODES for p in assessment.problems)
