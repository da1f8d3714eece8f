"""The login page on a phone: every control is easy to tap."""

from __future__ import annotations

import re

from django.urls import reverse

from tests.conftest import client_for


def test_remember_me_sits_inside_its_label(db: None) -> None:
    """The box was a bare 13 px checkbox beside a separate "Remember Me:" label."""
    page = client_for(None).get(reverse("account_login")).content.decode()

    label = re.search(r'<label class="choice" for="id_remember">(.*?)</label>', page, re.S)
    assert label is not None
    assert 'name="remember"' in label.group(1)
    assert "Remember Me" in label.group(1)
