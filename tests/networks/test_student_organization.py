"""A student belongs to no organization: the network home and the welcome page stopped
linking "I changed organizations" for them, but a student who typed /my-organization/ still
got the form, saved an organization and title, and had the stewards emailed. Now the page
refuses them (403, audited) and says why, for a GET and a POST alike, changing nothing."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.networks.models import Membership, OrganizationChange
from collaboratory.networks.services import membership_organization_change
from tests.conftest import World, client_for

PAGE = "/n/alpha-youth/my-organization/"


def test_a_student_is_told_why_there_is_no_organization_to_change(
    world: World, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    from django.core import mail

    client = client_for(world.personas["youth_member"])
    mail.outbox.clear()

    page = client.get(PAGE)
    with django_capture_on_commit_callbacks(execute=True):
        posted = client.post(PAGE, {"organization_name": "Tulsa Food Bank", "title": "Director"})

    for response in (page, posted):
        body = response.content.decode()
        assert response.status_code == 403
        assert "Students do not belong to an organization in Alpha Youth" in body
        assert 'href="/n/alpha-youth/"' in body
        assert 'name="organization_name"' not in body
    with scopes_disabled():
        membership = Membership.objects.get(
            network=world.youth, user=world.personas["youth_member"]
        )
        assert OrganizationChange.objects.filter(membership=membership).count() == 0
        assert (
            AuditEvent.objects.filter(action="access.denied", network_id=world.youth.pk).count()
            == 2
        )
    assert (membership.organization_id, membership.title) == (None, "")
    assert mail.outbox == []


def test_the_service_refuses_a_student_too(world: World) -> None:
    with scopes_disabled():
        membership = Membership.objects.get(
            network=world.youth, user=world.personas["youth_member"]
        )

    with pytest.raises(PermissionDenied):
        membership_organization_change(
            membership=membership, organization_name="Tulsa Food Bank", title="", sector=None
        )

    with scopes_disabled():
        assert OrganizationChange.objects.filter(membership=membership).count() == 0


def test_an_adult_member_of_a_cohort_still_changes_organizations(world: World) -> None:
    response = client_for(world.personas["admin_member"]).get(PAGE)

    assert response.status_code == 200
    assert 'name="organization_name"' in response.content.decode()
