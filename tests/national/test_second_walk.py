"""The national pages walked again: the contacts a local network shares, and what the
sharing page says crosses. Each test failed before its fix."""

from __future__ import annotations

import re

from django.urls import reverse
from django_scopes import scopes_disabled

from collaboratory.national.models import SharingLevel
from collaboratory.national.services import national_sharing_set
from collaboratory.networks.models import Membership, Role
from collaboratory.people.models import AgeBand, User
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
