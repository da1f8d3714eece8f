"""`{{ name|default_text }}`: a network's starting text (a sector's name) in the reader's
language while untouched, as stored otherwise (networks/defaults.py), for templates that
hold the stored string rather than the row (whose `label` does the same)."""

from __future__ import annotations

from django import template

from collaboratory.networks.defaults import default_text as _default_text

register = template.Library()


@register.filter
def default_text(value: str) -> str:
    return _default_text(value)
