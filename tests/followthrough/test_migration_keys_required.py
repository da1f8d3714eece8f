"""followthrough 0008: the rows stored before it without a submission key (moves, the demo's
partnerships and milestones, any form replayed without a key, duplicates included) each get a
fresh key of their own, keys already there stay, and from then on the column refuses NULL.
Run on SQLite and on PostgreSQL (CI's second pass)."""

from __future__ import annotations

import uuid

import pytest
from django.db import IntegrityError, transaction
from django_scopes import scopes_disabled

from collaboratory.followthrough.services import (
    commitment_transition,
    partnership_milestone_add,
    partnership_record,
)
from tests.factories import CommitmentFactory
from tests.migrations import migrate_to

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("followthrough", "0007_partnershipmilestone_idempotency_key")]
AFTER = [("followthrough", "0008_idempotency_keys_required")]
MODELS = ("CommitmentActivity", "Partnership", "PartnershipMilestone")


def _rows_before_the_migration() -> dict[str, list[int]]:
    """A move's activity, a partnership and its milestone, written today (with keys)."""
    with scopes_disabled():
        commitment = CommitmentFactory()
        proposal = commitment.proposal
        commitment_transition(commitment=commitment, actor=proposal.proposer, to="acknowledged")
        partnership = partnership_record(
            network=commitment.network,
            recorded_by=commitment.committer,
            kind="project",
            title="Shared van",
            story="Two food banks share a van",
            idempotency_key=uuid.uuid4(),
        )
        milestone = partnership_milestone_add(
            partnership=partnership,
            actor=commitment.committer,
            title="First run",
            idempotency_key=uuid.uuid4(),
        )
        return {
            "CommitmentActivity": [a.pk for a in commitment.followthrough_activity.all()],
            "Partnership": [partnership.pk],
            "PartnershipMilestone": [milestone.pk],
        }


def test_rows_without_a_key_get_one_each_and_the_column_is_then_required(
    at_head: None,
) -> None:
    made = _rows_before_the_migration()
    old = migrate_to(BEFORE)
    kept: dict[str, uuid.UUID] = {}
    for name in MODELS:
        model = old.get_model("followthrough", name)
        first, *_others = made[name]
        kept[name] = model.objects.get(pk=first).idempotency_key
        # As rows stood before: every other one without a key, and a copy of the last one
        # (what a form replayed without a key stored), which NULL let past the constraint.
        model.objects.filter(pk__in=made[name]).exclude(pk=first).update(idempotency_key=None)
        copy = model.objects.get(pk=first)
        copy.pk = None
        copy.idempotency_key = None
        copy.save()
        made[name].append(copy.pk)
        copy.pk = None
        copy.save()
        made[name].append(copy.pk)

    new = migrate_to(AFTER)

    for name in MODELS:
        model = new.get_model("followthrough", name)
        keys = dict(model.objects.values_list("pk", "idempotency_key"))
        assert sorted(keys) == sorted(made[name])
        assert None not in keys.values()
        assert len(set(keys.values())) == len(keys)  # each its own
        assert keys[made[name][0]] == kept[name]  # a key already there stays
        with pytest.raises(IntegrityError), transaction.atomic():
            model.objects.filter(pk=made[name][0]).update(idempotency_key=None)
