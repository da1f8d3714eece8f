"""A network's reminder wordings fill plain `{name}` placeholders and nothing else: a format
spec, a conversion or an attribute typed in braces is refused when saved, and one already
stored is left as typed at send time (never a huge padded string, never a Python repr)."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django_scopes import scopes_disabled

from collaboratory.followthrough.selectors import followthrough_settings_for
from collaboratory.followthrough.services import followthrough_settings_update
from collaboratory.followthrough.services.reminders import wording
from tests.followthrough.conftest import Project

VALUES = {"name": "Dana", "what": "3 introductions", "due_on": "2026-03-01", "presenter": "Ana"}


def test_plain_placeholders_are_filled_and_unknown_ones_kept() -> None:
    assert wording("Hi {name}: {what} by {due_on}. {unknown} {{x}}", "d", VALUES) == (
        "Hi Dana: 3 introductions by 2026-03-01. {unknown} {x}"
    )


@pytest.mark.parametrize(
    "typed",
    ["{name:>100000}", "{name!r}", "{name.__class__}", "{what[0]}", "{due_on:{what}}"],
)
def test_a_stored_placeholder_with_more_than_a_name_is_left_as_typed(typed: str) -> None:
    assert wording(f"Hi {typed}.", "d", VALUES) == f"Hi {typed}."


def test_an_unclosed_brace_falls_back_to_the_default() -> None:
    assert wording("Hi {name", "Hello {name}", VALUES) == "Hello Dana"


@pytest.mark.parametrize(
    "typed", ["Hi {name:>100000000}", "Hi {name!r}", "Hi {presenter.__class__}", "{what[0]}"]
)
def test_a_placeholder_with_more_than_a_name_is_refused_and_changes_nothing(
    project: Project, typed: str
) -> None:
    with scopes_disabled():
        with pytest.raises(ValidationError) as caught:
            followthrough_settings_update(
                network=project.world.alpha,
                actor=project.steward,
                values={"wording_committer": typed},
            )
        options = followthrough_settings_for(network=project.world.alpha)
    assert caught.value.message_dict == {
        "wording_committer": [
            "A placeholder is a name in braces and nothing more, like {name}; "
            "remove what follows the name."
        ]
    }
    assert options.wording_committer == ""


@pytest.mark.parametrize("field", ["wording_committer", "wording_presenter"])
def test_a_wording_longer_than_an_email_should_be_is_refused_and_changes_nothing(
    project: Project, field: str
) -> None:
    """No limit held a reminder's wording: a pasted document became every reminder's body."""
    with scopes_disabled():
        with pytest.raises(ValidationError) as caught:
            followthrough_settings_update(
                network=project.world.alpha,
                actor=project.steward,
                values={field: "Please keep your word, {name}. " * 100},
            )
        options = followthrough_settings_for(network=project.world.alpha)
    assert list(caught.value.message_dict) == [field]
    assert "2000" in caught.value.message_dict[field][0]
    assert getattr(options, field) == ""
