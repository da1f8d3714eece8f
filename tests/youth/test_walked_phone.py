"""What the phone walk of a youth member's and a guardian's pages found (2026-12-05, 375 px;
the layout half is tests/e2e/test_youth_phone_walk.py).

- A minor's profile page linked to "Private self-description (optional)", a page that then
  said it is not offered to youth members: safeguards.md says sensitive self-descriptions
  are not offered to minors at all, so the link is not there either.
- The guardian's view numbered the absence of escalation steps: "1. None: all is well."
  It now says so in a sentence and numbers only steps taken."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django_scopes import scopes_disabled

from collaboratory.youth import services
from tests.conftest import World, client_for
from tests.youth.conftest import Cohort

pytestmark = pytest.mark.django_db

SELF_DESCRIPTION = 'href="/me/self-description/"'


def test_a_minors_profile_does_not_offer_the_private_self_description(cohort: Cohort) -> None:
    minor = client_for(cohort.youth).get("/me/profile/").content.decode()
    adult = client_for(cohort.adult).get("/me/profile/").content.decode()

    assert SELF_DESCRIPTION not in minor
    assert "Private self-description" not in minor
    assert 'href="/me/data/"' in minor  # their data stays a tap away
    assert SELF_DESCRIPTION in adult


def test_the_guardians_view_numbers_no_missing_steps(world: World) -> None:
    youth, steward = world.personas["youth_member"], world.personas["steward"]
    assert youth is not None
    assert steward is not None
    with scopes_disabled():
        _link, token = services.guardian_link_issue(
            network=world.youth, member=youth, actor=steward
        )

    page = Client().get(f"/youth/guardian/key/{token}/").content.decode()

    assert re.search(r"<p[^>]*>None: all is well\.</p>", page), page
    assert not re.search(r"<li>None: all is well\.", page)
