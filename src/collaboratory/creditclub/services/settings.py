"""The network's Credit Club rules (slots, who may propose, the call's deadline, blind
review): stewards change them; reads never write (`creditclub_settings_for`)."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from collaboratory.audit.services import audit_record
from collaboratory.creditclub.models import CreditClubSettings
from collaboratory.creditclub.selectors import creditclub_settings_for
from collaboratory.networks.models import Network
from collaboratory.networks.rules import is_network_steward
from collaboratory.networks.settings_rows import settings_row_locked
from collaboratory.networks.versions import network_changed
from collaboratory.people.models import User

SETTINGS_FIELDS = (
    "presenter_slots",
    "eligibility_rule",
    "call_closes_days_before",
    "anonymized_review",
)


def _settings_for_update(network: Network) -> CreditClubSettings:
    """The network's row, made by the first save and locked (`settings_row_locked`)."""
    return settings_row_locked(CreditClubSettings, network)


def creditclub_settings_update(
    *, network: Network, actor: User, **values: Any
) -> CreditClubSettings:
    """Change some of the network's Credit Club rules; each value is checked before
    anything is written (bad input changes nothing). Stewards only."""
    if not is_network_steward(actor, network):
        raise PermissionDenied(_("Only the network's stewards change the Credit Club's rules."))
    unknown = sorted(set(values) - set(SETTINGS_FIELDS))
    if unknown:
        raise ValidationError(_("Unknown setting: %(names)s.") % {"names": ", ".join(unknown)})
    checked = creditclub_settings_for(network=network)
    for name, value in values.items():
        setattr(checked, name, value)
    checked.full_clean(exclude=["network"])
    with transaction.atomic():
        row = _settings_for_update(network)
        before = {name: getattr(row, name) for name in values}
        for name in values:
            setattr(row, name, getattr(checked, name))
        row.save(update_fields=list(values))
        audit_record(
            action="creditclub.settings_changed",
            actor=actor,
            network=network,
            target=row,
            data={name: [before[name], getattr(row, name)] for name in values},
        )
    # The review board's shared parts are keyed by the slots and blind review.
    network_changed(network_id=network.pk)
    return row
