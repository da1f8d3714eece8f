"""The stewards' invitations page: every invitation reachable, by pages (it showed the
newest 200 and nothing older), found by name or address and filtered by state, in the
same few queries whatever the size. A student's address is neither shown nor found."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.networks.models import Invitation, Network
from collaboratory.networks.services import (
    invitation_create,
    invitation_revoke,
    invitations_bulk_create,
)
from tests.conftest import World, client_for


def _sent(network: Network, count: int, *, name: str = "Guest") -> list[Invitation]:
    """`count` invitations, the first the oldest (an hour apart)."""
    start = timezone.now() - timedelta(hours=count)
    rows = [
        Invitation(
            network=network,
            email=f"{name.lower()}{n}@list.example",
            full_name=f"{name} {n:03}",
            token_digest=f"{network.pk:04d}{name[:4]:_<4}{n:056d}",
            expires_at=timezone.now() + timedelta(days=14),
        )
        for n in range(count)
    ]
    made = invitations_bulk_create(network=network, rows=rows)
    with scopes_disabled():
        for n, row in enumerate(made):
            Invitation.objects.filter(pk=row.pk).update(created_at=start + timedelta(hours=n))
    return made


def test_the_oldest_invitation_is_reached_by_the_pager(world: World) -> None:
    _sent(world.alpha, 230)
    client = client_for(world.personas["steward"])

    first = client.get("/n/alpha/invitations/").content.decode()
    pages = []
    url = "/n/alpha/invitations/"
    for _ in range(10):
        page = client.get(url).content.decode()
        pages.append(page)
        if 'rel="next"' not in page:
            break
        url = "/n/alpha/invitations/" + page.split('rel="next" href="')[1].split('"')[0].replace(
            "&amp;", "&"
        )

    assert "Guest 229" in first  # the newest first
    assert "Guest 000" not in first
    assert "Guest 000" in pages[-1]
    assert len(pages) > 1
    # Every invitation is on exactly one page.
    seen = [n for n in range(230) for page in pages if f"Guest {n:03}<" in page]
    assert seen == list(range(230))


def test_invitations_are_found_by_name_or_address_and_filtered_by_state(world: World) -> None:
    made = _sent(world.alpha, 4, name="Quinta")
    _sent(world.alpha, 3, name="Other")
    with scopes_disabled():
        invitation_revoke(invitation=made[0], actor=world.personas["steward"])
    client = client_for(world.personas["steward"])

    by_name = client.get("/n/alpha/invitations/", {"q": " quinta  00 "}).content.decode()
    by_address = client.get("/n/alpha/invitations/", {"q": "other1@list"}).content.decode()
    revoked = client.get("/n/alpha/invitations/", {"state": "revoked"}).content.decode()
    pending = client.get("/n/alpha/invitations/", {"q": "quinta", "state": "pending"})
    nul = client.get("/n/alpha/invitations/", {"q": "quinta\x00001", "state": "nonsense"})

    assert all(f"Quinta {n:03}" in by_name for n in range(4))
    assert "Other" not in by_name
    assert "Other 001" in by_address
    assert "Other 000" not in by_address
    assert "Quinta 000" in revoked
    assert "Quinta 001" not in revoked
    assert "Quinta 000" not in pending.content.decode()
    assert "Quinta 001" in pending.content.decode()
    assert nul.status_code == 200
    assert 'value="quinta 001"' in nul.content.decode()


def test_a_students_invitation_address_is_not_shown_or_found(world: World) -> None:
    client = client_for(world.personas["steward"])
    with scopes_disabled():
        youth, _token = invitation_create(
            network=world.youth,
            email="kid@school.example",
            full_name="Kid Student",
            role="youth_member",
            guardian_email="parent@home.example",
            actor=world.personas["steward"],
        )

    page = client.get("/n/alpha-youth/invitations/").content.decode()
    found = client.get("/n/alpha-youth/invitations/", {"q": youth.email}).content.decode()

    assert "Kid Student" in page
    assert "kid@school.example" not in page
    assert "parent@home.example" not in page
    assert "Kid Student" not in found


@pytest.mark.parametrize("count", [3, 130])
def test_the_invitations_page_runs_the_same_queries_at_any_size(world: World, count: int) -> None:
    _sent(world.alpha, count)
    client = client_for(world.personas["steward"])
    client.get("/n/alpha/invitations/")

    with CaptureQueriesContext(connection) as first:
        client.get("/n/alpha/invitations/")
    with CaptureQueriesContext(connection) as searched:
        client.get("/n/alpha/invitations/", {"q": "guest", "state": "pending", "page": "2"})

    assert (len(first), len(searched)) == (6, 6)


def test_revoking_brings_the_steward_back_to_the_same_page_of_the_list(world: World) -> None:
    made = _sent(world.alpha, 60)
    client = client_for(world.personas["steward"])
    page = client.get("/n/alpha/invitations/", {"q": "guest", "page": "2"}).content.decode()
    oldest = made[0]

    done = client.post(
        f"/n/alpha/invitations/{oldest.pk}/revoke/",
        {"confirm": "yes", "q": "guest", "page": "2"},
    )

    assert f"/n/alpha/invitations/{oldest.pk}/revoke/" in page
    assert '<input type="hidden" name="page" value="2">' in page
    assert done["Location"] == "/n/alpha/invitations/?q=guest&page=2"
    with scopes_disabled():
        oldest.refresh_from_db()
    assert oldest.revoked_at is not None


def test_the_youth_role_is_offered_only_in_a_youth_cohort(world: World) -> None:
    """A national network's form offered "Youth member" and a guardian's email, then refused
    them ("Youth members are invited into a youth cohort network")."""
    client = client_for(world.personas["steward"])

    national = client.get("/n/alpha/invitations/").content.decode()
    cohort = client.get("/n/alpha-youth/invitations/").content.decode()

    assert 'value="youth_member"' not in national
    assert 'name="guardian_email"' not in national
    assert 'value="youth_member"' in cohort
    assert 'name="guardian_email"' in cohort
