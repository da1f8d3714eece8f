"""Stewards' webhook pages under /n/<slug>/webhooks/. The network middleware has scoped the
request; every page declares `webhooks.manage` (stewards), and hooks of another network are
not found (404)."""

from __future__ import annotations

import math
from datetime import timedelta
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from collaboratory.networks.http import NetworkRequest, network_view
from collaboratory.webhooks import services
from collaboratory.webhooks.forms import WebhookForm
from collaboratory.webhooks.models import (
    DeliveryStatus,
    EventType,
    Webhook,
    WebhookDelivery,
    WebhookSecretReveal,
)
from collaboratory.webhooks.selectors import delivery_log, held_changes, webhooks_for

MANAGE = "webhooks.manage"


def _hook(request: NetworkRequest, webhook_id: int) -> Webhook:
    return get_object_or_404(
        Webhook.objects.select_related("network"), network=request.network, pk=webhook_id
    )


def _add_errors(form: WebhookForm, error: ValidationError) -> None:
    for field, errors in error.message_dict.items():
        form.add_error(field if field in form.fields else None, errors)


@network_view(perm=MANAGE)
def webhook_list(request: NetworkRequest, network_slug: str) -> HttpResponse:
    hooks = list(webhooks_for(network=request.network))
    labels = dict(EventType.choices)
    for hook in hooks:
        hook.event_labels = [labels.get(e, e) for e in hook.events]  # type: ignore[attr-defined]
    return render(request, "webhooks/list.html", {"hooks": hooks})


@network_view(perm=MANAGE)
def webhook_new(request: NetworkRequest, network_slug: str) -> HttpResponse:
    form = WebhookForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                hook, reveal = services.webhook_create(
                    network=request.network,
                    actor=request.user,
                    url=form.cleaned_data["url"],
                    events=form.cleaned_data["events"],
                )
            except ValidationError as error:
                _add_errors(form, error)
            else:
                messages.success(
                    request,
                    _("Webhook added. Copy its secret into your receiver, then send a test."),
                )
                # The page the message points at shows the secret, once.
                _remember(request, hook, reveal)
                return redirect(
                    "webhooks:detail", network_slug=request.network.slug, webhook_id=hook.pk
                )
        status = 400
    return render(request, "webhooks/form.html", {"form": form, "hook": None}, status=status)


# The session's reveals waiting to be shown, by hook: {hook id: reveal id}, set by adding a
# hook, "Reveal secret" and "Make a new secret" before they redirect. Only ids are kept
# here; the secret is read from the hook when the page is drawn, once and within
# services.REVEAL_FOR of asking (services.webhook_secret_show).
REVEALS = "webhooks.reveals"


def _reveals(request: NetworkRequest) -> dict[str, int]:
    pending = request.session.get(REVEALS)
    return dict(pending) if isinstance(pending, dict) else {}


def _remember(request: NetworkRequest, hook: Webhook, reveal: WebhookSecretReveal) -> None:
    """Keep the reveal the action made, so the hook's page shows the secret to this session."""
    request.session[REVEALS] = {**_reveals(request), str(hook.pk): reveal.pk}


def _take_reveal(
    request: NetworkRequest, hook: Webhook
) -> tuple[services.Shown | None, WebhookSecretReveal | None]:
    """What the page says of the secret this session asked to see: shown now (the id stays,
    so the next load says when it was shown), or shown before or expired (said once, then
    forgotten). (None, None) when it asked for nothing."""
    pending = _reveals(request)
    reveal_id = pending.get(str(hook.pk))
    if not isinstance(reveal_id, int):
        return None, None
    shown, reveal = services.webhook_secret_show(webhook=hook, reveal_id=reveal_id)
    if shown != services.Shown.NOW:
        del pending[str(hook.pk)]
        request.session[REVEALS] = pending
    return shown, reveal


def _detail(request: NetworkRequest, hook: Webhook, *, status: int = 200) -> HttpResponse:
    labels = dict(EventType.choices)
    now = timezone.now()
    shown, reveal = _take_reveal(request, hook)
    secret = hook.secret if shown == services.Shown.NOW else ""
    context: dict[str, Any] = {
        "hook": hook,
        "event_labels": [labels.get(e, e) for e in hook.events],
        "deliveries": delivery_log(webhook=hook),
        "held": held_changes(webhook=hook) if hook.catching_up or not hook.active else 0,
        "secret": secret,
        "reveal": reveal,
        "reveal_state": shown.value if shown is not None else "",
        "reveal_minutes": services.REVEAL_FOR // timedelta(minutes=1),
        # Until when the secret a rotation replaced still signs (never the secret itself).
        "old_secret_until": (
            hook.previous_secret_until if len(hook.signing_secrets(now)) > 1 else None
        ),
        "grace_hours": services.ROTATION_GRACE // timedelta(hours=1),
        "retryable": (DeliveryStatus.PENDING, DeliveryStatus.FAILED),
    }
    response = render(request, "webhooks/detail.html", context, status=status)
    if secret and reveal is not None:
        response["Cache-Control"] = "no-store"
        # A page left open hides the secret when its time is up: the browser loads it again
        # then (no script needed), and the page says it was shown.
        left = math.ceil((reveal.expires_at - timezone.now()).total_seconds())
        response["Refresh"] = str(max(left, 1))
    return response


@network_view(perm=MANAGE)
def webhook_detail(request: NetworkRequest, network_slug: str, webhook_id: int) -> HttpResponse:
    return _detail(request, _hook(request, webhook_id))


@network_view(perm=MANAGE)
def webhook_edit(request: NetworkRequest, network_slug: str, webhook_id: int) -> HttpResponse:
    hook = _hook(request, webhook_id)
    initial = {"url": hook.url, "events": hook.events, "active": hook.active}
    form = WebhookForm(request.POST or None, initial=initial)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                cancelled = services.webhook_update(
                    webhook=hook,
                    actor=request.user,
                    url=form.cleaned_data["url"],
                    events=form.cleaned_data["events"],
                    active=form.cleaned_data["active"],
                )
            except ValidationError as error:
                _add_errors(form, error)
            else:
                messages.success(request, _("Webhook saved."))
                if hook.catching_up:
                    messages.info(
                        request,
                        _(
                            "Switched on: what changed while it was paused is being sent "
                            "now, before anything newer."
                        ),
                    )
                if cancelled:
                    messages.warning(
                        request,
                        ngettext(
                            "%(n)d delivery waiting for the old URL was cancelled: it is not "
                            "sent to the new one. The log below lists it.",
                            "%(n)d deliveries waiting for the old URL were cancelled: they are "
                            "not sent to the new one. The log below lists them.",
                            cancelled,
                        )
                        % {"n": cancelled},
                    )
                return redirect(
                    "webhooks:detail", network_slug=request.network.slug, webhook_id=hook.pk
                )
        status = 400
    return render(request, "webhooks/form.html", {"form": form, "hook": hook}, status=status)


@require_POST
@network_view(perm=MANAGE)
def webhook_delete_view(
    request: NetworkRequest, network_slug: str, webhook_id: int
) -> HttpResponse:
    hook = _hook(request, webhook_id)
    if request.POST.get("confirm") != "yes":
        # A bare POST (a stray button, a replayed form) deletes nothing: the page's
        # "Delete…" asks first, without JS.
        messages.error(request, _("Nothing was deleted: confirm with the button under “Delete…”."))
        return redirect("webhooks:detail", network_slug=request.network.slug, webhook_id=hook.pk)
    services.webhook_delete(webhook=hook, actor=request.user)
    messages.success(
        request, _("Webhook deleted; nothing more is sent to %(url)s.") % {"url": hook.url}
    )
    return redirect("webhooks:list", network_slug=request.network.slug)


@require_POST
@network_view(perm=MANAGE)
def webhook_secret(request: NetworkRequest, network_slug: str, webhook_id: int) -> HttpResponse:
    """Reveal (`action=reveal`) or replace (`action=rotate`) the signing secret, then
    redirect to the hook's page, which shows it once: the answer to a POST was the page
    itself, so reloading it rotated again (the secret just copied already stale). The
    secret never goes into a URL."""
    hook = _hook(request, webhook_id)
    action = request.POST.get("action")
    if action == "rotate" and request.POST.get("confirm") != "yes":
        # The receiver needs the new secret within the grace window: asked first.
        messages.error(
            request, _("Nothing was changed: confirm with the button under “Rotate secret…”.")
        )
        return _detail(request, hook, status=400)
    if action == "rotate":
        reveal = services.webhook_secret_rotate(webhook=hook, actor=request.user)
        messages.success(
            request,
            _(
                "New secret made: deliveries from now on are signed with it, and with the "
                "old one too for the next %(hours)d hours. Give your receiver the new secret "
                "before then."
            )
            % {"hours": services.ROTATION_GRACE // timedelta(hours=1)},
        )
    elif action == "reveal":
        reveal = services.webhook_secret_reveal(webhook=hook, actor=request.user)
    else:
        messages.error(request, _("Choose to reveal or to rotate the secret."))
        return _detail(request, hook, status=400)
    _remember(request, hook, reveal)  # the new secret, or the one asked for
    return redirect("webhooks:detail", network_slug=request.network.slug, webhook_id=hook.pk)


@require_POST
@network_view(perm=MANAGE)
def webhook_test(request: NetworkRequest, network_slug: str, webhook_id: int) -> HttpResponse:
    hook = _hook(request, webhook_id)
    delivery = services.webhook_test_send(webhook=hook, actor=request.user)
    _tell(request, delivery)
    return redirect("webhooks:detail", network_slug=request.network.slug, webhook_id=hook.pk)


def _tell(request: NetworkRequest, delivery: WebhookDelivery) -> None:
    if delivery.status == DeliveryStatus.DELIVERED:
        messages.success(
            request,
            _("Delivered: the receiver answered %(code)d.") % {"code": delivery.last_status_code},
        )
    else:
        messages.error(request, _("Not delivered: %(why)s") % {"why": delivery.error_text})


@require_POST
@network_view(perm=MANAGE)
def delivery_retry_view(
    request: NetworkRequest, network_slug: str, webhook_id: int, delivery_id: int
) -> HttpResponse:
    hook = _hook(request, webhook_id)
    delivery = get_object_or_404(
        WebhookDelivery.objects.select_related("webhook__network"), webhook=hook, pk=delivery_id
    )
    seen = request.POST.get("attempts", "")
    # The form sends the attempt count the page showed (a small number, ASCII digits only).
    if not (seen.isascii() and seen.isdigit() and len(seen) <= 5):
        messages.error(request, _("Reload the page and press “Retry now” again."))
        return redirect("webhooks:detail", network_slug=request.network.slug, webhook_id=hook.pk)
    try:
        services.delivery_retry(delivery=delivery, actor=request.user, seen_attempts=int(seen))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        _tell(request, delivery)
    return redirect("webhooks:detail", network_slug=request.network.slug, webhook_id=hook.pk)
