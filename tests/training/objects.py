"""Training objects the authorization matrix requests: in each national network of the
world (Alpha and Bravo) a cohort with an admitted organization, a session, a call and a
submission with a file. The youth cohort runs no training: its ids are 0 (its people are
refused before any object is looked up)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.networks.models import Membership, Role
from collaboratory.training.selectors import feed_token
from collaboratory.training.services import (
    Upload,
    application_admit,
    application_submit,
    assignment_create,
    call_create,
    cohort_accepting_set,
    cohort_create,
    submission_save,
)


def _objects(world: Any, network_key: str) -> dict[str, Any]:
    cache: dict[str, dict[str, Any]] = world.__dict__.setdefault("_training", {})
    if network_key == "youth":
        return {"cohort": 0, "application": 0, "session": 0, "submission": 0, "call": 0}
    if network_key not in cache:
        network = world.network(network_key)
        with scopes_disabled():
            steward = (
                Membership.objects.filter(network=network, role=Role.STEWARD).first().user  # type: ignore[union-attr]
            )
            cohort = cohort_create(
                network=network, name=f"Cohort {network_key}", starts_on=date.today(), actor=steward
            )
            cohort_accepting_set(cohort=cohort, accepting=True, actor=steward)
            application = application_submit(
                network=network,
                organization=f"Trainee org {network_key}",
                community="Town",
                why_now="Now",
                landscape="Wide",
                staff=[
                    ("A One", f"a@{network_key}.example"),
                    ("B Two", f"b@{network_key}.example"),
                ],
            )
            application_admit(application=application, cohort=cohort, actor=steward)
            assignment = assignment_create(
                cohort=cohort,
                title="Names",
                instructions="",
                due_at=timezone.now() + timedelta(days=9),
                actor=steward,
            )
            submission = submission_save(
                assignment=assignment,
                application=application,
                actor=steward,
                text="Work",
                upload=Upload("work.txt", b"work"),
            )
            call = call_create(
                cohort=cohort,
                actor=steward,
                title="Call",
                starts_at=timezone.now() + timedelta(days=2),
                ends_at=timezone.now() + timedelta(days=2, hours=1),
            )
            cache[network_key] = {
                "cohort": cohort.pk,
                "application": application.pk,
                "session": cohort.sessions.first().pk,  # type: ignore[union-attr]
                "submission": submission.pk,
                "call": call.pk,
                "token": feed_token(cohort),
            }
    return cache[network_key]


def training_pk(kind: str) -> Any:
    def pick(world: Any, network_key: str) -> Any:
        return _objects(world, network_key)[kind]

    return pick


def training_feed_token(world: Any, network_key: str) -> str:
    """Always Alpha's cohort: the feed is not a network route, and its link is the key."""
    return str(_objects(world, "alpha")["token"])
