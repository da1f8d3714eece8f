"""Export my data (JSON, without the private self-description) and delete my account."""

from __future__ import annotations

import json

import pytest
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.networks.models import Membership, Nomination
from collaboratory.people.models import OfferedAsset, PrivateSelfDescription, User
from collaboratory.people.services import profile_update
from tests.conftest import World, client_for


def test_export_holds_my_account_profile_offers_and_memberships_but_not_self_description(
    world: World,
) -> None:
    member = world.personas["member"]
    profile_update(user=member, bio="Runs a food bank.", issue_areas="hunger")  # type: ignore[arg-type]

    response = client_for(member).get("/me/data/export.json")

    data = json.loads(response.content)
    assert response["Content-Disposition"] == 'attachment; filename="my-collaboratory-data.json"'
    assert data["account"]["email"] == "member@alpha.example"
    assert data["profile"] == {"bio": "Runs a food bank.", "issue_areas": ["hunger"]}
    assert [m["network"] for m in data["memberships"]] == ["Alpha Collaboratory"]
    assert data["nominations_made"][0]["nominee_name"] == "Canaryalpha Nominee"
    assert "CANARY-SELF-DESCRIBED" not in response.content.decode()
    assert AuditEvent.objects.filter(action="data.exported", actor=member).count() == 1


def test_deleting_my_account_removes_personal_rows_and_pseudonymizes_the_audit_log(
    world: World,
) -> None:
    member = world.personas["member"]
    member_id = member.pk  # type: ignore[union-attr]
    client = client_for(member)
    client.get("/n/bravo/")  # a denied visit is audited with the member as actor
    assert AuditEvent.objects.filter(actor_id=member_id, action="access.denied").exists()

    refused = client.post("/me/data/", {"confirm_email": "someone@else.example"})
    assert "Type your own email address exactly" in refused.content.decode()
    assert User.objects.filter(pk=member_id).exists()

    done = client.post("/me/data/", {"confirm_email": "Member@Alpha.example"})

    assert done["Location"] == "/"
    assert not User.objects.filter(pk=member_id).exists()
    assert not PrivateSelfDescription.objects.filter(user_id=member_id).exists()
    assert not OfferedAsset.objects.filter(user_id=member_id).exists()
    with scopes_disabled():
        assert not Membership.objects.filter(user_id=member_id).exists()
        nomination = Nomination.objects.get(nominee_name="Canaryalpha Nominee")
    assert nomination.nominator_id is None
    assert not AuditEvent.objects.filter(actor_id=member_id).exists()
    deleted = AuditEvent.objects.get(action="account.deleted")
    assert (deleted.actor_id, deleted.actor_label) == (None, "deleted-person")
    assert client.get("/me/profile/").status_code == 302  # signed out


@pytest.mark.parametrize("count", [1, 3])
def test_profile_page_runs_a_fixed_number_of_queries(world: World, count: int) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from collaboratory.people.models import AssetCategory, CapitalKind
    from collaboratory.people.services import offered_asset_add

    member = world.personas["member"]
    for i in range(count):
        offered_asset_add(
            user=member,  # type: ignore[arg-type]
            kind=CapitalKind.SOCIAL,
            category=AssetCategory.INTRO_PEOPLE,
            description=f"Offer {i}",
        )
    client = client_for(member)
    client.get("/me/profile/")

    with CaptureQueriesContext(connection) as queries:
        body = client.get("/me/profile/").content.decode()

    assert body.count("Offer ") == count
    assert len(queries) == 4
