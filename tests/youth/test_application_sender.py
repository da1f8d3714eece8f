"""Who sent a youth application, as the audit log keeps it: the signed-in account that sent
the form (the student, or an adult sending it for them), nobody when no one was signed in."""

from __future__ import annotations

from django.test import Client
from django_scopes import scope, scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.youth.models import Application
from tests.conftest import client_for
from tests.youth.conftest import Cohort
from tests.youth.test_pages import FORM, apply_url


def test_the_audit_row_carries_the_signed_in_sender_and_only_then(cohort: Cohort) -> None:
    """Every `youth.application_submitted` row had no actor, so the stewards' log read "an
    applicant" even for a student who sent it signed in. An adult sending it for a student
    (a teacher, here the cohort's facilitator) is the sender, not the applicant: the row
    names her as its actor and the application stays no one's until the student takes up
    its invitation."""
    client_for(cohort.youth).post(apply_url(cohort), FORM | {"email": cohort.youth.email})
    client_for(cohort.adult).post(apply_url(cohort), FORM)
    Client().post(apply_url(cohort), FORM | {"email": "kim@student.example"})

    with scope(network=cohort.network):
        sent = {a.email: a for a in Application.objects.all()}
    with scopes_disabled():
        actors = dict(
            AuditEvent.objects.filter(action="youth.application_submitted").values_list(
                "target_id", "actor_id"
            )
        )

    assert actors == {
        str(sent[cohort.youth.email].pk): cohort.youth.pk,
        str(sent["sam@student.example"].pk): cohort.adult.pk,
        str(sent["kim@student.example"].pk): None,
    }
    assert sent["sam@student.example"].applicant is None
    assert sent[cohort.youth.email].applicant == cohort.youth
