"""A network's content version (networks/versions.py): every audited write gives its network
(or, for a write that belongs to no network, the people) a new token once it commits; reads
the audit log records (a sign-in, a minor's profile read, an export) keep them; one listener,
registered by networks, serves the API and the pages alike."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django_scopes import scopes_disabled

from collaboratory.audit import services as audit_services
from collaboratory.audit.services import audit_record
from collaboratory.networks.models import Membership
from collaboratory.networks.services import membership_change_role
from collaboratory.networks.versions import READS, content_changed, versions_of
from collaboratory.people.services import profile_update
from collaboratory.youth.services import youth_record_read
from tests.conftest import World
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db


def _tokens(world: World) -> tuple[str, str, str]:
    alpha, people = versions_of(world.alpha.pk).split(".")
    bravo, _people = versions_of(world.bravo.pk).split(".")
    return alpha, bravo, people


def test_one_listener_serves_every_reader() -> None:
    assert audit_services._listeners.count(content_changed) == 1


def test_a_write_in_a_network_renews_that_networks_version_after_commit(
    world: World, django_capture_on_commit_callbacks: Any
) -> None:
    alpha, bravo, people = _tokens(world)
    with scopes_disabled():
        membership = Membership.objects.get(network=world.alpha, user=world.personas["member"])
    with django_capture_on_commit_callbacks(execute=False) as pending:
        membership_change_role(membership=membership, role="host", actor=world.personas["steward"])
    # Not before the writer commits: a reader of the new token must find the new data.
    assert _tokens(world) == (alpha, bravo, people)

    for callback in pending:
        callback()

    new_alpha, new_bravo, new_people = _tokens(world)
    assert (new_alpha != alpha, new_bravo, new_people) == (True, bravo, people)


def test_a_profile_edit_renews_the_people_version_every_network_reads(
    world: World, django_capture_on_commit_callbacks: Any
) -> None:
    alpha, bravo, people = _tokens(world)
    with django_capture_on_commit_callbacks(execute=True):
        profile_update(user=world.personas["member"], bio="Now in Tulsa")

    new_alpha, new_bravo, new_people = _tokens(world)
    assert (new_alpha, new_bravo, new_people != people) == (alpha, bravo, True)


def test_events_that_change_nothing_shown_keep_the_versions(
    world: World, django_capture_on_commit_callbacks: Any
) -> None:
    before = _tokens(world)
    with django_capture_on_commit_callbacks(execute=True):
        Client().login(email="member@alpha.example", password=PASSWORD)
        for action in sorted(READS):
            audit_record(action=action, network=world.alpha)

    assert _tokens(world) == before


def test_a_stewards_audited_read_of_a_youth_page_keeps_the_versions(
    world: World, django_capture_on_commit_callbacks: Any
) -> None:
    """Every steward's look at a youth member's page or application is audited (a minor's
    record): as a write, each emptied every page cache of the cohort."""
    before = _tokens(world)
    with django_capture_on_commit_callbacks(execute=True), scopes_disabled():
        youth_record_read(
            network=world.alpha, viewer=world.personas["steward"], record=world.personas["member"]
        )

    assert _tokens(world) == before
