"""Who sent a training application, as the audit log keeps it: the signed-in account that
sent the public form, nobody when no one was signed in."""

from __future__ import annotations

from django.urls import reverse
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.training.models import Application
from tests.conftest import client_for
from tests.training.conftest import Training


def _form(organization: str, slug: str) -> dict[str, str]:
    return {
        "organization": organization,
        "community": f"{organization} town",
        "staff1_name": "Nora One",
        "staff1_email": f"nora@{slug}.example",
        "staff2_name": "Ned Two",
        "staff2_email": f"ned@{slug}.example",
        "why_now": "A new council.",
        "landscape": "Many groups.",
    }


def test_the_audit_row_carries_the_signed_in_sender_and_only_then(training: Training) -> None:
    """Every `training.applied` row had no actor, so the trainers' log read "an applicant"
    even when a signed-in trainee sent their next organization's application."""
    url = reverse("training_public:apply")

    signed_in = client_for(training.trainee).post(url, _form("Northside", "north"))
    anonymous = client_for(None).post(url, _form("Southside", "south"))

    assert (signed_in.status_code, anonymous.status_code) == (302, 302)
    with scopes_disabled():
        made = dict(Application.objects.values_list("organization", "pk"))
        actors = dict(
            AuditEvent.objects.filter(action="training.applied").values_list(
                "target_id", "actor_id"
            )
        )
    assert actors[str(made["Northside"])] == training.trainee.pk
    assert actors[str(made["Southside"])] is None
