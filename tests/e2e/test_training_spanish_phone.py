"""A trainee walks the convener-training pages on a phone (390 px, touch) in Spanish: the
public page and its application, then their organization's page, an assignment and the
launch plan. Every page fits the screen, reads in Spanish, writes dates as Spanish does,
keeps its controls a thumb's size, shows a refused field's error beside it and passes
axe-core."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from django_scopes import scopes_disabled
from playwright.sync_api import Browser, Page, expect

from collaboratory.networks.models import Role
from collaboratory.networks.scoping import date_in
from collaboratory.training.models import (
    Application,
    ArcSession,
    SessionKind,
    Submission,
    SubmissionStatus,
)
from collaboratory.training.services import (
    application_admit,
    assignment_create,
    call_create,
    call_note_add,
    cohort_accepting_set,
    cohort_create,
    session_save,
    submission_review,
)
from tests.e2e.conftest import accessibility_problems, ready
from tests.e2e.test_propose_and_select import sign_in
from tests.factories import GatheringFactory, MembershipFactory, NetworkFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
# Words of English that Spanish never uses: one in the page's main text is a string left
# untranslated (the test's own data is written in Spanish).
ENGLISH = re.compile(r"\b(the|your|you|and|of|to|is|are|due|yet|not|with|none|from|times)\b", re.I)
# A date as the project used to write it everywhere in training: 2026-12-08.
ISO_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
# Controls a thumb presses, other than links inside a sentence.
SMALL_TARGETS = """() => [...document.querySelectorAll(
  'main button, main input:not([type=hidden]), main select, main textarea, main summary')]
  .filter((el) => el.getBoundingClientRect().height < 44)
  .map((el) => el.outerHTML.slice(0, 80))"""


def _error_of(page: Page, field: str):  # type: ignore[no-untyped-def]
    """The error list in the same block as the field, which the field names for a screen
    reader (aria-describedby)."""
    control = page.locator(field)
    expect(control).to_have_attribute("aria-invalid", "true")
    return control.locator("xpath=..").locator(".errorlist")


def _looked_at(page: Page) -> None:
    """What every page of the walk must be: on a phone, in Spanish, whole."""
    ready(page)
    expect(page.locator("html")).to_have_attribute("lang", "es")
    assert page.evaluate("document.documentElement.scrollWidth") == 390, page.url
    text = page.locator("main").inner_text()
    assert ENGLISH.findall(text) == [], (page.url, text)
    assert ISO_DAY.findall(text) == [], (page.url, text)
    assert page.evaluate(SMALL_TARGETS) == [], page.url
    assert accessibility_problems(page) == [], page.url


def test_a_trainee_walks_training_in_spanish_on_a_phone(live_server, browser: Browser) -> None:  # type: ignore[no-untyped-def]
    base = live_server.url
    national = NetworkFactory(slug="nat", name="Red Nacional", time_zone="America/Chicago")
    trainer = MembershipFactory(network=national, role=Role.STEWARD).user
    today = date_in(national, timezone.now())
    cohort = cohort_create(network=national, name="Cohorte 2027", starts_on=today, actor=trainer)
    cohort_accepting_set(cohort=cohort, accepting=True, actor=trainer)

    page = browser.new_context(**PHONE).new_page()  # type: ignore[arg-type]
    page.goto(f"{base}/training/")
    ready(page)
    page.get_by_label("Language").select_option("es")
    page.get_by_role("button", name="Change language").click()
    _looked_at(page)

    # Sent half filled: each refusal sits beside its own field.
    page.get_by_label("Organización").fill("Vecinos del Puerto")
    page.get_by_role("button", name="Enviar la solicitud").click()
    expect(_error_of(page, "#id_staff1_email")).to_have_text("Este campo es obligatorio.")
    _looked_at(page)
    page.get_by_label("Comunidad a la que sirven").fill("Barrio del Puerto")
    page.locator("#id_staff1_name").fill("Ana Ruiz")
    page.locator("#id_staff1_email").fill("ana@puerto.example")
    page.locator("#id_staff2_name").fill("Tomás Bello")
    page.locator("#id_staff2_email").fill("tomas@puerto.example")
    page.locator("#id_why_now").fill("Un concejo nuevo y poca confianza entre sectores.")
    page.locator("#id_landscape").fill("Clubes de cuadra fuertes, financiadores nuevos.")
    page.get_by_role("button", name="Enviar la solicitud").click()
    expect(page.locator(".messages")).to_be_visible()
    _looked_at(page)

    with scopes_disabled():
        harbor = Application.objects.get(organization="Vecinos del Puerto")
        application_admit(application=harbor, cohort=cohort, actor=trainer)
        starts = timezone.now() + timedelta(days=3)
        session_save(
            cohort=cohort,
            actor=trainer,
            kind=SessionKind.OPENING,
            title="Experiencia de apertura",
            starts_at=starts,
            ends_at=starts + timedelta(hours=2),
            place="Salón comunal",
        )
        assignment_create(
            cohort=cohort,
            title="Tus primeros 40 nombres",
            instructions="Cuarenta nombres de siete sectores.",
            due_at=starts + timedelta(days=7),
            actor=trainer,
        )
        call = call_create(
            cohort=cohort,
            actor=trainer,
            title="Llamada de apoyo",
            starts_at=starts + timedelta(days=1),
            ends_at=starts + timedelta(days=1, hours=1),
        )

    ana = UserFactory(email="ana@puerto.example", full_name="Ana Ruiz", language="es")
    sign_in(page, live_server, ana)
    page.goto(f"{base}/training/mine/")
    expect(page.get_by_role("heading", name="Vecinos del Puerto")).to_be_visible()
    _looked_at(page)

    page.get_by_role("link", name="Tus primeros 40 nombres").click()
    expect(page.get_by_role("heading", name="Tus primeros 40 nombres")).to_be_visible()
    _looked_at(page)
    page.get_by_label("Tu trabajo").fill("Cuarenta nombres; nos faltan líderes de fe.")
    page.get_by_role("button", name="Entregar").click()
    expect(page.locator(".messages")).to_be_visible()
    _looked_at(page)

    # The trainers answer: feedback on the work, a note of the call, the immersion's
    # national gathering (the observer pass).
    with scopes_disabled():
        sent = Submission.objects.get(application=harbor)
        submission_review(
            submission=sent,
            status=SubmissionStatus.CHANGES,
            feedback="Nombra lo que falta por sector.",
            actor=trainer,
        )
        call_note_add(call=call, application=harbor, text="Buena llamada.", actor=trainer)
        immersion = ArcSession.objects.get(cohort=cohort, kind=SessionKind.IMMERSION)
        national_gathering = GatheringFactory(network=national, title="Encuentro nacional")
        session_save(
            cohort=cohort,
            actor=trainer,
            session=immersion,
            kind=immersion.kind,
            title=immersion.title,
            starts_at=immersion.starts_at,
            ends_at=immersion.ends_at,
            gathering=national_gathering,
        )
    page.reload()
    expect(page.get_by_text("Nombra lo que falta por sector.")).to_be_visible()
    expect(page.locator(".observer-pass")).to_be_visible()
    _looked_at(page)
    page.get_by_role("link", name="Tus primeros 40 nombres").click()
    expect(page.get_by_text("Nombra lo que falta por sector.")).to_be_visible()
    _looked_at(page)
    page.get_by_role("link", name="Vecinos del Puerto").click()

    # A first gathering on a day already past is refused beside its date.
    page.locator("#id_network_name").fill("Colaboratorio del Puerto")
    page.locator("#id_network_slug").fill("puerto")
    page.locator("#id_first_gathering_title").fill("Nuestro primer encuentro")
    page.locator("#id_first_gathering_on").fill((today - timedelta(days=1)).isoformat())
    page.locator("#id_first_gathering_city").fill("Ciudad Puerto")
    page.get_by_role("button", name="Guardar el plan").click()
    expect(_error_of(page, "#id_first_gathering_on")).to_be_visible()
    # The answer opens at its error summary, focused (it opened at the page's top, about
    # 3,000 px above the errors), and the summary's link leads to the field.
    summary = page.locator("#plan-errors")
    expect(summary).to_be_focused()
    expect(summary).to_be_in_viewport()
    _looked_at(page)
    summary.get_by_role("link").first.click()
    expect(page.locator("#id_first_gathering_on")).to_be_in_viewport()
    page.locator("#id_first_gathering_on").fill((today + timedelta(days=45)).isoformat())
    page.get_by_role("button", name="Guardar el plan").click()
    expect(page.locator(".messages")).to_be_visible()
    # A good save still opens at the top, by its message: no summary to go to.
    assert page.evaluate("window.scrollY") == 0
    _looked_at(page)
    page.context.close()
