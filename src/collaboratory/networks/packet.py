"""A small, safe Markdown renderer for the steward-edited new-member packet. Pure (no Django).

Safety by construction: every character of the source is HTML-escaped first, and only a fixed
set of constructs is turned back into tags (headings, paragraphs, lists, bold, italics, and
links whose address is http, https or mailto). No raw HTML survives, so no script, style or
event attribute can reach the page.
"""

from __future__ import annotations

import html
import re

_LINK = re.compile(r"\[([^\]\n]+)\]\(([^)\s]+)\)")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_ITALIC = re.compile(r"(?<![*\w])\*(?!\s)(.+?)(?<!\s)\*(?![*\w])")
_SAFE_SCHEMES = ("http://", "https://", "mailto:")


def _link(match: re.Match[str]) -> str:
    text, url = match.group(1), match.group(2)
    if not html.unescape(url).lower().startswith(_SAFE_SCHEMES):
        return text
    return f'<a href="{url}" rel="nofollow noopener">{text}</a>'


def _inline(escaped: str) -> str:
    escaped = _LINK.sub(_link, escaped)
    escaped = _BOLD.sub(r"<strong>\1</strong>", escaped)
    return _ITALIC.sub(r"<em>\1</em>", escaped)


def render_markdown(source: str) -> str:
    """Render the subset of Markdown described above to HTML."""
    out: list[str] = []
    paragraph: list[str] = []
    items: list[str] = []

    def flush() -> None:
        if paragraph:
            out.append("<p>" + _inline(" ".join(paragraph)) + "</p>")
            paragraph.clear()
        if items:
            out.append("<ul>" + "".join(f"<li>{_inline(i)}</li>" for i in items) + "</ul>")
            items.clear()

    for raw in source.replace("\r\n", "\n").split("\n"):
        line = html.escape(raw.strip(), quote=True)
        if not line:
            flush()
            continue
        heading = re.match(r"(#{1,4})\s+(.*)", line)
        if heading:
            flush()
            level = len(heading.group(1)) + 1  # the page's own title is the h1
            out.append(f"<h{level}>{_inline(heading.group(2))}</h{level}>")
        elif re.match(r"[-*]\s+", line):
            if paragraph:
                out.append("<p>" + _inline(" ".join(paragraph)) + "</p>")
                paragraph.clear()
            items.append(re.sub(r"^[-*]\s+", "", line))
        elif items and raw.startswith((" ", "\t")):
            items[-1] += " " + line
        else:
            if items:
                flush()
            paragraph.append(line)
    flush()
    return "\n".join(out)
