"""Defects found in a fresh-eyes review of the youth program, each pinned by a test."""

from __future__ import annotations

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django_scopes import scope

from collaboratory.networks.models import Membership, MembershipStatus
from collaboratory.networks.services.memberships import membership_status_override
from collaboratory.youth import services
from collaboratory.youth.models import EscalationKind, EscalationStep
from tests.youth.conftest import Cohort
from tests.youth.test_services import apply


def test_no_escalation_step_is_recorded_for_a_member_who_left_the_cohort(
    cohort: Cohort, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    """A graduate (alumni) is past the participation path: a step recorded by mistake from
    their record page must not email their guardian, nor turn the graduate into a dismissed
    member."""
    application = apply(cohort, email="youth1@cohort.example", applicant=cohort.youth)
    with scope(network=cohort.network):
        membership = Membership.objects.get(network=cohort.network, user=cohort.youth)
    membership_status_override(
        membership=membership,
        status=MembershipStatus.ALUMNI,
        note="Graduated",
        actor=cohort.steward,
    )
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(ValidationError) as error:
        services.escalation_step_record(
            network=cohort.network,
            member=cohort.youth,
            kind=EscalationKind.CONVERSATION,
            note="Talked it through",
            actor=cohort.steward,
        )

    assert "member" in error.value.message_dict
    assert [m for m in mail.outbox if application.guardian_email in m.to] == []
    with scope(network=cohort.network):
        assert not EscalationStep.objects.filter(member=cohort.youth).exists()
        membership.refresh_from_db()
    assert membership.status == MembershipStatus.ALUMNI
