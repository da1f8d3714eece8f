"""The stewards' nominations page: the queue of waiting ones on every page, and every
decided one reachable by pages (it showed 200 nominations in all, and nothing older)."""

from __future__ import annotations

from datetime import timedelta

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
        url = "/n/alpha/nominations/" + page.split('rel="next" href="')[1].split('"')[0]

    assert "Decided 229" in pages[0]
    assert "Decided 000" in pages[-1]
    assert all("Canaryalpha Nominee" in page for page in pages)  # the queue on every page
    seen = [n for n in range(230) for page in pages if f">Decided {n:03}<" in page]
    assert seen == list(range(230))
