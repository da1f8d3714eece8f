"""The network's follow-through settings (timings, the reminders' wordings): stewards only,
day lists and placeholders checked."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django_scopes import scope

from collaboratory.audit.services import audit_record
from collaboratory.commitments import lifecycle
from collaboratory.followthrough.models import WORDING_MAX_CHARS, FollowthroughSettings
from collaboratory.followthrough.selectors import followthrough_settings_for
from collaboratory.followthrough.services.reminders import placeholder_problem
from collaboratory.networks.models import Network
from collaboratory.networks.rules import is_network_steward
from collaboratory.networks.settings_rows import settings_row_locked
from collaboratory.people.models import User


def _settings_for_update(network: Network) -> FollowthroughSettings:
    """The network's row, made by the first save and locked (`settings_row_locked`)."""
    return settings_row_locked(FollowthroughSettings, network)


def followthrough_settings_update(
    *, network: Network, actor: User, values: dict[str, Any]
) -> FollowthroughSettings:
    """Stewards change the network's rules; day lists are checked here."""
    if not is_network_steward(actor, network):
        raise PermissionDenied(_("Only stewards change the follow-through settings."))
    errors: dict[str, list[str]] = {}
    for field in ("before_due_days", "presenter_prompt_days"):
        if field in values:
            try:
                days = lifecycle.parse_days(str(values[field]))
            except ValueError as error:
                errors[field] = [
                    _(
                        "“%(piece)s” is not a number of days: write whole numbers from 1 to "
                        "365, separated by commas, like 7, 1."
                    )
                    % {"piece": error.args[0]}
                ]
            else:
                values[field] = ", ".join(str(d) for d in days)
    for field in ("wording_committer", "wording_presenter"):
        text = str(values.get(field, "") or "")
        if len(text) > WORDING_MAX_CHARS:
            errors[field] = [
                _(
                    "Keep the reminder under %(max)d characters (it has %(count)d): it is the "
                    "body of every reminder email."
                )
                % {"max": WORDING_MAX_CHARS, "count": len(text)}
            ]
        elif problem := placeholder_problem(text):
            errors[field] = [problem]
    if errors:
        raise ValidationError(errors)
    changed = {}
    with transaction.atomic():
        options = _settings_for_update(network)
        for field, value in values.items():
            if getattr(options, field) != value:
                changed[field] = str(value)
                setattr(options, field, value)
        options.save()
        audit_record(
            action="followthrough.settings_changed",
            actor=actor,
            network=network,
            target=options,
            data={"fields": sorted(changed)},
        )
    return options


def followthrough_settings_copy(*, source: Network, target: Network, actor: User | None) -> None:
    """`target` starts with every follow-through rule of `source` (timings, wordings): a
    network launched from training chases commitments like the national one."""
    with scope(network=source):
        origin = followthrough_settings_for(network=source)
    with scope(network=target), transaction.atomic():
        options = _settings_for_update(target)
        for field in origin._meta.concrete_fields:
            if field.name not in ("id", "network"):
                setattr(options, field.attname, getattr(origin, field.attname))
        options.save()
        audit_record(
            action="followthrough.settings_copied",
            actor=actor,
            network=target,
            target=options,
            data={"from": source.pk},
        )
