"""The one way to write to the audit log, and the registry of those who listen to it.

Every service records what it did here, so the log is the one place that sees every change.
Apps above (webhooks) register a listener from `AppConfig.ready()` instead of being imported
by the services they follow; a listener runs inside the writer's transaction and should only
schedule work (`transaction.on_commit`), never fail the write.
"""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.db import models
from django.http import HttpRequest

from collaboratory.audit.models import AuditEvent

log = logging.getLogger(__name__)

AuditListener = Callable[[AuditEvent], None]
_listeners: list[AuditListener] = []


def audit_listen(listener: AuditListener) -> None:
    """Call `listener` with every event recorded from now on (once, however often added)."""
    if listener not in _listeners:
        _listeners.append(listener)


def _client_ip(request: HttpRequest | None) -> str | None:
    """The visitor's address as the login throttle reads it: REMOTE_ADDR, or behind
    COLLABORATORY_TRUSTED_PROXY_COUNT proxies the X-Forwarded-For entry that many hops from
    the right (behind the documented nginx every request comes from 127.0.0.1). Only an
    address is kept: anything else in the header falls back to REMOTE_ADDR."""
    if request is None:
        return None
    hops = getattr(settings, "ALLAUTH_TRUSTED_PROXY_COUNT", 0)
    forwarded = request.headers.get("x-forwarded-for", "")
    if hops > 0 and forwarded:
        entries = [part.strip() for part in forwarded.split(",")]
        if len(entries) >= hops:
            try:
                return str(ipaddress.ip_address(entries[-hops]))
            except ValueError:
                pass
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
    event = AuditEvent.objects.create(
        action=action,
        actor=actor,
        actor_label=f"user:{actor.pk}" if actor is not None else "",
        network_id=network.pk if network is not None else None,
        target_type=target._meta.label_lower if target is not None else "",
        target_id=str(target.pk) if target is not None else "",
        data=data or {},
        ip=_client_ip(request),
    )
    for listener in _listeners:
        try:
            listener(event)
        except Exception:
            # A listener's fault must never undo the change it was told about.
            log.exception("audit listener %r failed on %s", listener, action)
    return event


def audit_pseudonymize_actor(*, user_id: int, email: str = "") -> int:
    """When an account is deleted its audit rows stay, with the person no longer named:
    neither as the actor nor as the address a failed sign-in tried (those rows have no
    actor; the address and where it came from would otherwise outlive the account)."""
    done = models.QuerySet.update(
        AuditEvent.objects.filter(actor_id=user_id),
        actor=None,
        actor_label="deleted-person",
        ip=None,
    )
    if email:
        done += models.QuerySet.update(
            AuditEvent.objects.filter(
                action="auth.login_failed", data__email__iexact=email.strip()
            ),
            actor_label="deleted-person",
            data={"email": "deleted-person"},
            ip=None,
        )
    return done
