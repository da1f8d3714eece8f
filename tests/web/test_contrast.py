"""The colours of the style sheet meet WCAG 2.2 AA: text 4.5:1 on the backgrounds it sits on,
and the chart's hatching (the band expected by chance, the rest of a bar) 3:1 against its
ground, a non-text contrast axe-core cannot see inside an SVG pattern."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

CSS = Path(__file__).resolve().parents[2] / "src/collaboratory/web/static/collaboratory/app.css"


def _variables() -> dict[str, str]:
    root = CSS.read_text().split(":root {", 1)[1].split("}", 1)[0]
    return dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", root))


def _rule_colour(selector: str, prop: str) -> str:
    """The variable a rule of the sheet gives `prop` ("fill: var(--accent)")."""
    body = CSS.read_text().split(selector + " {", 1)[1].split("}", 1)[0]
    found = re.search(prop + r":\s*var\(--([\w-]+)\)", body)
    assert found, (selector, prop)
    return _variables()[found.group(1)]


def _luminance(colour: str) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize(
    ("text", "ground"),
    [
        ("ink", "paper"),
        ("muted", "paper"),
        ("accent", "paper"),
        ("danger", "paper"),
        ("ok", "paper"),
        ("ink", "wash"),
        ("muted", "wash"),
        ("accent", "wash"),
        ("accent-ink", "accent"),
        ("paper", "ink"),
    ],
)
def test_text_colours_meet_aa(text: str, ground: str) -> None:
    colours = _variables()
    assert contrast(colours[text], colours[ground]) >= 4.5


def test_chart_hatching_stands_out_from_its_ground_and_the_solid_bar() -> None:
    line = _rule_colour(".ins-hatch-line", "stroke")
    ground = _rule_colour(".ins-hatch-bg", "fill")
    page = _variables()["paper"]
    assert contrast(line, ground) >= 3
    assert contrast(line, page) >= 3
    assert contrast(_rule_colour(".ins-bar-solid", "fill"), page) >= 3


def test_contrast_arithmetic() -> None:
    assert round(contrast("#000000", "#ffffff"), 1) == 21.0
    assert contrast("#777777", "#777777") == 1.0
