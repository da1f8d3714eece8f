"""Writes of the insights app: its settings, and the snapshots of the sensitive tables (the
other figures are computed, not stored)."""

from __future__ import annotations

import logging
from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django_scopes import scopes_disabled

from collaboratory.audit.services import audit_record
from collaboratory.insights import engine, privacy, snapshots
from collaboratory.insights.models import MAX_K, InsightsSettings, SensitiveSnapshot
from collaboratory.insights.privacy import MIN_K
from collaboratory.insights.selectors import (
    SENSITIVE,
    Scope,
    engine_inputs,
    insights_settings_for,
    released_digests,
    sensitive_population,
    snapshot_keys,
)
from collaboratory.networks.models import Network
from collaboratory.people.models import User

log = logging.getLogger(__name__)


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


def sensitive_snapshot_take(
    *, network: Network, now: datetime | None = None
) -> list[SensitiveSnapshot]:
    """Take a candidate snapshot of the ideology and race tables and release each one the
    rule allows (snapshots.may_release: k people changed against every earlier release of
    that attribute; the first needs k people with a known value). Returns what was released.

    Candidates that fail are not stored: nothing about them is kept or shown. A release stores
    the table already suppressed at the network's k, with the Blau index and bridging of the
    same population over the whole help history, and the keyed digests the next candidate is
    compared with. Run by the periodic task (tasks.py) and the demo."""
    now = now or timezone.now()
    keys = snapshot_keys()
    current_id, current_key = next(iter(keys.items()))
    settings_row = insights_settings_for(network=network)
    released: list[SensitiveSnapshot] = []
    with scopes_disabled(), transaction.atomic():
        # One taker per network at a time (PostgreSQL; SQLite's immediate transactions
        # already queue writers), so two runs cannot both release against the same past.
        k = InsightsSettings.objects.select_for_update().get(pk=settings_row.pk).min_cell_size
        population = sensitive_population(network=network)
        passing: dict[str, tuple[dict[str, str], int]] = {}
        for index, attribute in enumerate(SENSITIVE):
            values = {person: pair[index] for person, pair in population.items()}
            candidate = {current_id: snapshots.digests(current_key, attribute, values)}
            changes: list[int] = []
            comparable = True
            own: list[int] = []  # the changes against this network's own releases
            for digest_map, key_id, network_id in released_digests(
                network=network, attribute=attribute
            ):
                if key_id not in keys:
                    # Never guess: without the old key the changes cannot be counted.
                    log.warning(
                        "insights snapshot of network %s (%s) not released: an earlier "
                        "release was digested with a key that is no longer in SECRET_KEY "
                        "or SECRET_KEY_FALLBACKS",
                        network.pk,
                        attribute,
                    )
                    comparable = False
                    break
                if key_id not in candidate:
                    candidate[key_id] = snapshots.digests(keys[key_id], attribute, values)
                changes.append(snapshots.changed(digest_map, candidate[key_id]))
                if network_id == network.pk:
                    own.append(changes[-1])
            mine = candidate[current_id]
            # A network's first release needs k people of its own, whatever other
            # networks released before (their changes are counted above all the same).
            first_too_small = not own and len(mine) < k
            if comparable and not first_too_small and snapshots.may_release(changes, len(mine), k):
                passing[attribute] = (mine, own[-1] if own else len(mine))
        if not passing:
            return released
        inputs = engine_inputs(network=network, scope=Scope(), sensitive=population)
        result = engine.compute(
            inputs.members,
            inputs.commitments,
            asks=inputs.asks,
            n_gatherings=len(inputs.gatherings),
            k=k,
        )
        for attribute, (digest_map, changed) in passing.items():
            diversity = next(d for d in result.diversity if d.attribute == attribute)
            bridging = next(b for b in result.bridging if b.attribute == attribute)
            if not isinstance(diversity.counts, privacy.CountTable):  # pragma: no cover
                raise TypeError(f"{attribute} must come out of the engine suppressed")
            row = SensitiveSnapshot.objects.create(
                network=network,
                attribute=attribute,
                taken_at=now,
                population_size=len(population),
                k=k,
                changed=changed,
                table=snapshots.table_to_json(diversity.counts),
                blau=diversity.blau,
                bridging=snapshots.bridging_to_json(bridging),
                digests=digest_map,
                key_id=current_id,
            )
            audit_record(
                action="insights.snapshot_released",
                network=network,
                target=row,
                data={"attribute": attribute, "changed": changed, "k": k},
            )
            released.append(row)
    return released


def sensitive_snapshots_forget(*, user_id: int) -> int:
    """Remove a person's digests from every snapshot, when they withdraw consent or delete
    their account: nothing derived from their values outlives them. The published tables
    (aggregates) stay. Later candidates then count fewer changes, which only delays the next
    release (see snapshots.py). Returns how many snapshots held them."""
    touched = 0
    with scopes_disabled(), transaction.atomic():
        for key in snapshot_keys().values():
            person = snapshots.person_digest(key, user_id)
            for row in SensitiveSnapshot.objects.select_for_update().filter(
                digests__has_key=person
            ):
                row.digests.pop(person, None)
                row.save(update_fields=["digests"])
                touched += 1
    return touched
