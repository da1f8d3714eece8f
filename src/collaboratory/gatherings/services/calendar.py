"""Personal calendar feeds: a standing secret link, one active per member and network."""

from __future__ import annotations

from datetime import datetime

from django.db import transaction
from django.utils import timezone

from collaboratory.audit.services import audit_record
from collaboratory.gatherings.models import CalendarFeed
from collaboratory.networks.models import Network
from collaboratory.networks.tokens import keyed_token, new_token, token_digest
from collaboratory.people.models import User


def calendar_feed_issue(*, network: Network, user: User, now: datetime | None = None) -> str:
    """A new secret calendar URL token; any earlier one stops working."""
    now = now or timezone.now()
    secret = new_token()
    with transaction.atomic():
        # The person's row locked first: two requests at once (a double tap) each revoked
        # nothing the other could see yet, and the second insert failed on the one-active
        # constraint (PostgreSQL). Now the second waits and revokes the first's link.
        User.objects.select_for_update().values_list("pk", flat=True).get(pk=user.pk)
        CalendarFeed.objects.filter(network=network, user=user, revoked_at__isnull=True).update(
            revoked_at=now
        )
        feed = CalendarFeed.objects.create(
            network=network, user=user, digest=token_digest(secret), created_at=now
        )
        audit_record(action="calendar_feed.issued", actor=user, network=network, target=feed)
    return keyed_token(feed.pk, secret)


def calendar_feed_revoke(*, network: Network, user: User, now: datetime | None = None) -> int:
    with transaction.atomic():
        count = CalendarFeed.objects.filter(
            network=network, user=user, revoked_at__isnull=True
        ).update(revoked_at=now or timezone.now())
        audit_record(action="calendar_feed.revoked", actor=user, network=network)
    return count
