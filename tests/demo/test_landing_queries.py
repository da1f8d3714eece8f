"""Every page people land on reads as many queries with more data as with less (issue #20):
the demo, then the same pages after more members, commitments and RSVPs. Also the demo-only
path that grows the commitments for the benches (`seed_demo --commitments N`)."""

from __future__ import annotations

from datetime import date
from io import StringIO

import pytest
from django.core.cache import cache, caches
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from django_scopes import scopes_disabled

from collaboratory.commitments import lifecycle
from collaboratory.commitments.models import Commitment
from collaboratory.creditclub.models import Proposal
from collaboratory.demo.followthrough import seed_more_commitments
from collaboratory.demo.generator import MEMBER_EMAIL, STEWARD_EMAIL, generate_demo
from collaboratory.gatherings.models import Gathering
from collaboratory.gatherings.services import RSVP_ANSWERS, rsvp_submit
from collaboratory.networks.models import Membership, Network
from collaboratory.people.models import User
from tests.factories import MembershipFactory

ANCHOR = date(2026, 11, 21)


def count_queries(client: Client, path: str, *, empty_shared: bool = True) -> int:
    """Queries of a first view: the shared and per-process caches emptied before it. With
    `empty_shared=False` only this process's copy is emptied: another worker's first view of
    a part a first member already rendered."""
    if empty_shared:
        cache.clear()
    caches["local"].clear()
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    return len(ctx.captured_queries)


@pytest.mark.django_db
def test_landing_pages_read_the_same_queries_with_more_data() -> None:
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
        generate_demo(members=12, youth=2, seed=7)
    with scopes_disabled():
        network = Network.objects.get(slug="national")
        member = User.objects.get(email=MEMBER_EMAIL)
        steward = User.objects.get(email=STEWARD_EMAIL)
        other = Membership.objects.filter(network=network).exclude(user=member).first()
        gathering = Gathering.objects.filter(network=network).order_by("-starts_at").first()
        live = Gathering.objects.get(network=network, title__contains="live demo")
        reviewed = Proposal.objects.filter(network=network).order_by("-pk").first().gathering_id
    n = "/n/national/"
    pages = {
        "my commitments": (member, n + "follow-through/"),
        "directory": (member, n + "members/"),
        "directory filtered": (member, n + "members/?q=a&sector=1&category=space"),
        "gathering list": (member, n + "gatherings/"),
        "gathering page": (member, n + f"gatherings/{gathering.pk}/"),
        "network home": (member, n),
        "insights dashboard": (member, n + "insights/"),
        "asks board": (member, n + "asks/"),
        "member profile": (member, n + f"members/{other.pk}/"),
        "review board": (steward, n + f"creditclub/gatherings/{reviewed}/board/"),
        "console": (steward, n + f"live/{live.pk}/console/"),
    }
    clients = {user.pk: Client() for user, _path in pages.values()}
    for user, _path in pages.values():
        clients[user.pk].force_login(user)
    for user, path in pages.values():  # once, so every count below is a steady first view
        count_queries(clients[user.pk], path)
    small = {name: count_queries(clients[user.pk], path) for name, (user, path) in pages.items()}

    with scopes_disabled():
        added = seed_more_commitments(network=network, count=400, seed=3, anchor=ANCHOR)
        newcomers = [MembershipFactory(network=network) for _ in range(15)]
        for membership in newcomers[:10]:
            rsvp_submit(
                gathering=gathering, user=membership.user, answer=RSVP_ANSWERS[0], both_parts=True
            )
    assert added == 400
    large = {name: count_queries(clients[user.pk], path) for name, (user, path) in pages.items()}

    assert large == small


@pytest.mark.django_db
def test_more_commitments_are_consistent_and_deterministic() -> None:
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
        generate_demo(members=12, youth=2, seed=7, anchor=ANCHOR)
    with scopes_disabled():
        network = Network.objects.get(slug="national")
        before = set(Commitment.objects.values_list("pk", flat=True))
        assert seed_more_commitments(network=network, count=120, seed=5, anchor=ANCHOR) == 120
        added = Commitment.objects.exclude(pk__in=before)
        rows = list(added.values_list("committer_id", "proposal_id", "status", "what"))
        assert len(rows) == 120
        for c in added.select_related("proposal"):
            assert c.status in lifecycle.STATES
            assert (c.kept_at is not None) == (c.status in {lifecycle.KEPT, lifecycle.PARTLY_KEPT})
            assert c.committer_id != c.proposal.proposer_id
            assert c.gathering_id == c.proposal.gathering_id
        # The same seed on the same data gives the same commitments.
        added.delete()
        assert seed_more_commitments(network=network, count=120, seed=5, anchor=ANCHOR) == 120
        again = Commitment.objects.exclude(pk__in=before)
        assert list(again.values_list("committer_id", "proposal_id", "status", "what")) == rows
    # Through the command, on the demo already there, without reseeding it.
    call_command("seed_demo", "--commitments", "30", stdout=StringIO())
    with scopes_disabled():
        assert Commitment.objects.exclude(pk__in=before).count() == 150
