"""Every user-facing string in our templates is marked for translation: after removing tags,
template syntax and translated blocks, no words may remain."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parents[2] / "src" / "collaboratory"
# 500.html renders when the application itself has failed, so it uses no template features.
UNMARKED_ON_PURPOSE = {"500.html"}

BLOCK_TRANSLATE = re.compile(r"{%\s*blocktranslate.*?{%\s*endblocktranslate\s*%}", re.S)
TEMPLATE_SYNTAX = re.compile(r"{%.*?%}|{{.*?}}|{#.*?#}", re.S)
HTML_TAG = re.compile(r"<!--.*?-->|<[^>]+>", re.S)
ENTITY = re.compile(r"&[a-z]+;|&#\d+;")


def templates() -> list[Path]:
    return sorted(
        p for p in SOURCE.rglob("templates/**/*.html") if p.name not in UNMARKED_ON_PURPOSE
    )


def unmarked_words(text: str) -> list[str]:
    for pattern in (BLOCK_TRANSLATE, TEMPLATE_SYNTAX, HTML_TAG, ENTITY):
        text = pattern.sub(" ", text)
    return re.findall(r"[A-Za-z]{2,}", text)


def test_there_are_templates_to_check() -> None:
    assert len(templates()) >= 10


@pytest.mark.parametrize("path", templates(), ids=lambda p: str(p.relative_to(SOURCE)))
def test_template_has_no_unmarked_text(path: Path) -> None:
    assert unmarked_words(path.read_text()) == []


def test_the_checker_catches_unmarked_text() -> None:
    assert unmarked_words("<p>{% translate 'Fine' %} Not fine</p>") == ["Not", "fine"]
