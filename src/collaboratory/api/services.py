"""Every write to API tokens: create (the secret is returned once), revoke, and the cheap
last-use stamp. Create and revoke are audited; the audit row never holds the secret."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django_scopes import scope as in_scope

from collaboratory.api.models import ApiToken, TokenScope
from collaboratory.audit.services import audit_record
from collaboratory.networks.models import Network
from collaboratory.networks.selectors import membership_for
from collaboratory.networks.tokens import keyed_token, new_token, token_digest
from collaboratory.people.models import User
from collaboratory.plaintext import is_one_line

DEFAULT_DAYS = 90
MAX_DAYS = 365
NAME_MAX = 100
# The last-use stamp is written at most this often per token: a read per request, a write
# per minute.
TOUCH_EVERY = timedelta(minutes=1)


def api_token_create(
    *,
    network: Network,
    user: User,
    name: str,
    scope: str,
    days: int = DEFAULT_DAYS,
    now: datetime | None = None,
) -> tuple[ApiToken, str]:
    """A new token for `user` in `network`, and the token text to show once (`<id>.<secret>`;
    only the secret's digest is stored). Raises ValidationError naming the field."""
    now = now or timezone.now()
    name = (name or "").strip()
    errors: dict[str, list[str]] = {}
    if not name:
        errors["name"] = [_("Give the token a name, so you know later what it is for.")]
    elif len(name) > NAME_MAX or not is_one_line(name):
        errors["name"] = [
            _("Use one line of at most %(n)d characters for the name.") % {"n": NAME_MAX}
        ]
    if scope not in TokenScope.values:
        errors["scope"] = [_("Choose read, or read and write.")]
    if not isinstance(days, int) or isinstance(days, bool) or not 1 <= days <= MAX_DAYS:
        errors["days"] = [
            _("A token lasts from 1 to %(max)d days: choose when it expires.") % {"max": MAX_DAYS}
        ]
    if errors:
        raise ValidationError(errors)
    if membership_for(user=user, network=network) is None:
        raise ValidationError(_("Only members of this network can make a token for it."))
    secret = new_token()
    with transaction.atomic(), in_scope(network=network):
        token = ApiToken.objects.create(
            network=network,
            user=user,
            name=name,
            scope=scope,
            digest=token_digest(secret),
            prefix=secret[:6],
            created_at=now,
            expires_at=now + timedelta(days=days),
        )
        audit_record(
            action="api_token.created",
            actor=user,
            network=network,
            target=token,
            data={"name": name, "scope": scope, "expires_at": token.expires_at.isoformat()},
        )
    return token, keyed_token(token.pk, secret)


def api_token_revoke(*, token: ApiToken, actor: User, now: datetime | None = None) -> bool:
    """Revoke a token of the actor's own (a steward revokes nobody else's: a token is
    personal). False when it was revoked already; revoking twice changes nothing."""
    now = now or timezone.now()
    if token.user_id != actor.pk:
        raise ValidationError(_("You can revoke only your own tokens."))
    with transaction.atomic(), in_scope(network=token.network):
        changed = ApiToken.objects.filter(pk=token.pk, revoked_at__isnull=True).update(
            revoked_at=now
        )
        if changed:
            token.revoked_at = now
            audit_record(
                action="api_token.revoked",
                actor=actor,
                network=token.network,
                target=token,
                data={"name": token.name},
            )
    return bool(changed)


def api_tokens_revoke_for_ended_membership(
    *, network: Network, user_id: int, now: datetime | None = None
) -> int:
    """A membership that ends revokes its holder's tokens in that network for good (hooked
    with `networks.services.on_membership_end`, in the ending's transaction): the check on
    every request refused them only while the person was out, so a re-admission before
    their expiry brought back tokens made for, and perhaps leaked during, the earlier
    membership. Returns how many were revoked; the person makes new ones if they return."""
    now = now or timezone.now()
    with in_scope(network=network):
        revoked = ApiToken.objects.filter(
            network=network, user_id=user_id, revoked_at__isnull=True
        ).update(revoked_at=now)
        if revoked:
            audit_record(
                action="api_token.revoked_membership_ended",
                network=network,
                data={"user": user_id, "tokens": revoked},
            )
    return revoked


def api_token_touch(*, token: ApiToken, now: datetime | None = None) -> None:
    """Stamp the last use, at most once per TOUCH_EVERY: the stamp on the loaded row decides
    first (no query at all), then a conditional UPDATE, so two processes write it once."""
    now = now or timezone.now()
    if token.last_used_at is not None and now - token.last_used_at < TOUCH_EVERY:
        return
    with in_scope(network=token.network):
        ApiToken.objects.filter(pk=token.pk).filter(
            Q(last_used_at__isnull=True) | Q(last_used_at__lt=now - TOUCH_EVERY)
        ).update(last_used_at=now)
    token.last_used_at = now
