"""A member switches to Spanish on a phone: the footer switcher works without script, the
login and the member's pages read in Spanish and fit 390 px, and switching back while signed
in saves the choice to the account."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, expect

from collaboratory.people.models import User
from tests.factories import PASSWORD, MembershipFactory, NetworkFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_switching_to_spanish_on_a_phone(live_server, browser: Browser) -> None:  # type: ignore[no-untyped-def]
    network = NetworkFactory(slug="sur", name="Red del Sur")
    member = MembershipFactory(network=network, user__email="lucia@sur.example").user
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, is_mobile=True, java_script_enabled=False
    )
    page = context.new_page()
    page.goto(f"{live_server.url}/accounts/login/")
    expect(page.locator("html")).to_have_attribute("lang", "en")

    page.get_by_label("Language").select_option("es")
    page.get_by_role("button", name="Change language").click()

    expect(page.locator("html")).to_have_attribute("lang", "es")
    expect(page.get_by_role("heading", name="Iniciar sesión")).to_be_visible()
    page.locator("input[name=login]").fill(member.email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.get_by_role("button", name="Iniciar sesión").click()
    page.goto(f"{live_server.url}/me/profile/")
    expect(page.get_by_role("heading", name="Mi perfil")).to_be_visible()
    expect(page.get_by_role("button", name="Guardar el perfil")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") == 390
    page.goto(f"{live_server.url}/n/sur/")
    expect(page.locator("html")).to_have_attribute("lang", "es")
    assert page.evaluate("document.documentElement.scrollWidth") == 390

    page.get_by_label("Idioma").last.select_option("en")
    page.get_by_role("button", name="Cambiar idioma").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    context.close()
    assert User.objects.get(pk=member.pk).language == "en"
