"""Commitments recorded as they happened (the demo generator, imports), not replayed
through the moves."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from collaboratory.audit.services import audit_record
from collaboratory.commitments import lifecycle
from collaboratory.commitments.models import Commitment
from collaboratory.followthrough.models import CommitmentActivity
from collaboratory.networks.models import Network


def commitment_history_bulk_create(
    *,
    network: Network,
    commitments: list[Commitment],
    activity: list[CommitmentActivity] = (),  # type: ignore[assignment]
) -> list[Commitment]:
    """Record commitments as they happened (states taken as given, not replayed through
    the transitions), with the notes that went with them. Every row is checked first:
    its network, a known status, and kept dates only on kept ones."""
    settled_kept = {lifecycle.KEPT, lifecycle.PARTLY_KEPT}
    for c in commitments:
        if c.network_id != network.pk or c.status not in lifecycle.STATES:
            raise ValidationError(
                _("Each commitment must belong to this network, in a known status.")
            )
        if (c.kept_at is not None) != (c.status in settled_kept):
            raise ValidationError(_("Only kept and partly kept commitments have a kept date."))
    with transaction.atomic():
        created = Commitment.objects.bulk_create(commitments, batch_size=500)
        for item in activity:
            item.commitment_id = item.commitment.pk
        CommitmentActivity.objects.bulk_create(list(activity), batch_size=500)
        audit_record(
            action="commitment.history_imported",
            network=network,
            data={"count": len(created)},
        )
    return created
