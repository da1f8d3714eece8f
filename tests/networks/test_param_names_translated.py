"""A junk number in a request value gets a 400 that names the value (networks.params): the
name is the thing the person chose on the page, in their language, never the request's
English field name."""

from __future__ import annotations

import ast
from pathlib import Path

from collaboratory.people.services import user_language_set
from tests.conftest import World, client_for

SRC = Path(__file__).resolve().parents[2] / "src" / "collaboratory"
TRANSLATORS = {"_", "gettext", "gettext_lazy", "pgettext", "pgettext_lazy"}


def test_a_junk_choice_is_named_in_the_readers_language(world: World) -> None:
    steward = world.personas["steward"]
    assert steward is not None
    user_language_set(user=steward, language="es")
    gathering = world.gatherings["alpha"].pk

    stipend = client_for(steward).post(
        f"/n/alpha/gatherings/{gathering}/manage/", {"action": "stipend_approve", "stipend": "abc"}
    )
    door = client_for(steward).post(f"/n/alpha/gatherings/{gathering}/door/", {"user": "abc"})

    assert (stipend.status_code, door.status_code) == (400, 400)
    assert "«beca» debe ser el número" in stipend.content.decode()
    assert "«persona» debe ser el número" in door.content.decode()
    assert "stipend" not in stipend.content.decode()
    assert "«user»" not in door.content.decode()


def test_every_request_value_is_named_by_a_translated_word() -> None:
    """`id_param(..., field=...)` puts `field` in the message people read: a translated
    word (`_("stipend")`), never a bare string."""
    bare = []
    for path in SRC.rglob("*.py"):
        tree = ast.parse(path.read_text(), filename=str(path))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "id_param"):
                continue
            for keyword in node.keywords:
                value = keyword.value
                translated = (
                    isinstance(value, ast.Call) and getattr(value.func, "id", "") in TRANSLATORS
                )
                if keyword.arg == "field" and not translated:
                    bare.append(f"{path.relative_to(SRC)}:{node.lineno}")
    assert bare == []
