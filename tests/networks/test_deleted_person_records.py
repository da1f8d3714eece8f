"""Deleting an account keeps the network records that named the person by address
(nominations of them, invitations to them) with the person no longer named. The placeholder
address was `deleted-<account id>@invalid`: the id tied each row to the deleted account (and
to every other row, audit entries included, that kept that id). It is now one address with no
id in it, which nothing constrains to be unique, and migration 0007 rewrites the rows stored
before. Run on SQLite and on PostgreSQL (CI's second pass)."""

from __future__ import annotations

import pytest
from django_scopes import scopes_disabled

from collaboratory.networks.models import Invitation, Nomination
from collaboratory.networks.services import invitation_create
from collaboratory.people.services import account_delete
from tests.conftest import client_for
from tests.factories import MembershipFactory, NetworkFactory, NominationFactory
from tests.migrations import migrate_to

PLACEHOLDER = "deleted@invalid"


@pytest.mark.django_db
def test_records_of_deleted_people_keep_no_account_id() -> None:
    network = NetworkFactory()
    steward = MembershipFactory(network=network, role="steward").user
    people = [MembershipFactory(network=NetworkFactory()).user for _ in range(2)]
    with scopes_disabled():
        for person in people:
            NominationFactory(network=network, nominee_email=person.email, nominee_name="Ann")
            invitation_create(network=network, email=person.email, full_name="Ann", actor=steward)
    ids = [person.pk for person in people]

    for person in people:
        account_delete(user=person, confirm_email=person.email)

    with scopes_disabled():
        emails = [n.nominee_email for n in Nomination.objects.filter(network=network)]
        emails += [i.email for i in Invitation.objects.filter(network=network)]
    assert emails == [PLACEHOLDER] * 4
    # The stewards' queue and invitations still read them.
    for page in ("nominations", "invitations"):
        response = client_for(steward).get(f"/n/{network.slug}/{page}/")
        assert response.status_code == 200
        body = response.content.decode()
        assert all(f"deleted-{pk}@" not in body for pk in ids)


BEFORE = [("networks", "0006_network_is_practice")]
AFTER = [("networks", "0007_deleted_person_placeholder")]


@pytest.mark.django_db(transaction=True)
def test_the_migration_rewrites_placeholders_made_from_an_id(at_head: None) -> None:
    with scopes_disabled():
        nomination = NominationFactory(nominee_email="kept@example.org")
        invitation, _token = invitation_create(
            network=nomination.network,
            email="kept@example.org",
            full_name="Kept",
            actor=MembershipFactory(network=nomination.network, role="steward").user,
        )
    apps = migrate_to(BEFORE)
    old_nomination = apps.get_model("networks", "Nomination")
    old_invitation = apps.get_model("networks", "Invitation")
    old_nomination._base_manager.filter(pk=nomination.pk).update(nominee_email="deleted-42@invalid")
    old_invitation._base_manager.filter(pk=invitation.pk).update(email="deleted-7@invalid")
    twin = old_nomination._base_manager.get(pk=nomination.pk)
    twin.pk = None
    twin.nominee_email = "deleted-person-like@example.org"  # a real address stays
    twin.save()

    apps = migrate_to(AFTER)

    # Read through the models as they stood after 0007: today's have columns added later.
    nominations = apps.get_model("networks", "Nomination")._base_manager
    invitations = apps.get_model("networks", "Invitation")._base_manager
    assert nominations.get(pk=nomination.pk).nominee_email == PLACEHOLDER
    assert invitations.get(pk=invitation.pk).email == PLACEHOLDER
    assert nominations.get(pk=twin.pk).nominee_email == "deleted-person-like@example.org"
