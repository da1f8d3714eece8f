"""base.html's chrome drawn once per key (networks/templatetags/chrome.py) is the chrome its
templates draw, byte for byte: every kind of viewer, both languages, with and without
messages, hostile network names and paths; and no kept piece holds a token or a name."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.contrib.auth.models import AnonymousUser
from django.contrib.messages import constants, get_messages
from django.contrib.messages.storage.fallback import FallbackStorage
from django.contrib.sessions.backends.db import SessionStore
from django.template import engines
from django.test import RequestFactory
from django.utils import translation
from django_scopes import scopes_disabled

from collaboratory.networks.models import Membership, MembershipStatus, Role
from collaboratory.networks.selectors import membership_for
from collaboratory.networks.templatetags import chrome
from tests.conftest import World

TEMPLATES = Path(chrome.__file__).resolve().parents[2] / "templates"
PAGE = (
    "{% extends base %}{% block title %}T<{{ title }}>{% endblock %}"
    "{% block content %}<p>{{ title }}</p>{% endblock %}"
)


def _reference_base() -> str:
    """base.html with each `{% chrome %}` replaced by its template: the template path."""
    source = (TEMPLATES / "base.html").read_text()
    for part in chrome.PARTS:
        source = source.replace(
            '{% chrome "' + part + '" %}', (TEMPLATES / "chrome" / f"{part}.html").read_text()
        )
    assert "{% chrome" not in source
    return source


TOKEN = re.compile(r'(X-CSRFToken": "|name="csrfmiddlewaretoken" value=")([A-Za-z0-9]{64})"')


def _one_token(html: str) -> str:
    """The page with its CSRF token (masked anew on every render) as TOKEN: one token, used
    in the htmx header and in every form, and a valid one for the request."""
    found = {m.group(2) for m in TOKEN.finditer(html)}
    assert len(found) == 1, found
    return TOKEN.sub(r"\1TOKEN\"", html)


def _request(user, network, membership, path: str, messages: bool):  # type: ignore[no-untyped-def]
    request = RequestFactory().get(path)
    request.path = path  # RequestFactory would quote it
    request.user = user or AnonymousUser()
    request.session = SessionStore()
    request._messages = FallbackStorage(request)  # type: ignore[attr-defined]
    if messages:
        storage = get_messages(request)
        storage.add(constants.SUCCESS, "Saved <script>alert(\"x\")</script> & 'done'")
        storage.add(constants.ERROR, "Second")
    request.network = network  # type: ignore[attr-defined]
    request.membership = membership  # type: ignore[attr-defined]
    return request


def _viewers(world: World):  # type: ignore[no-untyped-def]
    """(name, user, network, membership) for every kind of viewer base.html draws for."""
    with scopes_disabled():
        alpha, youth = world.alpha, world.youth
        p = world.personas
        guest = Membership(
            network=alpha,
            user=p["youth_member"],
            role=Role.YOUTH_MEMBER,
            status=MembershipStatus.ACTIVE,
        )
        guest.guest_gathering_id = world.gatherings["alpha"].pk  # type: ignore[attr-defined]
        guest.cohort = youth  # type: ignore[attr-defined]
        rows = [
            ("anonymous", None, None, None),
            ("platform admin, no network", p["platform_admin"], None, None),
            ("member", p["member"], alpha, None),
            ("steward", p["steward"], alpha, None),
            ("steward of the youth cohort", p["steward"], youth, None),
            ("youth member", p["youth_member"], youth, None),
            ("youth guest", p["youth_member"], alpha, guest),
            ("platform admin as member", p["admin_member"], youth, None),
        ]
        return [
            (
                name,
                user,
                network,
                membership or (membership_for(user=user, network=network) if network else None),
            )
            for name, user, network, membership in rows
        ]


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_kept_chrome_is_the_templates_chrome(world: World, language: str) -> None:
    engine = engines["django"]
    cheap = engine.engine.get_template("base.html")
    reference = engine.engine.from_string(_reference_base())
    world.alpha.name = "Alpha <script>alert(\"n\")</script> & 'co'"
    chrome._kept.clear()
    with translation.override(language), scopes_disabled():
        for name, user, network, membership in _viewers(world):
            slug = network.slug if network else "x"
            paths = [f"/n/{slug}/", f"/n/{slug}/a b/\"<é>'?&/", "/"]
            for path in paths:
                for messages in (False, True):
                    # Twice: the first draws and keeps, the second joins the kept pieces.
                    for _ in range(2):
                        request = _request(user, network, membership, path, messages)
                        page = engine.from_string(PAGE)
                        got = page.render({"base": cheap, "title": "<b>"}, request)
                        want = page.render({"base": reference, "title": "<b>"}, request)
                        assert _one_token(got) == _one_token(want), (name, path, messages)
    kept = repr(chrome._kept)
    assert chrome._kept
    assert "csrfmiddlewaretoken" in kept  # the forms are kept, their token is not
    for user in world.personas.values():
        if user is not None:
            assert user.full_name not in kept
            assert user.email not in kept


def test_the_kept_pieces_hold_no_token(world: World) -> None:
    engine = engines["django"]
    chrome._kept.clear()
    tokens = []
    with scopes_disabled():
        for _name, user, network, membership in _viewers(world):
            request = _request(user, network, membership, "/", False)
            html = engine.get_template("base.html").render({}, request)
            tokens.append(request.META["CSRF_COOKIE"])
            tokens.extend(m.group(2) for m in TOKEN.finditer(html))
    kept = repr(chrome._kept)
    assert not any(t in kept for t in tokens)


def test_two_youth_guests_keep_their_own_gathering_and_cohort(world: World) -> None:
    """A guest's header links the gathering their pass opens and names their cohort: two
    passes at the same host (other gathering, renamed cohort) do not share a kept header."""
    engine = engines["django"]
    chrome._kept.clear()
    bodies = []
    with scopes_disabled():
        for gathering_id, cohort_name in ((11, "Cohort A"), (12, "Cohort A"), (11, "Cohort B")):
            guest = Membership(
                network=world.alpha,
                user=world.personas["youth_member"],
                role=Role.YOUTH_MEMBER,
                status=MembershipStatus.ACTIVE,
            )
            guest.guest_gathering_id = gathering_id  # type: ignore[attr-defined]
            world.youth.name = cohort_name
            guest.cohort = world.youth  # type: ignore[attr-defined]
            request = _request(world.personas["youth_member"], world.alpha, guest, "/", False)
            bodies.append(engine.get_template("base.html").render({}, request))

    assert [f"/gatherings/{g}/" in body for g, body in zip((11, 12, 11), bodies, strict=True)] == [
        True
    ] * 3
    assert ["Back to Cohort A" in body for body in bodies] == [True, True, False]
    assert "Back to Cohort B" in bodies[2]
