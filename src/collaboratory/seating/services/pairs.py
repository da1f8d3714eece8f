"""The stewards' hard rules between two people of a network: keep apart, keep together.
The reason stays with the stewards; the solver hears only the pair."""

from __future__ import annotations

from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from collaboratory.audit.services import audit_record
from collaboratory.networks.models import ADMITTED_STATUSES, Membership, Network
from collaboratory.people.models import User
from collaboratory.seating.models import PairKind, SeatingPair
from collaboratory.validators import check_text


def seating_pair_add(
    *,
    network: Network,
    kind: str,
    first: User,
    second: User,
    reason: str,
    actor: User,
    now: datetime | None = None,
) -> SeatingPair:
    if kind not in PairKind.values:
        raise ValidationError({"kind": _("Choose keep apart or keep together.")})
    if first.pk == second.pk:
        raise ValidationError({"second": _("Choose two different people.")})
    reason = check_text(reason.strip(), field="reason", what=_("the reason"))
    if len(reason) > 300:
        raise ValidationError({"reason": _("Keep the reason under 300 characters.")})
    members = Membership.objects.filter(
        network=network, user__in=[first, second], status__in=ADMITTED_STATUSES
    ).count()
    if members != 2:
        raise ValidationError(_("Both people must be members of this network."))
    low, high = sorted((first, second), key=lambda u: u.pk)
    existing = SeatingPair.objects.filter(network=network, first=low, second=high).first()
    if existing is not None:
        raise ValidationError(
            _("%(a)s and %(b)s already have a rule (%(rule)s): remove it first to change it.")
            % {"a": low.full_name, "b": high.full_name, "rule": existing.get_kind_display()}
        )
    with transaction.atomic():
        pair = SeatingPair.objects.create(
            network=network,
            kind=kind,
            first=low,
            second=high,
            reason=reason,
            created_by=actor,
            created_at=now or timezone.now(),
        )
        audit_record(
            action="seating.pair_added",
            actor=actor,
            network=network,
            target=pair,
            data={"kind": kind},
        )
    return pair


def seating_pair_remove(*, pair: SeatingPair, actor: User) -> None:
    with transaction.atomic():
        audit_record(
            action="seating.pair_removed",
            actor=actor,
            network=pair.network,
            target=pair,
            data={"kind": pair.kind},
        )
        pair.delete()
