"""Writes of notification preferences and the weekly digest's outbox. The preferences are
read by `networks.mail.mail_send` before every non-essential send, so they live here, low,
rather than in the notifications app that owns their pages."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django_scopes import scopes_disabled

from collaboratory.audit.services import audit_record
from collaboratory.networks.models import (
    Delivery,
    DigestItem,
    MailKind,
    Network,
    NotificationPreference,
)
from collaboratory.networks.selectors import notification_choices_of
from collaboratory.people.models import User


def _problems(choices: Mapping[str, str]) -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {}
    for kind, delivery in choices.items():
        if kind not in MailKind.values:
            errors["__all__"] = [_("Choose among the kinds of email listed on the page.")]
        elif delivery not in Delivery.values or (
            kind == MailKind.DIGESTS and delivery == Delivery.DIGEST
        ):
            errors[kind] = [_("Choose “by email”, “in the weekly digest” or “off”.")]
    return errors


def notification_preferences_set(
    *, user: User, choices: Mapping[str, str], via: str = "page", now: datetime | None = None
) -> dict[str, str]:
    """Save how `user` takes each kind of email named in `choices` (kind -> delivery) and
    return all their choices. "In the weekly digest" needs the digest on: asking for both
    is refused with a message, and turning the digest off turns those kinds off with it
    (one-click unsubscribe from digests means no weekly email at all). Bad input changes
    nothing."""
    now = now or timezone.now()
    errors = _problems(choices)
    if errors:
        raise ValidationError(errors)
    wanted = {**notification_choices_of(user=user), **choices}
    if wanted[MailKind.DIGESTS] == Delivery.OFF:
        if MailKind.DIGESTS in choices and via == "unsubscribe":
            wanted = {k: Delivery.OFF if d == Delivery.DIGEST else d for k, d in wanted.items()}
        elif any(d == Delivery.DIGEST for d in wanted.values()):
            raise ValidationError(
                {
                    MailKind.DIGESTS: [
                        _(
                            "The weekly digest is off, so nothing can wait for it: turn the "
                            "digest on, or choose “by email” or “off” for the others."
                        )
                    ]
                }
            )
    with transaction.atomic():
        for kind, delivery in wanted.items():
            NotificationPreference.objects.update_or_create(
                user=user, kind=kind, defaults={"delivery": delivery, "updated_at": now}
            )
        # What waits for a digest no longer wanted, or of a kind turned off, is dropped:
        # kept, it would all go out if the digest were turned on again, months later.
        off = [k for k, d in wanted.items() if d == Delivery.OFF]
        with scopes_disabled():  # the preferences hold in every network
            dropped = DigestItem.objects.filter(user=user)
            if MailKind.DIGESTS not in off:
                dropped = dropped.filter(kind__in=off)
            dropped.delete()
        audit_record(
            action="notifications.preferences_set",
            actor=user,
            target=user,
            data={"via": via, **wanted},
        )
    return wanted


def digest_items_clear(*, network: Network, user: User, item_ids: Iterable[int]) -> int:
    """Drop the items a weekly digest carried (inside the digest's own transaction).
    Returns how many items (their `about` rows go with them, uncounted)."""
    _total, by_model = DigestItem.objects.filter(
        network=network, user=user, pk__in=list(item_ids)
    ).delete()
    return by_model.get(DigestItem._meta.label, 0)
