"""Server-side SVG charts for the insights pages (pure: imports nothing from Django).

Every chart carries its values as text (direct labels), tells series apart by line dash,
marker shape or hatching as well as by colour, and has a <title>/<desc> for assistive
technology; the pages put a table with the same figures beside each chart. Colours and
hatching come from CSS classes (app.css, "Insights"), so the markup has no style attributes
and passes the strict Content-Security-Policy. Callers pass already-translated text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

WIDTH = 640


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _num(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _svg(
    uid: str, width: int, height: int, title: str, desc: str, body: list[str], css: str
) -> str:
    return (
        f'<svg class="ins-chart {css}" viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="{uid}-t" aria-describedby="{uid}-d" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="{uid}-t">{_e(title)}</title><desc id="{uid}-d">{_e(desc)}</desc>'
        + "".join(body)
        + "</svg>"
    )


def _hatch(uid: str) -> str:
    return (
        f'<defs><pattern id="{uid}-hatch" class="ins-hatch" width="6" height="6" '
        'patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
        '<rect class="ins-hatch-bg" width="6" height="6"/>'
        '<line class="ins-hatch-line" x1="0" y1="0" x2="0" y2="6"/></pattern></defs>'
    )


@dataclass(frozen=True)
class Series:
    label: str
    values: Sequence[int | float]
    css: str  # "a", "b", "c": colour, dash and marker shape of the series


MARKERS = {"a": "circle", "b": "square", "c": "diamond"}


def _marker(kind: str, x: float, y: float, css: str) -> str:
    if kind == "square":
        return (
            f'<rect class="ins-mark {css}" x="{_num(x - 4)}" y="{_num(y - 4)}" '
            'width="8" height="8"/>'
        )
    if kind == "diamond":
        return (
            f'<polygon class="ins-mark {css}" points="{_num(x)},{_num(y - 5)} {_num(x + 5)},'
            f'{_num(y)} {_num(x)},{_num(y + 5)} {_num(x - 5)},{_num(y)}"/>'
        )
    return f'<circle class="ins-mark {css}" cx="{_num(x)}" cy="{_num(y)}" r="4"/>'


def line_chart(
    uid: str, *, title: str, desc: str, x_labels: Sequence[str], series: Sequence[Series]
) -> str:
    """Cumulative series over gatherings: one line each, a distinct dash and marker, and the
    last value written at the end of every line."""
    height = 300
    left, right, top, bottom = 48, 170, 16, 56
    plot_w, plot_h = WIDTH - left - right, height - top - bottom
    top_value = max([1, *(v for s in series for v in s.values)])
    count = max(len(x_labels), 1)

    def x_at(i: int) -> float:
        return left + (plot_w * i / (count - 1) if count > 1 else plot_w / 2)

    def y_at(v: float) -> float:
        return top + plot_h - plot_h * v / top_value

    body = [
        f'<line class="ins-axis" x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" '
        f'y2="{top + plot_h}"/>',
        f'<line class="ins-axis" x1="{left}" y1="{top}" x2="{left}" y2="{top + plot_h}"/>',
        f'<text class="ins-tick" x="{left - 6}" y="{top + plot_h}" text-anchor="end">0</text>',
        f'<text class="ins-tick" x="{left - 6}" y="{top + 10}" text-anchor="end">'
        f"{_e(_num(top_value))}</text>",
    ]
    for i, label in enumerate(x_labels):
        body.append(
            f'<text class="ins-tick" x="{_num(x_at(i))}" y="{top + plot_h + 16}" '
            f'text-anchor="middle">{_e(label)}</text>'
        )
    ends: list[float] = []
    for s in series:
        if not s.values:
            continue
        points = " ".join(f"{_num(x_at(i))},{_num(y_at(v))}" for i, v in enumerate(s.values))
        body.append(f'<polyline class="ins-line {s.css}" points="{points}"/>')
        for i, v in enumerate(s.values):
            body.append(_marker(MARKERS.get(s.css, "circle"), x_at(i), y_at(v), s.css))
        y = y_at(s.values[-1]) + 4
        while any(abs(y - other) < 14 for other in ends):  # keep end labels apart
            y += 14
        ends.append(y)
        body.append(
            f'<text class="ins-label {s.css}" x="{_num(x_at(len(s.values) - 1) + 10)}" '
            f'y="{_num(y)}">{_e(_num(s.values[-1]))} {_e(s.label)}</text>'
        )
    return _svg(uid, WIDTH, height, title, desc, body, "ins-line-chart")


@dataclass(frozen=True)
class Bar:
    label: str
    solid: int  # drawn solid (e.g. kept)
    rest: int  # drawn hatched after it (e.g. not kept yet)
    text: str  # the values, written at the end of the bar


def bar_chart(uid: str, *, title: str, desc: str, bars: Sequence[Bar]) -> str:
    """Horizontal bars in two parts: solid, then hatched; values written beside each bar."""
    row = 34
    label_w, text_w = 130, 210
    height = row * len(bars) + 12
    plot_w = WIDTH - label_w - text_w
    most = max([1, *(b.solid + b.rest for b in bars)])
    body = [_hatch(uid)]
    for i, b in enumerate(bars):
        y = 6 + i * row
        solid_w = plot_w * b.solid / most
        rest_w = plot_w * b.rest / most
        body.append(
            f'<text class="ins-tick" x="{label_w - 8}" y="{y + 18}" text-anchor="end">'
            f"{_e(b.label)}</text>"
        )
        body.append(
            f'<rect class="ins-bar-solid" x="{label_w}" y="{y + 4}" width="{_num(solid_w)}" '
            'height="20"/>'
        )
        body.append(
            f'<rect class="ins-bar-rest" x="{_num(label_w + solid_w)}" y="{y + 4}" '
            f'width="{_num(rest_w)}" height="20" fill="url(#{uid}-hatch)"/>'
        )
        body.append(
            f'<text class="ins-label" x="{_num(label_w + solid_w + rest_w + 8)}" '
            f'y="{y + 18}">{_e(b.text)}</text>'
        )
    return _svg(uid, WIDTH, height, title, desc, body, "ins-bar-chart")


@dataclass(frozen=True)
class Interval:
    label: str
    observed: float | None  # 0..1
    low: float | None
    high: float | None
    text: str


# An SVG text never wraps by itself: a sentence longer than the room left is cut at the edge.
# Text runs about this many pixels a character at the charts' label size (generous, so the
# widest letters still fit).
CHAR_W = 7.2
LINE_H = 16


def wrap(text: str, width_px: float) -> list[str]:
    """Break `text` into lines that fit `width_px`, at spaces (a single word too long for a
    line gets a line of its own rather than being cut)."""
    limit = max(int(width_px // CHAR_W), 1)
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if len(candidate) <= limit or not current:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines or [""]


def _text_lines(x: float, y: float, lines: Sequence[str], css: str) -> str:
    # The space between two lines stays in the text (at the end of the line before), so
    # screen readers and copied text read "about them", not "aboutthem".
    last = len(lines) - 1
    spans = "".join(
        f'<tspan x="{_num(x)}" dy="{0 if i == 0 else LINE_H}">'
        f"{_e(line)}{' ' if i < last else ''}</tspan>"
        for i, line in enumerate(lines)
    )
    return f'<text class="{css}" x="{_num(x)}" y="{_num(y)}">{spans}</text>'


def interval_chart(uid: str, *, title: str, desc: str, rows: Sequence[Interval]) -> str:
    """Observed shares (a filled diamond) against the band expected by chance (hatched), on
    a 0-100 % axis, with the figures written on each row (wrapped to the chart's width)."""
    label_w = 130
    plot_w = WIDTH - label_w - 20
    texts = [wrap(r.text, plot_w) for r in rows]
    heights = [30 + LINE_H * len(t) for t in texts]
    height = sum(heights) + 30
    body = [_hatch(uid)]
    for pct in (0, 50, 100):
        x = label_w + plot_w * pct / 100
        body.append(
            f'<line class="ins-grid" x1="{_num(x)}" y1="4" x2="{_num(x)}" '
            f'y2="{height - 22}"/>'
            f'<text class="ins-tick" x="{_num(x)}" y="{height - 8}" text-anchor="middle">'
            f"{pct}%</text>"
        )
    for i, r in enumerate(rows):
        y = 8 + sum(heights[:i])
        body.append(
            f'<text class="ins-tick" x="{label_w - 8}" y="{y + 14}" text-anchor="end">'
            + _e(r.label)
            + "</text>"
        )
        if r.low is not None and r.high is not None:
            lo = max(0.0, min(1.0, r.low))
            hi = max(0.0, min(1.0, r.high))
            body.append(
                f'<rect class="ins-band" x="{_num(label_w + plot_w * lo)}" y="{y + 2}" '
                f'width="{_num(max(plot_w * (hi - lo), 2))}" height="16" '
                f'fill="url(#{uid}-hatch)"/>'
            )
        if r.observed is not None:
            x = label_w + plot_w * max(0.0, min(1.0, r.observed))
            body.append(_marker("diamond", x, y + 10, "ins-observed"))
        body.append(_text_lines(label_w, y + 34, texts[i], "ins-label"))
    return _svg(uid, WIDTH, height, title, desc, body, "ins-interval-chart")


@dataclass(frozen=True)
class Node:
    key: int
    label: str
    x: float  # 0..1
    y: float
    size: int
    title: str


@dataclass(frozen=True)
class Edge:
    source: int
    target: int
    weight: int


def network_map(
    uid: str, *, title: str, desc: str, nodes: Sequence[Node], edges: Sequence[Edge]
) -> str:
    """Who helped whom: ties as arrows (committer to recipient), members as circles sized by
    how much help passed through them, each focusable with a <title>. insights/map.js
    highlights a member's ties on hover or focus."""
    size = 640
    pad = 24
    span = size - 2 * pad
    where = {n.key: (pad + n.x * span, pad + n.y * span) for n in nodes}
    body = [
        f'<defs><marker id="{uid}-arrow" class="ins-arrow" viewBox="0 0 10 10" refX="16" '
        'refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">'
        '<path d="M 0 0 L 10 5 L 0 10 z"/></marker></defs>',
        '<g class="ins-ties">',
    ]
    for e in edges:
        (x1, y1), (x2, y2) = where[e.source], where[e.target]
        body.append(
            f'<line class="ins-tie" data-a="{e.source}" data-b="{e.target}" '
            f'x1="{_num(x1)}" y1="{_num(y1)}" x2="{_num(x2)}" y2="{_num(y2)}" '
            f'marker-end="url(#{uid}-arrow)"/>'
        )
    body.append('</g><g class="ins-nodes">')
    for n in nodes:
        x, y = where[n.key]
        radius = 4 + min(n.size, 30) ** 0.5 * 2
        body.append(
            f'<g class="ins-node" tabindex="0" data-node="{n.key}" role="img" '
            f'aria-label="{_e(n.title)}"><title>{_e(n.title)}</title>'
            f'<circle cx="{_num(x)}" cy="{_num(y)}" r="{_num(radius)}"/></g>'
        )
    body.append("</g>")
    return _svg(uid, size, size, title, desc, body, "ins-map")
