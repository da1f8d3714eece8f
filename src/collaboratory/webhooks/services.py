"""Every write of webhooks: hooks (stewards only), the outbox the audit listener fills, and
the attempts that post deliveries and record the answers.

Delivery is at least once: a delivery is claimed (a lease, `sending_until`, taken with
SELECT ... FOR UPDATE SKIP LOCKED on PostgreSQL; SQLite's writes are serialized anyway) so
two workers, or a worker and a steward's "Retry now", never post it at the same time, but a
process killed mid-post leaves it to be posted again when the lease ends. Receivers drop
repeats by `Collaboratory-Delivery`.

A delivery goes only to the URL it was queued for (`WebhookDelivery.url`): changing a hook's
URL cancels the deliveries still waiting, and one queued for an old URL is cancelled, never
posted, when its turn comes.
"""

from __future__ import annotations

import enum
import json
import logging
import time
import uuid
from collections.abc import Iterable
from datetime import datetime, timedelta
from http.client import HTTPException
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection, models, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.audit.services import audit_record
from collaboratory.networks.models import Membership, MembershipStatus, Network
from collaboratory.networks.rules import is_network_steward
from collaboratory.people.models import MINOR_AGE_BANDS, User
from collaboratory.validators import check_text
from collaboratory.webhooks import destination, errors, signing
from collaboratory.webhooks.models import (
    PING,
    DeliveryStatus,
    EventType,
    Webhook,
    WebhookCommitmentMade,
    WebhookDelivery,
    WebhookHeld,
    WebhookSecretReveal,
    new_secret,
)
from collaboratory.webhooks.payloads import (
    ACTIONS,
    FORMER_MEMBER_LABEL,
    commitment_state,
    commitments_for_payload,
    member_data,
    memberships_for_payload,
)

log = logging.getLogger(__name__)

# Waits after the 1st, 2nd... failed attempt; after the last, the delivery has failed.
BACKOFF = (
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=30),
    timedelta(hours=2),
    timedelta(hours=12),
)
MAX_ATTEMPTS = len(BACKOFF) + 1
TIMEOUT_SECONDS = 5.0
LEASE = timedelta(minutes=2)  # longer than one post can take
RESPONSE_CAP = 1024  # bytes of the answer kept for the delivery log
KEEP_DELIVERIES = 50  # finished deliveries kept per hook
SWEEP_BATCH = 100
# After a rotation, deliveries are signed with the old secret too for this long, so the
# receiver keeps accepting them while someone gives it the new one (docs/webhooks.md).
ROTATION_GRACE = timedelta(hours=24)
# A revealed secret is shown once, within this long of asking (docs/webhooks.md); the sweep
# forgets reveals a day after they expired.
REVEAL_FOR = timedelta(minutes=10)
REVEAL_KEPT = timedelta(days=1)
USER_AGENT = "Collaboratory-Webhooks/1"


def _allow_private() -> bool:
    return bool(getattr(settings, "WEBHOOKS_ALLOW_PRIVATE", False))


# ---------------------------------------------------------------------------- hooks


def _url_error(error: destination.DestinationError) -> str:
    return errors.url_error_text(error.code, destination.MAX_URL_LENGTH)


def _clean(url: str, events: Iterable[str]) -> tuple[str, list[str]]:
    errors: dict[str, list[str]] = {}
    url = (url or "").strip()
    try:
        check_text(url, field="url", what=_("the URL"))
        destination.check(url, allow_private=_allow_private())
    except ValidationError as error:
        errors["url"] = error.messages
    except destination.DestinationError as error:
        errors["url"] = [_url_error(error)]
    chosen = list(dict.fromkeys(events))
    if not chosen:
        errors["events"] = [_("Choose at least one event to send.")]
    elif any(e not in EventType.values for e in chosen):
        errors["events"] = [_("Choose events from the list.")]
    if errors:
        raise ValidationError(errors)
    return url, [e for e in EventType.values if e in chosen]


def _require_steward(actor: User, network: Network) -> None:
    if not is_network_steward(actor, network):
        raise PermissionDenied(_("Only the network's stewards manage webhooks."))


def _refuse_a_second_hook(*, network: Network, url: str, other_than: int | None = None) -> None:
    """One hook per URL in a network: a second one (a double click on "Add", a form sent
    again) would send every event twice under two delivery ids, which the receiver cannot
    tell for a repeat. The network's row is locked first, so two requests at once cannot
    both find none (SQLite's write transactions are serialized anyway)."""
    Network.objects.select_for_update().filter(pk=network.pk).values_list("pk").first()
    if Webhook.objects.filter(network=network, url=url).exclude(pk=other_than).exists():
        raise ValidationError(
            {
                "url": [
                    _(
                        "This network already has a webhook for this URL: edit that one to "
                        "choose its events."
                    )
                ]
            }
        )


def webhook_create(
    *, network: Network, actor: User, url: str, events: Iterable[str]
) -> tuple[Webhook, WebhookSecretReveal]:
    """A new active hook with a fresh secret (one per URL in a network), and the reveal that
    shows the secret once to whoever added it: one write, one audit row (the view's second
    call, a reveal, logged a "Reveal secret" no one pressed)."""
    _require_steward(actor, network)
    url, chosen = _clean(url, events)
    with transaction.atomic():
        _refuse_a_second_hook(network=network, url=url)
        hook = Webhook.objects.create(network=network, url=url, events=chosen, created_by=actor)
        reveal = _reveal_row(hook, timezone.now())
        audit_record(
            action="webhook.created",
            actor=actor,
            network=network,
            target=hook,
            data={"events": chosen},
        )
    return hook, reveal


def webhook_update(
    *, webhook: Webhook, actor: User, url: str, events: Iterable[str], active: bool
) -> int:
    """Change where a hook points, what it sends, or switch it off (its pending deliveries
    wait until it is switched on again). A new URL cancels the deliveries still waiting for
    the old one: they were meant for that receiver, not the new one (which may be someone
    else's). Returns how many were cancelled."""
    _require_steward(actor, webhook.network)
    url, chosen = _clean(url, events)
    cancelled = 0
    with transaction.atomic():
        _refuse_a_second_hook(network=webhook.network, url=url, other_than=webhook.pk)
        # FOR UPDATE: waits for writers holding the hook (`_lock_shared`), so the look for a
        # backlog below sees the rows they held while it was paused.
        Webhook.objects.select_for_update().filter(pk=webhook.pk).values_list("pk").first()
        Webhook.objects.filter(pk=webhook.pk).update(
            url=url, events=chosen, active=active, updated_at=timezone.now()
        )
        webhook.url, webhook.events, webhook.active = url, chosen, active
        # Every waiting delivery not bound to the new URL (also one bound to a URL before the
        # last, left by a writer that committed after an earlier edit).
        cancelled = _cancel(
            WebhookDelivery.objects.filter(
                webhook_id=webhook.pk, status=DeliveryStatus.PENDING
            ).exclude(url=url)
        )
        if active:
            # What it missed while paused goes out from the worker (webhook_held_release):
            # built here, 10,000 held rows kept the steward's save waiting 11 s. Until the
            # backlog is out, new events are held too, so none overtakes it.
            backlog = WebhookHeld.objects.filter(webhook_id=webhook.pk).exists()
            Webhook.objects.filter(pk=webhook.pk).update(catching_up=backlog)
            webhook.catching_up = backlog
            if backlog:
                transaction.on_commit(lambda: _enqueue_release(webhook.pk))
        audit_record(
            action="webhook.updated",
            actor=actor,
            network=webhook.network,
            target=webhook,
            data={"events": chosen, "active": active, "cancelled": cancelled},
        )
    return cancelled


def _cancel(rows: models.QuerySet[WebhookDelivery]) -> int:
    """Cancel waiting deliveries whose URL is no longer their hook's."""
    return rows.update(
        status=DeliveryStatus.CANCELLED,
        next_attempt_at=None,
        sending_until=None,
        last_error_code=errors.URL_CHANGED,
        last_error_params={},
    )


def webhook_delete(*, webhook: Webhook, actor: User) -> None:
    """Remove a hook and its delivery log."""
    _require_steward(actor, webhook.network)
    with transaction.atomic():
        audit_record(action="webhook.deleted", actor=actor, network=webhook.network, target=webhook)
        Webhook.objects.filter(pk=webhook.pk).delete()


def webhook_secret_reveal(
    *, webhook: Webhook, actor: User, now: datetime | None = None
) -> WebhookSecretReveal:
    """Ask for the secret to be shown once, for a steward setting up the receiver (also
    right after the hook is added or its secret replaced); who asked is audited. The page
    shows it through `webhook_secret_show`, once and within REVEAL_FOR: a reveal left
    waiting (a redirect that never loaded, a page reopened the next day) shows nothing."""
    _require_steward(actor, webhook.network)
    with transaction.atomic():
        reveal = _reveal_row(webhook, now or timezone.now())
        audit_record(
            action="webhook.secret_revealed", actor=actor, network=webhook.network, target=webhook
        )
    return reveal


def _reveal_row(webhook: Webhook, now: datetime) -> WebhookSecretReveal:
    """A showing of the secret, waiting for the hook's page. Audited by the write it is
    part of: a reveal, an addition or a rotation."""
    return WebhookSecretReveal.objects.create(
        webhook=webhook, created_at=now, expires_at=now + REVEAL_FOR
    )


class Shown(enum.Enum):
    """What the hook's page does with a reveal its session asked for."""

    NOW = "now"  # the secret, this once
    BEFORE = "before"  # shown already (a reload, another tab): hidden now
    EXPIRED = "expired"  # not shown within REVEAL_FOR: hidden
    GONE = "gone"  # no such reveal of this hook (forgotten by the sweep): nothing to say


def webhook_secret_show(
    *, webhook: Webhook, reveal_id: int, now: datetime | None = None
) -> tuple[Shown, WebhookSecretReveal | None]:
    """Show the secret for a reveal, once: one conditional update marks it shown only if
    it never was and has not expired, so two pages loading at once (two tabs, a double
    reload) show it one time. Returns what to show and the reveal (for its times)."""
    now = now or timezone.now()
    taken = WebhookSecretReveal.objects.filter(
        pk=reveal_id, webhook_id=webhook.pk, shown_at__isnull=True, expires_at__gt=now
    ).update(shown_at=now)
    reveal = WebhookSecretReveal.objects.filter(pk=reveal_id, webhook_id=webhook.pk).first()
    if reveal is None:
        return Shown.GONE, None
    if taken:
        return Shown.NOW, reveal
    return (Shown.BEFORE if reveal.shown_at is not None else Shown.EXPIRED), reveal


def webhook_secret_rotate(*, webhook: Webhook, actor: User) -> WebhookSecretReveal:
    """A new secret at once: deliveries from now on are signed with it, and for
    ROTATION_GRACE also with the secret it replaces (read under the row's lock, so of two
    rotations at once the second keeps the first's), so the receiver does not refuse them
    before it is given the new one. Returns the reveal that shows the new secret once
    (`reveal.webhook.secret`): made in the same write and audited with it, as one row (a
    second call from the view wrote a "secret revealed" row too)."""
    _require_steward(actor, webhook.network)
    secret = new_secret()
    now = timezone.now()
    with transaction.atomic():
        replaced = (
            Webhook.objects.select_for_update()
            .filter(pk=webhook.pk)
            .values_list("secret", flat=True)
            .get()
        )
        Webhook.objects.filter(pk=webhook.pk).update(
            secret=secret,
            previous_secret=replaced,
            previous_secret_until=now + ROTATION_GRACE,
            updated_at=now,
        )
        webhook.secret = secret
        webhook.previous_secret = replaced
        webhook.previous_secret_until = now + ROTATION_GRACE
        reveal = _reveal_row(webhook, now)
        audit_record(
            action="webhook.secret_rotated", actor=actor, network=webhook.network, target=webhook
        )
    return reveal


# ---------------------------------------------------------------------------- the outbox


def envelope(
    *, event_id: uuid.UUID, event_type: str, network: Network, occurred_at: datetime, data: Any
) -> dict[str, Any]:
    return {
        "id": str(event_id),
        "type": event_type,
        "occurred_at": occurred_at.isoformat(),
        "network": {"slug": network.slug, "name": network.name},
        "data": data,
    }


def deliveries_record(event: AuditEvent) -> None:
    """The audit listener: one pending delivery per active hook of the event's network that
    subscribes to it, in the writer's transaction (inside a savepoint, so a fault here
    cannot spoil the write), and the worker told after commit. A paused hook that chose the
    event gets a `WebhookHeld` row instead, turned into deliveries when it is switched on."""
    mapped = ACTIONS.get(event.action)
    if mapped is None or event.network_id is None:
        return
    event_type, build = mapped
    ids: list[int] = []
    with scopes_disabled(), transaction.atomic():
        chosen = _hooks_choosing(Webhook.objects.filter(network_id=event.network_id), event_type)
        if not chosen:
            return
        if connection.vendor == "postgresql":
            # Read again under a lock that switching a hook on, the release's batches and
            # deleting a hook wait for (and that waits for them), so whether this event is
            # held is decided on the hook as it is when this write commits (_lock_shared).
            _lock_shared([h.pk for h in chosen])
            chosen = _hooks_choosing(
                Webhook.objects.filter(pk__in=[h.pk for h in chosen]), event_type
            )
            if not chosen:
                return
        # Paused, or switched on with a backlog still being released: held, so nothing
        # new reaches the receiver before what it missed.
        paused = [h for h in chosen if not h.active or h.catching_up]
        if paused:
            WebhookHeld.objects.bulk_create(
                [
                    WebhookHeld(
                        webhook=h,
                        event_type=event_type,
                        action=event.action,
                        target_id=event.target_id,
                        data=_held_data(event.data),
                        occurred_at=event.created_at,
                    )
                    for h in paused
                ]
            )
        hooks = [h for h in chosen if h.active and not h.catching_up]
        if event_type == EventType.COMMITMENT_WITHDRAWN and hooks:
            told = _made_told_once(int(event.target_id), [h.pk for h in hooks])
            hooks = [h for h in hooks if h.pk in told]
        if not hooks:
            return
        data = build(event)
        if data is None:
            return
        ids = _queue(hooks, event_type, data, event.created_at)
        if event_type == EventType.COMMITMENT_MADE:
            _made_mark(hooks, int(event.target_id))
    transaction.on_commit(lambda: _enqueue(ids))


def _hooks_choosing(hooks: models.QuerySet[Webhook], event_type: str) -> list[Webhook]:
    return [
        h
        for h in hooks.select_related("network").only(
            "pk", "url", "events", "active", "catching_up", "network__slug", "network__name"
        )
        if event_type in h.events
    ]


def _lock_shared(webhook_ids: list[int]) -> None:
    """PostgreSQL: `FOR KEY SHARE` on the hooks until the writer commits (the lock its
    foreign keys take at commit anyway; writers do not wait for each other). Switching a
    hook on, a release batch and a deletion take `FOR UPDATE` on the hook, so each waits for
    the writers that read it before, and the writers that come after read what it
    committed. Without it a writer could read a hook as paused or catching up, the switch
    on or the release's last batch look for held rows before the writer's row was
    committed, and the row be left behind: the next event went out ahead of it. (SQLite
    runs one write transaction at a time: nothing to lock.)"""
    table = connection.ops.quote_name(Webhook._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT id FROM {table} WHERE id = ANY(%s) ORDER BY id FOR KEY SHARE",  # noqa: S608
            [webhook_ids],
        )


# What the payload builders read of an audit event's data (a move's from/to/roles, a
# membership's status): a held row keeps only these, never a steward's reason for hiding.
HELD_KEYS = ("from", "to", "roles", "status")


def _held_data(data: dict[str, Any]) -> dict[str, Any]:
    return {key: data[key] for key in HELD_KEYS if key in data}


def _delivery(
    hook: Webhook, event_type: str, data: Any, occurred_at: datetime, now: datetime
) -> WebhookDelivery:
    """A pending delivery of `data` to the hook, bound to its URL, due `now` (unsaved)."""
    event_id = uuid.uuid4()
    payload = envelope(
        event_id=event_id,
        event_type=event_type,
        network=hook.network,
        occurred_at=occurred_at,
        data=data,
    )
    return WebhookDelivery(
        webhook=hook,
        url=hook.url,
        event_id=event_id,
        event_type=event_type,
        payload=payload,
        next_attempt_at=now,
    )


def _queue(hooks: list[Webhook], event_type: str, data: Any, occurred_at: datetime) -> list[int]:
    """One pending delivery of `data` per hook; their ids."""
    now = timezone.now()
    rows = [_delivery(hook, event_type, data, occurred_at, now) for hook in hooks]
    return [d.pk for d in WebhookDelivery.objects.bulk_create(rows)]


def _made_mark(hooks: list[Webhook], commitment_id: int) -> None:
    WebhookCommitmentMade.objects.bulk_create(
        [WebhookCommitmentMade(webhook=h, commitment_id=commitment_id) for h in hooks],
        ignore_conflicts=True,
    )


def _made_told_once(commitment_id: int, webhook_ids: list[int]) -> set[int]:
    """The hooks among `webhook_ids` that were sent `commitment.made` for this commitment,
    each marker deleted as it is read: one row deleted per hook, so of an undo and a hide
    (even at once, on PostgreSQL the second waits for the first's row lock) only the first
    withdraws it. A paused hook's marker stays for its release."""
    told = set()
    for pk, webhook_id in WebhookCommitmentMade.objects.filter(
        commitment_id=commitment_id, webhook_id__in=webhook_ids
    ).values_list("pk", "webhook_id"):
        deleted, _rows = WebhookCommitmentMade.objects.filter(pk=pk).delete()
        if deleted:
            told.add(webhook_id)
    return told


COMMITMENT_EVENTS = (
    EventType.COMMITMENT_MADE,
    EventType.COMMITMENT_MOVED,
    EventType.COMMITMENT_WITHDRAWN,
)


def _stub(row: WebhookHeld) -> AuditEvent:
    """A held row as the payload builders read an audit event (never saved)."""
    return AuditEvent(
        action=row.action, target_id=row.target_id, data=row.data, created_at=row.occurred_at
    )


def _held_release(hook: Webhook, held: list[WebhookHeld], now: datetime) -> list[int]:
    """Turn held rows (every row of each object among them, locked) into deliveries, once:
    per commitment one event with its state now (withdrawn if the hook knew it and it
    stopped counting; made if it was made during the pause and still counts; otherwise
    moved, from the status the hook last heard to the current one), and per other object
    the latest event, built now. The rows are deleted in the same transaction, so a second
    release finds nothing. Reads are grouped (commitments, markers, members in one query
    each) and the deliveries written in one insert. Returns their ids."""
    if not held:
        return []
    WebhookHeld.objects.filter(pk__in=[h.pk for h in held]).delete()
    chosen = set(hook.events)
    by_commitment: dict[int, list[WebhookHeld]] = {}
    latest: dict[tuple[str, str], WebhookHeld] = {}
    for row in held:
        if row.event_type in COMMITMENT_EVENTS:
            by_commitment.setdefault(int(row.target_id), []).append(row)
        elif row.event_type in chosen:
            latest[(row.event_type, row.target_id)] = row
    out = _commitments_release(hook, by_commitment, chosen, now)
    members = memberships_for_payload(
        [int(r.target_id) for (t, _id), r in latest.items() if t == EventType.MEMBER_JOINED]
    )
    for (event_type, target_id), row in latest.items():
        if event_type == EventType.MEMBER_JOINED:
            membership = members.get(int(target_id))
            joined = row.action != "membership.created" or (
                row.data.get("status") == MembershipStatus.ACTIVE
            )
            data = member_data(membership) if membership is not None and joined else None
        else:
            data = ACTIONS[row.action][1](_stub(row))
        if data is not None:
            out.append(_delivery(hook, event_type, data, row.occurred_at, now))
    return [d.pk for d in WebhookDelivery.objects.bulk_create(out)]


def _commitments_release(
    hook: Webhook, by_commitment: dict[int, list[WebhookHeld]], chosen: set[str], now: datetime
) -> list[WebhookDelivery]:
    if not by_commitment:
        return []
    found = commitments_for_payload(list(by_commitment))
    knew = dict(
        WebhookCommitmentMade.objects.filter(
            webhook_id=hook.pk, commitment_id__in=list(by_commitment)
        ).values_list("commitment_id", "pk")
    )
    out: list[WebhookDelivery] = []
    forget: list[int] = []  # markers of commitments withdrawn: told now, once
    mark: list[int] = []  # commitments made during the pause: the hook knows them now
    for commitment_id, rows in by_commitment.items():
        current = found.get(commitment_id)
        if current is None:
            continue
        last = rows[-1].occurred_at
        data = commitment_state(current)
        if not current.is_shown:
            # Withdrawn (or a minor's money declined): only a hook that knew it hears.
            if commitment_id in knew:
                forget.append(knew[commitment_id])
                if EventType.COMMITMENT_WITHDRAWN in chosen:
                    out.append(_delivery(hook, EventType.COMMITMENT_WITHDRAWN, data, last, now))
            continue
        made = any(r.event_type == EventType.COMMITMENT_MADE for r in rows)
        if made and EventType.COMMITMENT_MADE in chosen and commitment_id not in knew:
            out.append(_delivery(hook, EventType.COMMITMENT_MADE, data, last, now))
            mark.append(commitment_id)
            continue
        moves = [r for r in rows if r.event_type == EventType.COMMITMENT_MOVED]
        if not moves or EventType.COMMITMENT_MOVED not in chosen:
            continue
        previous = moves[0].data.get("from")
        if previous == current.status:
            continue  # moved and back: nothing changed for the receiver
        data["commitment"]["previous_status"] = previous
        data["moved_by"] = sorted({role for r in moves for role in r.data.get("roles", [])})
        out.append(_delivery(hook, EventType.COMMITMENT_MOVED, data, last, now))
    WebhookCommitmentMade.objects.filter(pk__in=forget).delete()
    WebhookCommitmentMade.objects.bulk_create(
        [WebhookCommitmentMade(webhook=hook, commitment_id=c) for c in mark],
        ignore_conflicts=True,
    )
    return out


RELEASE_BATCH = 100  # objects per transaction of a release (about 0.1-0.3 s each, bench)


def _held_release_batch(webhook_id: int, batch: int, now: datetime) -> tuple[list[int], bool]:
    """One transaction of a release: the hook's row locked (so two releases of one hook
    take turns), the objects of its oldest `batch` held rows, with every row each has,
    turned into deliveries. Returns (delivery ids, whether the release is over: the hook is
    paused again, gone, or holds nothing more, then it is no longer catching up)."""
    with transaction.atomic():
        hook = (
            Webhook.objects.select_for_update(of=("self",))
            .select_related("network")
            .filter(pk=webhook_id)
            .first()
        )
        if hook is None or not hook.active:
            return [], True  # paused again: the rows wait for the next switch on
        targets = set(
            WebhookHeld.objects.filter(webhook_id=webhook_id)
            .order_by("pk")
            .values_list("target_id", flat=True)[:batch]
        )
        if not targets:
            if hook.catching_up:
                Webhook.objects.filter(pk=webhook_id).update(catching_up=False)
            return [], True
        # Every row of those objects (a commitment's moves may lie far apart), so each
        # object is released whole, in one batch.
        held = list(
            WebhookHeld.objects.filter(webhook_id=webhook_id, target_id__in=targets)
            .select_for_update()
            .order_by("pk")
        )
        return _held_release(hook, held, now), False


def webhook_held_release(
    *, webhook_id: int, now: datetime | None = None, batch: int = RELEASE_BATCH
) -> list[int]:
    """The worker's release of what a hook missed while paused (enqueued when it is
    switched on, and by the sweep for any hook left holding rows): batch after batch, each
    in its own short transaction (a single one held SQLite's write lock for seconds), every
    batch's deliveries enqueued as it commits. New events are held meanwhile
    (`catching_up`), so they go out with the backlog, never ahead of it. Returns the ids of
    the deliveries queued."""
    ids: list[int] = []
    with scopes_disabled():
        while True:
            queued, over = _held_release_batch(webhook_id, batch, now or timezone.now())
            if queued:
                _enqueue(queued)  # the batch has committed
            ids += queued
            if over:
                return ids


def webhooks_held_release(*, now: datetime | None = None) -> int:
    """Release what active hooks still hold: a release whose enqueue was lost or whose
    worker died, or a row left by a writer that read a hook as paused (or catching up) and
    committed after its release (the sweep calls this every minute). Returns how many
    deliveries were queued."""
    with scopes_disabled():
        hooks = list(
            Webhook.objects.filter(
                active=True, pk__in=WebhookHeld.objects.values("webhook_id")
            ).values_list("pk", flat=True)
        )
    return sum(len(webhook_held_release(webhook_id=pk, now=now)) for pk in hooks)


def _renamed(value: Any, name: str) -> Any:
    """`value` with every person named `name` (an adult: minors are never named) replaced
    by the former-member placeholder."""
    if isinstance(value, dict):
        if value.get("name") == name and value.get("youth_member") is False:
            return {**value, "name": FORMER_MEMBER_LABEL}
        return {key: _renamed(item, name) for key, item in value.items()}
    if isinstance(value, list):
        return [_renamed(item, name) for item in value]
    return value


def webhook_deliveries_forget(*, user_id: int, email: str) -> int:
    """Account deletion hook (people.services.on_account_delete): deliveries of the
    person's networks, waiting or in the log, stop naming them; one still waiting goes out
    with the placeholder. Payloads carry display names, not ids, so anyone of the same name
    in those payloads is replaced too (a name too many withheld, never one too few).
    Returns how many deliveries changed."""
    person = User.objects.filter(pk=user_id).values("full_name", "age_band").first()
    if person is None or not person["full_name"] or person["age_band"] in MINOR_AGE_BANDS:
        return 0  # a minor is never named in a payload
    name = person["full_name"]
    changed = 0
    with scopes_disabled():  # a person's rows sit in every network they belonged to
        networks = Membership.objects.filter(user_id=user_id).values("network_id")
        for pk, payload in WebhookDelivery.objects.filter(
            webhook__network_id__in=networks
        ).values_list("pk", "payload"):
            renamed = _renamed(payload, name)
            if renamed != payload:
                WebhookDelivery.objects.filter(pk=pk).update(payload=renamed)
                changed += 1
    return changed


def _enqueue_release(webhook_id: int) -> None:
    # deferred: the tasks module imports these services
    from collaboratory.webhooks.tasks import held_release

    try:
        held_release.enqueue(webhook_id)
    except Exception:
        # The sweep releases it within a minute anyway.
        log.exception("could not enqueue the release of webhook %s", webhook_id)


def _enqueue(ids: list[int]) -> None:
    # deferred: the tasks module imports these services
    from collaboratory.webhooks.tasks import deliveries_send

    try:
        deliveries_send.enqueue(ids)
    except Exception:
        # The sweep posts them within a minute anyway.
        log.exception("could not enqueue webhook deliveries %s", ids)


# ---------------------------------------------------------------------------- attempts


def _not_leased(now: datetime) -> Q:
    return Q(sending_until__isnull=True) | Q(sending_until__lte=now)


def _claim(rows: models.QuerySet[WebhookDelivery], now: datetime) -> list[WebhookDelivery]:
    """Take the due deliveries among `rows` for one attempt: count the attempt and take the
    lease, in one short transaction."""
    with transaction.atomic():
        due = list(
            rows.filter(
                _not_leased(now),
                status=DeliveryStatus.PENDING,
                next_attempt_at__lte=now,
                webhook__active=True,
            )
            .select_for_update(skip_locked=True, of=("self",))
            .order_by("next_attempt_at", "pk")[:SWEEP_BATCH]
        )
        if due:
            WebhookDelivery.objects.filter(pk__in=[d.pk for d in due]).update(
                attempts=F("attempts") + 1, sending_until=now + LEASE, last_attempt_at=now
            )
    for delivery in due:
        delivery.attempts += 1
        delivery.last_attempt_at = now
        delivery.sending_until = now + LEASE
    return due


def _body(delivery: WebhookDelivery) -> bytes:
    return json.dumps(delivery.payload, separators=(",", ":"), sort_keys=True).encode()


Failure = tuple[str, dict[str, Any]]  # an error code and its values (webhooks/errors.py)


def _post(
    delivery: WebhookDelivery, secrets: list[str], url: str
) -> tuple[int | None, str, Failure | None]:
    """(status code, response excerpt, error) of one post, signed with each of `secrets`;
    the error is stored as a code, put into words in the language of whoever reads the
    log."""
    body = _body(delivery)
    timestamp = int(time.time())
    headers = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        "Collaboratory-Event": delivery.event_type,
        "Collaboratory-Delivery": str(delivery.event_id),
        "Collaboratory-Timestamp": str(timestamp),
        "Collaboratory-Signature": signing.sign_all(secrets, timestamp, body),
    }
    try:
        target = destination.check(url, allow_private=_allow_private())
        answer = destination.post(
            target, body, headers, timeout=TIMEOUT_SECONDS, read_cap=RESPONSE_CAP
        )
    except destination.DestinationError as error:
        return None, "", (error.code, {"n": destination.MAX_URL_LENGTH})
    except TimeoutError:
        return None, "", (errors.TIMEOUT, {"n": TIMEOUT_SECONDS})
    except (OSError, HTTPException, ValueError) as error:
        # ValueError: what http.client refuses to send (SSL certificate errors are OSError).
        detail = destination.one_line(str(error) or error.__class__.__name__, 300)
        return None, "", (errors.CONNECTION, {"detail": detail})
    return answer.status, answer.excerpt, None


def _finish(
    delivery: WebhookDelivery, code: int | None, excerpt: str, error: Failure | None
) -> None:
    """Record one attempt's answer and end its lease: delivered on 2xx; else the next wait,
    or failed. Only the attempt that holds the claim writes (one whose lease ran out and was
    claimed again records nothing); a delivery cancelled meanwhile stays cancelled unless
    this very attempt got it received."""
    now = timezone.now()
    ok = code is not None and 200 <= code < 300
    if not ok and error is None:
        error = (errors.ANSWERED, {"code": code})
    error_code, error_params = error or ("", {})
    if ok:
        status, next_at = DeliveryStatus.DELIVERED, None
    elif delivery.attempts >= MAX_ATTEMPTS or delivery.event_type == PING:
        status, next_at = DeliveryStatus.FAILED, None
    else:
        # The wait counts from the attempt's start, the time the schedule was due.
        started = delivery.last_attempt_at or now
        status, next_at = DeliveryStatus.PENDING, started + BACKOFF[delivery.attempts - 1]
    answer: dict[str, Any] = {
        "sending_until": None,
        "last_status_code": code,
        "last_response": excerpt,
        "last_error_code": error_code,
        "last_error_params": error_params,
    }
    changes = {
        **answer,
        "status": status,
        "next_attempt_at": next_at,
        "delivered_at": now if ok else None,
    }
    ours = WebhookDelivery.objects.filter(pk=delivery.pk, attempts=delivery.attempts)
    if ok:
        written = ours.update(**changes)  # received, even if cancelled while under way
    else:
        written = ours.exclude(status=DeliveryStatus.CANCELLED).update(**changes)
        if not written:  # cancelled while under way: it stays so, with the answer noted
            answer.pop("last_error_code")
            answer.pop("last_error_params")
            written = ours.update(**answer)
            changes = {**answer, "status": DeliveryStatus.CANCELLED, "next_attempt_at": None}
    if not written:
        return  # the lease ran out and another attempt holds the claim now
    for field, value in changes.items():
        setattr(delivery, field, value)
    if status != DeliveryStatus.PENDING:
        _prune(delivery.webhook_id)


def _prune(webhook_id: int) -> None:
    """Keep the newest finished deliveries of a hook; pending ones always stay."""
    finished = WebhookDelivery.objects.filter(webhook_id=webhook_id).exclude(
        status=DeliveryStatus.PENDING
    )
    old = finished.order_by("-pk").values_list("pk", flat=True)[KEEP_DELIVERIES:]
    stale = list(old)
    if stale:
        WebhookDelivery.objects.filter(pk__in=stale).delete()


def _attempt_all(claimed: list[WebhookDelivery]) -> list[WebhookDelivery]:
    hooks = {
        h.pk: h
        for h in Webhook.objects.filter(pk__in={d.webhook_id for d in claimed}).only(
            "pk", "url", "secret", "previous_secret", "previous_secret_until"
        )
    }
    for delivery in claimed:
        hook = hooks.get(delivery.webhook_id)
        if hook is None:
            # The hook was deleted after the claim committed: its deliveries went with it.
            # The rest of the batch (any network's) is still posted.
            continue
        if delivery.url != hook.url:
            # Queued before a URL change it was not cancelled by (its writer committed
            # after the edit): the new URL's receiver was not meant to see it.
            _cancel(WebhookDelivery.objects.filter(pk=delivery.pk, attempts=delivery.attempts))
            delivery.status = DeliveryStatus.CANCELLED
            continue
        _finish(delivery, *_post(delivery, hook.signing_secrets(timezone.now()), delivery.url))
    return claimed


def deliveries_attempt(*, ids: Iterable[int], now: datetime | None = None) -> list[WebhookDelivery]:
    """Post the given deliveries now if they are still due (the task enqueued at commit)."""
    with scopes_disabled():
        rows = WebhookDelivery.objects.filter(pk__in=list(ids))
        return _attempt_all(_claim(rows, now or timezone.now()))


def deliveries_due_send(*, now: datetime | None = None) -> int:
    """The sweep: post every due delivery of every network, batch by batch; returns how many
    were attempted."""
    count = 0
    webhooks_old_secrets_drop(now=now)
    webhooks_held_release(now=now)
    with scopes_disabled():
        while True:
            claimed = _claim(WebhookDelivery.objects.all(), now or timezone.now())
            if not claimed:
                return count
            count += len(_attempt_all(claimed))


def webhooks_old_secrets_drop(*, now: datetime | None = None) -> int:
    """Forget the secrets whose rotation's grace window is over (the sweep, every minute):
    they sign nothing more and need not be kept; and the reveals a day past their expiry
    (a day in which the page can still say that one expired). Returns how many hooks
    changed."""
    now = now or timezone.now()
    with scopes_disabled():
        WebhookSecretReveal.objects.filter(expires_at__lte=now - REVEAL_KEPT).delete()
        return Webhook.objects.filter(previous_secret_until__lte=now).update(
            previous_secret="", previous_secret_until=None
        )


def webhook_test_send(*, webhook: Webhook, actor: User) -> WebhookDelivery:
    """Post a `ping` to the hook now, whether or not it is active, and return the delivery
    with the answer (a ping is tried once, never retried)."""
    _require_steward(actor, webhook.network)
    event_id = uuid.uuid4()
    now = timezone.now()
    data = {"message": "Hello from Collaboratory: this hook works.", "webhook": webhook.pk}
    with transaction.atomic():
        delivery = WebhookDelivery.objects.create(
            webhook=webhook,
            url=webhook.url,
            event_id=event_id,
            event_type=PING,
            payload=envelope(
                event_id=event_id,
                event_type=PING,
                network=webhook.network,
                occurred_at=now,
                data=data,
            ),
            attempts=1,
            next_attempt_at=now,  # leased: the sweep takes it only if this request dies
            sending_until=now + LEASE,
            last_attempt_at=now,
        )
        audit_record(
            action="webhook.test_sent", actor=actor, network=webhook.network, target=webhook
        )
    _finish(delivery, *_post(delivery, webhook.signing_secrets(now), delivery.url))
    return delivery


def delivery_retry(
    *, delivery: WebhookDelivery, actor: User, seen_attempts: int
) -> WebhookDelivery:
    """A steward's "Retry now": one more attempt at once, for a pending or failed delivery
    (a failed one gets this single attempt; the schedule does not start again).

    `seen_attempts` is the count the steward's page showed: the claim is one conditional
    UPDATE that needs it unchanged and no attempt under way, so a double click, a replayed
    POST or a press racing the worker posts at most once. The post goes to the URL the
    delivery was queued for, checked by the address rule again, and only while the hook
    still points there and is not paused."""
    webhook = delivery.webhook
    _require_steward(actor, webhook.network)
    if delivery.status == DeliveryStatus.DELIVERED:
        raise ValidationError(_("This delivery was received already."))
    now = timezone.now()
    with transaction.atomic():
        claimed = WebhookDelivery.objects.filter(
            _not_leased(now),
            pk=delivery.pk,
            attempts=seen_attempts,
            status__in=[DeliveryStatus.PENDING, DeliveryStatus.FAILED],
            # the hook's URL as committed now, not as this request read it, and none while
            # the hook is paused (nothing is posted then; the worker's claim skips it too).
            # A subquery on the hook, not a join: Django writes a join as `id IN (SELECT
            # ...)`, and PostgreSQL would not check the conditions above again on the row
            # a second press waited for (it posted twice).
            url=Webhook.objects.filter(pk=webhook.pk, active=True).values("url")[:1],
        ).update(
            status=DeliveryStatus.PENDING,
            attempts=F("attempts") + 1,
            # Due at once: if this request dies mid-post, the sweep posts it when the
            # lease ends.
            next_attempt_at=now,
            sending_until=now + LEASE,
            last_attempt_at=now,
        )
        if claimed != 1:
            raise ValidationError(_why_not_retried(delivery.pk, seen_attempts, now))
        audit_record(
            action="webhook.delivery_retried",
            actor=actor,
            network=webhook.network,
            target=webhook,
            data={"delivery": str(delivery.event_id)},
        )
    delivery.refresh_from_db(fields=["url", "attempts", "status"])
    delivery.last_attempt_at = now
    _finish(delivery, *_post(delivery, webhook.signing_secrets(now), delivery.url))
    return delivery


def _why_not_retried(pk: int, seen_attempts: int, now: datetime) -> str:
    row = (
        WebhookDelivery.objects.filter(pk=pk)
        .values("status", "attempts", "sending_until", "url", "webhook__url", "webhook__active")
        .first()
    )
    if row is None:
        return _("This delivery is no longer in the log.")
    if not row["webhook__active"]:
        return _("This webhook is paused: nothing is sent until it is switched on again.")
    if row["status"] == DeliveryStatus.DELIVERED:
        return _("This delivery was received already.")
    if row["status"] == DeliveryStatus.CANCELLED or row["url"] != row["webhook__url"]:
        return _(
            "This delivery was queued for %(url)s, which this webhook no longer points to: "
            "it is not sent to the new URL."
        ) % {"url": row["url"]}
    if row["sending_until"] is not None and row["sending_until"] > now:
        return _("This delivery is being sent right now; look again shortly.")
    if row["attempts"] != seen_attempts:
        return _(
            "This delivery was tried again since the page was shown; its latest result is "
            "below. Press “Retry now” again if it still needs one."
        )
    return _("This delivery cannot be retried now; look again shortly.")
