"""Writes of the insights app: only its settings (the figures are computed, not stored)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django_scopes import scopes_disabled

from collaboratory.audit.services import audit_record
from collaboratory.insights.models import MAX_K, InsightsSettings
from collaboratory.insights.privacy import MIN_K
from collaboratory.insights.selectors import insights_settings_for
from collaboratory.networks.models import Network
from collaboratory.people.models import User


def insights_settings_update(
    *, network: Network, actor: User, min_cell_size: int
) -> InsightsSettings:
    """Change k, the smallest published count over a sensitive self-description."""
    if isinstance(min_cell_size, bool) or not isinstance(min_cell_size, int):
        raise ValidationError(
            {"min_cell_size": [_("Give a whole number, %(min)d or more.") % {"min": MIN_K}]}
        )
    if min_cell_size < MIN_K:
        raise ValidationError(
            {
                "min_cell_size": [
                    _(
                        "k must be at least %(min)d: smaller groups would let people be "
                        "recognized. Give %(min)d or more."
                    )
                    % {"min": MIN_K}
                ]
            }
        )
    if min_cell_size > MAX_K:
        raise ValidationError(
            {
                "min_cell_size": [
                    _(
                        "k of more than %(max)d would hide almost every figure; "
                        "give %(max)d or less."
                    )
                    % {"max": MAX_K}
                ]
            }
        )
    row = insights_settings_for(network=network)
    before = row.min_cell_size
    row.min_cell_size = min_cell_size
    with scopes_disabled(), transaction.atomic():
        row.save(update_fields=["min_cell_size"])
        audit_record(
            action="insights.settings_changed",
            actor=actor,
            network=network,
            target=row,
            data={"min_cell_size": [before, min_cell_size]},
        )
    return row
