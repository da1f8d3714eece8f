"""`get_<field>_display` from the cached table answers as Django's own does, in the
language active at the call."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import models
from django.utils import translation

from collaboratory.choicelabels import ChoiceLabels
from collaboratory.commitments.models import Commitment, CommitmentStatus, Unit
from collaboratory.creditclub.models import Ask, Phase, Proposal, ProposalState

CASES: list[tuple[type[models.Model], str, list[Any]]] = [
    (Commitment, "status", [*CommitmentStatus.values, "no-such-status"]),
    (Commitment, "unit", [*Unit.values, ""]),
    (Commitment, "capital", ["social", "financial", ""]),
    (Proposal, "state", ProposalState.values),
    (Proposal, "phase", [*Phase.values, ""]),
    (Ask, "category", ["space", "funding", "odd"]),
]


def djangos(obj: models.Model, field_name: str) -> Any:
    return models.Model._get_FIELD_display(obj, obj._meta.get_field(field_name))  # type: ignore[attr-defined]


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize(("model", "field_name", "values"), CASES, ids=lambda c: str(c)[:20])
def test_every_label_is_djangos_in_the_active_language(
    model: type[models.Model], field_name: str, values: list[Any], language: str
) -> None:
    with translation.override(language):
        for value in values:
            obj = model(**{field_name: value})
            shown = getattr(obj, f"get_{field_name}_display")()

            assert (value, shown) == (value, djangos(obj, field_name))


def test_the_label_follows_the_language_switched_between_calls() -> None:
    commitment = Commitment(status=CommitmentStatus.KEPT)
    shown = {}
    for language in ("en", "es", "en"):
        with translation.override(language):
            shown[language] = commitment.get_status_display()

    assert shown == {"en": "Kept", "es": "Cumplido"}


def test_choices_computed_at_each_use_are_read_each_time() -> None:
    labels = ["First"]
    field = models.CharField(choices=lambda: [("a", labels[0])])
    field.set_attributes_from_name("kind")
    row = type("Row", (ChoiceLabels,), {"kind": "a"})()

    before = row._get_FIELD_display(field)
    labels[0] = "Second"

    assert (before, row._get_FIELD_display(field)) == ("First", "Second")
