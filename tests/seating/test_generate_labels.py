"""The Generate form names each session the way a steward reads the agenda: its title, and
its kind only where the title does not already say it ("Small groups (Small groups)")."""

from __future__ import annotations

from collaboratory.gatherings.models import AgendaItem, AgendaKind
from collaboratory.seating.forms import WHOLE_GATHERING, GenerateForm


def test_a_session_titled_as_its_kind_is_named_once() -> None:
    sessions = [
        AgendaItem(pk=1, title="Small groups", kind=AgendaKind.SMALL_GROUPS),
        AgendaItem(pk=2, title="small  groups ", kind=AgendaKind.SMALL_GROUPS),
        AgendaItem(pk=3, title="Table talk", kind=AgendaKind.SMALL_GROUPS),
        AgendaItem(pk=4, title="Dinner", kind=AgendaKind.MEAL),
    ]

    choices = dict(GenerateForm(sessions=sessions).fields["session"].choices)  # type: ignore[attr-defined]

    assert [str(choices[key]) for key in ("1", "2", "3", "4")] == [
        "Small groups",
        "small  groups ",
        "Table talk (Small groups)",
        "Dinner (Meal)",
    ]
    assert WHOLE_GATHERING in choices
