"""The guard's hints in the reader's language.

`specificity` is pure (no Django), so it names what is wrong with problem codes and keeps an
English hint; this is the edge where a code becomes the hint in the active language. The
English texts here are the pure module's, word for word (a test keeps them in step).
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from collaboratory.commitments import specificity
from collaboratory.commitments.specificity import Assessment, assess_commitment
from collaboratory.plaintext import fold_lines


def _hints() -> dict[str, str]:
    return {
        specificity.EMPTY: _(
            'Write what you will give: what, how much, by when. E.g. "I will introduce you '
            'to two funders by March 1."'
        ),
        specificity.CRITIQUE: _(
            "Turn the advice into something you will do: what, how much, by when. E.g. "
            '"I will introduce you to someone who has done this, by Friday."'
        ),
        specificity.QUESTION: _(
            "Questions can wait for the break. Offer something you will do instead, e.g. "
            '"I will send you our evaluation template by Friday."'
        ),
        specificity.PRAISE_ONLY: _(
            "Lovely to hear! Now add what you will give, e.g. "
            '"I will share this with my network of 500 by Friday."'
        ),
        specificity.HEDGED: _(
            'Drop "{trigger}" and promise only what you are sure of: what, how much, by when.'
        ),
        specificity.OPEN_ENDED: _(
            '"{trigger}" leaves the next step to the presenter. Name one thing you will do, '
            "and by when."
        ),
        specificity.NO_DELIVERABLE: _(
            "Say exactly what you will do: an introduction to whom, how many hours, "
            "which space or how much money, and by when."
        ),
        specificity.OFFER_AS_QUESTION: _(
            'Make it a promise rather than a question: "I will ... by ...".'
        ),
        specificity.NO_OFFER: _(
            'Start with what you will do: "I will ...", with how much and by when.'
        ),
    }


def hint_text(assessment: Assessment) -> str:
    """The hint for a text that is not firm, in the active language ("" for a firm one)."""
    if assessment.firm:
        return ""
    trigger = (assessment.trigger or _("maybe")).strip()
    return _hints()[assessment.problems[0]].format(trigger=trigger)


def refused_for_hint_alone(what: str, errors: dict[str, list[str]]) -> bool:
    """Whether a commitment's text was refused for the guard's hint and nothing else, so the
    form may offer "Save it anyway": beside a control character or a text too long, ticking
    it brought the same refusal back. The text is read as the entry parser reads it."""
    text = fold_lines(what).strip()
    hint = hint_text(assess_commitment(text)) if text else ""
    return bool(hint) and errors.get("what") == [hint]
