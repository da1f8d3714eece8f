"""The one write of the national app: a local network's stewards choose what it shares."""

from __future__ import annotations

from datetime import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from collaboratory.audit.services import audit_record
from collaboratory.national.models import NationalSharing, SharingLevel
from collaboratory.national.selectors import national_above
from collaboratory.networks.models import Network, NetworkKind
from collaboratory.networks.rules import is_network_steward
from collaboratory.people.models import User


def national_sharing_set(
    *, network: Network, actor: User, level: str, now: datetime | None = None
) -> NationalSharing:
    """Set what a local network shares with the national team above it (audited)."""
    if network.kind != NetworkKind.LOCAL or not is_network_steward(actor, network):
        raise PermissionDenied(_("Only a local network's stewards choose what it shares."))
    if national_above(network) is None:
        # Saved, the choice reached no one, while the page said the network rolls up nowhere.
        raise ValidationError(
            _("This network's figures reach no national team, so it has nothing to share.")
        )
    if level not in SharingLevel.values:
        raise ValidationError({"level": [_("Choose one of the sharing options.")]})
    now = now or timezone.now()
    with transaction.atomic():
        row, _created = NationalSharing.objects.select_for_update().get_or_create(
            network=network, defaults={"level": level, "changed_by": actor, "changed_at": now}
        )
        before = row.level if not _created else SharingLevel.FIGURES
        row.level = level
        row.changed_by = actor
        row.changed_at = now
        row.save()
        audit_record(
            action="national.sharing_set",
            actor=actor,
            network=network,
            data={"from": before, "to": level},
        )
    return row
