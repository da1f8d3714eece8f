"""The guardian's links once the youth member turned 18, against the declared policy
(`GUARDIAN_AT_18`): each live link answers 200 the day before and as an unusable link from
the birthday on, with no run and no request of the young adult in between. Fails when a
guardian's route has no row."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.commitments.services import commitment_create
from collaboratory.creditclub.models import Proposal
from collaboratory.networks.models import Membership
from collaboratory.networks.scoping import date_in
from collaboratory.youth.services import guardian_link_issue
from tests.authz.objects import shared_gathering
from tests.authz.policy import GUARDIAN_AT_18, POLICY
from tests.authz.test_matrix import all_route_names
from tests.conftest import World

APPROVAL = re.compile(r"https?://\S+/guardian-approval/token/(\S+)/")


def test_every_guardian_route_has_a_row() -> None:
    guardian_routes = [
        name
        for name in all_route_names()
        if name.startswith(("consent:", "guardian_approval:")) or name == "youth_public:guardian"
    ]
    assert sorted(GUARDIAN_AT_18) == sorted(guardian_routes)
    assert set(GUARDIAN_AT_18) <= set(POLICY)


def _live_links(world: World, capture: Any) -> dict[str, str]:
    """A live token of each guardian's route, issued while the youth member is 17."""
    youth, steward = world.personas["youth_member"], world.personas["steward"]
    assert youth is not None
    assert steward is not None
    shared = shared_gathering(world)
    mail.outbox.clear()
    with scopes_disabled(), capture(execute=True):
        _link, view = guardian_link_issue(network=world.youth, member=youth, actor=steward)
        commitment_create(
            proposal=Proposal.objects.get(pk=shared["proposal"]),
            ask=None,
            committer=youth,
            entered_by=youth,
            what="I will give $25 from our bake sale by June 1",
            capital="financial",
            amount="25",
            unit="dollars",
            due_on=timezone.localdate() + timedelta(days=30),
            idempotency_key="9f0e3c4b-0000-4000-8000-000000000025",
        )
    (approval,) = [
        m.group(1)
        for m in (APPROVAL.search(e.body) for e in mail.outbox if "guardian@alpha.example" in e.to)
        if m
    ]
    return {
        "consent:confirm": world.tokens["guardian_consent"],
        "consent:revoke": world.tokens["guardian_revoke"],
        "guardian_approval:decide": approval,
        "youth_public:guardian": view,
    }


def _answers(links: dict[str, str]) -> dict[str, int]:
    guardian = Client()
    return {
        name: guardian.get(reverse(name, kwargs={"token": token})).status_code
        for name, token in links.items()
    }


def _eighteenth_birthday_is(world: World, birthday: date) -> None:
    with scopes_disabled():
        Membership.objects.filter(network=world.youth, user=world.personas["youth_member"]).update(
            born_on=born_for(birthday)
        )


def born_for(birthday: date) -> date:
    """A date of birth whose 18th birthday is `birthday` (29 February: the day before, so
    the person is 18 that day too)."""
    try:
        return birthday.replace(year=birthday.year - 18)
    except ValueError:
        return date(birthday.year - 18, 2, 28)


def test_the_guardians_links_answer_as_declared_once_the_youth_member_is_18(
    world: World, django_capture_on_commit_callbacks: Any
) -> None:
    links = _live_links(world, django_capture_on_commit_callbacks)
    today = date_in(world.youth, timezone.now())
    tomorrow = today + timedelta(days=1)
    if (tomorrow.month, tomorrow.day) == (2, 29):  # no such birthday 18 years before
        tomorrow += timedelta(days=1)

    _eighteenth_birthday_is(world, tomorrow)
    before = _answers(links)
    _eighteenth_birthday_is(world, today)
    after = _answers(links)

    assert before == dict.fromkeys(GUARDIAN_AT_18, 200)
    assert after == GUARDIAN_AT_18
