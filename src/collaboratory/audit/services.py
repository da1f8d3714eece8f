"""The one way to write to the audit log."""

from __future__ import annotations

from typing import Any

from django.db import models
from django.http import HttpRequest

from collaboratory.audit.models import AuditEvent


def _client_ip(request: HttpRequest | None) -> str | None:
    if request is None:
        return None
    return request.META.get("REMOTE_ADDR") or None


def audit_record(
    *,
    action: str,
    actor: Any = None,
    network: Any = None,
    target: models.Model | None = None,
    data: dict[str, Any] | None = None,
    request: HttpRequest | None = None,
) -> AuditEvent:
    """Append one event. `data` must never hold secrets or private self-descriptions."""
    if actor is not None and not getattr(actor, "is_authenticated", False):
        actor = None
    return AuditEvent.objects.create(
        action=action,
        actor=actor,
        actor_label=f"user:{actor.pk}" if actor is not None else "",
        network_id=network.pk if network is not None else None,
        target_type=target._meta.label_lower if target is not None else "",
        target_id=str(target.pk) if target is not None else "",
        data=data or {},
        ip=_client_ip(request),
    )


def audit_pseudonymize_actor(*, user_id: int) -> int:
    """When an account is deleted its audit rows stay, with the person no longer named."""
    return models.QuerySet.update(
        AuditEvent.objects.filter(actor_id=user_id),
        actor=None,
        actor_label="deleted-person",
        ip=None,
    )
