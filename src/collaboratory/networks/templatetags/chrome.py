"""`{% chrome "top" %}`, `"middle"`, `"bottom"`: base.html's chrome (head, navigation, footer),
drawn from templates/chrome/*.html once per process for each thing its HTML depends on.

Rendering those templates costs about a millisecond on every page, though their HTML depends
only on the language, the network (name, address, kind, time zone), the viewer's menu (which
items, which is current), whether they are signed in and a youth guest's cohort (address,
name) and gathering (the header links it). The first render for such a key draws the
template with stand-ins for what differs per request (the CSRF token, the request's path)
and keeps the HTML around them; later requests join the pieces with their own token and
path. No kept piece holds a token, a nonce or a person's
name (base.html shows none but the network's); tests/web/test_chrome.py checks the output
is the template's, byte for byte, for every kind of viewer."""

from __future__ import annotations

import secrets
from typing import Any

from django import template
from django.core.signals import setting_changed
from django.template.defaultfilters import urlencode
from django.template.loader import get_template
from django.urls import get_script_prefix, get_urlconf
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from collaboratory.networks.models import Network
from collaboratory.networks.navigation import NavLink

register = template.Library()

PARTS = ("top", "middle", "bottom")
# Letters and digits only: escaping and URL-quoting leave them as they are.
_TOKEN = "chrometoken" + secrets.token_hex(12)
_PATH = "chromepath" + secrets.token_hex(12)
_MAX_KEPT = 4096

# key -> the part's HTML split around the stand-ins: text, then (stand-in, text) pairs.
_kept: dict[tuple[Any, ...], tuple[str, tuple[tuple[str, str], ...]]] = {}


def _forget(**kwargs: Any) -> None:
    """Static files, languages and URLs are settings a test may change: start afresh."""
    _kept.clear()


setting_changed.connect(_forget)


def template_path(context: template.Context, part: str) -> SafeString:
    """The part drawn by its template with this request's values (the reference)."""
    flat: dict[str, Any] = dict(context.flatten())  # type: ignore[arg-type]
    return mark_safe(get_template(f"chrome/{part}.html").render(flat, flat.get("request")))  # noqa: S308 (a template's output, escaped by it)


def _key(context: template.Context, part: str) -> tuple[Any, ...] | None:
    """What the part's HTML depends on, or None when the context is not the usual one (then
    the template draws it)."""
    network = context.get("network")
    membership = context.get("membership")
    nav_items = context.get("nav_items") or []
    user = context.get("user")
    if network is not None and not isinstance(network, Network):
        return None
    if not all(isinstance(item, NavLink) for item in nav_items):
        return None
    cohort = getattr(membership, "cohort", None)
    if cohort is not None and not isinstance(cohort, Network):
        return None
    return (
        part,
        get_language(),
        get_script_prefix(),
        get_urlconf(),
        bool(getattr(user, "is_authenticated", False)),
        None
        if network is None
        else (network.pk, network.slug, network.name, network.kind, str(network.time_zone)),
        # A youth guest's header links their pass's gathering and names their cohort.
        None
        if cohort is None
        else (cohort.slug, cohort.name, getattr(membership, "guest_gathering_id", None)),
        tuple((str(item.label), item.url, bool(item.current)) for item in nav_items),
    )


def _draw(context: template.Context, part: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The part rendered with stand-ins for the token and the path, split around them."""
    flat: dict[str, Any] = dict(context.flatten())  # type: ignore[arg-type]
    flat["csrf_token"] = _TOKEN
    flat["request"] = _PathOnly()
    html = str(get_template(f"chrome/{part}.html").render(flat))
    first, *rest = _split(html)
    return first, tuple(rest)


def _split(html: str) -> list[Any]:
    pieces: list[Any] = []
    position = 0
    while True:
        found = [(html.find(s, position), s) for s in (_TOKEN, _PATH)]
        found = [(at, s) for at, s in found if at >= 0]
        if not found:
            break
        at, standin = min(found)
        pieces.append(html[position:at])
        pieces.append(standin)
        position = at + len(standin)
    pieces.append(html[position:])
    return [pieces[0], *zip(pieces[1::2], pieces[2::2], strict=True)]


class _PathOnly:
    path = _PATH


@register.simple_tag(takes_context=True)
def chrome(context: template.Context, part: str) -> SafeString:
    if part not in PARTS:
        raise template.TemplateSyntaxError(f"chrome: unknown part {part!r}; one of {PARTS}")
    token = str(context.get("csrf_token", ""))
    request = context.get("request")
    key = _key(context, part)
    if key is None or request is None or not token.isalnum() or token == "NOTPROVIDED":  # noqa: S105
        return template_path(context, part)
    kept = _kept.get(key)
    if kept is None:
        if len(_kept) >= _MAX_KEPT:
            _kept.clear()
        kept = _kept[key] = _draw(context, part)
    path = conditional_escape(urlencode(request.path))
    first, rest = kept
    values = {_TOKEN: token, _PATH: path}
    # The template's escaped output, an alphanumeric token and an escaped path.
    return mark_safe(first + "".join(values[standin] + text for standin, text in rest))  # noqa: S308
