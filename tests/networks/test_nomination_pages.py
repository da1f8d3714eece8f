"""The stewards' nominations page: the queue of waiting ones and the decided ones, each
reachable by its own pager (it showed 200 nominations in all, and nothing older; then the
newest 200 waiting ones, the rest unreachable)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.networks.models import Nomination, NominationStatus
from collaboratory.networks.services import nominations_bulk_create
from tests.conftest import World, client_for


def test_every_decided_nomination_is_reached_by_the_pager(world: World) -> None:
    start = timezone.now() - timedelta(days=300)
    with scopes_disabled():
        waiting = Nomination.objects.get(pk=world.objects[("alpha", "nomination")])
        made = nominations_bulk_create(
            network=world.alpha,
            rows=[
                Nomination(
                    network=world.alpha,
                    nominator=waiting.nominator,
                    nominee_name=f"Decided {n:03}",
                    nominee_email=f"decided{n}@example.org",
                    organization=waiting.organization,
                    sector=waiting.sector,
                    reasons=waiting.reasons,
                    status=NominationStatus.DECLINED,
                    decided_at=start + timedelta(days=n),
                )
                for n in range(230)
            ],
        )
        for n, row in enumerate(made):
            Nomination.objects.filter(pk=row.pk).update(created_at=start + timedelta(days=n))
    client = client_for(world.personas["steward"])

    pages = []
    url = "/n/alpha/nominations/"
    for _ in range(10):
        page = client.get(url).content.decode()
        pages.append(page)
        if 'rel="next"' not in page:
            break
        url = "/n/alpha/nominations/" + page.split('rel="next" href="')[1].split('"')[0].replace(
            "&amp;", "&"
        )

    assert "Decided 229" in pages[0]
    assert "Decided 000" in pages[-1]
    assert all("Canaryalpha Nominee" in page for page in pages)  # the queue on every page
    seen = [n for n in range(230) for page in pages if f">Decided {n:03}<" in page]
    assert seen == list(range(230))


def _waiting(world: World, count: int) -> None:
    """`count` more waiting nominations, a day apart (the oldest first)."""
    start = timezone.now() - timedelta(days=count + 1)
    with scopes_disabled():
        known = Nomination.objects.get(pk=world.objects[("alpha", "nomination")])
        made = nominations_bulk_create(
            network=world.alpha,
            rows=[
                Nomination(
                    network=world.alpha,
                    nominator=known.nominator,
                    nominee_name=f"Waiting {n:03}",
                    nominee_email=f"waiting{n}@example.org",
                    organization=known.organization,
                    sector=known.sector,
                    reasons=known.reasons,
                )
                for n in range(count)
            ],
        )
        for n, row in enumerate(made):
            Nomination.objects.filter(pk=row.pk).update(created_at=start + timedelta(days=n))


def test_every_waiting_nomination_is_reached_by_its_pager(world: World) -> None:
    """The queue showed the newest 200 waiting nominations: the 201st and older could not
    be decided from the page."""
    _waiting(world, 230)
    client = client_for(world.personas["steward"])

    pages = []
    url = "/n/alpha/nominations/?page=1"
    for _ in range(10):
        page = client.get(url).content.decode()
        pages.append(page)
        marker = 'rel="next" href="?waiting='
        if marker not in page:
            break
        url = "/n/alpha/nominations/?waiting=" + page.split(marker)[1].split('"')[0].replace(
            "&amp;", "&"
        )

    seen = [n for n in range(230) for page in pages if f">Waiting {n:03}<" in page]
    assert seen == list(range(230))
    assert "Waiting 229" in pages[0]
    assert "Canaryalpha Nominee" in pages[0]  # the newest first


def test_the_decided_pager_keeps_the_queues_page(world: World) -> None:
    _waiting(world, 120)
    client = client_for(world.personas["steward"])

    page = client.get("/n/alpha/nominations/", {"waiting": "3"}).content.decode()

    assert "Waiting 000" in page
    assert "Waiting 119" not in page
    assert 'href="?waiting=2&amp;page=1"' in page  # back in the queue, the decided page kept


@pytest.mark.parametrize("count", [3, 230])
def test_the_nominations_page_runs_the_same_queries_at_any_size(world: World, count: int) -> None:
    _waiting(world, count)
    client = client_for(world.personas["steward"])
    client.get("/n/alpha/nominations/")

    with CaptureQueriesContext(connection) as first:
        client.get("/n/alpha/nominations/")
    with CaptureQueriesContext(connection) as later:
        client.get("/n/alpha/nominations/", {"waiting": "2", "page": "2"})

    assert (len(first), len(later)) == (13, 13)
