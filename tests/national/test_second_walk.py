"""The national pages walked again: the contacts a local network shares, and what the
sharing page says crosses. Each test failed before its fix."""

from __future__ import annotations

import re

from django.urls import reverse
from django.utils import translation
from django_scopes import scopes_disabled

from collaboratory.followthrough.models import Partnership
from collaboratory.national.models import SharingLevel
from collaboratory.national.services import national_sharing_set
from collaboratory.networks.models import Membership, MembershipStatus, Role
from collaboratory.people.models import AgeBand, User
from collaboratory.people.services import user_language_set
from tests.conftest import client_for
from tests.factories import MembershipFactory


def _steward(network):  # type: ignore[no-untyped-def]
    with scopes_disabled():
        return Membership.objects.get(network=network, role=Role.STEWARD).user


def test_shared_steward_contacts_are_mail_links_and_never_a_minors_address(
    national, national_steward, build_local
) -> None:
    """The "contacts" level showed a steward's address as plain text, to copy by hand."""
    tulsa = build_local("Tulsa")
    national_sharing_set(network=tulsa, actor=_steward(tulsa), level=SharingLevel.CONTACTS)
    # A row no service makes (a student is never made a steward), written directly: the
    # roll-up still reads no minor's address.
    young = MembershipFactory(
        network=tulsa, user__full_name="Young Steward", user__email="young@tulsa.example"
    )
    with scopes_disabled():
        Membership.objects.filter(pk=young.pk).update(role=Role.STEWARD)
        User.objects.filter(pk=young.user.pk).update(age_band=AgeBand.AGE_16_17)
    url = reverse("national:overview", kwargs={"network_slug": national.slug})

    body = client_for(national_steward).get(url, HTTP_HOST="127.0.0.1").content.decode()

    assert '<a href="mailto:steward@tulsa.example">steward@tulsa.example</a>' in body
    assert "young@tulsa.example" not in body
    assert "Young Steward" not in body


def test_the_sharing_page_claims_side_by_side_only_what_is_side_by_side(
    national, build_local
) -> None:
    """It listed "bridging" among the figures shown side by side; the national view shows
    bridging only as national totals."""
    tulsa = build_local("Tulsa")
    url = reverse("national:sharing", kwargs={"network_slug": tulsa.slug})

    body = client_for(_steward(tulsa)).get(url, HTTP_HOST="127.0.0.1").content.decode()

    lede = re.search(r'<p class="lede">(.*?)</p>', body, re.S)
    assert lede is not None
    side_by_side = lede.group(1).split("side by side:", 1)[1].split(".", 1)[0]
    assert "bridging" not in side_by_side
    assert "status" not in side_by_side  # partnerships by status: national totals too
    assert "bridging and partnerships by status count only in the national totals" in lede.group(1)


def test_partnership_statuses_agree_with_alianzas_in_spanish_and_read_as_before_in_english(
    national, national_steward, build_local
) -> None:
    """The partnership statuses shared the msgid "Active" with a membership's status, so
    Spanish read "Activo" beside "Completada" for "alianzas" (feminine)."""
    tulsa = build_local("Tulsa", partnership="Tool library")
    with scopes_disabled():
        tool = Partnership.objects.get(network=tulsa)
    overview = reverse("national:overview", kwargs={"network_slug": national.slug})
    detail = reverse(
        "followthrough:partnership", kwargs={"network_slug": tulsa.slug, "partnership_id": tool.pk}
    )
    local = client_for(_steward(tulsa))
    national_sharing_set(network=tulsa, actor=_steward(tulsa), level=SharingLevel.PARTNERSHIPS)
    report = reverse("national:report", kwargs={"network_slug": national.slug})

    english = client_for(national_steward).get(overview, HTTP_HOST="127.0.0.1").content.decode()
    assert re.findall(r'<dt>([^<]+)</dt><dd data-status="', english) == [
        "Active",
        "Paused",
        "Completed",
        "Ended",
    ]
    assert "<li>Tool library (Active)</li>" in english
    assert ">Active<" in client_for(national_steward).get(report).content.decode()
    assert "Partnership · Active" in local.get(detail, HTTP_HOST="127.0.0.1").content.decode()

    user_language_set(user=national_steward, language="es")
    user_language_set(user=_steward(tulsa), language="es")
    spanish = client_for(national_steward).get(overview, HTTP_HOST="127.0.0.1").content.decode()
    assert re.findall(r'<dt>([^<]+)</dt><dd data-status="', spanish) == [
        "Activa",
        "En pausa",
        "Completada",
        "Terminada",
    ]
    assert "<li>Tool library (Activa)</li>" in spanish
    in_report = client_for(national_steward).get(report).content.decode()
    assert ">Activa<" in in_report
    assert ">Activo<" not in in_report
    page = local.get(detail, HTTP_HOST="127.0.0.1").content.decode()
    assert "Alianza · Activa" in page
    assert '<option value="active" selected>Activa</option>' in page
    # A membership's "Active" keeps its own (masculine) Spanish.
    with translation.override("es"):
        assert str(MembershipStatus.ACTIVE.label) == "Activo"
